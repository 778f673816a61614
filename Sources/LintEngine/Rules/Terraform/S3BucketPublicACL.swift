import DeploySyntax

/// TF017 — a bucket ACL grants access to everyone or to every AWS account (`public-read`,
/// `public-read-write`, `authenticated-read`, or a grant to the AllUsers/AuthenticatedUsers groups).
public struct S3BucketPublicACL: TerraformRule {
    public let id = "TF017"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        var out: [TerraformFinding] = []
        for resource in module.resources(ofTypes: ["aws_s3_bucket", "aws_s3_bucket_acl"]) {
            let acl = module.setting("acl", in: resource)
            if let value = acl.string, S3Buckets.publicCannedACLs.contains(value) {
                out.append(module.finding(resource, acl.reportRange,
                    "\(resource.displayName) uses the canned ACL \"\(value)\", which lets \(value == "authenticated-read" ? "any AWS account" : "anyone on the internet") "
                    + "\(value == "public-read-write" ? "read and write" : "read") the bucket: remove it (object ownership BucketOwnerEnforced "
                    + "disables ACLs) and share objects through CloudFront or presigned URLs"))
            }
            for policy in module.blocks("access_control_policy", in: resource) {
                for grant in module.blocks("grant", in: policy) {
                    for grantee in module.blocks("grantee", in: grant) {
                        let uri = module.setting("uri", in: grantee)
                        guard let u = uri.string, u.hasSuffix("/global/AllUsers") || u.hasSuffix("/global/AuthenticatedUsers") else { continue }
                        let group = u.hasSuffix("AllUsers") ? "everyone (AllUsers)" : "every AWS account (AuthenticatedUsers)"
                        out.append(TerraformFinding(path: grantee.path, range: uri.reportRange, message:
                            "\(resource.displayName) grants \(module.setting("permission", in: grant).string ?? "access") to \(group): remove the grant"))
                    }
                }
            }
        }
        return out
    }
}
