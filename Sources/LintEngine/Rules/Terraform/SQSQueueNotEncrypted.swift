import DeploySyntax

/// TF015 — an SQS queue has server-side encryption switched off (SSE-SQS is the default since 2022, so only an
/// explicit `sqs_managed_sse_enabled = false` without a KMS key is reported).
public struct SQSQueueNotEncrypted: TerraformRule {
    public let id = "TF015"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        module.resources(ofType: "aws_sqs_queue").compactMap { queue in
            let sse = module.setting("sqs_managed_sse_enabled", in: queue)
            guard BooleanSetting(sse) == .disabled else { return nil }
            let key = module.setting("kms_master_key_id", in: queue)
            guard key.value.isNull || key.string == "" else { return nil }
            return module.finding(queue, sse.reportRange,
                "SQS queue \(queue.displayName) turns off server-side encryption (sqs_managed_sse_enabled = false, no kms_master_key_id): "
                + "remove the argument to keep SSE-SQS, or set kms_master_key_id")
        }
    }
}
