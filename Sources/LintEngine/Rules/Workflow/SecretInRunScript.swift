import DeploySyntax

/// GHA007: a secret expanded with `${{ }}` into a `run:` script: it is written into the script file on the
/// runner, shows in process arguments, and quoting characters in it break (or inject into) the command.
public struct SecretInRunScript: WorkflowRule {
    public let id = "GHA007"
    public init() {}

    public func check(_ workflow: Workflow, context: RuleContext) -> [Violation] {
        var out: [Violation] = []
        for job in workflow.jobs {
            for step in job.steps {
                guard let run = step.run else { continue }
                for expression in workflow.expressions(in: run.node) {
                    guard let secret = expression.references.first(where: { !$0.isTestedOnly && ($0.path.hasPrefix("secrets.") || $0.path == "github.token") }) else { continue }
                    let line = workflow.file.lineText(expression.range.start.line)
                    let printed = ScalarText.contains(line, "echo ") || ScalarText.contains(line, "printf ")
                    let what = printed ? "printed by the script (the log mask misses transformed or partial values)" : "written into the script text (the script file and process arguments hold it, and quotes in it break the command)"
                    let variable = ScalarText.upper(secret.path.split(separator: ".").last.map(String.init) ?? "SECRET").replacingDashes
                    out.append(Violation(
                        range: expression.range,
                        message: "`\(secret.path)` is \(what): pass it through `env:` (`\(variable): ${{ \(secret.path) }}`) and use \"$\(variable)\""))
                }
            }
        }
        return out
    }
}

private extension String {
    var replacingDashes: String { String(map { $0 == "-" ? "_" : $0 }) }
}
