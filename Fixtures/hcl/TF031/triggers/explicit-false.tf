resource "aws_alb" "web" {
  name                       = "web"
  load_balancer_type         = "application"
  drop_invalid_header_fields = false
}
