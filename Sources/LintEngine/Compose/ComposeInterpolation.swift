import DeploySyntax

/// One variable reference in a compose string: `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`,
/// `${VAR:?message}`, `${VAR?message}`, `${VAR:+alternative}`, `${VAR+alternative}` (compose-spec
/// "Interpolation"). References nested in a default (`${A:-${B}}`) are reported too.
public struct ComposeVariableReference: Sendable, Hashable {
    public enum Operator: String, Sendable, Hashable {
        /// `$VAR` or `${VAR}`: empty when unset.
        case none = ""
        /// `${VAR:-x}`: `x` when unset or empty.
        case defaultIfUnsetOrEmpty = ":-"
        /// `${VAR-x}`: `x` when unset.
        case defaultIfUnset = "-"
        /// `${VAR:?msg}`: an error when unset or empty.
        case errorIfUnsetOrEmpty = ":?"
        /// `${VAR?msg}`: an error when unset.
        case errorIfUnset = "?"
        /// `${VAR:+x}`: `x` when set and non-empty, else empty.
        case alternativeIfSetAndNonEmpty = ":+"
        /// `${VAR+x}`: `x` when set, else empty.
        case alternativeIfSet = "+"
    }

    public var name: String
    public var op: Operator
    /// The default, message or alternative as written (may itself hold references).
    public var argument: String?
    public var isBraced: Bool
    /// Byte offsets of the whole reference (`${…}`) in the scalar's value.
    public var valueRange: Range<Int>
    /// Byte offsets of the name in the scalar's value.
    public var nameValueRange: Range<Int>
    /// Where the whole reference stands in the source.
    public var range: SourceRange
    /// Where the variable name stands in the source.
    public var nameRange: SourceRange
    /// True when nested in another reference's argument.
    public var isNested: Bool

    /// A default value applies when the variable is missing.
    public var hasDefault: Bool { op == .defaultIfUnsetOrEmpty || op == .defaultIfUnset }
    /// Compose refuses to start when the variable is missing.
    public var isRequired: Bool { op == .errorIfUnsetOrEmpty || op == .errorIfUnset }
}

/// A malformed interpolation (`${`, `${}`, `${1X}`): compose refuses the file.
public struct ComposeInterpolationProblem: Sendable, Hashable {
    public var message: String
    public var range: SourceRange
}

/// The interpolation found in one scalar.
public struct ComposeInterpolatedString: Sendable {
    public var references: [ComposeVariableReference]
    /// `$$` escapes (a literal `$`), in source coordinates.
    public var escapes: [SourceRange]
    public var problems: [ComposeInterpolationProblem]
}

/// Parses compose interpolation inside scalars, with exact source positions.
public enum ComposeInterpolation {
    /// Byte-level result before positions are attached.
    struct RawReference {
        var name: String
        var op: ComposeVariableReference.Operator
        var argument: String?
        var argumentRange: Range<Int>?
        var isBraced: Bool
        var range: Range<Int>
        var nameRange: Range<Int>
        var isNested: Bool
    }

    struct RawScan {
        var references: [RawReference] = []
        var escapes: [Range<Int>] = []
        var problems: [(String, Range<Int>)] = []
    }

    /// True when the text may contain interpolation (a cheap pre-check).
    @inline(__always)
    public static func mayInterpolate(_ text: String) -> Bool {
        text.utf8.contains(0x24)
    }

    /// Parses one scalar node; nil for collections. Positions come from the node's source.
    public static func parse(_ node: YAMLNode, file: SourceFile) -> ComposeInterpolatedString? {
        guard let scalar = node.scalar else { return nil }
        guard mayInterpolate(scalar.value) else { return ComposeInterpolatedString(references: [], escapes: [], problems: []) }
        let map = ScalarSourceMap(value: scalar.value, style: scalar.style, range: node.range, file: file)
        return parse(map: map)
    }

    /// Parses a value through an existing source map.
    public static func parse(map: ScalarSourceMap) -> ComposeInterpolatedString {
        var scan = RawScan()
        scanBytes(map.value, from: 0, to: map.value.count, nested: false, into: &scan)
        let references = scan.references.map { raw in
            ComposeVariableReference(
                name: raw.name, op: raw.op, argument: raw.argument, isBraced: raw.isBraced,
                valueRange: raw.range, nameValueRange: raw.nameRange,
                range: map.sourceRange(of: raw.range), nameRange: map.sourceRange(of: raw.nameRange),
                isNested: raw.isNested)
        }
        return ComposeInterpolatedString(
            references: references,
            escapes: scan.escapes.map { map.sourceRange(of: $0) },
            problems: scan.problems.map { ComposeInterpolationProblem(message: $0.0, range: map.sourceRange(of: $0.1)) })
    }

    /// Parses plain text (no positions needed): the references' byte ranges in `text`.
    static func scan(_ text: String) -> RawScan {
        var scan = RawScan()
        let bytes = Array(text.utf8)
        scanBytes(bytes, from: 0, to: bytes.count, nested: false, into: &scan)
        return scan
    }

    @inline(__always) private static func isNameStart(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
    }

    @inline(__always) private static func isNameChar(_ b: UInt8) -> Bool {
        isNameStart(b) || (b >= 0x30 && b <= 0x39)
    }

    private static func scanBytes(_ b: [UInt8], from start: Int, to end: Int, nested: Bool, into scan: inout RawScan) {
        var i = start
        while i < end {
            guard b[i] == 0x24 else { i += 1; continue }
            let dollar = i
            guard i + 1 < end else { break }
            let next = b[i + 1]
            if next == 0x24 {
                scan.escapes.append(i..<(i + 2))
                i += 2
                continue
            }
            if isNameStart(next) {
                var k = i + 1
                while k < end, isNameChar(b[k]) { k += 1 }
                let name = String(decoding: b[(i + 1)..<k], as: UTF8.self)
                scan.references.append(RawReference(name: name, op: .none, argument: nil, argumentRange: nil, isBraced: false,
                                                    range: dollar..<k, nameRange: (i + 1)..<k, isNested: nested))
                i = k
                continue
            }
            guard next == 0x7B else { i += 1; continue }  // a lone `$` is literal
            // `${`: find the matching `}` (nested `${…}` in the argument count).
            var depth = 1
            var k = i + 2
            while k < end {
                if b[k] == 0x24, k + 1 < end, b[k + 1] == 0x7B { depth += 1; k += 2; continue }
                if b[k] == 0x7D { depth -= 1; if depth == 0 { break } }
                k += 1
            }
            guard k < end else {
                scan.problems.append(("unterminated '${': add the closing '}' (write '$$' for a literal '$')", dollar..<end))
                return
            }
            let close = k
            let nameStart = i + 2
            var n = nameStart
            if n < close, isNameStart(b[n]) {
                n += 1
                while n < close, isNameChar(b[n]) { n += 1 }
            }
            if n == nameStart {
                let what = nameStart == close ? "an empty '${}'" : "'\(String(decoding: b[dollar...close], as: UTF8.self))'"
                scan.problems.append(("invalid interpolation \(what): a variable name starts with a letter or '_' (write '$$' for a literal '$')", dollar..<(close + 1)))
                i = close + 1
                continue
            }
            let name = String(decoding: b[nameStart..<n], as: UTF8.self)
            var op = ComposeVariableReference.Operator.none
            var argStart = n
            if n < close {
                let c = b[n]
                let c2: UInt8 = n + 1 < close ? b[n + 1] : 0
                switch (c, c2) {
                case (0x3A, 0x2D): op = .defaultIfUnsetOrEmpty; argStart = n + 2
                case (0x3A, 0x3F): op = .errorIfUnsetOrEmpty; argStart = n + 2
                case (0x3A, 0x2B): op = .alternativeIfSetAndNonEmpty; argStart = n + 2
                case (0x2D, _): op = .defaultIfUnset; argStart = n + 1
                case (0x3F, _): op = .errorIfUnset; argStart = n + 1
                case (0x2B, _): op = .alternativeIfSet; argStart = n + 1
                default:
                    scan.problems.append(("invalid interpolation '\(String(decoding: b[dollar...close], as: UTF8.self))': after the name compose accepts only ':-', '-', ':?', '?', ':+' or '+'", dollar..<(close + 1)))
                    i = close + 1
                    continue
                }
            }
            let argument: String? = op == .none ? nil : String(decoding: b[argStart..<close], as: UTF8.self)
            scan.references.append(RawReference(name: name, op: op, argument: argument,
                                                argumentRange: op == .none ? nil : argStart..<close, isBraced: true,
                                                range: dollar..<(close + 1), nameRange: nameStart..<n, isNested: nested))
            if op != .none { scanBytes(b, from: argStart, to: close, nested: true, into: &scan) }
            i = close + 1
        }
    }

    /// The text compose would produce when every variable is unset: defaults applied, `$$` unescaped.
    /// Nil when some variable has no default (the result depends on the environment).
    public static func resolvingDefaults(_ text: String) -> String? {
        guard mayInterpolate(text) else { return text }
        let bytes = Array(text.utf8)
        return resolve(bytes, 0, bytes.count)
    }

    private static func resolve(_ b: [UInt8], _ start: Int, _ end: Int) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        var scan = RawScan()
        scanBytes(b, from: start, to: end, nested: false, into: &scan)
        if !scan.problems.isEmpty { return nil }
        var cursor = start
        // Top-level references and escapes in order.
        var events: [(Range<Int>, RawReference?)] = scan.escapes.map { ($0, nil) }
        for r in scan.references where !r.isNested { events.append((r.range, r)) }
        events.sort { $0.0.lowerBound < $1.0.lowerBound }
        for (range, ref) in events {
            if range.lowerBound < cursor { continue }  // inside a reference's argument
            out.append(contentsOf: b[cursor..<range.lowerBound])
            cursor = range.upperBound
            guard let ref else { out.append(0x24); continue }
            switch ref.op {
            case .defaultIfUnsetOrEmpty, .defaultIfUnset:
                guard let a = ref.argumentRange, let d = resolve(b, a.lowerBound, a.upperBound) else { return nil }
                out.append(contentsOf: Array(d.utf8))
            case .alternativeIfSet, .alternativeIfSetAndNonEmpty:
                break  // unset: empty
            case .none, .errorIfUnset, .errorIfUnsetOrEmpty:
                return nil
            }
        }
        out.append(contentsOf: b[cursor..<end])
        return String(decoding: out, as: UTF8.self)
    }
}
