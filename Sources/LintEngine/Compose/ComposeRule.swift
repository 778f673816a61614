import DeploySyntax

/// A rule over a compose file's model.
public protocol ComposeRule: Rule {
    func check(_ compose: ComposeFile, context: RuleContext) -> [Violation]
}

extension ComposeRule {
    public var kind: FileKind { .compose }
}

/// Builds the compose model (reusing the YAML stream discovery parsed) and runs the compose rules.
public enum ComposeFileChecker {
    public static func run(_ input: LintInput, rules: [any Rule], context: RuleContext) -> RuleRunner.Outcome {
        let compose = input.yaml.map { ComposeModelBuilder().build($0) } ?? ComposeModelBuilder().build(input.file)
        return RuleRunner.check(rules, select: \.compose, diagnostics: compose.diagnostics) {
            $0.check(compose, context: context)
        }
    }
}
