module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "6.0.1"

  name                    = "app"
  cidr                    = "10.0.0.0/16"
  azs                     = ["eu-west-1a", "eu-west-1b"]
  public_subnets          = ["10.0.1.0/24", "10.0.2.0/24"]
  database_subnets        = ["10.0.21.0/24", "10.0.22.0/24"]
  map_public_ip_on_launch = true
}

resource "aws_db_subnet_group" "db" {
  name       = "app-db"
  subnet_ids = module.vpc.database_subnets
}

resource "aws_db_instance" "main" {
  identifier           = "app"
  engine               = "postgres"
  instance_class       = "db.t4g.small"
  allocated_storage    = 20
  storage_encrypted    = true
  db_subnet_group_name = aws_db_subnet_group.db.name
}
