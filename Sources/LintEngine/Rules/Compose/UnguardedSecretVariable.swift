import DeploySyntax

/// DC014: a credential interpolated with neither a default nor a `:?` guard: when the variable is unset,
/// compose substitutes an empty string (with only a warning) and the stack starts with an empty password.
public struct UnguardedSecretVariable: ComposeRule {
    public let id = "DC014"
    public init() {}

    public func check(_ compose: ComposeFile, context: RuleContext) -> [Violation] {
        // Environment values whose entry name is a credential count even when the variable name is not.
        var credentialValueOffsets: Set<Int> = []
        for service in compose.services {
            for entry in service.environment where entry.value != nil && CredentialName.isCredential(entry.name) {
                credentialValueOffsets.insert(entry.node.range.start.offset)
            }
        }
        var out: [Violation] = []
        for node in compose.valueScalars {
            guard let text = node.string, ComposeInterpolation.mayInterpolate(text),
                  let parsed = compose.interpolation(in: node) else { continue }
            let entryIsCredential = credentialValueOffsets.contains(node.range.start.offset)
            for reference in parsed.references where reference.op == .none {
                guard CredentialName.isCredential(reference.name) || entryIsCredential else { continue }
                out.append(Violation(
                    range: reference.range,
                    message: "'\(String(decoding: Array(text.utf8)[reference.valueRange], as: UTF8.self))' has neither a default nor a guard: when \(reference.name) is unset compose substitutes an empty string (with only a warning) and the service starts with an empty credential; write '${\(reference.name):?\(reference.name) must be set}'"))
            }
        }
        return out
    }
}
