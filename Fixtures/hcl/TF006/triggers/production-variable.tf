variable "environment" {
  type    = string
  default = "prod"
}

resource "aws_db_instance" "main" {
  identifier        = "app-${var.environment}"
  engine            = "mysql"
  instance_class    = "db.m7g.large"
  allocated_storage = 100
  storage_encrypted = true
  multi_az          = false
}
