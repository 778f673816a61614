import DeploySyntax

/// TF005 — deleting the database keeps no final snapshot (`skip_final_snapshot = true`).
public struct RDSFinalSnapshotSkipped: TerraformRule {
    public let id = "TF005"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        var out: [TerraformFinding] = []
        for db in module.resources(ofTypes: ["aws_db_instance", "aws_rds_cluster"]) {
            if db.type == "aws_db_instance" && RDSFacts.isAurora(module.engine(of: db)) { continue }
            let setting = module.setting("skip_final_snapshot", in: db)
            guard BooleanSetting(setting) == .enabled else { continue }
            let environment = module.environment(of: db, context: context, ruleID: id)
            let severity: Severity? = environment.isProduction == false ? .note : nil
            out.append(module.finding(db, setting.reportRange,
                "deleting \(db.displayName) keeps no final snapshot (skip_final_snapshot = true): set it to false and "
                + "give final_snapshot_identifier so the last state of the data survives a destroy",
                severity: severity))
        }
        return out
    }
}
