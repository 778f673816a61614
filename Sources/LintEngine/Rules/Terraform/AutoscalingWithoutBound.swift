import DeploySyntax

/// TF048 (cost) — capacity that grows without a useful ceiling: a DynamoDB on-demand table without
/// `on_demand_throughput` limits, RDS storage autoscaling to more than 10× the allocated size, or an Auto Scaling
/// group / Application Auto Scaling target whose maximum exceeds the `max-capacity` option (default 50).
public struct AutoscalingWithoutBound: TerraformRule {
    public let id = "TF048"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        let ceiling = context.option("max-capacity", for: id).flatMap(Int.init) ?? 50
        var out: [TerraformFinding] = []
        for table in module.resources(ofType: "aws_dynamodb_table") {
            let mode = module.setting("billing_mode", in: table)
            guard mode.string == "PAY_PER_REQUEST" else { continue }
            let limits = module.blocks("on_demand_throughput", in: table)
            guard limits.isEmpty else { continue }
            out.append(module.finding(table, mode.reportRange,
                "on-demand table \(table.displayName) has no on_demand_throughput limits: a runaway client or retry loop "
                + "scales reads and writes, and the bill, without bound; add on_demand_throughput { max_read_request_units, "
                + "max_write_request_units }"))
        }
        for db in module.resources(ofType: "aws_db_instance") {
            let maximum = module.setting("max_allocated_storage", in: db)
            guard let maxGB = maximum.value.int, maxGB > 0,
                  let allocated = module.setting("allocated_storage", in: db).value.int, allocated > 0,
                  maxGB > allocated * 10 else { continue }
            let monthly = Double(maxGB) * AWSPriceTable.rdsGP3PerGB
            out.append(module.finding(db, maximum.reportRange,
                "storage autoscaling of \(db.displayName) may grow from \(allocated) GB to \(maxGB) GB, about "
                + "\(AWSPriceTable.dollars(monthly))/month of storage \(AWSPriceTable.citation), and RDS storage never shrinks: "
                + "set max_allocated_storage closer to the expected size"))
        }
        for (type, attribute) in [("aws_autoscaling_group", "max_size"), ("aws_appautoscaling_target", "max_capacity")] {
            for resource in module.resources(ofType: type) {
                let setting = module.setting(attribute, in: resource)
                guard let maximum = setting.value.int, maximum > ceiling else { continue }
                out.append(module.finding(resource, setting.reportRange,
                    "\(resource.displayName) may scale out to \(maximum) instances (\(attribute) = \(maximum)), above the "
                    + "max-capacity ceiling of \(ceiling): lower it to the largest load you have tested and budgeted, or raise the option"))
            }
        }
        return out
    }
}
