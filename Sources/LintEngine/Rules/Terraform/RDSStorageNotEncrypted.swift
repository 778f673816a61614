import DeploySyntax

/// TF001 — an RDS instance or Aurora cluster stores data unencrypted (`storage_encrypted` false or unset).
public struct RDSStorageNotEncrypted: TerraformRule {
    public let id = "TF001"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        var out: [TerraformFinding] = []
        for db in module.resources(ofTypes: ["aws_db_instance", "aws_rds_cluster"]) {
            let engine = module.engine(of: db)
            if db.type == "aws_db_instance" && RDSFacts.isAurora(engine) { continue }
            if db.type == "aws_rds_cluster" && module.setting("engine_mode", in: db).string == "serverless" { continue }
            let setting = module.setting("storage_encrypted", in: db)
            let state = BooleanSetting(setting)
            guard state.isOffByDefaultOrExplicitly else { continue }
            // Replicas and restores take the source's encryption when the argument is left out.
            if state == .absent && RDSFacts.isReplicaOrRestore(db, in: module) { continue }
            let what = db.type == "aws_rds_cluster" ? "Aurora cluster" : "RDS instance"
            let detail = state == .absent ? "storage_encrypted is not set and defaults to false" : "storage_encrypted = false"
            out.append(module.finding(db, setting.reportRange,
                "\(what) \(db.displayName) stores its data unencrypted (\(detail)): set storage_encrypted = true "
                + "(with kms_key_id for a customer-managed key); an existing database needs a restore from an encrypted snapshot"))
        }
        return out
    }
}
