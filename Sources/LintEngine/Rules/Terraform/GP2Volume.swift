import DeploySyntax

/// TF046 (cost) — EBS `gp2` volumes, which cost 20% more than `gp3` for the same size and give less baseline
/// performance (warning), and RDS storage on `gp2`, explicit or by AWS default when `storage_type` is left out
/// (note: same price per GB on RDS, but gp3 includes 3,000 IOPS where gp2 gives 3 per GB).
public struct GP2Volume: TerraformRule {
    public let id = "TF046"
    public init() {}

    static func ebsSavings(_ size: Int?) -> String {
        guard let size else {
            return "gp3 costs \(AWSPriceTable.dollars(AWSPriceTable.ebsGP3PerGB)) per GB-month instead of \(AWSPriceTable.dollars(AWSPriceTable.ebsGP2PerGB)) \(AWSPriceTable.citation)"
        }
        let saving = Double(size) * (AWSPriceTable.ebsGP2PerGB - AWSPriceTable.ebsGP3PerGB)
        return "gp3 saves about \(AWSPriceTable.dollars(saving))/month on \(size) GB \(AWSPriceTable.citation)"
    }

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        var out: [TerraformFinding] = []
        for volume in module.resources(ofType: "aws_ebs_volume") {
            let type = module.setting("type", in: volume)
            guard type.value.isNull || type.string == "gp2" else { continue }
            let size = module.setting("size", in: volume).value.int
            out.append(module.finding(volume, type.reportRange,
                "EBS volume \(volume.displayName) is gp2\(type.isAbsent ? " (the default when type is not set)" : ""): "
                + "\(Self.ebsSavings(size)) with 3,000 IOPS included; set type = \"gp3\""))
        }
        for instance in module.resources(ofTypes: ["aws_instance", "aws_launch_template"]) {
            var devices = module.blocks("root_block_device", in: instance) + module.blocks("ebs_block_device", in: instance)
            for mapping in module.blocks("block_device_mappings", in: instance) { devices += module.blocks("ebs", in: mapping) }
            for device in devices {
                let type = module.setting("volume_type", in: device)
                guard type.string == "gp2" else { continue }
                let size = module.setting("volume_size", in: device).value.int
                out.append(TerraformFinding(path: device.path, range: type.reportRange, message:
                    "\(instance.displayName) attaches a gp2 volume: \(Self.ebsSavings(size)); set volume_type = \"gp3\""))
            }
        }
        for db in module.resources(ofType: "aws_db_instance") {
            if RDSFacts.isAurora(module.engine(of: db)) { continue }
            let type = module.setting("storage_type", in: db)
            let isDefault = type.value.isNull
            guard isDefault || type.string == "gp2" else { continue }
            let storage = module.setting("allocated_storage", in: db).value.int
            if isDefault && storage == nil { continue }  // replicas and restores without a size: nothing to say
            let iops = storage.map { "\(max(100, $0 * 3)) IOPS at \($0) GB" } ?? "3 IOPS per GB"
            out.append(module.finding(db, type.reportRange,
                "\(db.displayName) stores data on gp2\(isDefault ? " (AWS's default when storage_type is not set)" : ""), "
                + "which gives \(iops); gp3 costs the same \(AWSPriceTable.dollars(AWSPriceTable.rdsGP3PerGB)) per GB-month "
                + "\(AWSPriceTable.citation) and includes \(AWSPriceTable.rdsGP3BaselineIOPS) IOPS: set storage_type = \"gp3\"",
                severity: .note))
        }
        return out
    }
}
