variable "db_password" {
  type      = string
  sensitive = true
}

resource "random_password" "api" {
  length = 32
}

provider "postgresql" {
  host     = "db.acme.test"
  password = var.db_password
}

locals {
  api_secret = random_password.api.result
  token_url  = "https://auth.acme.test/oauth/token"
  banner     = "${var.db_password}"
}
