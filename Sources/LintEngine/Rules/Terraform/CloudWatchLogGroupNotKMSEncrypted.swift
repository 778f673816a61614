import DeploySyntax

/// TF016 — a CloudWatch log group is encrypted only with the service-owned key (no `kms_key_id`).
public struct CloudWatchLogGroupNotKMSEncrypted: TerraformRule {
    public let id = "TF016"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        module.resources(ofType: "aws_cloudwatch_log_group").compactMap { group in
            let key = module.setting("kms_key_id", in: group)
            guard key.value.isNull || key.string == "" else { return nil }
            return module.finding(group, key.reportRange,
                "log group \(group.displayName) has no kms_key_id: CloudWatch encrypts it with a service key nobody can "
                + "restrict or audit; set kms_key_id to a customer-managed key whose policy allows logs.<region>.amazonaws.com")
        }
    }
}
