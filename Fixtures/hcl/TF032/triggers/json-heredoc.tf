resource "aws_ecs_task_definition" "agent" {
  family                = "agent"
  container_definitions = <<-JSON
    [
      {
        "name": "agent",
        "image": "${var.agent_image}",
        "privileged": true,
        "readonlyRootFilesystem": true,
        "user": "10001"
      }
    ]
  JSON
}
