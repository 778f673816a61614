import DeploySyntax

/// Fingerprints that identify a finding across edits elsewhere in the file: a hash of the rule id, the
/// project-relative path, the offending line's text with whitespace normalised, and the occurrence index among
/// findings of the same rule on identical lines. Line numbers are not part of it, so inserting lines above
/// keeps every fingerprint.
public enum FindingFingerprint {
    /// Fills `fingerprint` and `lineHash` of one file's findings; `findings` must be in report order.
    public static func assign(_ findings: inout [Finding], file: SourceFile?) {
        var occurrences: [String: Int] = [:]
        for index in findings.indices {
            let finding = findings[index]
            let lineHash = file.map { normalisedLineHash($0, line: finding.range.start.line) } ?? 0
            let key = "\(finding.ruleID)\u{0}\(lineHash)"
            let occurrence = occurrences[key, default: 0]
            occurrences[key] = occurrence + 1
            var hasherA = FNV1a(basis: 0xcbf2_9ce4_8422_2325)
            var hasherB = FNV1a(basis: 0x84222325_cbf29ce4)
            for part in [finding.ruleID, finding.relativePath, hex(lineHash), String(occurrence)] {
                hasherA.combine(part)
                hasherB.combine(part)
            }
            findings[index].fingerprint = hex(hasherA.value) + hex(hasherB.value)
            findings[index].lineHash = hex(lineHash) + ":" + String(occurrence + 1)
        }
    }

    /// FNV-1a of a line's bytes with runs of spaces and tabs folded to one space and both ends trimmed.
    static func normalisedLineHash(_ file: SourceFile, line: Int) -> UInt64 {
        guard line >= 1, line <= file.lineCount else { return 0 }
        let bytes = file.bytes
        var i = file.lineStarts[line - 1]
        let end = file.lineEnd(ofLineIndex: line - 1)
        var hasher = FNV1a(basis: 0xcbf2_9ce4_8422_2325)
        var pendingSpace = false
        var started = false
        while i < end {
            let byte = bytes[i]
            if byte == 0x20 || byte == 0x09 {
                pendingSpace = started
            } else {
                if pendingSpace { hasher.combine(byte: 0x20) }
                pendingSpace = false
                started = true
                hasher.combine(byte: byte)
            }
            i += 1
        }
        return hasher.value
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

struct FNV1a {
    private(set) var value: UInt64

    init(basis: UInt64) { value = basis }

    mutating func combine(byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01B3
    }

    mutating func combine(_ string: String) {
        for byte in string.utf8 { combine(byte: byte) }
        combine(byte: 0)
    }
}
