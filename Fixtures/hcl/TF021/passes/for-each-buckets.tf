resource "aws_s3_bucket" "this" {
  for_each = toset(["uploads", "exports"])
  bucket   = "example-${each.key}"
}

resource "aws_s3_bucket_versioning" "this" {
  for_each = aws_s3_bucket.this
  bucket   = each.value.id
  versioning_configuration {
    status = "Enabled"
  }
}
