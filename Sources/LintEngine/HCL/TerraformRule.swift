import DeploySyntax

/// A rule over a Terraform/OpenTofu module (one directory, or one file when linting file by file).
///
/// A finding carries the path of the file it points into, because a module spans several files; the engine keeps
/// the findings of the file it is linting.
public protocol TerraformRule: Rule {
    func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding]
}

extension TerraformRule {
    public var kind: FileKind { .hcl }
}

/// A violation in one file of a module.
public struct TerraformFinding: Sendable, Hashable {
    public var path: String
    public var violation: Violation

    public init(path: String, violation: Violation) {
        self.path = path
        self.violation = violation
    }

    public init(path: String, range: SourceRange, message: String, severity: Severity? = nil, related: [Diagnostic.Related] = []) {
        self.path = path
        self.violation = Violation(range: range, message: message, related: related, severity: severity)
    }
}

/// Parses HCL files, builds their module and runs the Terraform rules: per file (what `RuleRunner` calls) or
/// per directory (every `.tf`/`.tofu` file of one directory parsed once, one module, findings split by file).
public enum TerraformLinter {
    /// File names that belong to a Terraform module directory.
    public static func isModuleFile(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".tf") || lower.hasSuffix(".tofu")
    }

    /// One file: the module is that file alone; it counts as complete when no other Terraform file sits beside it.
    public static func lint(file: SourceFile, rules: [any Rule], context: RuleContext) -> RuleRunner.Outcome {
        let parsed = HCLParser().parse(file)
        let ownName = baseName(file.path)
        let others = context.siblingFileNames.filter {
            $0 != ownName && (isModuleFile($0) || $0.lowercased().hasSuffix(".tf.json") || $0.lowercased().hasSuffix(".tofu.json"))
        }
        let module = TerraformModule(files: [parsed], isComplete: isModuleFile(ownName) && others.isEmpty)
        var outcome = RuleRunner.Outcome(parseDiagnostics: parsed.diagnostics)
        for rule in rules {
            guard let rule = rule.typed.terraform else { continue }
            for finding in rule.check(module, context: context) where finding.path == file.path {
                outcome.violations.append((rule.id, finding.violation))
            }
        }
        return outcome
    }

    /// A whole module directory: each file parsed once, rules run once over the combined module.
    /// `context` gives the context for a file path (options are the same for all; `path` differs).
    /// `isComplete` is false when `files` are not all of the directory's Terraform files (some excluded, or
    /// `.tf.json` files beside them that are not parsed). Returns one outcome per input path, violations sorted
    /// by position.
    public static func lint(
        directory files: [SourceFile], rules: [any Rule], context: (String) -> RuleContext, isComplete: Bool = true
    ) -> [String: RuleRunner.Outcome] {
        let parsed = files.map { HCLParser().parse($0) }
        let module = TerraformModule(files: parsed, isComplete: isComplete)
        var outcomes: [String: RuleRunner.Outcome] = [:]
        for file in parsed {
            outcomes[file.source.path] = RuleRunner.Outcome(parseDiagnostics: file.diagnostics)
        }
        guard let first = files.first else { return outcomes }
        let sharedContext = context(first.path)
        for rule in rules {
            guard let rule = rule.typed.terraform else { continue }
            for finding in rule.check(module, context: sharedContext) {
                outcomes[finding.path]?.violations.append((rule.id, finding.violation))
            }
        }
        for key in outcomes.keys {
            outcomes[key]?.violations.sort { ($0.violation.range.start.offset, $0.ruleID) < ($1.violation.range.start.offset, $1.ruleID) }
        }
        return outcomes
    }

    static func baseName(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
