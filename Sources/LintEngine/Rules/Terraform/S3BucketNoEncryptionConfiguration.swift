import DeploySyntax

/// TF020 — a bucket declares no default encryption (note: S3 applies SSE-S3 to every new object since
/// January 2023, so the data is encrypted; declaring SSE-KMS gives key control and audit).
public struct S3BucketNoEncryptionConfiguration: TerraformRule {
    public let id = "TF020"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        let companion = "aws_s3_bucket_server_side_encryption_configuration"
        guard S3Buckets.canReportAbsence(of: companion, in: module) else { return [] }
        return module.resources(ofType: "aws_s3_bucket").compactMap { bucket in
            if !module.blocks("server_side_encryption_configuration", in: bucket).isEmpty { return nil }
            guard S3Buckets.companions(of: bucket, type: companion, in: module).isEmpty else { return nil }
            return module.finding(bucket, bucket.headerRange,
                "bucket \(bucket.displayName) declares no default encryption, so it relies on the SSE-S3 default: add an "
                + "\(companion) with sse_algorithm = \"aws:kms\" (and bucket_key_enabled = true) if access to the data must "
                + "follow a key policy")
        }
    }
}
