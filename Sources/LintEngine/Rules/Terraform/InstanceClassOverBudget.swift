import DeploySyntax

/// TF044 (cost) — an instance class costs more per month than the budget for one instance. The budget comes from
/// the option `max-monthly-usd`, else the price of `max-instance-class`, else the `pattern` option
/// (hobby-project 50, small-saas 300, production-saas and kubernetes 2000), else 500 USD.
public struct InstanceClassOverBudget: TerraformRule {
    public let id = "TF044"
    public init() {}

    static let patternBudgets: [String: Double] = [
        "hobby-project": 50, "small-saas": 300, "production-saas": 2000, "kubernetes": 2000,
    ]
    static let defaultBudget = 500.0
    static let sizes = ["nano", "micro", "small", "medium", "large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge"]

    func budget(_ context: RuleContext) -> (Double, String) {
        if let s = context.option("max-monthly-usd", for: id), let d = Double(s) { return (d, "max-monthly-usd") }
        if let c = context.option("max-instance-class", for: id), let d = AWSPriceTable.monthly(instanceClass: c) {
            return (d, "max-instance-class \(c)")
        }
        if let p = context.option("pattern", for: id), let d = Self.patternBudgets[p] { return (d, "pattern \(p)") }
        return (Self.defaultBudget, "default budget")
    }

    /// The largest smaller size of the same family that fits the budget.
    static func cheaperSibling(of instanceClass: String, within budget: Double, multiplier: Double) -> (String, Double)? {
        guard let dot = instanceClass.lastIndex(of: ".") else { return nil }
        let family = instanceClass[..<dot]
        let size = String(instanceClass[instanceClass.index(after: dot)...])
        guard let position = sizes.firstIndex(of: size) else { return nil }
        for candidate in sizes[..<position].reversed() {
            let name = "\(family).\(candidate)"
            if let monthly = AWSPriceTable.monthly(instanceClass: name), monthly * multiplier <= budget { return (name, monthly * multiplier) }
        }
        return nil
    }

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        let (limit, source) = budget(context)
        var out: [TerraformFinding] = []
        func consider(_ resource: TerraformResource, _ attribute: String, multiplier: Double, note: String) {
            let setting = module.setting(attribute, in: resource)
            guard let instanceClass = setting.string, let unit = AWSPriceTable.monthly(instanceClass: instanceClass) else { return }
            let monthly = unit * multiplier
            guard monthly > limit else { return }
            var message = "\(resource.displayName) uses \(instanceClass)\(note), about \(AWSPriceTable.dollars(monthly))/month "
                + "\(AWSPriceTable.citation), over the \(AWSPriceTable.dollars(limit))/month \(source)"
            if let (cheaper, price) = Self.cheaperSibling(of: instanceClass, within: limit, multiplier: multiplier) {
                message += ": \(cheaper) costs about \(AWSPriceTable.dollars(price))/month"
            } else {
                message += ": choose a smaller class"
            }
            message += ", or raise the budget with the max-monthly-usd option if the load needs it"
            out.append(module.finding(resource, setting.reportRange, message))
        }
        for db in module.resources(ofType: "aws_db_instance") {
            let multiAZ = BooleanSetting(module.setting("multi_az", in: db)) == .enabled
            consider(db, "instance_class", multiplier: multiAZ ? 2 : 1, note: multiAZ ? " in Multi-AZ (two instances)" : "")
        }
        for db in module.resources(ofType: "aws_rds_cluster_instance") {
            consider(db, "instance_class", multiplier: 1, note: "")
        }
        for group in module.resources(ofType: "aws_elasticache_replication_group") {
            var nodes = module.setting("num_cache_clusters", in: group).value.int
            if nodes == nil, let shards = module.setting("num_node_groups", in: group).value.int {
                nodes = shards * ((module.setting("replicas_per_node_group", in: group).value.int ?? 0) + 1)
            }
            let n = nodes ?? 1
            consider(group, "node_type", multiplier: Double(n), note: n > 1 ? " on \(n) nodes" : "")
        }
        for cluster in module.resources(ofType: "aws_elasticache_cluster") {
            let n = module.setting("num_cache_nodes", in: cluster).value.int ?? 1
            consider(cluster, "node_type", multiplier: Double(n), note: n > 1 ? " on \(n) nodes" : "")
        }
        for instance in module.resources(ofType: "aws_instance") {
            consider(instance, "instance_type", multiplier: 1, note: "")
        }
        return out
    }
}
