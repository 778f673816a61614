resource "aws_elasticache_replication_group" "cache" {
  replication_group_id = "app"
  description          = "Sessions and queues"
  engine               = "valkey"
  node_type            = "cache.t4g.small"
  num_cache_clusters   = 2
  transit_encryption_enabled = true
}
