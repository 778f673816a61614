variable "rule_description" {
  type = string
}

resource "aws_security_group_rule" "https" {
  type              = "ingress"
  description       = var.rule_description
  security_group_id = aws_security_group.web.id
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}
