resource "aws_db_instance" "main" {
  identifier            = "app"
  engine                = "postgres"
  instance_class        = "db.t4g.small"
  allocated_storage     = 20
  max_allocated_storage = 1000
  storage_type          = "gp3"
  storage_encrypted     = true
}
