import DeploySyntax

/// DC013: a credential written literally in `environment` (`POSTGRES_PASSWORD: hunter2`).
public struct LiteralSecretInEnvironment: ComposeRule {
    public let id = "DC013"
    public init() {}

    public func check(_ compose: ComposeFile, context: RuleContext) -> [Violation] {
        var out: [Violation] = []
        var seen: Set<Int> = []
        for service in compose.services {
            for entry in service.environment {
                guard let value = entry.value, let valueRange = entry.valueRange,
                      CredentialName.isCredential(entry.name), CredentialName.isLiteralSecretValue(value),
                      seen.insert(entry.range.start.offset).inserted else { continue }
                out.append(Violation(
                    range: valueRange,
                    message: "service '\(service.name)' sets \(entry.name) to a literal value: anyone who can read this file or the repository has it; take it from the environment with `${\(entry.name):?}` (kept in an untracked .env) or use compose `secrets:` with a `*_FILE` variable",
                    redactions: [valueRange]))
            }
        }
        return out
    }
}
