import DeploySyntax

/// One file ready to be checked: its kind, its bytes and, for YAML-based kinds, the stream that discovery
/// already parsed to classify the file (each file is parsed once).
public struct LintInput: Sendable {
    public var kind: FileKind
    public var file: SourceFile
    /// The parsed YAML stream for `compose`, `kubernetes` and `github-workflow` files; nil for other kinds.
    public var yaml: YAMLStream?

    public init(kind: FileKind, file: SourceFile, yaml: YAMLStream? = nil) {
        self.kind = kind
        self.file = file
        self.yaml = yaml
    }
}

/// Parses one file of a known kind once and runs that kind's rules over the model.
///
/// This is the one place that maps a `FileKind` to its parser and its rule protocol: wiring a new kind is
/// one `case` here (parse, then `check(rules, select: \.kind, …)` with the kind's `TypedRule` case); the engine
/// learns which kinds have rules from `RuleRegistry`.
public enum RuleRunner {
    public struct Outcome: Sendable {
        /// Each violation with the id of the rule that reported it.
        public var violations: [(ruleID: String, violation: Violation)]
        /// Problems that stopped or disturbed parsing; the engine reports them as parse-error findings (SQ001).
        /// When one of them is an error, the file did not parse and no rule ran.
        public var parseDiagnostics: [Diagnostic]
        /// Set when the file was recognised but not checked (e.g. no rules for its kind yet, a Helm template).
        public var skippedReason: String?

        public init(violations: [(ruleID: String, violation: Violation)] = [], parseDiagnostics: [Diagnostic] = [], skippedReason: String? = nil) {
            self.violations = violations
            self.parseDiagnostics = parseDiagnostics
            self.skippedReason = skippedReason
        }
    }

    /// Parses the file, runs the kind's rules over the model, then the text rules (secrets) over the bytes.
    public static func run(_ input: LintInput, rules: [any Rule], context: RuleContext) -> Outcome {
        // Filtering on `kind` first keeps dynamic casts to the rules that can match: in a one-shot CLI every
        // first cast of a type scans the binary's conformance records, which dominated one-file lint time.
        let modelRules = input.kind == .dotenv ? rules : rules.filter { $0.kind == input.kind }
        var outcome = runKind(input, rules: modelRules, context: context)
        if let text = runTextRules(input, rules: rules, context: context) {
            outcome.violations += text
            // Text rules read every kind, so a file whose kind has no model rules was still checked.
            outcome.skippedReason = nil
        }
        return outcome
    }

    /// Rules that read a file's text rather than its model (`FileTextRule`, e.g. the SEC rules); they run even
    /// when the file does not parse. Nil when `rules` holds none.
    public static func runTextRules(_ input: LintInput, rules: [any Rule], context: RuleContext) -> [(ruleID: String, violation: Violation)]? {
        // Text rules report `kind == .dotenv` (the one kind no model reads); only those can be text rules.
        let candidates = rules.filter { $0.kind == .dotenv }
        if candidates.isEmpty { return nil }
        return FileTextRules.check(input.file, kind: input.kind, rules: candidates, context: context)
    }

    /// The kind's own parser and rules: the one switch a new kind adds a case to.
    static func runKind(_ input: LintInput, rules: [any Rule], context: RuleContext) -> Outcome {
        switch input.kind {
        case .dockerfile:
            let dockerfile = DockerfileParser().parse(input.file)
            return check(rules, select: \.dockerfile, diagnostics: dockerfile.diagnostics) {
                $0.check(dockerfile, context: context)
            }
        case .kubernetes:
            return KubernetesFileChecker.run(input, rules: rules, context: context)
        case .compose:
            return ComposeFileChecker.run(input, rules: rules, context: context)
        case .githubWorkflow:
            return WorkflowFileChecker.run(input, rules: rules, context: context)
        case .hcl:
            // Rules run on what error recovery kept: a broken block is dropped, the others are checked.
            return TerraformLinter.lint(file: input.file, rules: rules, context: context)
        case .dotenv:
            return Outcome(skippedReason: "no rules for \(input.kind.rawValue) files yet")
        }
    }

    /// Source-compatible entry point for callers that have no pre-parsed YAML.
    public static func run(kind: FileKind, file: SourceFile, rules: [any Rule], context: RuleContext) -> Outcome {
        run(LintInput(kind: kind, file: file), rules: rules, context: context)
    }

    /// Runs every rule that `select` picks from its `TypedRule` over a parsed model (no dynamic cast); runs none
    /// when parsing failed with an error.
    static func check<R>(
        _ rules: [any Rule],
        select: (TypedRule) -> R?,
        diagnostics: [Diagnostic],
        _ body: (R) -> [Violation]
    ) -> Outcome {
        var outcome = Outcome(parseDiagnostics: diagnostics)
        if diagnostics.contains(where: { $0.severity == .error }) { return outcome }
        for rule in rules {
            guard let typed = select(rule.typed) else { continue }
            for violation in body(typed) { outcome.violations.append((rule.id, violation)) }
        }
        return outcome
    }
}
