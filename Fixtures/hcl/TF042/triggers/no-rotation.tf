resource "aws_secretsmanager_secret" "api" {
  name = "app/api-key"
}
