resource "aws_vpc_security_group_ingress_rule" "all" {
  security_group_id = aws_security_group.web.id
  description       = "Anything"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "-1"
}
