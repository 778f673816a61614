import DeploySyntax

/// A rule over a GitHub Actions workflow's model.
public protocol WorkflowRule: Rule {
    func check(_ workflow: Workflow, context: RuleContext) -> [Violation]
}

extension WorkflowRule {
    public var kind: FileKind { .githubWorkflow }
}

/// Builds the workflow model (reusing the YAML stream discovery parsed) and runs the workflow rules.
public enum WorkflowFileChecker {
    public static func run(_ input: LintInput, rules: [any Rule], context: RuleContext) -> RuleRunner.Outcome {
        let workflow = input.yaml.map { WorkflowModelBuilder().build($0) } ?? WorkflowModelBuilder().build(input.file)
        return RuleRunner.check(rules, select: \.workflow, diagnostics: workflow.diagnostics) {
            $0.check(workflow, context: context)
        }
    }
}
