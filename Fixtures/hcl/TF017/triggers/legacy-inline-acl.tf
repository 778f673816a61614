resource "aws_s3_bucket" "site" {
  bucket = "example-site"
  acl    = "public-read-write"
}
