import DeploySyntax

/// One reported problem: a rule's violation placed in a file, with the severity in force, a fingerprint that
/// survives unrelated edits, and whether a suppression comment or the baseline silences it.
public struct Finding: Sendable, Hashable {
    public var ruleID: String
    /// The effective severity: configuration override, else the violation's own, else the rule's default.
    public var severity: Severity
    public var message: String
    /// The path as the user gave it (relative to the working directory when they gave a relative path).
    public var path: String
    /// The path relative to the project root, `/`-separated: used by SARIF, GitHub annotations and fingerprints.
    public var relativePath: String
    public var kind: FileKind
    public var range: SourceRange
    public var related: [Diagnostic.Related]
    /// Source ranges a reporter must never print (masked in the text reporter's code frame).
    public var redactions: [SourceRange]
    /// Stable across unrelated line shifts: rule, path, normalised text of the offending line, occurrence.
    public var fingerprint: String
    /// `hash:occurrence` of the normalised offending line, for SARIF `primaryLocationLineHash`.
    public var lineHash: String
    /// Set when a comment or the baseline silences the finding.
    public var suppression: FindingSuppression?

    public init(
        ruleID: String,
        severity: Severity,
        message: String,
        path: String,
        relativePath: String? = nil,
        kind: FileKind,
        range: SourceRange,
        related: [Diagnostic.Related] = [],
        redactions: [SourceRange] = [],
        fingerprint: String = "",
        lineHash: String = "",
        suppression: FindingSuppression? = nil
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.path = path
        self.relativePath = relativePath ?? path
        self.kind = kind
        self.range = range
        self.related = related
        self.redactions = redactions
        self.fingerprint = fingerprint
        self.lineHash = lineHash
        self.suppression = suppression
    }

    public var isSuppressed: Bool { suppression != nil }

    /// Report order: path, then position, then rule id and message so that equal positions stay stable.
    public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
        if a.path != b.path { return a.path < b.path }
        if a.range.start.offset != b.range.start.offset { return a.range.start.offset < b.range.start.offset }
        if a.range.end.offset != b.range.end.offset { return a.range.end.offset < b.range.end.offset }
        if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
        return a.message < b.message
    }
}

/// Why a finding is silenced.
public struct FindingSuppression: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// A `# specql-deploy ignore=…` comment in the file.
        case inSource
        /// Listed in the `--baseline` file.
        case baseline
    }

    public var kind: Kind
    /// The `reason="…"` of the comment; nil when none was given (or for the baseline).
    public var reason: String?
    /// Where the suppressing comment stands; nil for the baseline.
    public var range: SourceRange?

    public init(kind: Kind, reason: String? = nil, range: SourceRange? = nil) {
        self.kind = kind
        self.reason = reason
        self.range = range
    }
}
