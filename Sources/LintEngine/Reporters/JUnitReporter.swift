import DeploySyntax

/// JUnit XML (the Jenkins/Surefire dialect of `junit-10.xsd`): a `testsuite` per file, a `testcase` per rule
/// that ran on the file, a `failure` per finding. No source text, only positions and messages.
public struct JUnitReporter: Sendable {
    public var options: ReportOptions

    public init(options: ReportOptions = ReportOptions()) { self.options = options }

    public func render(_ report: LintReport) -> String {
        var findingsByPath: [String: [Finding]] = [:]
        for finding in report.findings { findingsByPath[finding.path, default: []].append(finding) }
        let titles = Dictionary(report.rules.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })

        var suites: [String] = []
        var totalTests = 0
        var totalFailures = 0
        for file in report.files {
            let findings = findingsByPath[file.path] ?? []
            let ruleIDs = Set(file.ruleIDs).union(findings.map(\.ruleID)).sorted()
            if ruleIDs.isEmpty { continue }
            var cases: [String] = []
            var failures = 0
            for id in ruleIDs {
                let forRule = findings.filter { $0.ruleID == id }
                let active = forRule.filter { !$0.isSuppressed }
                let suppressed = forRule.filter(\.isSuppressed)
                let name = Self.escape("\(id) \(titles[id] ?? id)")
                var body = ""
                for finding in active {
                    let text = "\(finding.path):\(finding.range.start.line):\(finding.range.start.column): \(finding.severity.rawValue)[\(id)] \(finding.message)"
                        + finding.related.map { "\n\($0.path):\($0.range.start.line):\($0.range.start.column): note: \($0.message)" }.joined()
                    body += "      <failure type=\"\(finding.severity.rawValue)\" message=\"\(Self.escape(finding.message))\">\(Self.escape(text))</failure>\n"
                }
                if options.includeSuppressed && !suppressed.isEmpty {
                    let lines = suppressed.map { finding in
                        "\(finding.path):\(finding.range.start.line):\(finding.range.start.column): suppressed[\(id)] \(finding.message)"
                            + (finding.suppression?.reason.map { " (reason: \($0))" } ?? "")
                    }
                    body += "      <system-out>\(Self.escape(lines.joined(separator: "\n")))</system-out>\n"
                }
                if !active.isEmpty { failures += 1 }
                if body.isEmpty {
                    cases.append("    <testcase name=\"\(name)\" classname=\"\(Self.escape(file.path))\"/>")
                } else {
                    cases.append("    <testcase name=\"\(name)\" classname=\"\(Self.escape(file.path))\">\n\(body)    </testcase>")
                }
            }
            totalTests += ruleIDs.count
            totalFailures += failures
            suites.append("  <testsuite name=\"\(Self.escape(file.path))\" tests=\"\(ruleIDs.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\" file=\"\(Self.escape(file.path))\" package=\"\(file.kind.rawValue)\">\n"
                + cases.joined(separator: "\n") + "\n  </testsuite>")
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"\(ToolIdentity.name)\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"\(report.errors.count)\">\n"
        for suite in suites { out += suite + "\n" }
        if !report.errors.isEmpty {
            out += "  <testsuite name=\"file errors\" tests=\"\(report.errors.count)\" failures=\"0\" errors=\"\(report.errors.count)\" skipped=\"0\">\n"
            for issue in report.errors {
                out += "    <testcase name=\"\(Self.escape(issue.path))\" classname=\"file errors\">\n"
                out += "      <error type=\"io\" message=\"\(Self.escape(issue.message))\">\(Self.escape(issue.description))</error>\n"
                out += "    </testcase>\n"
            }
            out += "  </testsuite>\n"
        }
        out += "</testsuites>\n"
        return out
    }

    /// Escapes for both text and attribute values; characters XML 1.0 cannot carry become U+FFFD.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default:
                let v = scalar.value
                if v < 0x20 || (v >= 0xD800 && v <= 0xDFFF) || v == 0xFFFE || v == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
