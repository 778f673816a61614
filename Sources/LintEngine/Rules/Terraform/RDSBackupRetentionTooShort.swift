import DeploySyntax

/// TF003 — automated backups are kept for fewer than 7 days (or disabled, or left at the API default of 1 day).
public struct RDSBackupRetentionTooShort: TerraformRule {
    public let id = "TF003"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        let minimum = context.option("minimum-days", for: id).flatMap(Int.init) ?? 7
        var out: [TerraformFinding] = []
        for db in module.resources(ofTypes: ["aws_db_instance", "aws_rds_cluster"]) {
            if db.type == "aws_db_instance" {
                if RDSFacts.isAurora(module.engine(of: db)) { continue }
                let source = module.setting("replicate_source_db", in: db)
                if !source.value.isNull { continue }  // replicas are backed up through their source
            }
            let setting = module.setting("backup_retention_period", in: db)
            let days: Int
            switch setting.value {
            case .null: days = 1
            case .unknown: continue
            default:
                guard let d = setting.value.int else { continue }
                days = d
            }
            guard days < minimum else { continue }
            let detail: String
            if setting.value.isNull {
                detail = "backup_retention_period is not set, so AWS keeps automated backups for 1 day"
            } else if days == 0 {
                detail = "backup_retention_period = 0 disables automated backups and point-in-time recovery"
            } else {
                detail = "backup_retention_period = \(days) keeps backups for \(days) day\(days == 1 ? "" : "s")"
            }
            out.append(module.finding(db, setting.reportRange,
                "\(db.displayName): \(detail); set backup_retention_period = \(minimum) or more so a problem found "
                + "after a weekend can still be rolled back"))
        }
        return out
    }
}
