resource "aws_rds_cluster" "main" {
  cluster_identifier = "app"
  engine             = "aurora-mysql"
  storage_encrypted  = true
}
