# fake value: a fixed alphabet walk, never a real credential
locals {
  trigger_token = "glptt-147ad0369cf258be147ad0369cf258be147ad036"
}
