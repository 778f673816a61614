resource "aws_db_instance" "main" {
  identifier        = "ledger"
  engine            = "postgres"
  instance_class    = "db.r6g.2xlarge"
  allocated_storage = 2000
  storage_type      = "io2"
  iops              = 20000
  storage_encrypted = true
}
