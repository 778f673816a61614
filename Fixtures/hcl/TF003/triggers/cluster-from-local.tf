locals {
  retention = 3
}

resource "aws_rds_cluster" "main" {
  cluster_identifier      = "app"
  engine                  = "aurora-postgresql"
  storage_encrypted       = true
  backup_retention_period = local.retention
}
