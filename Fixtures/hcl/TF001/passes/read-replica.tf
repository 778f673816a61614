resource "aws_db_instance" "replica" {
  identifier          = "app-replica"
  replicate_source_db = "arn:aws:rds:us-east-1:123456789012:db:app"
  instance_class      = "db.t4g.small"
}
