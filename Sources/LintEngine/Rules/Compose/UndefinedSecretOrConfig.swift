import DeploySyntax

/// DC024: a service uses a secret or config that the top-level `secrets:`/`configs:` does not declare.
/// Quiet on override files and files with `include:`.
public struct UndefinedSecretOrConfig: ComposeRule {
    public let id = "DC024"
    public init() {}

    public func check(_ compose: ComposeFile, context: RuleContext) -> [Violation] {
        guard !compose.mayReferenceOtherFiles else { return [] }
        let secrets = Set(compose.secrets.map(\.name))
        let configs = Set(compose.configs.map(\.name))
        var out: [Violation] = []
        for service in compose.services {
            for (kind, refs, declared) in [("secret", service.secrets, secrets), ("config", service.configs, configs)] {
                for ref in refs where !declared.contains(ref.text) && !ComposeInterpolation.mayInterpolate(ref.text) {
                    out.append(Violation(
                        range: ref.range,
                        message: "service '\(service.name)' uses \(kind) '\(ref.text)', which the top-level `\(kind)s:` does not declare (compose refuses the file); declare it with a `file:` or `environment:` source"))
                }
            }
        }
        return out
    }
}
