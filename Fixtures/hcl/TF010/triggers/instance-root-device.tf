resource "aws_instance" "web" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t4g.small"

  root_block_device {
    volume_size = 20
    volume_type = "gp3"
  }
}
