import DeploySyntax

/// GHA008: `ACTIONS_ALLOW_UNSECURE_COMMANDS` re-enables the `set-env`/`add-path` workflow commands that were
/// disabled because any text a step prints could set environment variables and PATH for later steps.
public struct UnsecureCommandsEnabled: WorkflowRule {
    public let id = "GHA008"
    public init() {}

    static let name = "ACTIONS_ALLOW_UNSECURE_COMMANDS"

    public func check(_ workflow: Workflow, context: RuleContext) -> [Violation] {
        var out: [Violation] = []
        func checkEnv(_ env: [WorkflowEnvEntry]) {
            for entry in env where ScalarText.upper(entry.name) == Self.name {
                guard ScalarText.lower(ScalarText.trimBlanks(entry.text ?? "")) != "false" else { continue }
                out.append(Violation(range: entry.range, message: message))
            }
        }
        checkEnv(workflow.env)
        for job in workflow.jobs {
            checkEnv(job.env)
            for step in job.steps {
                checkEnv(step.env)
                guard let run = step.run, let scalar = run.node.scalar, ScalarText.contains(run.text, Self.name) else { continue }
                let map = ScalarSourceMap(value: scalar.value, style: scalar.style, range: run.node.range, file: workflow.file)
                var from = 0
                while let at = ScalarText.firstIndex(of: Self.name, in: map.value, from: from) {
                    out.append(Violation(range: map.sourceRange(of: at..<(at + Self.name.utf8.count)), message: message))
                    from = at + Self.name.utf8.count
                }
            }
        }
        return out
    }

    private var message: String {
        "`\(Self.name)` re-enables the deprecated `set-env`/`add-path` commands: any text a step prints (a test name, a log line from a dependency) can then set environment variables and PATH for later steps; remove it and write to $GITHUB_ENV / $GITHUB_PATH"
    }
}
