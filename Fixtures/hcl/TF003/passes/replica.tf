resource "aws_db_instance" "replica" {
  identifier          = "app-replica"
  replicate_source_db = aws_db_instance.main.identifier
  instance_class      = "db.t4g.small"
}
