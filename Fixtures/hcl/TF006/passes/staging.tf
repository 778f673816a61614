resource "aws_db_instance" "main" {
  identifier        = "app"
  engine            = "postgres"
  instance_class    = "db.t4g.small"
  allocated_storage = 20
  storage_encrypted = true
  tags = {
    Environment = "staging"
  }
}
