/// The bytes of one file and a line table, shared by parsers, rules and reporters.
///
/// Parsers work on UTF-8 bytes; this type turns byte offsets into the line/column positions users see.
/// Line breaks are `\n`, `\r\n` and a lone `\r`, as in editors.
public final class SourceFile: Sendable {
    /// The path as the user gave it (or relative to the lint root); used in every message.
    public let path: String
    public let bytes: [UInt8]
    /// Byte offset of the first byte of each line; `lineStarts[0] == 0`.
    public let lineStarts: [Int]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        self.lineStarts = SourceFile.computeLineStarts(bytes)
    }

    public convenience init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public var lineCount: Int { lineStarts.count }

    /// True when the file starts with a UTF-8 byte order mark.
    public var hasByteOrderMark: Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    private static func computeLineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        starts.reserveCapacity(bytes.count / 32 + 1)
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x0A {
                starts.append(i + 1)
            } else if b == 0x0D {
                if i + 1 < n && bytes[i + 1] == 0x0A { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        return starts
    }

    /// 0-based index of the line holding `offset`.
    public func lineIndex(containing offset: Int) -> Int {
        var lo = 0
        var hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The user-facing position of a byte offset (clamped to the file).
    public func position(atOffset rawOffset: Int) -> SourcePosition {
        let offset = min(max(0, rawOffset), bytes.count)
        let lineIdx = lineIndex(containing: offset)
        var column = 1
        var i = lineStarts[lineIdx]
        while i < offset {
            // Count scalars: skip UTF-8 continuation bytes.
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SourcePosition(line: lineIdx + 1, column: column, offset: offset)
    }

    /// The range between two byte offsets.
    public func range(from start: Int, to end: Int) -> SourceRange {
        SourceRange(start: position(atOffset: start), end: position(atOffset: end))
    }

    /// The byte offset of a 1-based line and column (column counted in scalars), clamped to the line.
    public func offset(line: Int, column: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return line < 1 ? 0 : bytes.count }
        var i = lineStarts[line - 1]
        let end = lineEnd(ofLineIndex: line - 1)
        var col = 1
        while i < end && col < column {
            i += 1
            while i < end && bytes[i] & 0xC0 == 0x80 { i += 1 }
            col += 1
        }
        return i
    }

    /// Byte offset just past the last character of a line, before its line break.
    public func lineEnd(ofLineIndex index: Int) -> Int {
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] : bytes.count
        while end > lineStarts[index] && (bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D) { end -= 1 }
        return end
    }

    /// The text of a 1-based line, without its line break.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        return String(decoding: bytes[lineStarts[line - 1]..<lineEnd(ofLineIndex: line - 1)], as: UTF8.self)
    }

    /// The text covered by a range.
    public func text(in range: SourceRange) -> String {
        let s = min(max(0, range.start.offset), bytes.count)
        let e = min(max(s, range.end.offset), bytes.count)
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }
}
