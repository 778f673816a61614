resource "aws_kms_key" "data" {
  description         = "Application data"
  enable_key_rotation = true
}
