import DeploySyntax

/// DF021: the final image's CMD/ENTRYPOINT in shell form: `/bin/sh -c` becomes PID 1 and the service never
/// receives SIGTERM, so every stop waits for the timeout and ends in SIGKILL.
public struct ShellFormEntrypoint: DockerfileRule {
    public let id = "DF021"

    public init() {}

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        guard let final = dockerfile.finalStage else { return [] }
        let lineage = dockerfile.lineageInstructions(ofStage: final.index, .cmd, .entrypoint)
        let entrypoint = lineage.last { $0.keyword == .entrypoint }
        // An ENTRYPOINT resets an inherited CMD: only a CMD after it (or in the same stage) counts.
        let cmd = lineage.last { $0.keyword == .cmd }
        var violations: [Violation] = []
        if let entrypoint, let violation = Self.check(entrypoint, passedToEntrypoint: false) {
            violations.append(violation)
        }
        if let cmd, let violation = Self.check(cmd, passedToEntrypoint: entrypoint?.command?.isExec == true) {
            violations.append(violation)
        }
        return violations
    }

    static func check(_ instruction: DockerfileInstruction, passedToEntrypoint: Bool) -> Violation? {
        guard case .shell(let text, let range)? = instruction.command else { return nil }
        let commands = instruction.script?.commands ?? []
        if !passedToEntrypoint, commands.first?.effectiveName == "exec" || commands.first?.words.first?.value == "exec" {
            return nil
        }
        let keyword = instruction.keyword.rawValue
        let program = commands.first?.unwrappedWords.first?.value ?? text
        let suggestion = Self.jsonSuggestion(commands).map { " \(keyword) \($0)" } ?? " \(keyword) [\"executable\", \"arg\"]"
        if passedToEntrypoint {
            return Violation(
                range: range,
                message: "shell-form CMD is passed to the exec-form ENTRYPOINT as '/bin/sh -c \"\(text)\"': write it in JSON form,\(suggestion)"
            )
        }
        return Violation(
            range: range,
            message: "shell-form \(keyword) runs under '/bin/sh -c', so '\(program)' is not PID 1 and never receives SIGTERM (docker stop waits, then kills it): use the JSON form,\(suggestion)"
        )
    }

    /// `["uvicorn", "app:app"]` for a single simple command; nil when the shell is really needed.
    static func jsonSuggestion(_ commands: [ShellCommand]) -> String? {
        guard commands.count == 1, let command = commands.first, command.assignments.isEmpty,
              command.redirections.isEmpty, !command.words.contains(where: \.hasExpansion) else { return nil }
        let words = command.words.first?.value == "exec" ? Array(command.words.dropFirst()) : command.words
        guard !words.isEmpty else { return nil }
        return "[" + words.map { "\"\(Self.jsonEscaped($0.value))\"" }.joined(separator: ", ") + "]"
    }

    static func jsonEscaped(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.append(c)
            }
        }
        return out
    }
}
