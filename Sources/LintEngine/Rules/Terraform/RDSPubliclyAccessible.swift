import DeploySyntax

/// TF002 — an RDS instance is reachable from the internet (`publicly_accessible = true`).
public struct RDSPubliclyAccessible: TerraformRule {
    public let id = "TF002"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        module.resources(ofTypes: ["aws_db_instance", "aws_rds_cluster_instance"]).compactMap { db in
            let setting = module.setting("publicly_accessible", in: db)
            guard BooleanSetting(setting) == .enabled else { return nil }
            return module.finding(db, setting.reportRange,
                "database \(db.displayName) gets a public IP address (publicly_accessible = true): set it to false and "
                + "reach the database from inside the VPC (application subnets, a bastion, SSM or a VPN)")
        }
    }
}
