resource "aws_rds_cluster_instance" "writer" {
  cluster_identifier  = "app"
  engine              = "aurora-postgresql"
  instance_class      = "db.r6g.large"
  publicly_accessible = true
}
