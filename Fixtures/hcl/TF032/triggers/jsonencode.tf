resource "aws_ecs_task_definition" "app" {
  family                   = "app"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024

  container_definitions = jsonencode([
    {
      name      = "web"
      image     = "registry.example.com/web:1.4.2"
      essential = true
      privileged = true
      user                   = "10001:10001"
      readonlyRootFilesystem = true
    },
  ])
}
