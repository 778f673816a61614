/// A gitignore-like path glob for `--exclude` and configuration excludes.
///
/// - `*` matches within one path segment, `?` one character, `[a-z]`/`[!a-z]` a class, `**` any number of
///   segments.
/// - A pattern without `/` (other than a trailing one) matches a file or directory name at any depth
///   (`node_modules`, `*.generated.yaml`).
/// - A pattern with `/` is anchored at the base directory (`generated/**`, `/tmp/x`, `docs/*.yml`).
/// - A trailing `/` matches directories only. Excluding a directory excludes everything under it.
public struct GlobPattern: Sendable, Hashable, CustomStringConvertible {
    public let text: String
    private let segments: [[UInt8]]
    private let anchored: Bool
    private let directoryOnly: Bool

    public init(_ text: String) {
        self.text = text
        var body = Substring(text)
        while body.hasPrefix("./") { body = body.dropFirst(2) }
        directoryOnly = body.hasSuffix("/")
        while body.hasSuffix("/") { body = body.dropLast() }
        let leadingSlash = body.hasPrefix("/")
        while body.hasPrefix("/") { body = body.dropFirst() }
        anchored = leadingSlash || body.contains("/")
        segments = body.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.utf8) }
    }

    public var description: String { text }

    /// True when the path (relative to the pattern's base, `/`-separated) or one of its parent directories
    /// matches.
    public func matches(_ relativePath: String, isDirectory: Bool = false) -> Bool {
        var path = Substring(relativePath)
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.utf8) }
        if parts.isEmpty || segments.isEmpty { return false }
        if !anchored {
            // Match a single name anywhere: directories are every part but the last (and the last when a directory).
            let pattern = segments[0]
            for (index, part) in parts.enumerated() {
                let partIsDirectory = index < parts.count - 1 || isDirectory
                if directoryOnly && !partIsDirectory { continue }
                if Self.matchSegment(pattern, part) { return true }
            }
            return false
        }
        for length in 1...parts.count {
            let prefixIsDirectory = length < parts.count || isDirectory
            if directoryOnly && !prefixIsDirectory { continue }
            if Self.matchSegments(segments[...], parts[0..<length]) { return true }
        }
        return false
    }

    private static func matchSegments(_ pattern: ArraySlice<[UInt8]>, _ parts: ArraySlice<[UInt8]>) -> Bool {
        guard let first = pattern.first else { return parts.isEmpty }
        if first == Array("**".utf8) {
            let rest = pattern.dropFirst()
            var remaining = parts
            while true {
                if matchSegments(rest, remaining) { return true }
                if remaining.isEmpty { return false }
                remaining = remaining.dropFirst()
            }
        }
        guard let part = parts.first, matchSegment(first, part) else { return false }
        return matchSegments(pattern.dropFirst(), parts.dropFirst())
    }

    /// Wildcard match of one segment, with backtracking on the last `*`.
    static func matchSegment(_ pattern: [UInt8], _ name: [UInt8]) -> Bool {
        var p = 0, n = 0
        var starP = -1, starN = 0
        while n < name.count {
            if p < pattern.count {
                let c = pattern[p]
                if c == UInt8(ascii: "*") {
                    starP = p
                    starN = n
                    p += 1
                    continue
                }
                if c == UInt8(ascii: "?") {
                    p += 1
                    n += 1
                    continue
                }
                if c == UInt8(ascii: "["), let (matched, next) = matchClass(pattern, p, name[n]) {
                    if matched {
                        p = next
                        n += 1
                        continue
                    }
                } else if c == UInt8(ascii: "\\"), p + 1 < pattern.count, pattern[p + 1] == name[n] {
                    p += 2
                    n += 1
                    continue
                } else if c == name[n] {
                    p += 1
                    n += 1
                    continue
                }
            }
            guard starP >= 0 else { return false }
            p = starP + 1
            starN += 1
            n = starN
        }
        while p < pattern.count && pattern[p] == UInt8(ascii: "*") { p += 1 }
        return p == pattern.count
    }

    /// `[...]` at `start`: whether `byte` is in the class and the index after `]`; nil when unterminated.
    private static func matchClass(_ pattern: [UInt8], _ start: Int, _ byte: UInt8) -> (Bool, Int)? {
        var i = start + 1
        var negate = false
        if i < pattern.count && (pattern[i] == UInt8(ascii: "!") || pattern[i] == UInt8(ascii: "^")) {
            negate = true
            i += 1
        }
        var matched = false
        var first = true
        while i < pattern.count {
            let c = pattern[i]
            if c == UInt8(ascii: "]") && !first { return (matched != negate, i + 1) }
            first = false
            if i + 2 < pattern.count && pattern[i + 1] == UInt8(ascii: "-") && pattern[i + 2] != UInt8(ascii: "]") {
                if byte >= c && byte <= pattern[i + 2] { matched = true }
                i += 3
            } else {
                if byte == c { matched = true }
                i += 1
            }
        }
        return nil
    }
}
