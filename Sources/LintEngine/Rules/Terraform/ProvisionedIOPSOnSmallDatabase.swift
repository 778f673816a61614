import DeploySyntax

/// TF049 (cost) — provisioned IOPS storage (`io1`/`io2`) on a small database, where gp3's included 3,000 IOPS
/// usually suffice: under 400 GB, or on a burstable (`db.t*`) class.
public struct ProvisionedIOPSOnSmallDatabase: TerraformRule {
    public let id = "TF049"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        module.resources(ofType: "aws_db_instance").compactMap { db in
            let type = module.setting("storage_type", in: db)
            guard let storageType = type.string, storageType == "io1" || storageType == "io2" else { return nil }
            let storage = module.setting("allocated_storage", in: db).value.int
            let instanceClass = module.setting("instance_class", in: db).string ?? ""
            let burstable = instanceClass.hasPrefix("db.t")
            guard burstable || (storage.map { $0 < 400 } ?? false) else { return nil }
            let iops = module.setting("iops", in: db).value.int
            var cost = ""
            if let iops {
                let monthly = Double(iops) * AWSPriceTable.rdsIOPSPerMonth
                cost = "; \(iops) provisioned IOPS cost about \(AWSPriceTable.dollars(monthly))/month on top of storage \(AWSPriceTable.citation)"
            }
            let why = burstable ? "a burstable \(instanceClass)" : "\(storage ?? 0) GB"
            return module.finding(db, type.reportRange,
                "\(db.displayName) pays for \(storageType) provisioned IOPS on \(why)\(cost): gp3 includes "
                + "\(AWSPriceTable.rdsGP3BaselineIOPS) IOPS at \(AWSPriceTable.dollars(AWSPriceTable.rdsGP3PerGB)) per GB-month; "
                + "use storage_type = \"gp3\" unless measured load needs more")
        }
    }
}
