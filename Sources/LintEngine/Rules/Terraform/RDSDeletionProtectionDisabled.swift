import DeploySyntax

/// TF004 — a database can be deleted by one `terraform destroy` or API call (`deletion_protection` off).
public struct RDSDeletionProtectionDisabled: TerraformRule {
    public let id = "TF004"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        var out: [TerraformFinding] = []
        for db in module.resources(ofTypes: ["aws_db_instance", "aws_rds_cluster"]) {
            if db.type == "aws_db_instance" && RDSFacts.isAurora(module.engine(of: db)) { continue }
            let setting = module.setting("deletion_protection", in: db)
            let state = BooleanSetting(setting)
            guard state.isOffByDefaultOrExplicitly else { continue }
            let environment = module.environment(of: db, context: context, ruleID: id)
            let severity: Severity? = environment.isProduction == false ? .note : nil
            let detail = state == .absent ? "deletion_protection is not set and defaults to false" : "deletion_protection = false"
            out.append(module.finding(db, setting.reportRange,
                "\(db.displayName) can be deleted by a single destroy or API call (\(detail)): set deletion_protection = true",
                severity: severity))
        }
        return out
    }
}
