import DeploySyntax

/// One credential found in a file. It carries byte ranges and a redacted form, never the secret as text.
public struct SecretFinding: Sendable, Hashable {
    /// The detector that matched (`github-pat-classic`).
    public var detector: String
    public var ruleID: String
    /// What the secret is (`GitHub personal access token (classic)`).
    public var label: String
    /// The secret's bytes in the file: masked in every output.
    public var secret: Range<Int>
    /// What the finding points at: the secret, or the `-----BEGIN … PRIVATE KEY-----` line of a key block.
    public var report: Range<Int>
    /// `ghp_… (40 chars)`.
    public var redactedForm: String
    /// The key the value is assigned to, for keyed detectors (`DB_PASSWORD`); key names are not secret.
    public var key: String?
    /// Extra words for the message (`for user 'app'`, `RSA`).
    public var detail: String?
    /// Shannon entropy of the value in bits per character, for the generic detector's message.
    public var entropy: Double?
    /// The secret sits in a comment (still reported: commented-out credentials stay in the history).
    public var inComment: Bool
}

/// Finds credentials in a file's bytes, whatever its kind: a trigram prefilter wakes only the detectors whose
/// anchors occur on a line, then each woken detector's JIT-compiled PCRE2 pattern runs over that line alone,
/// and a confirmation step (allow-list, entropy, decoding) keeps only real-looking secrets.
public struct SecretScanner: Sendable {
    public let detectors: [SecretDetector]
    private let prefilter: SecretPrefilter
    /// Detector name → position in `detectors` (earlier is more specific).
    private let priority: [String: Int]
    /// For each kind, the mask of detectors that read it.
    private let kindMasks: [FileKind: [UInt64]]

    public init(detectors: [SecretDetector]) {
        self.detectors = detectors
        self.prefilter = SecretPrefilter(detectors: detectors)
        var priority: [String: Int] = [:]
        for (index, detector) in detectors.enumerated() where priority[detector.name] == nil { priority[detector.name] = index }
        self.priority = priority
        var masks: [FileKind: [UInt64]] = [:]
        for kind in FileKind.allCases {
            var mask = [UInt64](repeating: 0, count: SecretPrefilter.maskWords)
            for (d, detector) in detectors.enumerated() where detector.applies(to: kind) && detector.regex != nil {
                mask[d >> 6] |= 1 << UInt64(d & 63)
            }
            masks[kind] = mask
        }
        self.kindMasks = masks
    }

    /// Every detector of every registered SEC rule, compiled once.
    public static let standard = SecretScanner(detectors: SecretRules.all.flatMap(\.detectors))

    /// The findings in `file`, in file order; only those of `ruleIDs` when given. Every detector runs either
    /// way, so that a value two detectors see (`GITHUB_TOKEN=ghp_…`) goes to the more specific one even when
    /// that one's rule is disabled (it is then not reported at all, rather than reported as generic).
    public func scan(_ file: SourceFile, kind: FileKind, ruleIDs: Set<String>? = nil) -> [SecretFinding] {
        guard let kindMask = kindMasks[kind], kindMask.contains(where: { $0 != 0 }) else { return [] }
        let k0 = kindMask[0], k1 = kindMask[1]
        let anchorMasks = prefilter.anchorMasks
        return file.bytes.withUnsafeBufferPointer { bytes -> [SecretFinding] in
            var work = LineWork()
            var findings: [SecretFinding] = []
            let lineStarts = file.lineStarts
            prefilter.forEachHit(in: bytes) { offset, anchor in
                // Hits come in offset order: move the line cursor forward and flush the previous line.
                let line = Self.advance(lineStarts, from: max(work.line, 0), to: offset)
                if line != work.line {
                    if work.line >= 0 { run(work, file: file, bytes: bytes, kind: kind, into: &findings) }
                    work = LineWork(line: line)
                }
                work.w0 |= anchorMasks[anchor &* 2] & k0
                work.w1 |= anchorMasks[anchor &* 2 &+ 1] & k1
            }
            if work.line >= 0 { run(work, file: file, bytes: bytes, kind: kind, into: &findings) }
            let kept = removingOverlaps(findings)
            guard let ruleIDs else { return kept }
            return kept.filter { ruleIDs.contains($0.ruleID) }
        }
    }

    private static func advance(_ lineStarts: [Int], from current: Int, to offset: Int) -> Int {
        // Short hops are common (the next hit is a few lines down); fall back to binary search for long ones.
        var line = current
        var steps = 0
        while line + 1 < lineStarts.count && lineStarts[line + 1] <= offset && steps < 8 { line += 1; steps += 1 }
        guard line + 1 < lineStarts.count && lineStarts[line + 1] <= offset else { return line }
        var lo = line, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The detectors woken on one line (two mask words: up to 128 detectors).
    private struct LineWork {
        var line = -1
        var w0: UInt64 = 0
        var w1: UInt64 = 0
        func forEach(_ body: (Int) -> Void) {
            for (w, word) in [w0, w1].enumerated() where word != 0 {
                var bits = word
                while bits != 0 {
                    body(w << 6 | bits.trailingZeroBitCount)
                    bits &= bits - 1
                }
            }
        }
    }

    private func run(_ work: LineWork, file: SourceFile, bytes: UnsafeBufferPointer<UInt8>, kind: FileKind, into findings: inout [SecretFinding]) {
        guard work.w0 | work.w1 != 0 else { return }
        let lineStart = file.lineStarts[work.line]
        let lineEnd = file.lineEnd(ofLineIndex: work.line)
        guard lineEnd > lineStart else { return }
        let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
        var comment: LineComment?? = .none
        let context = LineContext(file: file, bytes: bytes, kind: kind, lineIndex: work.line, lineStart: lineStart, lineEnd: lineEnd)
        work.forEach { d in
            let detector = detectors[d]
            guard let regex = detector.regex else { return }
            for match in regex.allMatches(in: line) {
                if comment == nil { comment = .some(LineComment.find(in: bytes, lineStart: lineStart, lineEnd: lineEnd, kind: kind)) }
                if let finding = SecretConfirmation.confirm(match, detector: detector, context: context, comment: comment!) {
                    findings.append(finding)
                }
            }
        }
    }

    /// Two detectors may see the same bytes (`GITHUB_TOKEN=ghp_…` is also a generic assignment): keep the
    /// more specific, i.e. the detector listed first, and drop findings whose secret overlaps a kept one.
    func removingOverlaps(_ findings: [SecretFinding]) -> [SecretFinding] {
        guard findings.count > 1 else { return findings }
        let ranked = findings.enumerated().sorted { a, b in
            let pa = priority[a.element.detector] ?? Int.max, pb = priority[b.element.detector] ?? Int.max
            return pa != pb ? pa < pb : a.offset < b.offset
        }
        var kept: [SecretFinding] = []
        for (_, finding) in ranked where !kept.contains(where: { $0.secret.overlaps(finding.secret) || $0.report == finding.report }) {
            kept.append(finding)
        }
        return kept.sorted { ($0.report.lowerBound, $0.ruleID) < ($1.report.lowerBound, $1.ruleID) }
    }
}

/// Where a match was found: the file, its kind and the line, with byte offsets into the whole file.
struct LineContext {
    let file: SourceFile
    let bytes: UnsafeBufferPointer<UInt8>
    let kind: FileKind
    let lineIndex: Int
    let lineStart: Int
    let lineEnd: Int

    /// Byte range of another line (0-based index), without its line break; nil past the end.
    func lineRange(_ index: Int) -> Range<Int>? {
        guard index >= 0, index < file.lineCount else { return nil }
        return file.lineStarts[index]..<file.lineEnd(ofLineIndex: index)
    }

    func slice(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[range]) }
}
