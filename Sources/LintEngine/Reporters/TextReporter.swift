import DeploySyntax

/// `path:line:col: severity[ID] message`, a code frame with a caret under the range (redactions masked),
/// related locations, and a summary line.
public struct TextReporter: Sendable {
    public var options: ReportOptions

    public init(options: ReportOptions = ReportOptions()) { self.options = options }

    public func render(_ report: LintReport) -> String {
        let style = options.style
        // A secret's range is masked in every frame of its file, not only in its own finding's frame.
        var redactionsByPath: [String: [SourceRange]] = [:]
        for finding in report.findings where !finding.redactions.isEmpty {
            redactionsByPath[finding.path, default: []] += finding.redactions
        }
        var blocks: [String] = []
        for finding in report.visibleFindings(includeSuppressed: options.includeSuppressed) {
            let color = Self.color(finding.severity)
            let location = "\(finding.path):\(finding.range.start.line):\(finding.range.start.column):"
            var head = style.paint(location, .bold) + " " + style.paint("\(finding.severity.rawValue)[\(finding.ruleID)]", color)
                + " " + finding.message
            if let suppression = finding.suppression {
                switch suppression.kind {
                case .inSource: head += style.paint(" (suppressed" + (suppression.reason.map { ": \($0)" } ?? "") + ")", .dim)
                case .baseline: head += style.paint(" (in baseline)", .dim)
                }
            }
            var lines = [head]
            if let file = report.sources[finding.path] {
                let frame = Self.codeFrame(file: file, range: finding.range, redactions: redactionsByPath[finding.path] ?? [],
                                           style: style, caretColor: color)
                if !frame.isEmpty { lines.append(frame) }
            }
            for related in finding.related {
                lines.append("  " + style.paint("\(related.path):\(related.range.start.line):\(related.range.start.column):", .bold)
                    + " " + style.paint("note:", .cyan) + " " + related.message)
            }
            blocks.append(lines.joined(separator: "\n"))
        }
        var out = blocks.joined(separator: "\n\n")
        if !out.isEmpty { out += "\n\n" }
        out += summaryLine(report) + "\n"
        return out
    }

    func summaryLine(_ report: LintReport) -> String {
        let s = report.summary
        let style = options.style
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var parts: [String] = []
        let scope = "\(plural(s.filesLinted, "file")) linted" + (s.files > s.filesLinted ? ", \(s.files - s.filesLinted) skipped" : "")
        if s.total == 0 {
            parts.append(style.paint("No problems", .green) + " (\(scope))")
        } else {
            var counts: [String] = []
            if s.errors > 0 { counts.append(style.paint(plural(s.errors, "error"), .red)) }
            if s.warnings > 0 { counts.append(style.paint(plural(s.warnings, "warning"), .yellow)) }
            if s.notes > 0 { counts.append(style.paint(plural(s.notes, "note"), .cyan)) }
            parts.append("\(plural(s.total, "problem")) (\(counts.joined(separator: ", "))) in \(plural(s.filesWithFindings, "file")) (\(scope))")
        }
        if s.suppressed > 0 { parts.append("\(s.suppressed) suppressed") }
        if s.baselined > 0 { parts.append("\(s.baselined) in baseline") }
        if !report.errors.isEmpty { parts.append(style.paint(plural(report.errors.count, "file error"), .red)) }
        return parts.joined(separator: "; ")
    }

    static func color(_ severity: Severity) -> TerminalStyle.Color {
        switch severity {
        case .error: .red
        case .warning: .yellow
        case .note: .cyan
        }
    }

    /// The range's first line with a caret line under it; characters inside `redactions` print as `*`.
    static func codeFrame(file: SourceFile, range: SourceRange, redactions: [SourceRange], style: TerminalStyle, caretColor: TerminalStyle.Color) -> String {
        let line = range.start.line
        guard line >= 1, line <= file.lineCount else { return "" }
        let lineStart = file.lineStarts[line - 1]
        let lineEnd = file.lineEnd(ofLineIndex: line - 1)
        var text = ""
        var marker = ""
        var column = 1
        var offset = lineStart
        var caretWidth = 0
        let endColumn: Int = range.end.line == line ? range.end.column : Int.max
        var scalars = String(decoding: file.bytes[lineStart..<lineEnd], as: UTF8.self).unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            let width = String(scalar).utf8.count
            let masked = redactions.contains { $0.start.offset <= offset && offset < $0.end.offset }
            text.unicodeScalars.append(masked ? "*" : (scalar.value < 0x20 && scalar != "\t" ? "?" : scalar))
            if column < range.start.column {
                marker.unicodeScalars.append(scalar == "\t" ? "\t" : " ")
            } else if column < endColumn {
                caretWidth += 1
            }
            column += 1
            offset += width
        }
        caretWidth = max(1, caretWidth)
        marker += "^" + String(repeating: "~", count: caretWidth - 1)
        let gutter = String(line)
        let pad = String(repeating: " ", count: gutter.count)
        return style.paint(" \(gutter) | ", .dim) + text + "\n" + style.paint(" \(pad) | ", .dim) + style.paint(marker, caretColor)
    }
}
