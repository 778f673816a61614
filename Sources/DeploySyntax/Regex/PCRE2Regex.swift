import CPCRE2

/// A pattern that could not be compiled: PCRE2's message and the offset in the pattern.
public struct RegexCompileError: Error, Sendable, CustomStringConvertible {
    public var pattern: String
    public var message: String
    public var offset: Int
    public var description: String { "invalid pattern at offset \(offset): \(message) in \(pattern)" }
}

/// A compiled, JIT-accelerated PCRE2 pattern over UTF-8 bytes.
///
/// Matching works on byte buffers and returns byte ranges, so callers map matches to positions with
/// `SourceFile.range(from:to:)` without converting text. The compiled code is immutable and may be shared
/// across threads; every match call uses its own match data.
public final class PCRE2Regex: @unchecked Sendable {
    public struct Options: OptionSet, Sendable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        public static let caseless = Options(rawValue: UInt32(PCRE2_CASELESS))
        public static let multiline = Options(rawValue: UInt32(PCRE2_MULTILINE))
        public static let dotAll = Options(rawValue: UInt32(PCRE2_DOTALL))
        public static let extended = Options(rawValue: UInt32(PCRE2_EXTENDED))
        public static let utf = Options(rawValue: UInt32(PCRE2_UTF))
    }

    /// One match: the whole match and each capture group (nil when the group did not take part).
    public struct Match: Sendable, Hashable {
        public var range: Range<Int>
        public var groups: [Range<Int>?]
    }

    public let pattern: String
    private let code: OpaquePointer

    public init(_ pattern: String, options: Options = []) throws {
        self.pattern = pattern
        var errorCode: Int32 = 0
        var errorOffset = 0
        let bytes = Array(pattern.utf8)
        // No UTF validation of subjects: linted files may hold invalid UTF-8, and a failed match must not abort.
        let flags = options.rawValue | UInt32(PCRE2_MATCH_INVALID_UTF) * (options.contains(.utf) ? 1 : 0)
        let compiled = bytes.withUnsafeBufferPointer { buffer in
            pcre2_compile_8(buffer.baseAddress, buffer.count, flags, &errorCode, &errorOffset, nil)
        }
        guard let compiled else {
            var message = [UInt8](repeating: 0, count: 256)
            let length = pcre2_get_error_message_8(errorCode, &message, message.count)
            throw RegexCompileError(pattern: pattern,
                                    message: String(decoding: message.prefix(max(0, Int(length))), as: UTF8.self),
                                    offset: errorOffset)
        }
        code = compiled
        // JIT is an accelerator: when unavailable the interpreter gives the same results.
        _ = pcre2_jit_compile_8(code, UInt32(PCRE2_JIT_COMPLETE))
    }

    deinit { pcre2_code_free_8(code) }

    /// The first match at or after `start`.
    public func firstMatch(in subject: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Match? {
        guard let data = pcre2_match_data_create_from_pattern_8(code, nil) else { return nil }
        defer { pcre2_match_data_free_8(data) }
        return match(subject, from: start, data: data)
    }

    public func firstMatch(in bytes: [UInt8], from start: Int = 0) -> Match? {
        bytes.withUnsafeBufferPointer { firstMatch(in: $0, from: start) }
    }

    /// Every non-overlapping match, in order.
    public func allMatches(in subject: UnsafeBufferPointer<UInt8>) -> [Match] {
        guard let data = pcre2_match_data_create_from_pattern_8(code, nil) else { return [] }
        defer { pcre2_match_data_free_8(data) }
        var results: [Match] = []
        var position = 0
        while position <= subject.count, let found = match(subject, from: position, data: data) {
            results.append(found)
            position = found.range.isEmpty ? found.range.upperBound + 1 : found.range.upperBound
        }
        return results
    }

    public func allMatches(in bytes: [UInt8]) -> [Match] {
        bytes.withUnsafeBufferPointer { allMatches(in: $0) }
    }

    public func matches(_ text: String) -> Bool {
        firstMatch(in: Array(text.utf8)) != nil
    }

    private func match(_ subject: UnsafeBufferPointer<UInt8>, from start: Int, data: OpaquePointer) -> Match? {
        guard start <= subject.count else { return nil }
        // An empty buffer may have no base address; PCRE2 needs a valid pointer even for length 0.
        var empty: UInt8 = 0
        let base = subject.baseAddress ?? withUnsafePointer(to: &empty) { $0 }
        let rc = pcre2_match_8(code, base, subject.count, start, 0, data, nil)
        guard rc > 0 else { return nil }
        let ovector = pcre2_get_ovector_pointer_8(data)!
        let pairs = Int(pcre2_get_ovector_count_8(data))
        let whole = Int(ovector[0])..<Int(ovector[1])
        var groups: [Range<Int>?] = []
        if pairs > 1 {
            for i in 1..<pairs {
                let lo = ovector[2 * i], hi = ovector[2 * i + 1]
                // PCRE2_UNSET is ~(size_t)0, which Swift imports as Int: -1.
                groups.append(lo < 0 || hi < 0 ? nil : Int(lo)..<Int(hi))
            }
        }
        return Match(range: whole, groups: groups)
    }
}
