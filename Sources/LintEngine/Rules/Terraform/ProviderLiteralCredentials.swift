import DeploySyntax

/// TF043 — an `aws` provider block holds a literal access key, secret key or session token.
public struct ProviderLiteralCredentials: TerraformRule {
    public let id = "TF043"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        var out: [TerraformFinding] = []
        for provider in module.providers where provider.block?.labels.first?.value == "aws" {
            for name in ["access_key", "secret_key", "token"] {
                guard let attribute = provider.body.attribute(name),
                      case .template(let template) = attribute.expression.kind,
                      let literal = template.literalValue, !literal.isEmpty
                else { continue }
                var violation = Violation(range: attribute.range, message:
                    "provider \"aws\" has a literal \(name): remove it (and rotate the key, it is in version control) and let the "
                    + "provider read credentials from the environment, a shared profile, SSO or an assumed IAM role")
                violation.redactions = [attribute.expression.range]
                out.append(TerraformFinding(path: provider.path, violation: violation))
            }
        }
        return out
    }
}
