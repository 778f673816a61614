import DeploySyntax

/// TF006 — a production database runs in one Availability Zone (no `multi_az`, or an Aurora cluster with one
/// instance). Production is read from the rule's `environment` option, an `Environment` tag, provider
/// `default_tags`, or a variable/local named `environment`; when none says so the rule stays silent.
public struct RDSNotMultiAZInProduction: TerraformRule {
    public let id = "TF006"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        var out: [TerraformFinding] = []
        for db in module.resources(ofType: "aws_db_instance") {
            if RDSFacts.isAurora(module.engine(of: db)) || RDSFacts.isReplicaOrRestore(db, in: module) { continue }
            guard case .production(let env) = module.environment(of: db, context: context, ruleID: id) else { continue }
            let setting = module.setting("multi_az", in: db)
            let state = BooleanSetting(setting)
            guard state.isOffByDefaultOrExplicitly else { continue }
            out.append(module.finding(db, setting.reportRange,
                "production database \(db.displayName) (environment '\(env)') runs in a single Availability Zone "
                + "(\(state == .absent ? "multi_az is not set" : "multi_az = false")): set multi_az = true so a zone "
                + "failure or maintenance fails over in about a minute instead of hours of downtime"))
        }
        for cluster in module.resources(ofType: "aws_rds_cluster") {
            guard RDSFacts.isAurora(module.engine(of: cluster)) || module.setting("engine", in: cluster).isAbsent else { continue }
            if module.setting("engine_mode", in: cluster).string == "serverless" { continue }
            guard case .production(let env) = module.environment(of: cluster, context: context, ruleID: id) else { continue }
            let members = module.resources(ofType: "aws_rds_cluster_instance", linkedTo: cluster, via: "cluster_identifier",
                                           targetNameAttribute: "cluster_identifier")
            guard !members.isEmpty else { continue }
            var total = 0
            for member in members {
                switch member.existence {
                case .single: total += 1
                case .multiple(let n): total += n
                case .never: continue
                case .unknownCount: total = -1000
                }
            }
            guard total == 1 else { continue }
            out.append(module.finding(cluster, cluster.headerRange,
                "production Aurora cluster \(cluster.displayName) (environment '\(env)') has a single instance "
                + "(\(members[0].displayName)): add a second aws_rds_cluster_instance in another Availability Zone "
                + "so a failure promotes a replica instead of recreating the writer"))
        }
        return out
    }
}
