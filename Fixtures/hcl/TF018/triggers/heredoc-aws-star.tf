resource "aws_s3_bucket_policy" "assets" {
  bucket = "example-assets"
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Principal": {"AWS": "*"},
          "Action": ["s3:GetObject", "s3:ListBucket"],
          "Resource": ["arn:aws:s3:::${var.bucket}", "arn:aws:s3:::${var.bucket}/*"]
        }
      ]
    }
  EOT
}
