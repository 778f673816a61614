import DeploySyntax

/// GHA016: `::set-output`, `::save-state` (deprecated) or `::set-env`, `::add-path` (disabled) printed by a
/// script: anything else the step prints can forge them; write to the environment files instead.
public struct DeprecatedWorkflowCommand: WorkflowRule {
    public let id = "GHA016"
    public init() {}

    /// (text searched, command name, fix, severity override).
    static let commands: [(String, String, String, Severity?)] = [
        ("::set-output ", "::set-output", "append `name=value` to \"$GITHUB_OUTPUT\"", nil),
        ("::save-state ", "::save-state", "append `name=value` to \"$GITHUB_STATE\"", nil),
        ("::set-env ", "::set-env", "append `NAME=value` to \"$GITHUB_ENV\" (the command is disabled and fails the step)", .error),
        ("::add-path::", "::add-path", "append the directory to \"$GITHUB_PATH\" (the command is disabled and fails the step)", .error),
    ]

    public func check(_ workflow: Workflow, context: RuleContext) -> [Violation] {
        var out: [Violation] = []
        for job in workflow.jobs {
            for step in job.steps {
                guard let run = step.run, let scalar = run.node.scalar, ScalarText.contains(run.text, "::") else { continue }
                var map: ScalarSourceMap?
                for (command, name, fix, severity) in Self.commands where ScalarText.contains(run.text, command) {
                    let m = map ?? ScalarSourceMap(value: scalar.value, style: scalar.style, range: run.node.range, file: workflow.file)
                    map = m
                    var from = 0
                    while let at = ScalarText.firstIndex(of: command, in: m.value, from: from) {
                        out.append(Violation(
                            range: m.sourceRange(of: at..<(at + name.utf8.count)),
                            message: "`\(name)` is a deprecated workflow command that any printed text can forge: \(fix)",
                            severity: severity))
                        from = at + command.utf8.count
                    }
                }
            }
        }
        return out
    }
}
