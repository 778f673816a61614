import DeploySyntax

/// A `specql-deploy ignore=…` or `ignore-file=…` comment.
public struct SuppressionDirective: Sendable, Hashable {
    public enum Scope: Sendable, Hashable {
        /// Covers findings that start on these lines (the statement after an own-line comment, or the
        /// statement the comment ends).
        case lines(ClosedRange<Int>)
        /// `ignore-file=`: covers the whole file.
        case file
    }

    public struct RuleReference: Sendable, Hashable {
        /// Upper-cased id as written.
        public var id: String
        public var range: SourceRange
    }

    public var rules: [RuleReference]
    /// The `reason="…"` text; nil when absent or empty.
    public var reason: String?
    public var scope: Scope
    /// From the comment marker to the end of the directive.
    public var range: SourceRange
}

/// How comments are written in a kind of file.
public struct CommentSyntax: Sendable {
    public var hash: Bool
    public var doubleSlash: Bool
    public var block: Bool

    public static func forKind(_ kind: FileKind) -> CommentSyntax {
        switch kind {
        case .hcl: CommentSyntax(hash: true, doubleSlash: true, block: true)
        case .dockerfile, .compose, .kubernetes, .githubWorkflow, .dotenv: CommentSyntax(hash: true, doubleSlash: false, block: false)
        }
    }
}

/// Finds suppression comments with a light byte scan (no re-parse): look for `specql-deploy`, check that a
/// comment marker of the kind's syntax stands right before it, then read the directive.
public enum SuppressionScanner {
    private static let marker = Array("specql-deploy".utf8)

    /// Cheap test used before any scanning: most files hold no directive at all.
    public static func mightContainDirective(_ bytes: [UInt8]) -> Bool {
        firstIndex(of: marker, in: bytes, from: 0) != nil
    }

    public static func scan(_ file: SourceFile, kind: FileKind) -> [SuppressionDirective] {
        let bytes = file.bytes
        guard mightContainDirective(bytes) else { return [] }
        let syntax = CommentSyntax.forKind(kind)
        var statements: StatementExtents?
        var directives: [SuppressionDirective] = []
        var from = 0
        while let hit = firstIndex(of: marker, in: bytes, from: from) {
            from = hit + marker.count
            guard let opener = commentOpener(before: hit, in: bytes, syntax: syntax) else { continue }
            guard var directive = readDirective(file, opener: opener, markerEnd: hit + marker.count) else { continue }
            if case .lines(let lines) = directive.scope {
                if statements == nil { statements = StatementExtents(file: file, kind: kind, syntax: syntax) }
                directive.scope = .lines(statements!.extent(containing: lines.lowerBound))
            }
            directives.append(directive)
        }
        return directives
    }

    struct Opener {
        var start: Int
        var isBlock: Bool
    }

    /// The comment marker before `offset`, with only spaces/tabs between; nil when the text is not in a comment.
    private static func commentOpener(before offset: Int, in bytes: [UInt8], syntax: CommentSyntax) -> Opener? {
        var i = offset - 1
        while i >= 0 && (bytes[i] == 0x20 || bytes[i] == 0x09) { i -= 1 }
        guard i >= 0 else { return nil }
        if syntax.hash && bytes[i] == UInt8(ascii: "#") {
            // `##` or `# #` is still a comment; what matters is that the hash starts or follows code.
            return Opener(start: i, isBlock: false)
        }
        if i >= 1 && bytes[i] == UInt8(ascii: "/") && bytes[i - 1] == UInt8(ascii: "/") && syntax.doubleSlash {
            return Opener(start: i - 1, isBlock: false)
        }
        if i >= 1 && bytes[i] == UInt8(ascii: "*") && bytes[i - 1] == UInt8(ascii: "/") && syntax.block {
            return Opener(start: i - 1, isBlock: true)
        }
        return nil
    }

    private static func readDirective(_ file: SourceFile, opener: Opener, markerEnd: Int) -> SuppressionDirective? {
        let bytes = file.bytes
        let lineIndex = file.lineIndex(containing: opener.start)
        var end = file.lineEnd(ofLineIndex: lineIndex)
        var closeEnd = end
        if opener.isBlock, let close = firstIndex(of: Array("*/".utf8), in: bytes, from: markerEnd), close < end {
            end = close
            closeEnd = close + 2
        }
        var i = markerEnd
        func skipSpaces() { while i < end && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 } }
        func consume(_ word: String) -> Bool {
            let w = Array(word.utf8)
            guard i + w.count <= end, Array(bytes[i..<i + w.count]) == w else { return false }
            i += w.count
            return true
        }
        let before = i
        skipSpaces()
        guard i > before else { return nil }
        let isFile: Bool
        if consume("ignore-file=") { isFile = true } else if consume("ignore=") { isFile = false } else { return nil }

        var rules: [SuppressionDirective.RuleReference] = []
        while i < end {
            skipSpaces()
            let start = i
            while i < end, isIDByte(bytes[i]) { i += 1 }
            guard i > start else { break }
            let id = String(decoding: bytes[start..<i], as: UTF8.self).uppercased()
            rules.append(.init(id: id, range: file.range(from: start, to: i)))
            skipSpaces()
            if i < end && bytes[i] == UInt8(ascii: ",") { i += 1 } else { break }
        }
        guard !rules.isEmpty else { return nil }

        var reason: String?
        skipSpaces()
        if consume("reason=") {
            if i < end, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
                let quote = bytes[i]
                i += 1
                var text: [UInt8] = []
                while i < end && bytes[i] != quote {
                    if bytes[i] == UInt8(ascii: "\\") && i + 1 < end { i += 1 }
                    text.append(bytes[i])
                    i += 1
                }
                if i < end { i += 1 }
                reason = String(decoding: text, as: UTF8.self)
            } else {
                let start = i
                while i < end && bytes[i] != 0x20 && bytes[i] != 0x09 { i += 1 }
                reason = String(decoding: bytes[start..<i], as: UTF8.self)
            }
            if reason?.allSatisfy({ $0 == " " || $0 == "\t" }) == true { reason = nil }
        }

        let range = file.range(from: opener.start, to: opener.isBlock ? closeEnd : i)
        let line = lineIndex + 1
        if isFile { return SuppressionDirective(rules: rules, reason: reason, scope: .file, range: range) }
        let ownLine = onlySpaces(bytes, from: file.lineStarts[lineIndex], to: opener.start)
            && (!opener.isBlock || onlySpaces(bytes, from: closeEnd, to: file.lineEnd(ofLineIndex: file.lineIndex(containing: max(closeEnd - 1, 0)))))
        let target = ownLine ? nextCodeLine(after: file.lineIndex(containing: max(closeEnd - 1, opener.start)) + 1, in: file) : line
        return SuppressionDirective(rules: rules, reason: reason, scope: .lines(target...target), range: range)
    }

    private static func isIDByte(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")) || (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z"))
            || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "-") || b == UInt8(ascii: "_")
    }

    static func onlySpaces(_ bytes: [UInt8], from: Int, to: Int) -> Bool {
        var i = from
        while i < to {
            if bytes[i] != 0x20 && bytes[i] != 0x09 { return false }
            i += 1
        }
        return true
    }

    /// The first line after `line` (1-based) that is neither blank nor an own-line `#`/`//` comment.
    private static func nextCodeLine(after line: Int, in file: SourceFile) -> Int {
        var current = line + 1
        while current <= file.lineCount {
            var i = file.lineStarts[current - 1]
            let end = file.lineEnd(ofLineIndex: current - 1)
            while i < end && (file.bytes[i] == 0x20 || file.bytes[i] == 0x09) { i += 1 }
            let isComment = i < end && (file.bytes[i] == UInt8(ascii: "#")
                || (file.bytes[i] == UInt8(ascii: "/") && i + 1 < end && file.bytes[i + 1] == UInt8(ascii: "/")))
            if i < end && !isComment { return current }
            current += 1
        }
        return line
    }

    /// Naive substring search; the marker is rare and starts with a rare byte, so this is fast enough.
    static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        let first = needle[0]
        var i = from
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}

/// Line spans of statements, so that a suppression before a multi-line statement covers all its lines.
/// Dockerfiles: an instruction with its continuation lines and heredoc bodies. Other kinds: one line.
struct StatementExtents {
    private var endOfStatement: [Int: Int] = [:]
    private var startOfLine: [Int: Int] = [:]

    init(file: SourceFile, kind: FileKind, syntax: CommentSyntax) {
        guard kind == .dockerfile else { return }
        let bytes = file.bytes
        var escape = UInt8(ascii: "\\")
        var line = 1
        var inDirectives = true
        while line <= file.lineCount {
            let text = lineBytes(file, line)
            let trimmed = text.drop { $0 == 0x20 || $0 == 0x09 }
            if trimmed.isEmpty || trimmed.first == UInt8(ascii: "#") {
                if inDirectives, trimmed.first == UInt8(ascii: "#") {
                    let lower = String(decoding: trimmed.dropFirst(), as: UTF8.self).lowercased().filter { $0 != " " && $0 != "\t" }
                    if lower.hasPrefix("escape="), let char = lower.dropFirst(7).utf8.first { escape = char }
                } else if !trimmed.isEmpty {
                    inDirectives = false
                }
                line += 1
                continue
            }
            inDirectives = false
            let start = line
            var heredocs: [(word: [UInt8], stripTabs: Bool)] = Self.heredocs(in: Array(trimmed))
            var last = line
            var current = Array(text)
            while Self.endsWithEscape(current, escape) && last < file.lineCount {
                last += 1
                current = lineBytes(file, last)
                let t = current.drop { $0 == 0x20 || $0 == 0x09 }
                if t.first == UInt8(ascii: "#") { current = [escape]; continue }
                heredocs += Self.heredocs(in: Array(t))
            }
            for heredoc in heredocs {
                while last < file.lineCount {
                    last += 1
                    var body = lineBytes(file, last)[...]
                    if heredoc.stripTabs { body = body.drop { $0 == 0x09 } }
                    if Array(body) == heredoc.word { break }
                }
            }
            for l in start...last { startOfLine[l] = start }
            endOfStatement[start] = last
            line = last + 1
            _ = bytes
        }
    }

    func extent(containing line: Int) -> ClosedRange<Int> {
        guard let start = startOfLine[line], let end = endOfStatement[start] else { return line...line }
        return start...end
    }

    private func lineBytes(_ file: SourceFile, _ line: Int) -> [UInt8] {
        Array(file.bytes[file.lineStarts[line - 1]..<file.lineEnd(ofLineIndex: line - 1)])
    }

    private static func endsWithEscape(_ line: [UInt8], _ escape: UInt8) -> Bool {
        var end = line.count
        while end > 0 && (line[end - 1] == 0x20 || line[end - 1] == 0x09) { end -= 1 }
        return end > 0 && line[end - 1] == escape
    }

    /// `<<WORD`, `<<-WORD`, `<<"WORD"`, `<<'WORD'` on one line (not `<<<`).
    private static func heredocs(in line: [UInt8]) -> [(word: [UInt8], stripTabs: Bool)] {
        var out: [(word: [UInt8], stripTabs: Bool)] = []
        var i = 0
        while i + 2 < line.count {
            guard line[i] == UInt8(ascii: "<"), line[i + 1] == UInt8(ascii: "<"), line[i + 2] != UInt8(ascii: "<"),
                  i == 0 || line[i - 1] != UInt8(ascii: "<") else {
                i += 1
                continue
            }
            var j = i + 2
            var strip = false
            if j < line.count && line[j] == UInt8(ascii: "-") {
                strip = true
                j += 1
            }
            var quote: UInt8?
            if j < line.count && (line[j] == UInt8(ascii: "\"") || line[j] == UInt8(ascii: "'")) {
                quote = line[j]
                j += 1
            }
            let start = j
            while j < line.count {
                let b = line[j]
                let ok = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
                if !ok { break }
                j += 1
            }
            if j > start && (quote == nil || (j < line.count && line[j] == quote)) {
                out.append((Array(line[start..<j]), strip))
            }
            i = j
        }
        return out
    }
}
