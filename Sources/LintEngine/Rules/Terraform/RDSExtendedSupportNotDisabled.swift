import DeploySyntax

/// TF051 (cost, note) — an RDS/Aurora MySQL or PostgreSQL database does not set `engine_lifecycle_support`, so
/// AWS enrolls it in paid RDS Extended Support when its major version reaches the end of standard support.
public struct RDSExtendedSupportNotDisabled: TerraformRule {
    public let id = "TF051"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        var out: [TerraformFinding] = []
        for db in module.resources(ofTypes: ["aws_db_instance", "aws_rds_cluster"]) {
            let engine = module.engine(of: db)
            guard RDSFacts.hasExtendedSupport(engine) else { continue }
            if db.type == "aws_db_instance" && RDSFacts.isAurora(engine) { continue }
            let setting = module.setting("engine_lifecycle_support", in: db)
            guard setting.value.isNull else { continue }
            var estimate = "about \(AWSPriceTable.dollars(AWSPriceTable.extendedSupportVCPUHourly)) per vCPU-hour in years 1-2 and twice that in year 3"
            if let instanceClass = module.setting("instance_class", in: db).string, let vcpus = AWSPriceTable.vCPUs(ofInstanceClass: instanceClass) {
                let monthly = AWSPriceTable.monthly(hourly: Double(vcpus) * AWSPriceTable.extendedSupportVCPUHourly)
                estimate = "about \(AWSPriceTable.dollars(monthly))/month for \(instanceClass) (\(vcpus) vCPUs) in years 1-2, twice that in year 3"
            }
            out.append(module.finding(db, db.headerRange,
                "\(db.displayName) does not set engine_lifecycle_support, so when \(engine ?? "its engine")'s major version "
                + "reaches end of standard support AWS moves it to paid Extended Support (\(estimate) \(AWSPriceTable.citation)): "
                + "set engine_lifecycle_support = \"open-source-rds-extended-support-disabled\" and plan major upgrades"))
        }
        return out
    }
}
