resource "aws_security_group_rule" "all_tcp" {
  type              = "ingress"
  description       = "All TCP"
  security_group_id = aws_security_group.web.id
  from_port         = 0
  to_port           = 65535
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8", "0.0.0.0/0"]
}
