locals {
  web = {
    name                   = "web"
    image                  = "registry.example.com/web:1.4.2"
    readonlyRootFilesystem = false
  }
}

resource "aws_ecs_task_definition" "app" {
  family                = "app"
  container_definitions = jsonencode([local.web])
}
