import DeploySyntax

/// The output formats of `specql-deploy lint --format`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text
    case json
    case sarif
    case junit
    case github
}

/// What every reporter may need beyond the report.
public struct ReportOptions: Sendable {
    /// Colors for the text reporter.
    public var style: TerminalStyle
    /// Also show findings silenced by comments or the baseline (SARIF carries them with `suppressions`).
    public var includeSuppressed: Bool
    /// Absolute project root: SARIF's `%SRCROOT%`. Nil leaves `originalUriBaseIds` out.
    public var projectRoot: String?
    /// SARIF `automationDetails.id` is `category/run`: GitHub keeps one analysis per category.
    public var sarifCategory: String
    /// The run part of `automationDetails.id` (e.g. `GITHUB_RUN_ID`); empty keeps the id `category/`.
    public var sarifRunID: String

    public init(
        style: TerminalStyle = .plain,
        includeSuppressed: Bool = false,
        projectRoot: String? = nil,
        sarifCategory: String = "specql-deploy",
        sarifRunID: String = ""
    ) {
        self.style = style
        self.includeSuppressed = includeSuppressed
        self.projectRoot = projectRoot
        self.sarifCategory = sarifCategory
        self.sarifRunID = sarifRunID
    }
}

/// Renders a report in one format. Reporters print no source text except the text reporter's code frame,
/// which masks every redacted range, so secret values never reach any output.
public enum Reporter {
    /// The report as UTF-8 bytes, ready to write: the JSON reporter writes bytes directly (no 10 MB string to
    /// build and validate for a large run).
    public static func renderBytes(_ report: LintReport, format: ReportFormat, options: ReportOptions = ReportOptions()) -> [UInt8] {
        switch format {
        case .json: JSONReporter(options: options).renderBytes(report)
        default: Array(render(report, format: format, options: options).utf8)
        }
    }

    public static func render(_ report: LintReport, format: ReportFormat, options: ReportOptions = ReportOptions()) -> String {
        switch format {
        case .text: TextReporter(options: options).render(report)
        case .json: JSONReporter(options: options).render(report)
        case .sarif: SARIFReporter(options: options).render(report)
        case .junit: JUnitReporter(options: options).render(report)
        case .github: GitHubReporter(options: options).render(report)
        }
    }
}
