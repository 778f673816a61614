import DeploySyntax

/// A check over one parsed file. Each rule is one small value type in `Rules/<Kind>/`, registered once in
/// `RuleRegistry`; its title, severity, rationale and references live in `Rules/<kind>/<ID>.md`.
public protocol Rule: Sendable {
    /// Stable id: a prefix per kind and a number (`DF001`, `DC001`, `K8S001`, `GHA001`, `TF001`, `SEC001`, `SQ001`).
    var id: String { get }
    /// The file kind whose parsed model this rule reads.
    var kind: FileKind { get }
    /// The rule as its kind's checker calls it; supplied by each kind protocol's extension (`TypedRule.swift`).
    var typed: TypedRule { get }
}

/// A rule over a Dockerfile's AST.
public protocol DockerfileRule: Rule {
    func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation]
}

extension DockerfileRule {
    public var kind: FileKind { .dockerfile }
}

/// What a rule reports: a precise range and a sentence that names the offending value and says what to do.
/// The engine adds the rule id, the effective severity, the path, suppressions and fingerprints.
public struct Violation: Sendable, Hashable {
    public var range: SourceRange
    public var message: String
    /// Secondary places that explain the finding ("stage first named here").
    public var related: [Diagnostic.Related]
    /// Overrides the rule's default severity for this one finding (rarely needed); nil uses the default.
    public var severity: Severity?
    /// Parts of the source a reporter must never print (a secret's value): the text reporter masks them in
    /// the code frame. Messages must not contain such text either.
    public var redactions: [SourceRange]

    public init(
        range: SourceRange,
        message: String,
        related: [Diagnostic.Related] = [],
        severity: Severity? = nil,
        redactions: [SourceRange] = []
    ) {
        self.range = range
        self.message = message
        self.related = related
        self.severity = severity
        self.redactions = redactions
    }
}

/// What a rule may know beyond the parsed file. Filled in by the engine at the I/O edge; rules stay pure.
public struct RuleContext: Sendable {
    /// The path of the file being linted, as reported.
    public var path: String
    /// Names of the files in the same directory (for checks such as "a `.dockerignore` beside the Dockerfile").
    public var siblingFileNames: Set<String>
    /// Options from configuration per rule id, e.g. `["DF030": ["budget-mb": "200"]]`.
    public var ruleOptions: [String: [String: String]]

    public init(path: String, siblingFileNames: Set<String> = [], ruleOptions: [String: [String: String]] = [:]) {
        self.path = path
        self.siblingFileNames = siblingFileNames
        self.ruleOptions = ruleOptions
    }

    public func option(_ key: String, for ruleID: String) -> String? {
        ruleOptions[ruleID]?[key]
    }
}
