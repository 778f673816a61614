/// Writes pretty JSON straight into one byte buffer, in the exact layout of `JSONValue.serialized()` (two-space
/// indent, `": "` after keys, `[]`/`{}` when empty), without building a tree first. Callers write object keys in
/// sorted order themselves; the JSON reporter uses it for its findings, where a tree costs one dictionary and
/// several arrays per finding.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// No element written yet in the innermost open container.
    private var first = true
    /// A key was just written: the next value follows it on the same line.
    private var afterKey = false

    init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    mutating func beginObject() {
        beforeValue()
        bytes.append(0x7B)
        depth += 1
        first = true
    }

    mutating func endObject() {
        depth -= 1
        if !first { newline() }
        bytes.append(0x7D)
        first = false
    }

    mutating func beginArray() {
        beforeValue()
        bytes.append(0x5B)
        depth += 1
        first = true
    }

    mutating func endArray() {
        depth -= 1
        if !first { newline() }
        bytes.append(0x5D)
        first = false
    }

    /// An object key; the next call writes its value.
    mutating func key(_ key: StaticString) {
        beginMember()
        bytes.append(0x22)
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(0x22)
        bytes.append(0x3A)
        bytes.append(0x20)
        afterKey = true
    }

    mutating func string(_ value: String) {
        beforeValue()
        JSONWriter.writeString(value, into: &bytes)
    }

    mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    mutating func int(_ value: Int) {
        beforeValue()
        JSONWriter.writeInt(value, into: &bytes)
    }

    mutating func bool(_ value: Bool) {
        beforeValue()
        let word: StaticString = value ? "true" : "false"
        word.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func null() {
        beforeValue()
        let word: StaticString = "null"
        word.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// The document written so far followed by a newline; leaves the writer empty (no copy of the buffer).
    mutating func finishLine() -> [UInt8] {
        bytes.append(0x0A)
        defer { bytes = [] }
        return bytes
    }

    /// A value built as a tree (rarely used parts of a document).
    mutating func value(_ value: JSONValue) {
        beforeValue()
        value.write(into: &bytes, indent: depth, pretty: true)
    }

    private mutating func beginMember() {
        if !first { bytes.append(0x2C) }
        newline()
        first = false
    }

    private mutating func beforeValue() {
        if afterKey {
            afterKey = false
            return
        }
        if depth == 0 { return }
        beginMember()
    }

    private mutating func newline() {
        bytes.append(0x0A)
        let spaces = depth * 2
        if spaces > 0 { bytes.append(contentsOf: repeatElement(0x20, count: spaces)) }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    static func writeInt(_ value: Int, into out: inout [UInt8]) {
        if value >= 0 && value < 10 {
            out.append(0x30 + UInt8(value))
            return
        }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // up to 24 digits, written backwards
        var count = 0
        withUnsafeMutableBytes(of: &digits) { raw in
            while magnitude > 0 {
                raw[23 - count] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            if value < 0 { out.append(0x2D) }
            out.append(contentsOf: raw[(24 - count)...])
        }
    }

    /// Escapes `"`, `\`, control characters and U+2028/U+2029; everything else is copied as UTF-8, in runs.
    static func writeString(_ value: String, into out: inout [UInt8]) {
        var value = value
        value.withUTF8 { writeString(utf8: $0, into: &out) }
    }

    static func writeString(utf8 source: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        out.append(0x22)
        let count = source.count
        var runStart = 0
        var i = 0
        while i < count {
            let byte = source[i]
            if byte >= 0x20 && byte != 0x22 && byte != 0x5C && byte != 0xE2 {
                i += 1
                continue
            }
            if byte == 0xE2 {
                // U+2028 / U+2029 (E2 80 A8 / E2 80 A9) break JavaScript string literals: escape them too.
                if i + 2 < count, source[i + 1] == 0x80, source[i + 2] == 0xA8 || source[i + 2] == 0xA9 {
                    if runStart < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<i])) }
                    out.append(contentsOf: [0x5C, 0x75, 0x32, 0x30, 0x32, source[i + 2] == 0xA8 ? 0x38 : 0x39])
                    i += 3
                    runStart = i
                } else {
                    i += 1
                }
                continue
            }
            if runStart < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<i])) }
            switch byte {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: out.append(contentsOf: [0x5C, 0x72])
            case 0x09: out.append(contentsOf: [0x5C, 0x74])
            case 0x08: out.append(contentsOf: [0x5C, 0x62])
            case 0x0C: out.append(contentsOf: [0x5C, 0x66])
            default:
                out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]])
            }
            i += 1
            runStart = i
        }
        if runStart < count { out.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<count])) }
        out.append(0x22)
    }
}
