# fake value: a fixed alphabet walk, never a real credential
variable "slack_webhook_url" {
  type    = string
  default = "https://hooks.slack.com/services/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"
}
