# fake value: a fixed alphabet walk, never a real credential
locals {
  datadog_app_key = "7ad0369cf258be147ad0369cf258be147ad0369c"
}
