import DeploySyntax

/// TF018 — a bucket policy allows any principal (`"*"` or `{"AWS": "*"}`) without a condition.
public struct S3BucketPublicPolicy: TerraformRule {
    public let id = "TF018"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        var out: [TerraformFinding] = []
        var reportedDocuments: Set<String> = []
        for resource in module.resources(ofTypes: ["aws_s3_bucket_policy", "aws_s3_bucket"]) {
            let policy = module.setting("policy", in: resource)
            guard let attribute = policy.attribute else { continue }
            var statements = PolicyStatement.statements(of: policy, in: module)
            for data in module.referencedResources(in: attribute.expression)
            where data.mode == .data && data.type == "aws_iam_policy_document" && !reportedDocuments.contains(data.address) {
                reportedDocuments.insert(data.address)
                statements += PolicyStatement.statements(ofDocument: data, in: module)
            }
            for statement in statements where statement.isAllow && statement.allowsAnyPrincipal && !statement.hasCondition {
                out.append(TerraformFinding(path: statement.path, range: statement.range, message:
                    "the policy of \(resource.displayName) allows any principal (\"*\") without a condition, which makes the "
                    + "bucket public: name the accounts, roles or services (for CloudFront, the service principal with an "
                    + "AWS:SourceArn condition)"))
            }
        }
        return out
    }
}
