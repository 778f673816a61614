module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "6.0.1"

  name                    = "app"
  cidr                    = "10.0.0.0/16"
  azs                     = ["eu-west-1a", "eu-west-1b"]
  public_subnets          = ["10.0.1.0/24", "10.0.2.0/24"]
  private_subnets         = ["10.0.11.0/24", "10.0.12.0/24"]
  map_public_ip_on_launch = true
}

resource "aws_db_subnet_group" "db" {
  name       = "app-db"
  subnet_ids = module.vpc.public_subnets
}

resource "aws_rds_cluster" "main" {
  cluster_identifier   = "app"
  engine               = "aurora-postgresql"
  storage_encrypted    = true
  db_subnet_group_name = "app-db"
}
