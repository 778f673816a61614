import DeploySyntax

/// Maps byte offsets in a YAML scalar's *value* back to byte offsets in the *source*, so a finding about a
/// piece of a string (a `${VAR}` interpolation, a `${{ … }}` expression, a `KEY=value` entry) points at its
/// exact line and column.
///
/// The value differs from the source text by quoting, escapes, indentation, line folding and block headers.
/// The map aligns both byte streams: equal bytes are matched; source bytes that carry no value (indentation,
/// line breaks, quotes, the block header, node properties) are skipped; value bytes the source does not spell
/// literally (a folded line break, an escape's result) are mapped to the source position where they arise.
///
/// Exactness: plain, quoted and literal (`|`) scalars map every non-space character exactly. Folded (`>`)
/// scalars map every character of every line exactly too, but a fold (a value space that stands for a line
/// break) maps to the next line's indentation, so a range that spans a fold is approximate. Shared by the
/// YAML file kinds (compose, GitHub workflows).
public struct ScalarSourceMap: Sendable {
    public let file: SourceFile
    /// The scalar's value as UTF-8.
    public let value: [UInt8]
    /// Source byte offset of each value byte, plus one final entry for the end of the value; empty when the
    /// value is spelled verbatim in the source (`base` is then the offset of its first byte).
    private let offsets: [Int]
    private let base: Int

    /// A map for a scalar node; nil for collections.
    public init?(node: YAMLNode, file: SourceFile) {
        guard let scalar = node.scalar else { return nil }
        self.init(value: scalar.value, style: scalar.style, range: node.range, file: file)
    }

    public init(value text: String, style: YAMLScalarStyle, range: SourceRange, file: SourceFile) {
        self.file = file
        let value = Array(text.utf8)
        self.value = value
        let src = file.bytes
        let end = min(range.end.offset, src.count)
        var j = min(range.start.offset, end)
        j = Self.skipNodeProperties(src, from: j, end: end)
        // Fast path: a one-line plain scalar is its own source text.
        if style == .plain, end - j == value.count, range.start.line == range.end.line {
            self.offsets = []
            self.base = j
            return
        }
        self.base = 0
        if style == .literal || style == .folded {
            // Skip the header (`|-2 # comment`) and its line break.
            while j < end, src[j] != 0x0A, src[j] != 0x0D { j += 1 }
            if j < end, src[j] == 0x0D { j += 1 }
            if j < end, src[j] == 0x0A { j += 1 }
        }
        let quote: UInt8? = style == .singleQuoted ? 0x27 : (style == .doubleQuoted ? 0x22 : nil)
        if let quote, j < end, src[j] == quote { j += 1 }

        var offsets = [Int](repeating: end, count: value.count + 1)
        var i = 0
        let n = value.count
        while i < n {
            guard j < end else { break }
            let s = src[j]
            if style == .doubleQuoted, s == 0x5C {
                j = Self.mapEscape(src, at: j, end: end, value: value, i: &i, offsets: &offsets)
                continue
            }
            if value[i] == s {
                offsets[i] = j
                i += 1
                j += 1
                continue
            }
            if s == 0x20 || s == 0x09 || s == 0x0A || s == 0x0D || (quote != nil && s == quote) {
                j += 1
                continue
            }
            // A value byte with no literal counterpart (a fold): it stands where the source is now.
            offsets[i] = j
            i += 1
        }
        offsets[n] = i == n ? Swift.min(j, end) : end
        // Bytes left unmapped (source exhausted) keep `end`.
        self.offsets = offsets
    }

    /// Skips `&anchor` and `!tag` properties, which libyaml includes in a node's start mark.
    private static func skipNodeProperties(_ src: [UInt8], from start: Int, end: Int) -> Int {
        var j = start
        while j < end, src[j] == 0x26 || src[j] == 0x21 {
            while j < end, src[j] != 0x20, src[j] != 0x09, src[j] != 0x0A, src[j] != 0x0D { j += 1 }
            while j < end, src[j] == 0x20 || src[j] == 0x09 || src[j] == 0x0A || src[j] == 0x0D { j += 1 }
        }
        return j
    }

    /// Maps one double-quoted escape; returns the source offset after it.
    private static func mapEscape(_ src: [UInt8], at j: Int, end: Int, value: [UInt8], i: inout Int, offsets: inout [Int]) -> Int {
        guard j + 1 < end else { return j + 1 }
        let e = src[j + 1]
        if e == 0x0A || e == 0x0D {
            // Escaped line break: joins lines without a space; leading blanks of the next line are dropped.
            var k = j + 2
            if e == 0x0D, k < end, src[k] == 0x0A { k += 1 }
            while k < end, src[k] == 0x20 || src[k] == 0x09 { k += 1 }
            return k
        }
        var length = 2
        var produced = 1
        switch e {
        case UInt8(ascii: "x"): length = 4; produced = utf8Length(hex: src, from: j + 2, count: 2, end: end)
        case UInt8(ascii: "u"): length = 6; produced = utf8Length(hex: src, from: j + 2, count: 4, end: end)
        case UInt8(ascii: "U"): length = 10; produced = utf8Length(hex: src, from: j + 2, count: 8, end: end)
        case UInt8(ascii: "N"), UInt8(ascii: "_"): produced = 2
        case UInt8(ascii: "L"), UInt8(ascii: "P"): produced = 3
        default: produced = 1
        }
        for _ in 0..<produced where i < value.count {
            offsets[i] = j
            i += 1
        }
        return min(j + length, end)
    }

    private static func utf8Length(hex src: [UInt8], from start: Int, count: Int, end: Int) -> Int {
        var v: UInt32 = 0
        var k = start
        while k < start + count, k < end {
            guard let d = Character(Unicode.Scalar(src[k])).hexDigitValue else { break }
            v = v &* 16 &+ UInt32(d)
            k += 1
        }
        switch v {
        case 0..<0x80: return 1
        case 0x80..<0x800: return 2
        case 0x800..<0x10000: return 3
        default: return 4
        }
    }

    /// The source byte offset of a value byte offset (`value.count` maps to the end of the value).
    public func sourceOffset(ofValueOffset i: Int) -> Int {
        if offsets.isEmpty { return base + Swift.max(0, Swift.min(i, value.count)) }
        return offsets[Swift.max(0, Swift.min(i, offsets.count - 1))]
    }

    /// The source range of value bytes `range` (a half-open range of byte offsets into `value`).
    public func sourceRange(of range: Range<Int>) -> SourceRange {
        let start = sourceOffset(ofValueOffset: range.lowerBound)
        var end = start
        if range.upperBound > range.lowerBound {
            let last = sourceOffset(ofValueOffset: range.upperBound - 1)
            end = Swift.max(start, last + 1)
            // A multi-byte character mapped from its first byte ends after its last byte.
            while end < file.bytes.count, file.bytes[end] & 0xC0 == 0x80 { end += 1 }
        }
        return file.range(from: start, to: end)
    }
}
