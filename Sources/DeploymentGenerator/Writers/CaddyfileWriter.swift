/// A Caddyfile as typed blocks; `CaddyfileWriter` renders it with tab indentation (as `caddy fmt` does) and quotes
/// tokens that would otherwise split, open blocks or start comments.
public struct CaddyfileDocument: Sendable, Hashable {
    public var header: [String]
    /// The global options block (`{ … }` at the top); nil for none.
    public var globalOptions: [CaddyDirective]?
    public var sites: [CaddySite]

    public init(header: [String] = [], globalOptions: [CaddyDirective]? = nil, sites: [CaddySite]) {
        self.header = header
        self.globalOptions = globalOptions
        self.sites = sites
    }
}

/// One site block: its addresses (written as given: host names, `:80`, `{$DOMAIN:default}`) and directives.
public struct CaddySite: Sendable, Hashable {
    public var addresses: [String]
    public var comment: String?
    public var directives: [CaddyDirective]

    public init(_ addresses: [String], comment: String? = nil, directives: [CaddyDirective]) {
        self.addresses = addresses
        self.comment = comment
        self.directives = directives
    }
}

/// A directive (or subdirective, or named matcher `@name`): its name, argument tokens and optional block.
public struct CaddyDirective: Sendable, Hashable {
    public var name: String
    public var arguments: [String]
    public var block: [CaddyDirective]?
    public var comment: String?
    /// An empty line before this directive.
    public var blankLineBefore: Bool

    public init(_ name: String, _ arguments: [String] = [], block: [CaddyDirective]? = nil, comment: String? = nil, blankLineBefore: Bool = false) {
        self.name = name
        self.arguments = arguments
        self.block = block
        self.comment = comment
        self.blankLineBefore = blankLineBefore
    }
}

public enum CaddyfileWriter {
    public static func render(_ document: CaddyfileDocument) -> String {
        var lines: [String] = document.header.map(commentLine)
        if let global = document.globalOptions {
            if !lines.isEmpty { lines.append("") }
            lines.append("{")
            lines += directiveLines(global, depth: 1)
            lines.append("}")
        }
        for site in document.sites {
            if !lines.isEmpty { lines.append("") }
            if let comment = site.comment { lines += comment.split(separator: "\n", omittingEmptySubsequences: false).map { commentLine(String($0)) } }
            lines.append(site.addresses.joined(separator: ", ") + " {")
            lines += directiveLines(site.directives, depth: 1)
            lines.append("}")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func directiveLines(_ directives: [CaddyDirective], depth: Int) -> [String] {
        let indent = String(repeating: "\t", count: depth)
        var lines: [String] = []
        for directive in directives {
            if directive.blankLineBefore && !lines.isEmpty { lines.append("") }
            if let comment = directive.comment {
                lines += comment.split(separator: "\n", omittingEmptySubsequences: false).map { indent + commentLine(String($0)) }
            }
            var line = indent + ([directive.name] + directive.arguments.map(token)).joined(separator: " ")
            if let block = directive.block {
                line += " {"
                lines.append(line)
                lines += directiveLines(block, depth: depth + 1)
                lines.append(indent + "}")
            } else {
                lines.append(line)
            }
        }
        return lines
    }

    /// A token as Caddy's lexer will read it back: bare when safe, `"…"` when it holds spaces or syntax,
    /// `` `…` `` when it holds quotes or backslashes (Caddy keeps backslashes inside double quotes).
    public static func token(_ text: String) -> String {
        let clean = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
        let needsQuotes = clean.isEmpty || clean.hasPrefix("#") || clean.hasPrefix("<<") || clean == "{" || clean == "}"
            || clean.unicodeScalars.contains { $0 == " " || $0 == "\"" || $0 == "`" || $0 == "\\" || $0.properties.isWhitespace }
        guard needsQuotes else { return clean }
        if clean.contains("\"") || clean.contains("\\") {
            if !clean.contains("`") { return "`" + clean + "`" }
            // Both kinds of quote inside: drop backslashes before quotes is impossible; escape quotes only.
            return "\"" + clean.replacingAll("\"", with: "\\\"") + "\""
        }
        return "\"" + clean + "\""
    }

    static func commentLine(_ text: String) -> String {
        let trimmed = text.trimmingTrailingWhitespace()
        return trimmed.isEmpty ? "#" : "# " + trimmed
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for character in self {
            if character == target { out += replacement } else { out.append(character) }
        }
        return out
    }

    func trimmingTrailingWhitespace() -> String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return String(s)
    }
}
