import DeploySyntax

/// What `specql-deploy validate` prints for one or more files: diagnostics with code frames, then a summary.
public struct ValidationReport: Sendable {
    public var results: [SpecValidation]

    public init(results: [SpecValidation]) {
        self.results = results
    }

    public var errorCount: Int { results.reduce(0) { $0 + $1.errors.count } }
    public var warningCount: Int { results.reduce(0) { $0 + $1.warnings.count } }
    public var hasErrors: Bool { results.contains { $0.hasErrors } }

    /// 0 when every file is valid (warnings allowed), 2 when any file has an error.
    public var exitCode: Int32 { hasErrors ? 2 : 0 }

    /// Every diagnostic, each with its code frame, a blank line between them.
    public func renderDiagnostics(style: TerminalStyle) -> String {
        let renderer = DiagnosticRenderer(style: style)
        return results.flatMap { result in
            // A file that could not be read has no line to show.
            result.diagnostics.map { renderer.render($0, file: $0.code == SpecDiagnosticCode.unreadable ? nil : result.file) }
        }.joined(separator: "\n\n")
    }

    /// `deployment.yaml: valid (small-saas, fraiseql), 1 warning` or `checked 3 files: 2 valid, 1 invalid (3 errors)`.
    public func summary(style: TerminalStyle) -> String {
        if results.count == 1, let only = results.first {
            let counts = Self.counts(errors: only.errors.count, warnings: only.warnings.count)
            if only.hasErrors {
                return style.paint("\(only.file.path): invalid", .red) + ", " + counts
            }
            let what = only.resolved.map { " (\($0.pattern.rawValue), \($0.framework.rawValue))" } ?? ""
            return style.paint("\(only.file.path): valid", .green) + what + (only.warnings.isEmpty ? "" : ", " + counts)
        }
        let invalid = results.filter(\.hasErrors).count
        var line = "checked \(results.count) files: \(results.count - invalid) valid, \(invalid) invalid"
        if errorCount + warningCount > 0 { line += " (" + Self.counts(errors: errorCount, warnings: warningCount) + ")" }
        return style.paint(line, invalid > 0 ? .red : .green)
    }

    static func counts(errors: Int, warnings: Int) -> String {
        var parts: [String] = []
        if errors > 0 { parts.append("\(errors) error\(errors == 1 ? "" : "s")") }
        if warnings > 0 { parts.append("\(warnings) warning\(warnings == 1 ? "" : "s")") }
        return parts.isEmpty ? "no problems" : parts.joined(separator: ", ")
    }
}
