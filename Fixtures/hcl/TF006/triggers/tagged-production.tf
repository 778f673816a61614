resource "aws_db_instance" "main" {
  identifier        = "app"
  engine            = "postgres"
  instance_class    = "db.m7g.large"
  allocated_storage = 100
  storage_encrypted = true
  tags = {
    Environment = "production"
  }
}
