import DeploySyntax

/// TF007 — Performance Insights is on but its data (which includes SQL text) uses the AWS-managed key.
public struct RDSPerformanceInsightsWithoutKMS: TerraformRule {
    public let id = "TF007"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        module.resources(ofTypes: ["aws_db_instance", "aws_rds_cluster_instance", "aws_rds_cluster"]).compactMap { db in
            let enabled = module.setting("performance_insights_enabled", in: db)
            guard BooleanSetting(enabled) == .enabled else { return nil }
            let key = module.setting("performance_insights_kms_key_id", in: db)
            guard key.value.isNull || key.string == "" else { return nil }
            return module.finding(db, enabled.reportRange,
                "\(db.displayName) enables Performance Insights, whose data includes query text, without "
                + "performance_insights_kms_key_id: set it to a customer-managed KMS key so access to that data "
                + "can be granted and revoked with the key policy")
        }
    }
}
