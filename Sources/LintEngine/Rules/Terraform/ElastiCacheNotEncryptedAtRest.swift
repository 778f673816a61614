import DeploySyntax

/// TF012 — an ElastiCache replication group (Redis OSS) does not encrypt its data and backups at rest.
public struct ElastiCacheNotEncryptedAtRest: TerraformRule {
    public let id = "TF012"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        module.resources(ofType: "aws_elasticache_replication_group").compactMap { group in
            let setting = module.setting("at_rest_encryption_enabled", in: group)
            let state = BooleanSetting(setting)
            guard state.isOffByDefaultOrExplicitly else { return nil }
            if state == .absent {
                // The provider defaults at-rest encryption on for Valkey, off for Redis OSS.
                let engine = module.setting("engine", in: group)
                guard engine.value.isNull || engine.string?.lowercased() == "redis" else { return nil }
            }
            return module.finding(group, setting.reportRange,
                "ElastiCache replication group \(group.displayName) stores data and backups unencrypted "
                + "(\(state == .absent ? "at_rest_encryption_enabled is not set and defaults to false for Redis OSS" : "at_rest_encryption_enabled = false")): "
                + "set at_rest_encryption_enabled = true (the group is replaced)")
        }
    }
}
