import DeploySyntax

/// TF008 — IAM database authentication is off on a MySQL, MariaDB or PostgreSQL database.
public struct RDSIAMAuthenticationDisabled: TerraformRule {
    public let id = "TF008"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        var out: [TerraformFinding] = []
        for db in module.resources(ofTypes: ["aws_db_instance", "aws_rds_cluster"]) {
            let engine = module.engine(of: db)
            guard RDSFacts.supportsIAMAuth(engine) else { continue }
            if db.type == "aws_db_instance" && (RDSFacts.isAurora(engine) || RDSFacts.isReplicaOrRestore(db, in: module)) { continue }
            let setting = module.setting("iam_database_authentication_enabled", in: db)
            let state = BooleanSetting(setting)
            guard state.isOffByDefaultOrExplicitly else { continue }
            out.append(module.finding(db, setting.reportRange,
                "\(db.displayName) accepts only password logins (\(state == .absent ? "iam_database_authentication_enabled is not set" : "iam_database_authentication_enabled = false")): "
                + "set iam_database_authentication_enabled = true so applications and people can use short-lived IAM tokens"))
        }
        return out
    }
}
