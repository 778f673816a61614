/// A Markdown document as typed blocks, for DEPLOYMENT.md. Text coming from the spec goes through `escape` or
/// `code`, so a project name cannot open a link, a table cell or an HTML tag.
public struct MarkdownDocument: Sendable, Hashable {
    public enum Block: Sendable, Hashable {
        case heading(Int, String)
        /// Already-escaped inline Markdown.
        case paragraph(String)
        case bullets([String])
        case numbered([String])
        case code(language: String, String)
        case table(header: [String], rows: [[String]])
        /// An HTML comment, e.g. the generated-file header.
        case comment(String)
    }

    public var blocks: [Block]

    public init(_ blocks: [Block]) {
        self.blocks = blocks
    }
}

public enum MarkdownWriter {
    public static func render(_ document: MarkdownDocument) -> String {
        var chunks: [String] = []
        for block in document.blocks {
            switch block {
            case .heading(let level, let text):
                chunks.append(String(repeating: "#", count: min(max(level, 1), 6)) + " " + text)
            case .paragraph(let text):
                chunks.append(text)
            case .bullets(let items):
                chunks.append(items.map { "- " + $0.replacingAll("\n", with: "\n  ") }.joined(separator: "\n"))
            case .numbered(let items):
                chunks.append(items.enumerated().map { "\($0.offset + 1). " + $0.element.replacingAll("\n", with: "\n   ") }.joined(separator: "\n"))
            case .code(let language, let text):
                let fence = fenceFor(text)
                var body = text
                if body.hasSuffix("\n") { body.removeLast() }
                chunks.append(fence + language + "\n" + body + "\n" + fence)
            case .table(let header, let rows):
                var lines = ["| " + header.joined(separator: " | ") + " |"]
                lines.append("|" + header.map { _ in " --- " }.joined(separator: "|") + "|")
                for row in rows { lines.append("| " + row.map { $0.replacingAll("\n", with: " ") }.joined(separator: " | ") + " |") }
                chunks.append(lines.joined(separator: "\n"))
            case .comment(let text):
                // `--` may not appear inside an HTML comment.
                var safe = text
                while safe.contains("--") { safe = safe.replacingOccurrencesOfDoubleHyphen() }
                chunks.append("<!-- " + safe.replacingAll("\n", with: "\n     ") + " -->")
            }
        }
        return chunks.joined(separator: "\n\n") + "\n"
    }

    /// Backslash-escapes every character Markdown (CommonMark + GFM tables) gives meaning to.
    public static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_{}[]()<>#+-.!|~&".contains(character) { out.append("\\") }
            out.append(character == "\n" ? " " : character)
        }
        return out
    }

    /// Inline code with a fence longer than any backtick run inside.
    public static func code(_ text: String) -> String {
        var longest = 0, run = 0
        for character in text {
            if character == "`" { run += 1; longest = max(longest, run) } else { run = 0 }
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padded = text.hasPrefix("`") || text.hasSuffix("`") ? " " + text + " " : text
        return fence + padded.replacingAll("\n", with: " ") + fence
    }

    private static func fenceFor(_ text: String) -> String {
        var longest = 0, run = 0
        for character in text {
            if character == "`" { run += 1; longest = max(longest, run) } else { run = 0 }
        }
        return String(repeating: "`", count: max(3, longest + 1))
    }
}

extension String {
    fileprivate func replacingOccurrencesOfDoubleHyphen() -> String {
        var out = ""
        var previous: Character = " "
        for character in self {
            if character == "-" && previous == "-" { out.append(" ") }
            out.append(character)
            previous = character
        }
        return out
    }
}
