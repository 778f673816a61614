resource "aws_lb" "nlb" {
  name               = "tcp"
  load_balancer_type = "network"
}
