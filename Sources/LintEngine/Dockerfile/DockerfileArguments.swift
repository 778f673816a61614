/// Word-level scanners for instruction arguments, each following the Docker (BuildKit) parser function it names.
/// All work on the logical bytes of one instruction and return logical spans.
enum DockerfileArguments {
    /// A flag as `extractBuilderFlags` reads it.
    struct RawFlag {
        var span: Range<Int>
        var nameSpan: Range<Int>
        var name: String
        var value: String?
        var valueSpan: Range<Int>?
    }

    /// `extractBuilderFlags`: leading `--name[=value]` words (quotes removed, `\` escapes); a bare `--` ends them.
    /// Returns the flags and the index where the arguments start.
    static func extractFlags(_ b: [UInt8], from start: Int, to end: Int) -> ([RawFlag], Int) {
        var flags: [RawFlag] = []
        var i = start
        while true {
            while i < end && Bytes.isSpace(b[i]) { i += 1 }
            guard i + 1 < end, b[i] == Bytes.dash, b[i + 1] == Bytes.dash else { return (flags, i) }
            let wordStart = i
            var value: [UInt8] = []
            var quote: UInt8 = 0
            var equalsInValue: Int?
            var equalsAt: Int?
            var j = i
            while j < end {
                let c = b[j]
                if quote == 0 {
                    if Bytes.isSpace(c) { break }
                    if c == Bytes.singleQuote || c == Bytes.doubleQuote {
                        quote = c
                        j += 1
                        continue
                    }
                    if c == Bytes.backslash {
                        if j + 1 < end { value.append(b[j + 1]) }
                        j += 2
                        continue
                    }
                    if c == Bytes.equals && equalsAt == nil {
                        equalsAt = j
                        equalsInValue = value.count
                    }
                    value.append(c)
                    j += 1
                } else {
                    if c == quote {
                        quote = 0
                        j += 1
                        continue
                    }
                    if c == Bytes.backslash {
                        if j + 1 < end { value.append(b[j + 1]) }
                        j += 2
                        continue
                    }
                    value.append(c)
                    j += 1
                }
            }
            j = min(j, end)
            if value == [Bytes.dash, Bytes.dash] { return (flags, j) }
            let nameEndInValue = equalsInValue ?? value.count
            let name = String(decoding: value[2..<max(2, nameEndInValue)], as: UTF8.self)
            let flagValue = equalsInValue.map { String(decoding: value[($0 + 1)...], as: UTF8.self) }
            let nameEnd = equalsAt ?? j
            flags.append(RawFlag(
                span: wordStart..<j, nameSpan: wordStart..<nameEnd, name: name, value: flagValue,
                valueSpan: equalsAt.map { ($0 + 1)..<j }
            ))
            i = j
        }
    }

    /// `parseStringsWhitespaceDelimited`: words separated by whitespace, quotes not considered.
    static func whitespaceWords(_ b: [UInt8], from start: Int, to end: Int) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var i = start
        while i < end {
            while i < end && Bytes.isSpace(b[i]) { i += 1 }
            guard i < end else { break }
            let s = i
            while i < end && !Bytes.isSpace(b[i]) { i += 1 }
            words.append(s..<i)
        }
        return words
    }

    /// `parseWords`: whitespace-separated words where quotes (and the escape character) keep spaces inside a word.
    static func quotedWords(_ b: [UInt8], from start: Int, to end: Int, escape: UInt8) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var i = start
        while i < end {
            while i < end && Bytes.isSpace(b[i]) { i += 1 }
            guard i < end else { break }
            let s = i
            var quote: UInt8 = 0
            while i < end {
                let c = b[i]
                if quote == 0 {
                    if Bytes.isSpace(c) { break }
                    if c == Bytes.singleQuote || c == Bytes.doubleQuote {
                        quote = c
                    } else if c == escape {
                        i += 1
                    }
                } else if c == quote {
                    quote = 0
                } else if c == escape && quote != Bytes.singleQuote {
                    i += 1
                }
                i += 1
            }
            i = min(i, end)
            words.append(s..<i)
        }
        return words
    }

    struct JSONString {
        var value: String
        var span: Range<Int>
        /// True when the string had no backslash escapes, so its contents map byte for byte onto the source.
        var isVerbatim: Bool
    }

    /// `parseJSON`: a JSON array of strings filling the whole span, or nil (Docker then falls back to shell form).
    static func jsonStringArray(_ b: [UInt8], from start: Int, to end: Int) -> [JSONString]? {
        var i = start
        func skipWhitespace() {
            while i < end && (b[i] == Bytes.space || b[i] == Bytes.tab || b[i] == Bytes.newline || b[i] == Bytes.carriageReturn) { i += 1 }
        }
        skipWhitespace()
        guard i < end, b[i] == 0x5B else { return nil }
        i += 1
        var result: [JSONString] = []
        skipWhitespace()
        if i < end && b[i] == 0x5D {
            i += 1
            skipWhitespace()
            return i == end ? result : nil
        }
        while true {
            skipWhitespace()
            guard i < end, b[i] == Bytes.doubleQuote else { return nil }
            let s = i
            i += 1
            var value: [UInt8] = []
            var verbatim = true
            while true {
                guard i < end else { return nil }
                let c = b[i]
                if c == Bytes.doubleQuote { break }
                if c < 0x20 { return nil }
                if c == Bytes.backslash {
                    verbatim = false
                    guard i + 1 < end else { return nil }
                    let e = b[i + 1]
                    i += 2
                    switch e {
                    case Bytes.doubleQuote, Bytes.backslash, 0x2F: value.append(e)
                    case 0x62: value.append(0x08)
                    case 0x66: value.append(0x0C)
                    case 0x6E: value.append(Bytes.newline)
                    case 0x72: value.append(Bytes.carriageReturn)
                    case 0x74: value.append(Bytes.tab)
                    case 0x75:
                        guard let scalar = readUnicodeEscape(b, &i, end) else { return nil }
                        value.append(contentsOf: Array(String(Character(scalar)).utf8))
                    default: return nil
                    }
                    continue
                }
                value.append(c)
                i += 1
            }
            i += 1
            result.append(JSONString(value: String(decoding: value, as: UTF8.self), span: s..<i, isVerbatim: verbatim))
            skipWhitespace()
            guard i < end else { return nil }
            if b[i] == 0x2C {
                i += 1
                continue
            }
            if b[i] == 0x5D {
                i += 1
                skipWhitespace()
                return i == end ? result : nil
            }
            return nil
        }
    }

    /// Reads `XXXX` (after `\u`), combining a surrogate pair; `i` is moved past what was read.
    private static func readUnicodeEscape(_ b: [UInt8], _ i: inout Int, _ end: Int) -> Unicode.Scalar? {
        func hex4(_ at: Int) -> UInt32? {
            guard at + 4 <= end else { return nil }
            var v: UInt32 = 0
            for k in at..<(at + 4) {
                let c = b[k]
                let d: UInt32
                switch c {
                case 0x30...0x39: d = UInt32(c - 0x30)
                case 0x41...0x46: d = UInt32(c - 0x41 + 10)
                case 0x61...0x66: d = UInt32(c - 0x61 + 10)
                default: return nil
                }
                v = v * 16 + d
            }
            return v
        }
        guard let high = hex4(i) else { return nil }
        i += 4
        if high >= 0xD800 && high < 0xDC00, i + 6 <= end, b[i] == Bytes.backslash, b[i + 1] == 0x75,
           let low = hex4(i + 2), low >= 0xDC00 && low < 0xE000 {
            i += 6
            return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
        }
        return Unicode.Scalar(high) ?? Unicode.Scalar(0xFFFD)
    }
}
