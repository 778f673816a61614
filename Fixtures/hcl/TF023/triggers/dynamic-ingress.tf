locals {
  ports = [22, 443]
}

resource "aws_security_group" "web" {
  name        = "web"
  description = "Web servers"

  dynamic "ingress" {
    for_each = local.ports
    content {
      description = "port ${ingress.value}"
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}
