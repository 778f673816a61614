resource "aws_db_instance" "main" {
  identifier        = "app"
  engine            = "postgres"
  engine_version    = "17.2"
  instance_class    = "db.t4g.small"
  allocated_storage = 20
  storage_type      = "gp3"
  username          = "app"
  manage_master_user_password = true
  storage_encrypted = true
}
