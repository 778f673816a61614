resource "aws_ecs_account_setting_default" "insights" {
  name  = "containerInsights"
  value = "enhanced"
}

resource "aws_ecs_cluster" "main" {
  name = "app"
}
