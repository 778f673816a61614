import DeploySyntax

/// TF039 — a production CloudFront distribution has no WAF web ACL (`web_acl_id`). Production comes from the
/// rule's `environment` option, an `Environment` tag, provider `default_tags` or an `environment` variable/local.
public struct CloudFrontWithoutWAFInProduction: TerraformRule {
    public let id = "TF039"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        module.resources(ofType: "aws_cloudfront_distribution").compactMap { distribution in
            guard case .production(let env) = module.environment(of: distribution, context: context, ruleID: id) else { return nil }
            let acl = module.setting("web_acl_id", in: distribution)
            guard acl.value.isNull || acl.string == "" else { return nil }
            return module.finding(distribution, distribution.headerRange,
                "production distribution \(distribution.displayName) (environment '\(env)') has no web_acl_id: attach an "
                + "aws_wafv2_web_acl (scope CLOUDFRONT) with at least the AWS managed common and known-bad-inputs rule groups")
        }
    }
}
