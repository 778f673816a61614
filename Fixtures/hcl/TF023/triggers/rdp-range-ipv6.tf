resource "aws_security_group_rule" "rdp" {
  type              = "ingress"
  description       = "Remote desktop"
  security_group_id = aws_security_group.windows.id
  from_port         = 3000
  to_port           = 4000
  protocol          = "tcp"
  ipv6_cidr_blocks  = ["::/0"]
}
