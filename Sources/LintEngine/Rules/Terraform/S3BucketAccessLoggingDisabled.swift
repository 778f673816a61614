import DeploySyntax

/// TF022 — a bucket records no server access logs (note). Buckets that receive logs themselves (targets of
/// another bucket's logging, or named for logs) are skipped.
public struct S3BucketAccessLoggingDisabled: TerraformRule {
    public let id = "TF022"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        let companion = "aws_s3_bucket_logging"
        guard S3Buckets.canReportAbsence(of: companion, in: module) else { return [] }
        var targets: [HCLExpression] = []
        for logging in module.resources(ofType: companion) {
            if let t = logging.body.attribute("target_bucket") { targets.append(t.expression) }
        }
        for bucket in module.resources(ofType: "aws_s3_bucket") {
            for block in module.blocks("logging", in: bucket) {
                if let t = block.body.attribute("target_bucket") { targets.append(t.expression) }
            }
        }
        return module.resources(ofType: "aws_s3_bucket").compactMap { bucket in
            if !module.blocks("logging", in: bucket).isEmpty { return nil }
            guard S3Buckets.companions(of: bucket, type: companion, in: module).isEmpty else { return nil }
            let name = module.setting("bucket", in: bucket).string ?? module.setting("bucket_prefix", in: bucket).string ?? ""
            if bucket.name.lowercased().contains("log") || name.lowercased().contains("log") { return nil }
            let bucketName = module.setting("bucket", in: bucket).string
            if targets.contains(where: { module.expression($0, refersTo: bucket) || (bucketName != nil && module.evaluate($0).string == bucketName) }) {
                return nil
            }
            return module.finding(bucket, bucket.headerRange,
                "bucket \(bucket.displayName) records no server access logs: add an aws_s3_bucket_logging that sends them "
                + "to a log bucket, or rely on CloudTrail data events if those are already on")
        }
    }
}
