import DeploySyntax

/// TF021 — a bucket keeps no previous versions of overwritten or deleted objects.
public struct S3BucketVersioningDisabled: TerraformRule {
    public let id = "TF021"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        var out: [TerraformFinding] = []
        let companion = "aws_s3_bucket_versioning"
        for versioning in module.resources(ofType: companion) {
            for configuration in module.blocks("versioning_configuration", in: versioning) {
                let status = module.setting("status", in: configuration)
                guard let value = status.string, value == "Suspended" || value == "Disabled" else { continue }
                out.append(module.finding(versioning, status.reportRange,
                    "\(versioning.displayName) sets versioning to \(value): set status = \"Enabled\" so overwritten and "
                    + "deleted objects can be recovered (add a lifecycle rule to expire noncurrent versions)"))
            }
        }
        let canReportAbsence = S3Buckets.canReportAbsence(of: companion, in: module)
        for bucket in module.resources(ofType: "aws_s3_bucket") {
            let inline = module.blocks("versioning", in: bucket)
            if let block = inline.first {
                let enabled = module.setting("enabled", in: block)
                if BooleanSetting(enabled).isOffByDefaultOrExplicitly {
                    out.append(TerraformFinding(path: block.path, range: enabled.reportRange, message:
                        "bucket \(bucket.displayName) has versioning off: set enabled = true (or use an aws_s3_bucket_versioning resource with status = \"Enabled\")"))
                }
                continue
            }
            guard canReportAbsence, S3Buckets.companions(of: bucket, type: companion, in: module).isEmpty else { continue }
            out.append(module.finding(bucket, bucket.headerRange,
                "bucket \(bucket.displayName) has no versioning: add an aws_s3_bucket_versioning with status = \"Enabled\" "
                + "so overwritten and deleted objects can be recovered"))
        }
        return out
    }
}
