resource "aws_dynamodb_table" "events" {
  name         = "events"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  on_demand_throughput {
    max_read_request_units  = 2000
    max_write_request_units = 1000
  }
}
