# fake value: a fixed alphabet walk, never a real credential
provider "digitalocean" {
  token = "dop_v1_ad0369cf258be147ad0369cf258be147ad0369cf258be147ad0369cf258be147"
}
