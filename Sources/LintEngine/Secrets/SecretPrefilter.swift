/// The cheap first pass of the secrets scanner: one walk over the file's bytes looking for every detector's
/// anchors at once, so lines without an anchor are never handed to a PCRE2 pattern.
///
/// Each position's three bytes, ASCII-lower-cased, are hashed to 16 bits and tested against an 8 KB bitset
/// of the anchors' first three bytes (it stays in L1 cache, so the walk costs about a nanosecond a byte).
/// Only on a hit — a few positions in a hundred — are the anchors of that hash compared in full, exactly or
/// case-insensitively as each anchor asks. A matching anchor wakes its detectors (a bitmask) for its line.
struct SecretPrefilter: Sendable {
    /// Number of 64-bit words in a detector mask (detectors are numbered in `SecretScanner.detectors`).
    static let maskWords = 2
    static let maxDetectors = maskWords * 64

    /// Every anchor's bytes, back to back (caseless ones lower-cased).
    private let anchorBytes: [UInt8]
    private let anchorStart: [Int]
    private let anchorLength: [Int]
    private let anchorCaseless: [Bool]
    /// Detector mask of each anchor, `maskWords` words per anchor.
    let anchorMasks: [UInt64]
    /// Bit per 16-bit trigram hash: some anchor starts with a trigram of this hash.
    private let bits: [UInt64]
    /// Trigram hash → 1 + index into `bucketStart` (0: no anchor); only read on a bitset hit.
    private let bucketOfHash: [UInt16]
    private let bucketStart: [Int]
    /// Anchor indexes of each bucket, back to back.
    private let bucketMembers: [Int]

    init(detectors: [SecretDetector]) {
        precondition(detectors.count <= Self.maxDetectors, "raise SecretPrefilter.maskWords")
        var unique: [SecretAnchor] = []
        var indexOf: [SecretAnchor: Int] = [:]
        var masks: [UInt64] = []
        for (d, detector) in detectors.enumerated() {
            for raw in detector.anchors where raw.bytes.count >= 3 {
                let anchor = raw.caseless ? SecretAnchor(String(decoding: raw.bytes.map(Self.fold), as: UTF8.self), caseless: true) : raw
                let index: Int
                if let known = indexOf[anchor] {
                    index = known
                } else {
                    index = unique.count
                    indexOf[anchor] = index
                    unique.append(anchor)
                    masks += [UInt64](repeating: 0, count: Self.maskWords)
                }
                masks[index * Self.maskWords + d >> 6] |= 1 << UInt64(d & 63)
            }
        }
        var bytes: [UInt8] = [], starts: [Int] = [], lengths: [Int] = [], caseless: [Bool] = []
        for anchor in unique {
            starts.append(bytes.count)
            lengths.append(anchor.bytes.count)
            caseless.append(anchor.caseless)
            bytes += anchor.bytes
        }
        var members: [Int: [Int]] = [:]
        var bits = [UInt64](repeating: 0, count: 65536 / 64)
        for (a, anchor) in unique.enumerated() {
            let h = Self.hash(Self.trigram(anchor.bytes[0], anchor.bytes[1], anchor.bytes[2]))
            bits[h >> 6] |= 1 << UInt64(h & 63)
            members[h, default: []].append(a)
        }
        var bucketOfHash = [UInt16](repeating: 0, count: 65536)
        var bucketStart: [Int] = [], bucketMembers: [Int] = []
        for (h, list) in members.sorted(by: { $0.key < $1.key }) {
            bucketStart.append(bucketMembers.count)
            bucketMembers += list
            bucketOfHash[h] = UInt16(bucketStart.count)
        }
        bucketStart.append(bucketMembers.count)
        self.anchorBytes = bytes
        self.anchorStart = starts
        self.anchorLength = lengths
        self.anchorCaseless = caseless
        self.anchorMasks = masks
        self.bits = bits
        self.bucketOfHash = bucketOfHash
        self.bucketStart = bucketStart
        self.bucketMembers = bucketMembers
    }

    @inline(__always) static func fold(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }
    @inline(__always) static func trigram(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt32 {
        UInt32(fold(a)) << 16 | UInt32(fold(b)) << 8 | UInt32(fold(c))
    }
    @inline(__always) static func hash(_ t: UInt32) -> Int { Int((t &* 0x9E37_79B1) >> 16) }

    /// Calls `body(offset, anchorIndex)` for every anchor occurrence, in increasing offset order.
    func forEachHit(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Void) {
        let n = bytes.count
        guard n >= 3, let base = bytes.baseAddress else { return }
        let candidates = bits.withUnsafeBufferPointer { Self.candidatePositions(base, count: n, bits: $0.baseAddress!) }
        guard !candidates.isEmpty else { return }
        anchorBytes.withUnsafeBufferPointer { anchorBytes in
            for candidate in candidates {
                let i = candidate
                let h = Self.hash(Self.trigram(base[i], base[i + 1], base[i + 2]))
                let bucket = Int(bucketOfHash[h])
                guard bucket != 0 else { continue }
                for m in bucketStart[bucket - 1]..<bucketStart[bucket] {
                    let a = bucketMembers[m]
                    let length = anchorLength[a]
                    guard i + length <= n else { continue }
                    let start = anchorStart[a]
                    var k = 0
                    if anchorCaseless[a] {
                        while k < length && Self.fold(base[i + k]) == anchorBytes[start + k] { k += 1 }
                    } else {
                        while k < length && base[i + k] == anchorBytes[start + k] { k += 1 }
                    }
                    if k == length { body(i, a) }
                }
            }
        }
    }

    /// The hot loop, kept free of closures and properties so it stays in registers: positions whose folded
    /// trigram hash is in the bitset.
    private static func candidatePositions(_ base: UnsafePointer<UInt8>, count n: Int, bits: UnsafePointer<UInt64>) -> [Int] {
        var out: [Int] = []
        foldTable.withUnsafeBufferPointer { foldBuffer in
            let fold = foldBuffer.baseAddress!
            var i = 0
            let end = n - 2
            // Each position reads its three bytes afresh: no value carried between iterations, so the CPU
            // overlaps consecutive positions.
            while i < end {
                let t = UInt32(fold[Int(base[i])]) << 16 | UInt32(fold[Int(base[i + 1])]) << 8 | UInt32(fold[Int(base[i + 2])])
                let h = Int((t &* 0x9E37_79B1) >> 16)
                if (bits[h >> 6] >> UInt64(h & 63)) & 1 != 0 { out.append(i) }
                i += 1
            }
        }
        return out
    }

    private static let foldTable: [UInt8] = (0...255).map { fold(UInt8($0)) }
}
