resource "aws_s3_bucket_acl" "assets" {
  bucket = "example-assets"
  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers"
      }
      permission = "READ"
    }
    owner {
      id = "0123456789abcdef"
    }
  }
}
