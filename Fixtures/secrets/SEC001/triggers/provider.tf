# fake value: a fixed alphabet walk, never a real credential
provider "aws" {
  region     = "eu-west-1"
  access_key = "ASIAHKNQTWZ47CFILORU"
}
