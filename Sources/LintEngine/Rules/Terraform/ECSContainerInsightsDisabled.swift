import DeploySyntax

/// TF036 — an ECS cluster does not collect Container Insights metrics (`setting { name = "containerInsights" }`).
public struct ECSContainerInsightsDisabled: TerraformRule {
    public let id = "TF036"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        // The account default applies to clusters that say nothing.
        let accountDefault = module.resources(ofType: "aws_ecs_account_setting_default").contains {
            module.setting("name", in: $0).string == "containerInsights"
                && ["enabled", "enhanced"].contains(module.setting("value", in: $0).string ?? "")
        }
        var out: [TerraformFinding] = []
        for cluster in module.resources(ofType: "aws_ecs_cluster") {
            var found = false
            var unknown = false
            for setting in module.blocks("setting", in: cluster) {
                let name = module.setting("name", in: setting)
                guard name.string == "containerInsights" else {
                    if !name.isKnown { unknown = true }
                    continue
                }
                found = true
                let value = module.setting("value", in: setting)
                guard let v = value.string else { continue }
                if v != "enabled" && v != "enhanced" {
                    out.append(TerraformFinding(path: setting.path, range: value.reportRange, message:
                        "ECS cluster \(cluster.displayName) turns Container Insights off (value = \"\(v)\"): set value = \"enabled\" "
                        + "(or \"enhanced\") to get per-service CPU, memory and restart metrics"))
                }
            }
            if found || unknown || accountDefault { continue }
            out.append(module.finding(cluster, cluster.headerRange,
                "ECS cluster \(cluster.displayName) does not enable Container Insights: add setting { name = \"containerInsights\", "
                + "value = \"enabled\" } to get per-service CPU, memory and restart metrics"))
        }
        return out
    }
}
