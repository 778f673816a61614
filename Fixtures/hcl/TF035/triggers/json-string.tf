resource "aws_ecs_task_definition" "worker" {
  family                = "worker"
  container_definitions = "[{\"name\": \"worker\", \"image\": \"worker:2\", \"readonlyRootFilesystem\": true, \"environment\": [{\"name\": \"STRIPE_API_KEY\", \"value\": \"sk_live_placeholder\"}]}]"
}
