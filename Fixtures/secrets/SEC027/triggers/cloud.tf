# fake value: a fixed alphabet walk, never a real credential
provider "tfe" {
  hostname = "app.terraform.io"
  token    = "hov29GNUbipw3A.atlasv1.ipw3AHOVcjqx4BIPWdkry5CJQXelsz6DKRYfmt07ELSZgnu18FMTahov29GNUbipw3A"
}
