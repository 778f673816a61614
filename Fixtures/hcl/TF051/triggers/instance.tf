resource "aws_db_instance" "main" {
  identifier        = "app"
  engine            = "postgres"
  engine_version    = "17.2"
  instance_class    = "db.m7g.large"
  allocated_storage = 100
  storage_type      = "gp3"
  storage_encrypted = true
}
