resource "aws_s3_bucket_acl" "logs" {
  bucket = "example-logs"
  acl    = "log-delivery-write"
}
