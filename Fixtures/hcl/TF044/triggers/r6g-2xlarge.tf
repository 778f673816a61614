resource "aws_db_instance" "main" {
  identifier        = "app"
  engine            = "postgres"
  instance_class    = "db.r6g.2xlarge"
  allocated_storage = 100
  storage_type      = "gp3"
  storage_encrypted = true
}
