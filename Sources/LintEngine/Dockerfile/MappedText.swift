import DeploySyntax

/// Bytes assembled from pieces of a source file (an instruction whose line continuations were removed, or a heredoc
/// body), with a map from each byte back to its offset in the file.
///
/// The map is a list of segments, one per physical line, so it costs one entry per line rather than one per byte.
struct MappedText: Sendable {
    private(set) var bytes: [UInt8] = []
    /// Logical index where each segment starts, ascending.
    private var logicalStarts: [Int] = []
    /// Source offset of the first byte of each segment.
    private var sourceStarts: [Int] = []

    init() {}

    /// Text that is one contiguous slice of the source.
    init(source: [UInt8], range: Range<Int>) {
        append(source: source, range: range)
    }

    var count: Int { bytes.count }

    mutating func append(source: [UInt8], range: Range<Int>) {
        guard !range.isEmpty else {
            if logicalStarts.isEmpty {
                logicalStarts.append(0)
                sourceStarts.append(range.lowerBound)
            }
            return
        }
        if let lastStart = logicalStarts.last, let lastSource = sourceStarts.last,
           lastSource + (bytes.count - lastStart) == range.lowerBound {
            // Contiguous with the previous segment: extend it.
        } else {
            logicalStarts.append(bytes.count)
            sourceStarts.append(range.lowerBound)
        }
        bytes.append(contentsOf: source[range])
    }

    /// The source offset of the byte at logical index `index` (or just past the end for `index == count`).
    func sourceOffset(_ index: Int) -> Int {
        guard !logicalStarts.isEmpty else { return 0 }
        var lo = 0
        var hi = logicalStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if logicalStarts[mid] <= index { lo = mid } else { hi = mid - 1 }
        }
        return sourceStarts[lo] + (index - logicalStarts[lo])
    }

    /// Source offsets of the logical range `[start, end)`: the end is just past the last byte, so a token that ends
    /// at a line continuation does not stretch onto the next line.
    func sourceSpan(_ start: Int, _ end: Int) -> (start: Int, end: Int) {
        let s = sourceOffset(start)
        if end <= start { return (s, s) }
        return (s, sourceOffset(end - 1) + 1)
    }

    func string(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

/// Turns byte offsets into `SourcePosition`s, remembering the last answer so that the mostly ascending offsets a
/// parser asks for cost a few byte steps each instead of a binary search and a rescan of the line.
struct PositionResolver {
    let file: SourceFile
    private var lastOffset = -1
    private var lastLine = 0
    private var lastColumn = 0
    private var lineLimit = 0

    init(file: SourceFile) {
        self.file = file
    }

    mutating func position(_ rawOffset: Int) -> SourcePosition {
        let offset = min(max(0, rawOffset), file.bytes.count)
        if lastOffset >= 0 && offset >= lastOffset && offset < lineLimit {
            var column = lastColumn
            var i = lastOffset
            let bytes = file.bytes
            while i < offset {
                if bytes[i] & 0xC0 != 0x80 { column += 1 }
                i += 1
            }
            lastOffset = offset
            lastColumn = column
            return SourcePosition(line: lastLine, column: column, offset: offset)
        }
        let p = file.position(atOffset: offset)
        lastOffset = offset
        lastLine = p.line
        lastColumn = p.column
        lineLimit = p.line < file.lineStarts.count ? file.lineStarts[p.line] : file.bytes.count + 1
        return p
    }

    mutating func range(_ start: Int, _ end: Int) -> SourceRange {
        let s = position(start)
        let e = position(max(start, end))
        return SourceRange(start: s, end: e)
    }

    mutating func range(in text: MappedText, _ start: Int, _ end: Int) -> SourceRange {
        let span = text.sourceSpan(start, end)
        return range(span.start, span.end)
    }
}

/// Byte-level helpers shared by the Dockerfile and shell parsers.
enum Bytes {
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09
    static let newline: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let backslash: UInt8 = 0x5C
    static let backtick: UInt8 = 0x60
    static let singleQuote: UInt8 = 0x27
    static let doubleQuote: UInt8 = 0x22
    static let dollar: UInt8 = 0x24
    static let hash: UInt8 = 0x23
    static let equals: UInt8 = 0x3D
    static let dash: UInt8 = 0x2D

    @inline(__always) static func isBlank(_ b: UInt8) -> Bool { b == space || b == tab }
    /// Whitespace as Go's `unicode.IsSpace` sees it for ASCII (what Docker's parser uses).
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool {
        b == space || b == tab || b == newline || b == carriageReturn || b == 0x0B || b == 0x0C
    }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) static func isNameByte(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) || b == 0x5F }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b }

    /// ASCII case-insensitive comparison of a byte slice with a lowercase ASCII string.
    static func equalsLowercase(_ bytes: [UInt8], _ start: Int, _ end: Int, _ lowercase: StaticString) -> Bool {
        let n = lowercase.utf8CodeUnitCount
        guard end - start == n else { return false }
        return lowercase.withUTF8Buffer { buf in
            for k in 0..<n where lower(bytes[start + k]) != buf[k] { return false }
            return true
        }
    }
}

extension String {
    /// Substring search on UTF-8 bytes. `String.contains(_:)` from the string-processing library builds a search
    /// table per call, which dominates rule time when asked for every word of every shell command.
    func utf8Contains(_ needle: String) -> Bool {
        let n = needle.utf8.count
        if n == 0 { return true }
        var haystack = self
        var pattern = needle
        return haystack.withUTF8 { h in
            pattern.withUTF8 { p in
                guard h.count >= n else { return false }
                let first = p[0]
                var i = 0
                let last = h.count - n
                while i <= last {
                    if h[i] == first {
                        var k = 1
                        while k < n && h[i + k] == p[k] { k += 1 }
                        if k == n { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
