import DeploySyntax

/// One `${{ … }}` expression inside a workflow string.
public struct WorkflowExpression: Sendable {
    /// The text between `${{` and `}}`, untrimmed.
    public var text: String
    /// The whole `${{ … }}` in the source.
    public var range: SourceRange
    /// The context properties the expression reads (`github.event.issue.title`, `secrets.TOKEN`).
    public var references: [WorkflowContextReference]
}

/// A property path read by an expression, normalised: lowercase, indexes and `.*` written `*`, `['key']`
/// written `.key` (`github.event.commits[0].message` → `github.event.commits.*.message`).
public struct WorkflowContextReference: Sendable, Hashable {
    public var path: String
    /// The path as written in the source.
    public var range: SourceRange
    /// True when the value only feeds a test (`==`, `!`, `contains()`…), so the expression yields a boolean
    /// rather than the value's text.
    public var isTestedOnly: Bool
}

/// Finds `${{ … }}` in a scalar's value and maps them to exact source positions through `ScalarSourceMap`
/// (literal `|` blocks exact; folded `>` blocks exact within a line, see `ScalarSourceMap`).
public enum WorkflowExpressionScanner {
    /// The expressions in one scalar node.
    public static func expressions(in node: YAMLNode, file: SourceFile) -> [WorkflowExpression] {
        guard let scalar = node.scalar, ScalarText.contains(scalar.value, "${{") else { return [] }
        let map = ScalarSourceMap(value: scalar.value, style: scalar.style, range: node.range, file: file)
        return expressions(map: map, aliasRange: node.aliasRange)
    }

    static func expressions(map: ScalarSourceMap, aliasRange: SourceRange?) -> [WorkflowExpression] {
        var result: [WorkflowExpression] = []
        for (whole, inner) in spans(map.value) {
            let text = String(decoding: map.value[inner], as: UTF8.self)
            let refs = WorkflowExpressionReader.references(in: map.value, range: inner).map { raw in
                WorkflowContextReference(path: raw.path, range: aliasRange ?? map.sourceRange(of: raw.range), isTestedOnly: raw.isTestedOnly)
            }
            result.append(WorkflowExpression(text: text, range: aliasRange ?? map.sourceRange(of: whole), references: refs))
        }
        return result
    }

    /// Byte ranges of each `${{ … }}` (whole, inner); `}}` inside a `'string'` does not close it.
    static func spans(_ b: [UInt8]) -> [(Range<Int>, Range<Int>)] {
        var out: [(Range<Int>, Range<Int>)] = []
        var i = 0
        let n = b.count
        while i + 2 < n {
            guard b[i] == 0x24, b[i + 1] == 0x7B, b[i + 2] == 0x7B else { i += 1; continue }
            let start = i
            var k = i + 3
            var inString = false
            var closed = false
            while k < n {
                let c = b[k]
                if inString {
                    if c == 0x27 {
                        if k + 1 < n, b[k + 1] == 0x27 { k += 2; continue }
                        inString = false
                    }
                } else if c == 0x27 {
                    inString = true
                } else if c == 0x7D, k + 1 < n, b[k + 1] == 0x7D {
                    closed = true
                    break
                }
                k += 1
            }
            guard closed else { break }
            out.append((start..<(k + 2), (start + 3)..<k))
            i = k + 2
        }
        return out
    }
}

/// A small tokenizer for the expression language: enough to find property paths and whether each one
/// only feeds a test.
enum WorkflowExpressionReader {
    struct RawReference {
        var path: String
        var range: Range<Int>
        var isTestedOnly: Bool
    }

    /// Functions whose result is a boolean whatever their arguments.
    static let predicates: Set<String> = ["contains", "startswith", "endswith", "success", "failure", "always", "cancelled", "hashfiles"]

    private enum Token: Equatable {
        case path(String, Range<Int>)
        case function(String)
        case open, close, comma
        case comparison
        case not
        case logical
        case literal
    }

    @inline(__always) static func isIdentStart(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F
    }

    @inline(__always) static func isIdentChar(_ c: UInt8) -> Bool {
        isIdentStart(c) || (c >= 0x30 && c <= 0x39) || c == 0x2D
    }

    static func references(in b: [UInt8], range: Range<Int>) -> [RawReference] {
        let tokens = tokenize(b, range)
        var out: [RawReference] = []
        // Stack of enclosing calls: true when the call is a predicate.
        var calls: [Bool] = []
        var pendingFunction: String?
        for (index, token) in tokens.enumerated() {
            switch token {
            case .function(let name):
                pendingFunction = name
            case .open:
                calls.append(pendingFunction.map { predicates.contains($0) } ?? false)
                pendingFunction = nil
            case .close:
                if !calls.isEmpty { calls.removeLast() }
            case .path(let path, let r):
                let before = index > 0 ? tokens[index - 1] : nil
                let after = index + 1 < tokens.count ? tokens[index + 1] : nil
                let tested = calls.contains(true) || before == .comparison || before == .not || after == .comparison
                out.append(RawReference(path: path, range: r, isTestedOnly: tested))
            default:
                break
            }
        }
        return out
    }

    private static func tokenize(_ b: [UInt8], _ range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let c = b[i]
            switch c {
            case 0x20, 0x09, 0x0A, 0x0D:
                i += 1
            case 0x27:  // 'string'
                i += 1
                while i < end {
                    if b[i] == 0x27 {
                        if i + 1 < end, b[i + 1] == 0x27 { i += 2; continue }
                        break
                    }
                    i += 1
                }
                i += 1
                tokens.append(.literal)
            case 0x28: tokens.append(.open); i += 1
            case 0x29: tokens.append(.close); i += 1
            case 0x2C: tokens.append(.comma); i += 1
            case 0x3D, 0x21, 0x3C, 0x3E:  // = ! < >
                if i + 1 < end, b[i + 1] == 0x3D {
                    tokens.append(.comparison)
                    i += 2
                } else if c == 0x21 {
                    tokens.append(.not)
                    i += 1
                } else {
                    tokens.append(c == 0x3D ? .literal : .comparison)
                    i += 1
                }
            case 0x26, 0x7C:  // && ||
                tokens.append(.logical)
                i += (i + 1 < end && b[i + 1] == c) ? 2 : 1
            default:
                if isIdentStart(c) {
                    let (token, next) = readPath(b, from: i, end: end)
                    tokens.append(token)
                    i = next
                } else {
                    // Numbers and anything else.
                    var k = i + 1
                    while k < end, (b[k] >= 0x30 && b[k] <= 0x39) || b[k] == 0x2E || isIdentChar(b[k]) { k += 1 }
                    tokens.append(.literal)
                    i = k
                }
            }
        }
        return tokens
    }

    /// Reads `ident(.ident|.*|[index])*`; a name followed by `(` is a function.
    private static func readPath(_ b: [UInt8], from start: Int, end: Int) -> (Token, Int) {
        var i = start
        while i < end, isIdentChar(b[i]) { i += 1 }
        var path = ScalarText.lower(String(decoding: b[start..<i], as: UTF8.self))
        // A call?
        var k = i
        while k < end, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
        if k < end, b[k] == 0x28 { return (.function(path), i) }
        if path == "true" || path == "false" || path == "null" { return (.literal, i) }
        var pathEnd = i
        while i < end {
            if b[i] == 0x2E, i + 1 < end {
                if b[i + 1] == 0x2A {
                    path += ".*"
                    i += 2
                } else if isIdentStart(b[i + 1]) {
                    var j = i + 1
                    while j < end, isIdentChar(b[j]) { j += 1 }
                    path += "." + ScalarText.lower(String(decoding: b[(i + 1)..<j], as: UTF8.self))
                    i = j
                } else {
                    break
                }
                pathEnd = i
            } else if b[i] == 0x5B {
                var depth = 1
                var j = i + 1
                while j < end, depth > 0 {
                    if b[j] == 0x5B { depth += 1 } else if b[j] == 0x5D { depth -= 1 }
                    j += 1
                }
                let inner = ScalarText.trimBlanks(String(decoding: b[(i + 1)..<max(i + 1, j - 1)], as: UTF8.self))
                if inner.count >= 2, inner.hasPrefix("'"), inner.hasSuffix("'") {
                    path += "." + ScalarText.lower(inner.dropFirst().dropLast())
                } else {
                    path += ".*"
                }
                i = j
                pathEnd = i
            } else {
                break
            }
        }
        return (.path(path, start..<pathEnd), pathEnd)
    }
}
