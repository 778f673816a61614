import DeploySyntax

/// Parses one file of a known kind once and runs that kind's rules over the model.
///
/// This is the one place that maps a `FileKind` to its parser and its rule protocol: a new kind adds one case.
public enum RuleRunner {
    public struct Outcome: Sendable {
        /// Each violation with the id of the rule that reported it.
        public var violations: [(ruleID: String, violation: Violation)]
        /// Problems that stopped or disturbed parsing; the engine reports them as parse-error findings.
        public var parseDiagnostics: [Diagnostic]
        /// Set when the file was recognised but not checked (e.g. no rules for its kind yet, a Helm template).
        public var skippedReason: String?

        public init(violations: [(ruleID: String, violation: Violation)] = [], parseDiagnostics: [Diagnostic] = [], skippedReason: String? = nil) {
            self.violations = violations
            self.parseDiagnostics = parseDiagnostics
            self.skippedReason = skippedReason
        }
    }

    public static func run(kind: FileKind, file: SourceFile, rules: [any Rule], context: RuleContext) -> Outcome {
        switch kind {
        case .dockerfile:
            let dockerfile = DockerfileParser().parse(file)
            var outcome = Outcome(parseDiagnostics: dockerfile.diagnostics)
            for case let rule as any DockerfileRule in rules {
                for v in rule.check(dockerfile, context: context) { outcome.violations.append((rule.id, v)) }
            }
            return outcome
        case .compose, .kubernetes, .githubWorkflow, .hcl, .dotenv:
            return Outcome(skippedReason: "no rules for \(kind.rawValue) files yet")
        }
    }
}
