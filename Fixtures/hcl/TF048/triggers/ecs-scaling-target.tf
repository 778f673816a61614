resource "aws_appautoscaling_target" "web" {
  service_namespace  = "ecs"
  resource_id        = "service/app/web"
  scalable_dimension = "ecs:service:DesiredCount"
  min_capacity       = 2
  max_capacity       = 200
}
