resource "aws_sqs_queue" "jobs" {
  name                    = "jobs"
  sqs_managed_sse_enabled = false
  kms_master_key_id       = aws_kms_key.jobs.arn
}
