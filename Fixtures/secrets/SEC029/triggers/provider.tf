# fake value: a fixed alphabet walk, never a real credential
provider "postgresql" {
  host     = "db.acme.test"
  username = "admin"
  password = "pw3AHOVcjqx4BIPWdkry5CJQ"
}

variable "api_secret" {
  type    = string
  default = "qx4BIPWdkry5CJQXelsz6DKR"
}
