/// Prints diagnostics as `path:line:col: error: message` followed by a code frame.
public struct DiagnosticRenderer: Sendable {
    public var style: TerminalStyle

    public init(style: TerminalStyle = .plain) { self.style = style }

    public func render(_ diagnostic: Diagnostic, file: SourceFile?) -> String {
        let color: TerminalStyle.Color = switch diagnostic.severity {
        case .error: .red
        case .warning: .yellow
        case .note: .cyan
        }
        let location = "\(diagnostic.path):\(diagnostic.range.start.line):\(diagnostic.range.start.column)"
        var out = style.paint(location + ":", .bold) + " " + style.paint(diagnostic.severity.rawValue + ":", color)
            + " " + diagnostic.message
        if let file, !file.bytes.isEmpty || diagnostic.range.start.line == 1 {
            let frame = CodeFrame(file: file, range: diagnostic.range).render(style: style, caretColor: color)
            if !frame.isEmpty { out += "\n" + frame }
        }
        for related in diagnostic.related {
            out += "\n" + style.paint("\(related.path):\(related.range.start.line):\(related.range.start.column):", .bold)
                + " " + style.paint("note:", .cyan) + " " + related.message
        }
        return out
    }

    public func render(_ diagnostics: [Diagnostic], files: [String: SourceFile]) -> String {
        diagnostics.map { render($0, file: files[$0.path]) }.joined(separator: "\n")
    }
}
