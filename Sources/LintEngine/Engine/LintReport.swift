import DeploySyntax

/// A recognised file and what happened to it.
public struct LintedFile: Sendable, Hashable {
    public var path: String
    public var relativePath: String
    public var kind: FileKind
    /// Why no rule ran on the file (no rules for its kind yet, a template); nil when rules ran.
    public var skippedReason: String?
    /// Ids of the rules that ran on this file (engine rules included when enabled), sorted.
    public var ruleIDs: [String]

    public init(path: String, relativePath: String, kind: FileKind, skippedReason: String? = nil, ruleIDs: [String] = []) {
        self.path = path
        self.relativePath = relativePath
        self.kind = kind
        self.skippedReason = skippedReason
        self.ruleIDs = ruleIDs
    }
}

/// Something the user should know that is not a finding: an unreadable file (an error, exit 2) or a path that is
/// not a lintable file (a notice).
public struct LintIssue: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}

/// Everything one lint run found, in report order, ready for any reporter.
public struct LintReport: Sendable {
    /// Every finding, suppressed and baselined ones included, sorted by path then position.
    public var findings: [Finding]
    /// Every recognised file, sorted by path.
    public var files: [LintedFile]
    /// I/O problems: the run exits 2.
    public var errors: [LintIssue]
    /// Paths given explicitly that are not lintable, and similar notes.
    public var notices: [LintIssue]
    /// Sources of the files that have findings, by path (code frames, fingerprints).
    public var sources: [String: SourceFile]
    /// Metadata of every rule the run knew, sorted by id (SARIF's `rules` array, `ruleIndex` points into it).
    public var rules: [RuleMetadata]
    /// The threshold in force: findings at or above it fail the run.
    public var failOn: Severity

    public init(
        findings: [Finding] = [],
        files: [LintedFile] = [],
        errors: [LintIssue] = [],
        notices: [LintIssue] = [],
        sources: [String: SourceFile] = [:],
        rules: [RuleMetadata] = [],
        failOn: Severity = .warning
    ) {
        self.findings = findings
        self.files = files
        self.errors = errors
        self.notices = notices
        self.sources = sources
        self.rules = rules
        self.failOn = failOn
    }

    /// Findings that count: not silenced by a comment or the baseline.
    public var activeFindings: [Finding] { findings.filter { !$0.isSuppressed } }

    /// What reporters show: active findings, plus suppressed ones when asked.
    public func visibleFindings(includeSuppressed: Bool) -> [Finding] {
        includeSuppressed ? findings : activeFindings
    }

    /// 2 on I/O errors; 1 when an active finding is at or above `failOn`; 0 otherwise.
    public func exitCode(failOn threshold: Severity? = nil) -> Int32 {
        if !errors.isEmpty { return 2 }
        let level = threshold ?? failOn
        return findings.contains { !$0.isSuppressed && $0.severity >= level } ? 1 : 0
    }

    public var exitCode: Int32 { exitCode() }

    /// Counts for summaries.
    public struct Summary: Sendable, Hashable {
        public var files: Int
        public var filesLinted: Int
        public var filesWithFindings: Int
        public var errors: Int
        public var warnings: Int
        public var notes: Int
        public var suppressed: Int
        public var baselined: Int

        public var total: Int { errors + warnings + notes }
    }

    public var summary: Summary {
        var s = Summary(files: files.count, filesLinted: files.filter { $0.skippedReason == nil }.count,
                        filesWithFindings: 0, errors: 0, warnings: 0, notes: 0, suppressed: 0, baselined: 0)
        var paths = Set<String>()
        for finding in findings {
            switch finding.suppression?.kind {
            case .inSource?: s.suppressed += 1
            case .baseline?: s.baselined += 1
            case nil:
                paths.insert(finding.path)
                switch finding.severity {
                case .error: s.errors += 1
                case .warning: s.warnings += 1
                case .note: s.notes += 1
                }
            }
        }
        s.filesWithFindings = paths.count
        return s
    }

    public func metadata(for id: String) -> RuleMetadata? { rules.first { $0.id == id } }
}
