import DeploySyntax

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`,
/// one per finding, with GitHub's escaping (`%25`, `%0D`, `%0A` everywhere; `%3A`, `%2C` in properties).
public struct GitHubReporter: Sendable {
    public var options: ReportOptions

    public init(options: ReportOptions = ReportOptions()) { self.options = options }

    public func render(_ report: LintReport) -> String {
        let titles = Dictionary(report.rules.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        var out = ""
        for finding in report.visibleFindings(includeSuppressed: options.includeSuppressed) {
            let command: String
            if finding.isSuppressed {
                command = "notice"
            } else {
                switch finding.severity {
                case .error: command = "error"
                case .warning: command = "warning"
                case .note: command = "notice"
                }
            }
            let properties = [
                ("file", finding.relativePath),
                ("line", String(finding.range.start.line)),
                ("col", String(finding.range.start.column)),
                ("endLine", String(finding.range.end.line)),
                ("endColumn", String(finding.range.end.column)),
                ("title", "\(finding.ruleID) \(titles[finding.ruleID] ?? finding.ruleID)"),
            ]
            let message = (finding.isSuppressed ? "[suppressed] " : "") + finding.message
            out += "::\(command) " + properties.map { "\($0.0)=\(Self.escapeProperty($0.1))" }.joined(separator: ",")
                + "::" + Self.escapeData(message) + "\n"
        }
        return out
    }

    static func escapeData(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func escapeProperty(_ text: String) -> String {
        var out = ""
        for scalar in escapeData(text).unicodeScalars {
            switch scalar {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
