import DeploySyntax

/// Small text operations the YAML kinds' models share (compose and GitHub workflows), on UTF-8 without
/// Foundation so they stay cheap on hot paths.
enum ScalarText {
    /// The text without leading and trailing spaces and tabs.
    static func trimBlanks(_ text: some StringProtocol) -> Substring {
        let s = Substring(text)
        var start = s.startIndex
        var end = s.endIndex
        while start < end, s[start] == " " || s[start] == "\t" { start = s.index(after: start) }
        while end > start {
            let before = s.index(before: end)
            guard s[before] == " " || s[before] == "\t" || s[before] == "\n" || s[before] == "\r" else { break }
            end = before
        }
        return s[start..<end]
    }

    /// ASCII lowercase (identifiers, keys, labels).
    static func lower(_ text: some StringProtocol) -> String {
        String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    /// ASCII uppercase.
    static func upper(_ text: some StringProtocol) -> String {
        String(decoding: text.utf8.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }, as: UTF8.self)
    }

    /// True when `text` contains `needle` (byte-wise, ASCII case-insensitive when `ignoringCase`).
    static func contains(_ text: some StringProtocol, _ needle: String, ignoringCase: Bool = false) -> Bool {
        firstIndex(of: needle, in: Array(text.utf8), ignoringCase: ignoringCase) != nil
    }

    /// Byte offset of the first occurrence of `needle` in `bytes` at or after `from`.
    static func firstIndex(of needle: String, in bytes: [UInt8], from: Int = 0, ignoringCase: Bool = false) -> Int? {
        let n = Array(needle.utf8)
        guard !n.isEmpty, bytes.count >= n.count else { return nil }
        var i = from
        let last = bytes.count - n.count
        while i <= last {
            var k = 0
            while k < n.count {
                var a = bytes[i + k]
                var b = n[k]
                if ignoringCase {
                    if a >= 0x41 && a <= 0x5A { a += 0x20 }
                    if b >= 0x41 && b <= 0x5A { b += 0x20 }
                }
                if a != b { break }
                k += 1
            }
            if k == n.count { return i }
            i += 1
        }
        return nil
    }

    /// The range from a pair's key to the end of its value: `privileged: true`.
    static func pairRange(_ pair: YAMLPair) -> SourceRange {
        pair.key.reportRange.union(pair.value.reportRange)
    }

    /// True for an implicit or explicit null (`~`, `null`, nothing) without resolving the scalar's type
    /// (`YAMLNode.isNull` runs the full resolver, number parsing included).
    static func isNull(_ node: YAMLNode) -> Bool {
        guard let scalar = node.scalar else { return false }
        if let tag = node.tag { return tag == "tag:yaml.org,2002:null" }
        guard scalar.style == .plain else { return false }
        switch scalar.value {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// A scalar or a list of scalars as a list of scalar nodes (`cap_add: ALL` and `cap_add: [ALL]`).
    static func scalarItems(_ node: YAMLNode) -> [YAMLNode] {
        switch node.content {
        case .scalar: return isNull(node) ? [] : [node]
        case .sequence(let items): return items.filter(\.isScalar)
        case .mapping: return []
        }
    }
}
