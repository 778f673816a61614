import DeploySyntax

/// TF047 (cost) — a CloudWatch log group keeps logs forever (`retention_in_days` unset or 0).
public struct LogGroupWithoutRetention: TerraformRule {
    public let id = "TF047"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        module.resources(ofType: "aws_cloudwatch_log_group").compactMap { group in
            let setting = module.setting("retention_in_days", in: group)
            guard setting.value.isNull || setting.value.int == 0 else { return nil }
            return module.finding(group, setting.reportRange,
                "log group \(group.displayName) keeps logs forever (\(setting.value.isNull ? "retention_in_days is not set" : "retention_in_days = 0")): "
                + "storage grows without bound at about \(AWSPriceTable.dollars(AWSPriceTable.logStoragePerGB)) per GB-month "
                + "\(AWSPriceTable.citation), 10 GB a day is about \(AWSPriceTable.dollars(3650 * AWSPriceTable.logStoragePerGB))/month after a "
                + "year; set retention_in_days (30, 90, 365…) to what your policy requires")
        }
    }
}
