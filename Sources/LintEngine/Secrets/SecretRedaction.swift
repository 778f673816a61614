import DeploySyntax

/// How a secret is shown: never in full. Messages carry the redacted form (`ghp_… (40 chars)`); whatever
/// prints or hashes source text (code frames, snippets, line fingerprints) should read a masked copy of the
/// file (`maskedFile`), in which every byte of a `Violation.redactions` range after the visible prefix is `*`.
public enum SecretRedaction {
    /// How many leading characters stay visible: 4 for values of 16 characters or more, fewer for short
    /// values so that at most a quarter of any secret shows (a 10-character password keeps 2).
    public static func visiblePrefixLength(forLength length: Int) -> Int { min(4, length / 4) }

    /// `ghp_… (40 chars)`: the first characters, an ellipsis and the length in characters.
    public static func redactedForm<C: Collection>(_ secret: C) -> String where C.Element == UInt8 {
        let scalars = String(decoding: Array(secret), as: UTF8.self).unicodeScalars
        let count = scalars.count
        var visible = String.UnicodeScalarView()
        for scalar in scalars.prefix(visiblePrefixLength(forLength: count)) {
            // Control characters and quotes never reach a message verbatim.
            visible.append(scalar.value < 0x20 || scalar == "\"" || scalar == "'" || scalar == "`" ? "?" : scalar)
        }
        return String(visible) + "\u{2026} (\(count) chars)"
    }

    /// A copy of `file` whose redacted ranges are masked with `*` after their visible prefix. Byte offsets,
    /// line breaks and line numbers are unchanged; a multi-byte character inside a secret becomes several
    /// `*`, so columns after a non-ASCII secret on the same line may shift (offsets never do).
    public static func maskedFile(_ file: SourceFile, redactions: [SourceRange]) -> SourceFile {
        guard !redactions.isEmpty else { return file }
        var bytes = file.bytes
        mask(&bytes, redactions: redactions.map { $0.start.offset..<$0.end.offset })
        return SourceFile(path: file.path, bytes: bytes)
    }

    /// Masks byte ranges in place (see `maskedFile`).
    public static func mask(_ bytes: inout [UInt8], redactions: [Range<Int>]) {
        for range in redactions {
            let lower = max(0, min(range.lowerBound, bytes.count))
            let upper = max(lower, min(range.upperBound, bytes.count))
            guard lower < upper else { continue }
            let scalarCount = bytes[lower..<upper].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            var keep = visiblePrefixLength(forLength: scalarCount)
            var i = lower
            while i < upper {
                let b = bytes[i]
                if keep > 0 {
                    if b & 0xC0 != 0x80 { keep -= 1 }
                    i += 1
                    // Keep the rest of a multi-byte character that started in the visible prefix.
                    while i < upper && bytes[i] & 0xC0 == 0x80 { i += 1 }
                    continue
                }
                if b != 0x0A && b != 0x0D { bytes[i] = UInt8(ascii: "*") }
                i += 1
            }
        }
    }
}
