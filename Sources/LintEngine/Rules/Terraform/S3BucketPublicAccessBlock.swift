import DeploySyntax

/// TF019 — a bucket has no `aws_s3_bucket_public_access_block` (note: S3 blocks public access on new buckets
/// by default since April 2023), or its public access block leaves one of the four settings off (warning).
public struct S3BucketPublicAccessBlock: TerraformRule {
    public let id = "TF019"
    public init() {}

    static let flags = ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"]

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        var out: [TerraformFinding] = []
        for block in module.resources(ofType: "aws_s3_bucket_public_access_block") {
            var off: [String] = []
            var firstRange = block.headerRange
            for flag in Self.flags {
                let setting = module.setting(flag, in: block)
                let state = BooleanSetting(setting)
                guard state.isOffByDefaultOrExplicitly else { continue }
                if off.isEmpty { firstRange = setting.reportRange }
                off.append(state == .absent ? "\(flag) (unset, false)" : flag)
            }
            guard !off.isEmpty else { continue }
            out.append(module.finding(block, firstRange,
                "\(block.displayName) leaves public access open: \(off.joined(separator: ", ")) "
                + "\(off.count == 1 ? "is" : "are") not true; set all four settings to true unless the bucket must be public"))
        }
        guard S3Buckets.canReportAbsence(of: "aws_s3_bucket_public_access_block", in: module) else { return out }
        if accountBlocksEverything(module) { return out }
        for bucket in module.resources(ofType: "aws_s3_bucket") {
            guard S3Buckets.companions(of: bucket, type: "aws_s3_bucket_public_access_block", in: module).isEmpty else { continue }
            out.append(module.finding(bucket, bucket.headerRange,
                "bucket \(bucket.displayName) has no aws_s3_bucket_public_access_block: S3 blocks public access on new "
                + "buckets by default since April 2023, but only a declared block keeps it that way if someone changes it; "
                + "add one with the four settings true", severity: .note))
        }
        return out
    }

    private func accountBlocksEverything(_ module: TerraformModule) -> Bool {
        module.resources(ofType: "aws_s3_account_public_access_block").contains { account in
            Self.flags.allSatisfy { BooleanSetting(module.setting($0, in: account)) == .enabled }
        }
    }
}
