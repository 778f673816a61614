import DeploySyntax

/// TF013 — clients talk to an ElastiCache replication group in plain text.
public struct ElastiCacheNotEncryptedInTransit: TerraformRule {
    public let id = "TF013"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        module.resources(ofType: "aws_elasticache_replication_group").compactMap { group in
            let setting = module.setting("transit_encryption_enabled", in: group)
            let state = BooleanSetting(setting)
            guard state.isOffByDefaultOrExplicitly else { return nil }
            return module.finding(group, setting.reportRange,
                "ElastiCache replication group \(group.displayName) accepts plain-text connections "
                + "(\(state == .absent ? "transit_encryption_enabled is not set" : "transit_encryption_enabled = false")): "
                + "set transit_encryption_enabled = true (with transit_encryption_mode = \"preferred\" to migrate clients) and an auth token or RBAC user group")
        }
    }
}
