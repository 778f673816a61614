/// Renders the source line under a range with a caret line, the way compilers show where a problem is:
///
///     12 |   image: postgres:latest
///        |          ^~~~~~~~~~~~~~~
public struct CodeFrame: Sendable {
    public var file: SourceFile
    public var range: SourceRange

    public init(file: SourceFile, range: SourceRange) {
        self.file = file
        self.range = range
    }

    /// The frame's lines, without a trailing newline. Tabs are kept so the caret lines up under them.
    public func render(style: TerminalStyle = .plain, caretColor: TerminalStyle.Color = .red) -> String {
        let line = range.start.line
        guard line >= 1, line <= file.lineCount else { return "" }
        let text = file.lineText(line)
        let gutter = String(line)
        let pad = String(repeating: " ", count: gutter.count)
        var marker = ""
        var column = 1
        for scalar in text.unicodeScalars {
            if column >= range.start.column { break }
            marker.append(scalar == "\t" ? "\t" : " ")
            column += 1
        }
        let lineLength = text.unicodeScalars.count
        let endColumn = range.end.line == line ? range.end.column : lineLength + 1
        let width = max(1, min(endColumn, lineLength + 1) - range.start.column)
        marker += "^" + String(repeating: "~", count: width - 1)
        return style.paint("\(gutter) | ", .dim) + text + "\n"
            + style.paint("\(pad) | ", .dim) + style.paint(marker, caretColor)
    }
}
