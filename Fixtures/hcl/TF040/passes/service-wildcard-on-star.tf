data "aws_iam_policy_document" "read_only" {
  statement {
    actions   = ["ec2:Describe*", "cloudwatch:Get*"]
    resources = ["*"]
  }
}
