import DeploySyntax

/// TF014 — an SNS topic stores messages without server-side encryption.
public struct SNSTopicNotEncrypted: TerraformRule {
    public let id = "TF014"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        module.resources(ofType: "aws_sns_topic").compactMap { topic in
            let key = module.setting("kms_master_key_id", in: topic)
            guard key.value.isNull || key.string == "" else { return nil }
            return module.finding(topic, key.reportRange,
                "SNS topic \(topic.displayName) keeps messages unencrypted at rest (no kms_master_key_id): "
                + "set kms_master_key_id = \"alias/aws/sns\" or a customer-managed key whose policy lets the publishers use it")
        }
    }
}
