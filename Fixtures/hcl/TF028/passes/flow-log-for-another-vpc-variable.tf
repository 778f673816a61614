variable "vpc_id" {
  type = string
}

resource "aws_vpc" "main" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_hostnames = true
}

resource "aws_flow_log" "shared" {
  vpc_id       = var.vpc_id
  traffic_type = "ALL"
}
