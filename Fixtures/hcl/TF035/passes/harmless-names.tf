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
      user                   = "10001:10001"
      readonlyRootFilesystem = true
      environment = [
        { name = "DATABASE_PASSWORD_FILE", value = "/run/secrets/db" },
        { name = "TOKEN_URL", value = "https://auth.example.com/token" },
        { name = "SECRET_ARN", value = aws_secretsmanager_secret.db.arn },
      ]
    },
  ])
}
