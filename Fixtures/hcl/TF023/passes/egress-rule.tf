resource "aws_security_group_rule" "out" {
  type              = "egress"
  description       = "All outbound"
  security_group_id = aws_security_group.web.id
  from_port         = 0
  to_port           = 65535
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}
