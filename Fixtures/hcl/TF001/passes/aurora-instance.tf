resource "aws_db_instance" "writer" {
  identifier     = "app-1"
  engine         = "aurora-postgresql"
  instance_class = "db.r6g.large"
}
