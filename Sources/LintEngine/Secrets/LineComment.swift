/// Where a line's comment starts, in the comment syntax of the file's kind, without parsing the file.
///
/// The secrets scanner reads text, so it needs comments for three things (see `Rules/secrets/SEC029.md`):
/// a value ends where a comment starts (`TOKEN=abc # rotated monthly`), a suppression comment
/// (`# specql-deploy ignore=…`) is never itself scanned, and in a comment the generic detector only reads a
/// commented-out assignment (`# DB_PASSWORD=…`), not prose. A secret in a comment is still reported.
///
/// - Dockerfile: `#` as the first non-blank character of a line (elsewhere `#` is literal text).
/// - YAML kinds and `.env`: `#` at the start of a line or after a space or tab, outside quotes.
/// - HCL: `#`, `//` and `/* … */` outside double-quoted strings (a block comment opened on an earlier line
///   is not tracked; the line is read as code).
struct LineComment: Sendable, Hashable {
    /// Byte offset of the comment marker.
    var markerStart: Int
    /// Byte offset of the comment's text, after the marker and any blanks.
    var textStart: Int

    /// The comment on the line `lineStart..<lineEnd`, or nil.
    static func find(in bytes: UnsafeBufferPointer<UInt8>, lineStart: Int, lineEnd: Int, kind: FileKind) -> LineComment? {
        let hash = UInt8(ascii: "#"), slash = UInt8(ascii: "/"), star = UInt8(ascii: "*")
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
        func comment(at i: Int, markerLength: Int) -> LineComment {
            var t = i + markerLength
            while t < lineEnd && (bytes[t] == space || bytes[t] == tab || bytes[t] == hash) { t += 1 }
            return LineComment(markerStart: i, textStart: t)
        }
        switch kind {
        case .dockerfile:
            var i = lineStart
            while i < lineEnd && (bytes[i] == space || bytes[i] == tab) { i += 1 }
            return i < lineEnd && bytes[i] == hash ? comment(at: i, markerLength: 1) : nil
        case .compose, .kubernetes, .githubWorkflow, .dotenv:
            var quote: UInt8 = 0
            var i = lineStart
            while i < lineEnd {
                let b = bytes[i]
                if quote != 0 {
                    if b == UInt8(ascii: "\\") && quote == UInt8(ascii: "\"") { i += 2; continue }
                    if b == quote { quote = 0 }
                } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                    // A quote opens a quoted scalar only where a scalar starts (`it's` in plain text does not).
                    if i == lineStart || Self.opensScalar(bytes[i - 1]) { quote = b }
                } else if b == hash && (i == lineStart || bytes[i - 1] == space || bytes[i - 1] == tab) {
                    return comment(at: i, markerLength: 1)
                }
                i += 1
            }
            return nil
        case .hcl:
            var inString = false
            var i = lineStart
            while i < lineEnd {
                let b = bytes[i]
                if inString {
                    if b == UInt8(ascii: "\\") { i += 2; continue }
                    if b == UInt8(ascii: "\"") { inString = false }
                } else if b == UInt8(ascii: "\"") {
                    inString = true
                } else if b == hash {
                    return comment(at: i, markerLength: 1)
                } else if b == slash && i + 1 < lineEnd && (bytes[i + 1] == slash || bytes[i + 1] == star) {
                    return comment(at: i, markerLength: 2)
                }
                i += 1
            }
            return nil
        }
    }

    private static func opensScalar(_ previous: UInt8) -> Bool {
        switch previous {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ":"), UInt8(ascii: "="), UInt8(ascii: "["),
             UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: "("):
            return true
        default:
            return false
        }
    }

    /// True when the comment is a `specql-deploy …` directive: the engine's suppression syntax, never scanned.
    func isDirective(in bytes: UnsafeBufferPointer<UInt8>, lineEnd: Int) -> Bool {
        let marker = Self.directiveMarker
        guard textStart + marker.count <= lineEnd else { return false }
        for k in 0..<marker.count where bytes[textStart + k] != marker[k] { return false }
        return true
    }

    private static let directiveMarker = Array("specql-deploy".utf8)
}
