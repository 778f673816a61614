/// How serious a diagnostic or finding is. Ordered: `note < warning < error`.
public enum Severity: String, Comparable, Sendable, CaseIterable, Codable {
    case note
    case warning
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A message about a place in a file: a parse error, a validation error, a related location.
public struct Diagnostic: Hashable, Sendable, Error, CustomStringConvertible {
    /// A secondary place that explains the primary one ("first defined here").
    public struct Related: Hashable, Sendable {
        public var path: String
        public var range: SourceRange
        public var message: String

        public init(path: String, range: SourceRange, message: String) {
            self.path = path
            self.range = range
            self.message = message
        }
    }

    public var severity: Severity
    /// A short stable code such as `yaml-syntax` or `spec-unknown-key`; empty when none applies.
    public var code: String
    public var message: String
    public var path: String
    public var range: SourceRange
    public var related: [Related]

    public init(
        severity: Severity = .error,
        code: String = "",
        message: String,
        path: String,
        range: SourceRange,
        related: [Related] = []
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.path = path
        self.range = range
        self.related = related
    }

    /// `path:line:col: severity: message`, the form compilers and editors understand.
    public var description: String {
        "\(path):\(range.start.line):\(range.start.column): \(severity.rawValue): \(message)"
    }
}
