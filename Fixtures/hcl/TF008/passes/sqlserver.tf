resource "aws_db_instance" "mssql" {
  identifier        = "reports"
  engine            = "sqlserver-ex"
  instance_class    = "db.t3.small"
  allocated_storage = 20
  storage_encrypted = true
}
