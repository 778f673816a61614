resource "aws_elasticache_replication_group" "cache" {
  replication_group_id = "app"
  description          = "Sessions"
  engine               = "valkey"
  node_type            = "cache.r6g.large"
  num_cache_clusters   = 3
}
