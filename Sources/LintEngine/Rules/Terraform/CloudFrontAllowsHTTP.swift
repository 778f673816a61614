import DeploySyntax

/// TF037 — a CloudFront cache behaviour serves viewers over plain HTTP (`viewer_protocol_policy = "allow-all"`).
public struct CloudFrontAllowsHTTP: TerraformRule {
    public let id = "TF037"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        var out: [TerraformFinding] = []
        for distribution in module.resources(ofType: "aws_cloudfront_distribution") {
            for behavior in CloudFront.cacheBehaviors(of: distribution, in: module) {
                let policy = module.setting("viewer_protocol_policy", in: behavior)
                guard policy.string == "allow-all" else { continue }
                out.append(TerraformFinding(path: behavior.path, range: policy.reportRange, message:
                    "\(distribution.displayName) serves this cache behaviour over plain HTTP (viewer_protocol_policy = \"allow-all\"): "
                    + "use \"redirect-to-https\" (or \"https-only\" for APIs)"))
            }
        }
        return out
    }
}
