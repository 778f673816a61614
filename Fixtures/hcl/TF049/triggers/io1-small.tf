resource "aws_db_instance" "main" {
  identifier        = "app"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  allocated_storage = 100
  storage_type      = "io1"
  iops              = 3000
  storage_encrypted = true
}
