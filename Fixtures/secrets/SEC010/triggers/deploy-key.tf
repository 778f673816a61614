# fake value: a fixed alphabet walk, never a real credential
resource "tls_locally_signed_cert" "unused" {
  ca_private_key_pem = <<-EOT
    -----BEGIN EC PRIVATE KEY-----
    FMTahov29ELSZgnu18DKRYfmt07CJQXelsz6BIPWdkry5AHOVcjqx4/GNUbipw3+
    QXelsz6BIPWdkry5AHOVcjqx4/GNUbipw3+FMTahov29ELSZgnu18DKRYfmt07CJ
    bipw3+FMTahov29ELSZgnu18DKRYfmt07CJQXelsz6BIPWdkry5AHOVcjqx4/GNU
    -----END EC PRIVATE KEY-----
  EOT
}
