import DeploySyntax

/// TF009 — minor engine versions (security fixes) are not applied automatically.
public struct RDSAutoMinorUpgradeDisabled: TerraformRule {
    public let id = "TF009"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        module.resources(ofTypes: ["aws_db_instance", "aws_rds_cluster_instance", "aws_rds_cluster"]).compactMap { db in
            let setting = module.setting("auto_minor_version_upgrade", in: db)
            guard BooleanSetting(setting) == .disabled else { return nil }
            return module.finding(db, setting.reportRange,
                "\(db.displayName) never receives minor engine versions, which carry security fixes "
                + "(auto_minor_version_upgrade = false): remove the argument or set it to true, and pick a maintenance_window")
        }
    }
}
