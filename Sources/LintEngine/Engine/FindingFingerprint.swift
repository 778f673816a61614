import DeploySyntax

/// Fingerprints that identify a finding across edits elsewhere in the file: a hash of the rule id, the
/// project-relative path, the offending line's text with whitespace normalised, and the occurrence index among
/// findings of the same rule on identical lines. Line numbers are not part of it, so inserting lines above
/// keeps every fingerprint.
///
/// Secrets never reach a hash: every line is hashed with the redaction ranges of the file's findings masked
/// (`SecretRedaction.mask`: the visible prefix the messages already show, `*` for the rest), so a fingerprint
/// or `primaryLocationLineHash` in SARIF or a baseline cannot be used to guess a secret offline.
public enum FindingFingerprint {
    /// Fills `fingerprint` and `lineHash` of one file's findings; `findings` must be in report order.
    public static func assign(_ findings: inout [Finding], file: SourceFile?) {
        guard !findings.isEmpty else { return }
        // Masked once per file, and only when a finding carries a redaction (rare).
        var redactions: [Range<Int>] = []
        for finding in findings {
            for range in finding.redactions { redactions.append(range.start.offset..<range.end.offset) }
        }
        var masked: [UInt8]?
        if let file, !redactions.isEmpty {
            var bytes = file.bytes
            SecretRedaction.mask(&bytes, redactions: redactions)
            masked = bytes
        }
        var occurrences: [OccurrenceKey: Int] = [:]
        var lineHashes: [Int: UInt64] = [:]
        for index in findings.indices {
            let line = findings[index].range.start.line
            let lineHash: UInt64
            if let file {
                if let known = lineHashes[line] {
                    lineHash = known
                } else {
                    lineHash = normalisedLineHash(file, bytes: masked ?? file.bytes, line: line)
                    lineHashes[line] = lineHash
                }
            } else {
                lineHash = 0
            }
            let key = OccurrenceKey(ruleID: findings[index].ruleID, lineHash: lineHash)
            let occurrence = occurrences[key, default: 0]
            occurrences[key] = occurrence + 1
            var hasherA = FNV1a(basis: 0xcbf2_9ce4_8422_2325)
            var hasherB = FNV1a(basis: 0x84222325_cbf29ce4)
            // The same bytes as hashing the strings `ruleID`, `relativePath`, `hex(lineHash)`, `String(occurrence)`,
            // each followed by a NUL: fingerprints in existing baselines stay valid.
            hasherA.combineParts(findings[index].ruleID, findings[index].relativePath, lineHash, occurrence)
            hasherB.combineParts(findings[index].ruleID, findings[index].relativePath, lineHash, occurrence)
            findings[index].fingerprint = hex(hasherA.value) + hex(hasherB.value)
            findings[index].lineHash = hex(lineHash) + ":" + String(occurrence + 1)
        }
    }

    private struct OccurrenceKey: Hashable {
        var ruleID: String
        var lineHash: UInt64
    }

    /// FNV-1a of a line's bytes with runs of spaces and tabs folded to one space and both ends trimmed.
    static func normalisedLineHash(_ file: SourceFile, line: Int) -> UInt64 {
        normalisedLineHash(file, bytes: file.bytes, line: line)
    }

    /// The same over `bytes`, a copy of the file's bytes with the same line table (e.g. with secrets masked).
    static func normalisedLineHash(_ file: SourceFile, bytes: [UInt8], line: Int) -> UInt64 {
        guard line >= 1, line <= file.lineCount else { return 0 }
        var i = file.lineStarts[line - 1]
        let end = min(file.lineEnd(ofLineIndex: line - 1), bytes.count)
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
        String(unsafeUninitializedCapacity: 16) { buffer in
            for index in 0..<16 {
                buffer[index] = FNV1a.hexDigits[Int((value >> (60 - 4 * UInt64(index))) & 0xF)]
            }
            return 16
        }
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

    mutating func combineParts(_ ruleID: String, _ relativePath: String, _ lineHash: UInt64, _ occurrence: Int) {
        combine(ruleID)
        combine(relativePath)
        combineHex(lineHash)
        combineDecimal(occurrence)
    }

    static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// The 16 lowercase hex digits of `value` (zero-padded), then a NUL: as `combine(FindingFingerprint.hex(value))`.
    mutating func combineHex(_ value: UInt64) {
        for index in 0..<16 { combine(byte: Self.hexDigits[Int((value >> (60 - 4 * UInt64(index))) & 0xF)]) }
        combine(byte: 0)
    }

    /// The decimal digits of a non-negative `value`, then a NUL: as `combine(String(value))`.
    mutating func combineDecimal(_ value: Int) {
        if value < 10 && value >= 0 {
            combine(byte: 0x30 + UInt8(value))
        } else {
            for byte in String(value).utf8 { combine(byte: byte) }
        }
        combine(byte: 0)
    }
}
