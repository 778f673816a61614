import DeploySyntax

/// Parses HCL2 native syntax into an `HCLFile`, working directly on the UTF-8 bytes.
///
/// A single-pass recursive-descent parser with an on-demand scanner: no token array, no regular expressions.
/// Newlines are significant in bodies and object constructors and ignored inside `()`, `[]`, `${}` and `for`
/// expressions, as in HashiCorp's `hclsyntax`. A syntax error inside a top-level block yields one positioned
/// diagnostic (code `hcl-syntax`); the block is dropped and parsing resumes at the next line that starts a
/// top-level block.
public struct HCLParser: Sendable {
    public init() {}

    public func parse(_ file: SourceFile) -> HCLFile {
        file.bytes.withUnsafeBufferPointer { buffer in
            var state = HCLParserState(file: file, bytes: buffer)
            return state.parseFile()
        }
    }
}

/// A syntax error with its byte span; turned into a `Diagnostic` at the top level.
struct HCLParseError: Error {
    var start: Int
    var end: Int
    var message: String
    /// Where scanning stopped when it is far from `start` (an unterminated heredoc or block runs to the end of
    /// the file): recovery resumes after it rather than re-reading the swallowed text as blocks.
    var resume: Int?
}

/// Byte-offset → line/column conversion tuned for a forward-moving parser: a line cursor, and a column computed
/// by subtraction when the file is pure ASCII.
struct HCLPositionLocator {
    let file: SourceFile
    let isASCII: Bool
    private var line = 0

    init(file: SourceFile) {
        self.file = file
        var ascii = true
        for b in file.bytes where b >= 0x80 {
            ascii = false
            break
        }
        self.isASCII = ascii
    }

    mutating func position(_ rawOffset: Int) -> SourcePosition {
        let offset = min(max(0, rawOffset), file.bytes.count)
        guard isASCII else { return file.position(atOffset: offset) }
        let starts = file.lineStarts
        let count = starts.count
        if offset < starts[line] {
            line = file.lineIndex(containing: offset)
        } else {
            var steps = 0
            while line + 1 < count && starts[line + 1] <= offset {
                line += 1
                steps += 1
                if steps > 16 {
                    line = file.lineIndex(containing: offset)
                    break
                }
            }
        }
        return SourcePosition(line: line + 1, column: offset - starts[line] + 1, offset: offset)
    }
}

private enum Byte {
    static let tab: UInt8 = 0x09
    static let lf: UInt8 = 0x0A
    static let cr: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let bang: UInt8 = 0x21
    static let quote: UInt8 = 0x22
    static let hash: UInt8 = 0x23
    static let dollar: UInt8 = 0x24
    static let percent: UInt8 = 0x25
    static let amp: UInt8 = 0x26
    static let lparen: UInt8 = 0x28
    static let rparen: UInt8 = 0x29
    static let star: UInt8 = 0x2A
    static let plus: UInt8 = 0x2B
    static let comma: UInt8 = 0x2C
    static let minus: UInt8 = 0x2D
    static let dot: UInt8 = 0x2E
    static let slash: UInt8 = 0x2F
    static let zero: UInt8 = 0x30
    static let nine: UInt8 = 0x39
    static let colon: UInt8 = 0x3A
    static let less: UInt8 = 0x3C
    static let equal: UInt8 = 0x3D
    static let greater: UInt8 = 0x3E
    static let question: UInt8 = 0x3F
    static let lbracket: UInt8 = 0x5B
    static let backslash: UInt8 = 0x5C
    static let rbracket: UInt8 = 0x5D
    static let underscore: UInt8 = 0x5F
    static let lbrace: UInt8 = 0x7B
    static let pipe: UInt8 = 0x7C
    static let rbrace: UInt8 = 0x7D
    static let tilde: UInt8 = 0x7E

    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= zero && c <= nine }

    @inline(__always) static func isIdentStart(_ c: UInt8) -> Bool {
        let l = c | 0x20
        return (l >= 0x61 && l <= 0x7A) || c == underscore || c >= 0x80
    }

    @inline(__always) static func isIdentPart(_ c: UInt8) -> Bool {
        isIdentStart(c) || isDigit(c) || c == minus
    }
}

/// Why a template scan stopped.
private enum TemplateStop {
    case end
    case elseDirective
    case endIf
    case endFor
}

private enum TemplateTerminator {
    case quote
    case heredoc(marker: [UInt8])
}

struct HCLParserState {
    let file: SourceFile
    let b: UnsafeBufferPointer<UInt8>
    let n: Int
    var i = 0
    var comments: [HCLComment] = []
    var commentHighWater = 0
    var diagnostics: [Diagnostic] = []
    var newlineSensitive = true
    var depth = 0
    var locator: HCLPositionLocator

    static let maxDepth = 200

    init(file: SourceFile, bytes: UnsafeBufferPointer<UInt8>) {
        self.file = file
        self.b = bytes
        self.n = bytes.count
        self.locator = HCLPositionLocator(file: file)
    }

    // MARK: - Positions and errors

    mutating func pos(_ offset: Int) -> SourcePosition { locator.position(offset) }

    mutating func range(_ start: Int, _ end: Int) -> SourceRange {
        let s = locator.position(start)
        let e = locator.position(end)
        return SourceRange(start: s, end: e)
    }

    @inline(__always) func peek(_ k: Int = 0) -> UInt8 {
        let j = i + k
        return j < n ? b[j] : 0
    }

    func error(_ message: String, at start: Int? = nil, end: Int? = nil) -> HCLParseError {
        let s = min(start ?? i, n)
        var e = end ?? s
        if e <= s {
            // Cover one character (a whole UTF-8 sequence) so the caret has something to underline.
            e = s
            if e < n && b[e] != Byte.lf && b[e] != Byte.cr {
                e += 1
                while e < n && b[e] & 0xC0 == 0x80 { e += 1 }
            }
        }
        return HCLParseError(start: s, end: e, message: message)
    }

    func describeHere() -> String {
        guard i < n else { return "end of file" }
        let c = b[i]
        switch c {
        case Byte.lf, Byte.cr: return "a newline"
        case Byte.quote: return "a string"
        default:
            if Byte.isIdentStart(c) {
                var j = i
                while j < n && Byte.isIdentPart(b[j]) { j += 1 }
                return "'\(String(decoding: b[i..<j], as: UTF8.self))'"
            }
            var e = i + 1
            while e < n && b[e] & 0xC0 == 0x80 { e += 1 }
            return "'\(String(decoding: b[i..<e], as: UTF8.self))'"
        }
    }

    func text(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
    }

    // MARK: - Trivia

    /// Skips spaces, tabs and comments; newlines too when `newlines` is true. A lone `\r` is whitespace.
    mutating func skipTrivia(_ newlines: Bool) {
        while i < n {
            let c = b[i]
            switch c {
            case Byte.space, Byte.tab:
                i += 1
            case Byte.lf:
                if !newlines { return }
                i += 1
            case Byte.cr:
                if i + 1 < n && b[i + 1] == Byte.lf {
                    if !newlines { return }
                    i += 2
                } else {
                    i += 1
                }
            case Byte.hash:
                lineComment(style: .hash, markerLength: 1)
            case Byte.slash:
                if peek(1) == Byte.slash {
                    lineComment(style: .doubleSlash, markerLength: 2)
                } else if peek(1) == Byte.star {
                    blockComment()
                } else {
                    return
                }
            default:
                return
            }
        }
    }

    private mutating func lineComment(style: HCLComment.Style, markerLength: Int) {
        let start = i
        var j = i + markerLength
        while j < n && b[j] != Byte.lf && !(b[j] == Byte.cr && j + 1 < n && b[j + 1] == Byte.lf) { j += 1 }
        if start >= commentHighWater {
            comments.append(HCLComment(style: style, range: range(start, j), content: text(start + markerLength, j)))
            commentHighWater = j
        }
        i = j
    }

    private mutating func blockComment() {
        let start = i
        var j = i + 2
        var closed = false
        while j + 1 < n {
            if b[j] == Byte.star && b[j + 1] == Byte.slash {
                closed = true
                break
            }
            j += 1
        }
        let end = closed ? j + 2 : n
        if start >= commentHighWater {
            comments.append(HCLComment(style: .block, range: range(start, end), content: text(start + 2, closed ? j : n)))
            commentHighWater = end
            if !closed {
                diagnostics.append(Diagnostic(
                    code: "hcl-syntax", message: "unterminated /* comment: add the closing */",
                    path: file.path, range: range(start, start + 2)))
            }
        }
        i = end
    }

    @inline(__always) func atLineEnd() -> Bool {
        i >= n || b[i] == Byte.lf || (b[i] == Byte.cr && (i + 1 >= n || b[i + 1] == Byte.lf))
    }

    // MARK: - File and bodies

    mutating func parseFile() -> HCLFile {
        if n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF { i = 3 }
        var attributes: [HCLAttribute] = []
        var blocks: [HCLBlock] = []
        while true {
            newlineSensitive = true
            depth = 0
            skipTrivia(true)
            if i >= n { break }
            let itemStart = i
            do throws(HCLParseError) {
                guard Byte.isIdentStart(b[i]) else {
                    throw error("expected an argument or a block, found \(describeHere())")
                }
                switch try parseBodyItem() {
                case .attribute(let a): attributes.append(a)
                case .block(let bl): blocks.append(bl)
                }
            } catch {
                diagnostics.append(Diagnostic(
                    code: "hcl-syntax", message: error.message, path: file.path, range: range(error.start, error.end)))
                resynchronize(after: max(error.resume ?? error.start, itemStart))
            }
        }
        let body = HCLBody(attributes: attributes, blocks: blocks, range: range(0, n))
        return HCLFile(source: file, body: body, comments: comments, diagnostics: diagnostics)
    }

    /// Moves to the next line that starts (in column 1) with an identifier: the likely start of a top-level block.
    private mutating func resynchronize(after offset: Int) {
        var j = min(offset, n)
        while j < n {
            while j < n && b[j] != Byte.lf { j += 1 }
            if j >= n { break }
            j += 1
            if j < n && Byte.isIdentStart(b[j]) {
                i = j
                commentHighWater = max(commentHighWater, j)
                return
            }
        }
        i = n
    }

    private enum BodyItem {
        case attribute(HCLAttribute)
        case block(HCLBlock)
    }

    /// Parses the items of a block body up to (not including) its closing brace.
    private mutating func parseBlockBody(openBrace: Int) throws(HCLParseError) -> HCLBody {
        var attributes: [HCLAttribute] = []
        var blocks: [HCLBlock] = []
        let start = i
        while true {
            newlineSensitive = true
            skipTrivia(true)
            guard i < n else {
                var e = error("block is never closed: add the matching '}'", at: openBrace, end: openBrace + 1)
                e.resume = n
                throw e
            }
            let c = b[i]
            if c == Byte.rbrace { break }
            guard Byte.isIdentStart(c) else {
                throw error("expected an argument, a block or '}', found \(describeHere())")
            }
            switch try parseBodyItem() {
            case .attribute(let a): attributes.append(a)
            case .block(let bl): blocks.append(bl)
            }
        }
        return HCLBody(attributes: attributes, blocks: blocks, range: range(start, i))
    }

    private mutating func parseBodyItem() throws(HCLParseError) -> BodyItem {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxDepth { throw error("blocks are nested too deeply") }
        let nameStart = i
        while i < n && Byte.isIdentPart(b[i]) { i += 1 }
        let nameEnd = i
        let name = text(nameStart, nameEnd)
        skipTrivia(false)
        let c = peek()
        if c == Byte.equal && peek(1) != Byte.equal {
            i += 1
            newlineSensitive = true
            let expr = try parseExpression()
            skipTrivia(false)
            if !atLineEnd() && peek() != Byte.rbrace {
                throw error("unexpected \(describeHere()) after the value of '\(name)': put each argument on its own line")
            }
            let nameRange = range(nameStart, nameEnd)
            return .attribute(HCLAttribute(
                name: name, nameRange: nameRange, expression: expr,
                range: SourceRange(start: nameRange.start, end: expr.range.end)))
        }
        // A block: labels, then '{' on the same line.
        var labels: [HCLLabel] = []
        while true {
            skipTrivia(false)
            let c = peek()
            if c == Byte.quote {
                let labelStart = i
                i += 1
                let (parts, _) = try parseTemplateParts(.quote, directiveDepth: 0)
                let template = HCLTemplate(style: .quoted, parts: parts)
                guard let value = template.literalValue else {
                    throw error("a block label cannot contain interpolations", at: labelStart, end: i)
                }
                labels.append(HCLLabel(value: value, range: range(labelStart, i), isQuoted: true))
            } else if Byte.isIdentStart(c) {
                let labelStart = i
                while i < n && Byte.isIdentPart(b[i]) { i += 1 }
                labels.append(HCLLabel(value: text(labelStart, i), range: range(labelStart, i), isQuoted: false))
            } else {
                break
            }
        }
        guard peek() == Byte.lbrace else {
            if labels.isEmpty {
                throw error("expected '=' or '{' after '\(name)', found \(describeHere())")
            }
            throw error("expected '{' to open the '\(name)' block, found \(describeHere())")
        }
        let openBrace = i
        i += 1
        let body = try parseBlockBody(openBrace: openBrace)
        i += 1  // '}'
        let blockEnd = i
        skipTrivia(false)
        if !atLineEnd() && peek() != Byte.rbrace {
            throw error("unexpected \(describeHere()) after the closing brace of '\(name)': start a new line")
        }
        return .block(HCLBlock(
            type: name, typeRange: range(nameStart, nameEnd), labels: labels, body: body,
            range: range(nameStart, blockEnd)))
    }

    // MARK: - Expressions

    mutating func parseExpression() throws(HCLParseError) -> HCLExpression {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxDepth { throw error("expression is nested too deeply") }
        let condition = try parseBinary(minPrecedence: 1)
        let save = i
        skipTrivia(!newlineSensitive)
        guard peek() == Byte.question else {
            i = save
            return condition
        }
        i += 1
        let whenTrue = try parseExpression()
        skipTrivia(!newlineSensitive)
        guard peek() == Byte.colon else {
            throw error("expected ':' in the conditional expression, found \(describeHere())")
        }
        i += 1
        let whenFalse = try parseExpression()
        return HCLExpression(
            .conditional(condition, whenTrue, whenFalse),
            range: SourceRange(start: condition.range.start, end: whenFalse.range.end))
    }

    private func binaryOperator() -> (HCLBinaryOperator, Int)? {
        guard i < n else { return nil }
        let c = b[i]
        let d = peek(1)
        switch c {
        case Byte.pipe: return d == Byte.pipe ? (.or, 2) : nil
        case Byte.amp: return d == Byte.amp ? (.and, 2) : nil
        case Byte.equal: return d == Byte.equal ? (.equal, 2) : nil
        case Byte.bang: return d == Byte.equal ? (.notEqual, 2) : nil
        case Byte.less:
            if d == Byte.equal { return (.lessOrEqual, 2) }
            return d == Byte.less ? nil : (.less, 1)
        case Byte.greater: return d == Byte.equal ? (.greaterOrEqual, 2) : (.greater, 1)
        case Byte.plus: return (.add, 1)
        case Byte.minus: return (.subtract, 1)
        case Byte.star: return (.multiply, 1)
        case Byte.slash: return (.divide, 1)
        case Byte.percent: return (.modulo, 1)
        default: return nil
        }
    }

    private mutating func parseBinary(minPrecedence: Int) throws(HCLParseError) -> HCLExpression {
        var lhs = try parseUnary()
        while true {
            let save = i
            skipTrivia(!newlineSensitive)
            guard let (op, length) = binaryOperator(), op.precedence >= minPrecedence else {
                i = save
                return lhs
            }
            i += length
            let rhs = try parseBinary(minPrecedence: op.precedence + 1)
            lhs = HCLExpression(.binary(op, lhs, rhs), range: SourceRange(start: lhs.range.start, end: rhs.range.end))
        }
    }

    private mutating func parseUnary() throws(HCLParseError) -> HCLExpression {
        skipTrivia(!newlineSensitive)
        let c = peek()
        let op: HCLUnaryOperator?
        if c == Byte.bang && peek(1) != Byte.equal {
            op = .not
        } else if c == Byte.minus {
            op = .negate
        } else {
            op = nil
        }
        if let op {
            let start = i
            i += 1
            depth += 1
            defer { depth -= 1 }
            if depth > Self.maxDepth { throw error("expression is nested too deeply") }
            let operand = try parseUnary()
            return HCLExpression(.unary(op, operand), range: SourceRange(start: pos(start), end: operand.range.end))
        }
        let term = try parseTerm()
        return try parsePostfix(term)
    }

    private mutating func parseTerm() throws(HCLParseError) -> HCLExpression {
        guard i < n else { throw error("expected an expression, found end of file") }
        let start = i
        let c = b[i]
        if Byte.isDigit(c) { return parseNumber() }
        switch c {
        case Byte.quote:
            i += 1
            let (parts, _) = try parseTemplateParts(.quote, directiveDepth: 0)
            return HCLExpression(.template(HCLTemplate(style: .quoted, parts: parts)), range: range(start, i))
        case Byte.less:
            if peek(1) == Byte.less { return try parseHeredoc() }
        case Byte.lbracket:
            return try parseTupleOrFor()
        case Byte.lbrace:
            return try parseObjectOrFor()
        case Byte.lparen:
            i += 1
            let saved = newlineSensitive
            newlineSensitive = false
            let inner = try parseExpression()
            skipTrivia(true)
            guard peek() == Byte.rparen else {
                throw error("expected ')' to close the parenthesis opened at \(pos(start)), found \(describeHere())")
            }
            i += 1
            newlineSensitive = saved
            return HCLExpression(.parenthesized(inner), range: range(start, i))
        default:
            break
        }
        guard Byte.isIdentStart(c) else {
            throw error("expected an expression, found \(describeHere())")
        }
        while i < n && Byte.isIdentPart(b[i]) { i += 1 }
        let nameEnd = i
        let name = text(start, nameEnd)
        switch name {
        case "true": return HCLExpression(.bool(true), range: range(start, nameEnd))
        case "false": return HCLExpression(.bool(false), range: range(start, nameEnd))
        case "null": return HCLExpression(.null, range: range(start, nameEnd))
        default: break
        }
        // Function call: `name(`, or namespaced `provider::aws::name(`.
        let afterName = i
        skipTrivia(!newlineSensitive)
        if peek() == Byte.colon && peek(1) == Byte.colon {
            var fullEnd = nameEnd
            while peek() == Byte.colon && peek(1) == Byte.colon {
                i += 2
                guard Byte.isIdentStart(peek()) else { throw error("expected a function name after '::'") }
                while i < n && Byte.isIdentPart(b[i]) { i += 1 }
                fullEnd = i
            }
            skipTrivia(!newlineSensitive)
            guard peek() == Byte.lparen else { throw error("expected '(' after the function name") }
            return try parseCall(name: text(start, fullEnd), nameStart: start, nameEnd: fullEnd)
        }
        if peek() == Byte.lparen {
            return try parseCall(name: name, nameStart: start, nameEnd: nameEnd)
        }
        i = afterName
        let rootRange = range(start, nameEnd)
        return HCLExpression(.traversal(root: name, rootRange: rootRange, steps: []), range: rootRange)
    }

    private mutating func parseNumber() -> HCLExpression {
        let start = i
        var intValue: Double = 0
        var simple = true
        while i < n && Byte.isDigit(b[i]) {
            intValue = intValue * 10 + Double(b[i] - Byte.zero)
            i += 1
        }
        if peek() == Byte.dot && Byte.isDigit(peek(1)) {
            simple = false
            i += 1
            while i < n && Byte.isDigit(b[i]) { i += 1 }
        }
        if peek() | 0x20 == 0x65 {  // e / E
            let sign = peek(1)
            if Byte.isDigit(sign) || ((sign == Byte.plus || sign == Byte.minus) && Byte.isDigit(peek(2))) {
                simple = false
                i += 2
                while i < n && Byte.isDigit(b[i]) { i += 1 }
            }
        }
        let value = simple ? intValue : (Double(text(start, i)) ?? .nan)
        return HCLExpression(.number(value), range: range(start, i))
    }

    private mutating func parseCall(name: String, nameStart: Int, nameEnd: Int) throws(HCLParseError) -> HCLExpression {
        let open = i
        i += 1
        let saved = newlineSensitive
        newlineSensitive = false
        var arguments: [HCLExpression] = []
        var expands = false
        while true {
            skipTrivia(true)
            if peek() == Byte.rparen { break }
            if expands { throw error("'...' may only follow the last argument") }
            arguments.append(try parseExpression())
            skipTrivia(true)
            if peek() == Byte.dot && peek(1) == Byte.dot && peek(2) == Byte.dot {
                i += 3
                expands = true
                skipTrivia(true)
            }
            if peek() == Byte.comma {
                i += 1
                continue
            }
            if peek() == Byte.rparen { break }
            throw error("expected ',' or ')' in the arguments of \(name)() opened at \(pos(open)), found \(describeHere())")
        }
        i += 1
        newlineSensitive = saved
        return HCLExpression(
            .functionCall(name: name, nameRange: range(nameStart, nameEnd), arguments: arguments, expandsFinal: expands),
            range: range(nameStart, i))
    }

    /// `[`… for a tuple or a tuple `for` expression.
    private mutating func parseTupleOrFor() throws(HCLParseError) -> HCLExpression {
        let start = i
        i += 1
        let saved = newlineSensitive
        newlineSensitive = false
        defer { newlineSensitive = saved }
        skipTrivia(true)
        if atKeyword("for") {
            return try parseFor(start: start, isObject: false)
        }
        var items: [HCLExpression] = []
        while true {
            skipTrivia(true)
            if peek() == Byte.rbracket { break }
            items.append(try parseExpression())
            skipTrivia(true)
            if peek() == Byte.comma {
                i += 1
                continue
            }
            if peek() == Byte.rbracket { break }
            throw error("expected ',' or ']' in the list opened at \(pos(start)), found \(describeHere())")
        }
        i += 1
        return HCLExpression(.tuple(items), range: range(start, i))
    }

    /// `{`… for an object constructor or an object `for` expression.
    private mutating func parseObjectOrFor() throws(HCLParseError) -> HCLExpression {
        let start = i
        i += 1
        let saved = newlineSensitive
        defer { newlineSensitive = saved }
        newlineSensitive = false
        skipTrivia(true)
        if atKeyword("for") {
            return try parseFor(start: start, isObject: true)
        }
        newlineSensitive = true
        var items: [HCLObjectItem] = []
        while true {
            skipTrivia(true)
            if peek() == Byte.rbrace { break }
            guard i < n else {
                var e = error("object is never closed: add the matching '}'", at: start, end: start + 1)
                e.resume = n
                throw e
            }
            let key = try parseExpression()
            skipTrivia(false)
            if peek() == Byte.equal && peek(1) != Byte.equal {
                i += 1
            } else if peek() == Byte.colon {
                i += 1
            } else {
                throw error("expected '=' or ':' after the object key, found \(describeHere())")
            }
            let value = try parseExpression()
            items.append(HCLObjectItem(key: key, value: value))
            skipTrivia(false)
            if peek() == Byte.comma {
                i += 1
                continue
            }
            if atLineEnd() && i < n { continue }
            if peek() == Byte.rbrace { break }
            throw error("expected ',', a newline or '}' after the object item, found \(describeHere())")
        }
        i += 1
        return HCLExpression(.object(items), range: range(start, i))
    }

    private func atKeyword(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard i + count <= n else { return false }
        let p = word.utf8Start
        for k in 0..<count where b[i + k] != p[k] { return false }
        return i + count >= n || !Byte.isIdentPart(b[i + count])
    }

    private mutating func parseIdentifier(_ what: String) throws(HCLParseError) -> String {
        skipTrivia(true)
        guard Byte.isIdentStart(peek()) else { throw error("expected \(what), found \(describeHere())") }
        let s = i
        while i < n && Byte.isIdentPart(b[i]) { i += 1 }
        return text(s, i)
    }

    /// After `[` or `{` and the `for` keyword: `for k, v in coll : [key =>] value [...] [if cond]`.
    private mutating func parseFor(start: Int, isObject: Bool) throws(HCLParseError) -> HCLExpression {
        i += 3
        var first = try parseIdentifier("a variable name after 'for'")
        var keyVariable: String?
        skipTrivia(true)
        if peek() == Byte.comma {
            i += 1
            keyVariable = first
            first = try parseIdentifier("a value variable name after ','")
            skipTrivia(true)
        }
        guard atKeyword("in") else { throw error("expected 'in' in the for expression, found \(describeHere())") }
        i += 2
        let collection = try parseExpression()
        skipTrivia(true)
        guard peek() == Byte.colon else { throw error("expected ':' in the for expression, found \(describeHere())") }
        i += 1
        var keyExpression: HCLExpression?
        if isObject {
            keyExpression = try parseExpression()
            skipTrivia(true)
            guard peek() == Byte.equal && peek(1) == Byte.greater else {
                throw error("expected '=>' in the object for expression, found \(describeHere())")
            }
            i += 2
        }
        let value = try parseExpression()
        skipTrivia(true)
        var grouping = false
        if peek() == Byte.dot && peek(1) == Byte.dot && peek(2) == Byte.dot {
            grouping = true
            i += 3
            skipTrivia(true)
        }
        var condition: HCLExpression?
        if atKeyword("if") {
            i += 2
            condition = try parseExpression()
            skipTrivia(true)
        }
        let close = isObject ? Byte.rbrace : Byte.rbracket
        guard peek() == close else {
            throw error("expected '\(isObject ? "}" : "]")' to end the for expression opened at \(pos(start)), found \(describeHere())")
        }
        i += 1
        let forExpr = HCLForExpression(
            keyVariable: keyVariable, valueVariable: first, collection: collection, keyExpression: keyExpression,
            valueExpression: value, grouping: grouping, condition: condition, isObject: isObject)
        return HCLExpression(.forExpression(forExpr), range: range(start, i))
    }

    // MARK: - Postfix: attribute access, index, splat

    private mutating func parsePostfix(_ term: HCLExpression) throws(HCLParseError) -> HCLExpression {
        var base = term
        var steps: [HCLTraversalStep] = []
        while true {
            let save = i
            skipTrivia(!newlineSensitive)
            let c = peek()
            if c == Byte.dot {
                if peek(1) == Byte.dot { i = save; break }  // `...`
                let dotStart = i
                i += 1
                skipTrivia(!newlineSensitive)
                if peek() == Byte.star {
                    i += 1
                    let source = makeTraversal(base, steps)
                    let splatSteps = try parseSplatSteps(full: false)
                    let end = splatSteps.last?.range.end ?? pos(i)
                    base = HCLExpression(
                        .splat(source: source, steps: splatSteps, full: false),
                        range: SourceRange(start: source.range.start, end: end))
                    steps = []
                    continue
                }
                steps.append(try parseDotStep(dotStart: dotStart))
            } else if c == Byte.lbracket {
                let open = i
                i += 1
                let saved = newlineSensitive
                newlineSensitive = false
                skipTrivia(true)
                if peek() == Byte.star {
                    let afterStar = i + 1
                    i += 1
                    skipTrivia(true)
                    if peek() == Byte.rbracket {
                        i += 1
                        newlineSensitive = saved
                        let source = makeTraversal(base, steps)
                        let splatSteps = try parseSplatSteps(full: true)
                        let end = splatSteps.last?.range.end ?? pos(i)
                        base = HCLExpression(
                            .splat(source: source, steps: splatSteps, full: true),
                            range: SourceRange(start: source.range.start, end: end))
                        steps = []
                        continue
                    }
                    i = afterStar - 1
                }
                let index = try parseExpression()
                skipTrivia(true)
                guard peek() == Byte.rbracket else {
                    throw error("expected ']' to close the index opened at \(pos(open)), found \(describeHere())")
                }
                i += 1
                newlineSensitive = saved
                steps.append(.index(index, range(open, i)))
            } else {
                i = save
                break
            }
        }
        return makeTraversal(base, steps)
    }

    /// After a `.`: `name` or a legacy index `0`.
    private mutating func parseDotStep(dotStart: Int) throws(HCLParseError) -> HCLTraversalStep {
        let c = peek()
        if Byte.isDigit(c) {
            var value = 0
            while i < n && Byte.isDigit(b[i]) {
                value = value &* 10 &+ Int(b[i] - Byte.zero)
                i += 1
            }
            return .legacyIndex(value, range(dotStart, i))
        }
        guard Byte.isIdentStart(c) else {
            throw error("expected an attribute name after '.', found \(describeHere())")
        }
        let s = i
        while i < n && Byte.isIdentPart(b[i]) { i += 1 }
        return .attribute(text(s, i), range(dotStart, i))
    }

    /// The traversal applied to each element after `[*]` (attributes and indexes) or `.*` (attributes only).
    private mutating func parseSplatSteps(full: Bool) throws(HCLParseError) -> [HCLTraversalStep] {
        var steps: [HCLTraversalStep] = []
        while true {
            let save = i
            skipTrivia(!newlineSensitive)
            let c = peek()
            if c == Byte.dot && peek(1) != Byte.dot {
                let dotStart = i
                i += 1
                skipTrivia(!newlineSensitive)
                if peek() == Byte.star { i = save; break }
                steps.append(try parseDotStep(dotStart: dotStart))
            } else if full && c == Byte.lbracket {
                // `[*]` again starts a nested splat: leave it to the caller.
                var j = i + 1
                while j < n && (b[j] == Byte.space || b[j] == Byte.tab) { j += 1 }
                if j < n && b[j] == Byte.star { i = save; break }
                let open = i
                i += 1
                let saved = newlineSensitive
                newlineSensitive = false
                let index = try parseExpression()
                skipTrivia(true)
                guard peek() == Byte.rbracket else {
                    throw error("expected ']' to close the index opened at \(pos(open)), found \(describeHere())")
                }
                i += 1
                newlineSensitive = saved
                steps.append(.index(index, range(open, i)))
            } else {
                i = save
                break
            }
        }
        return steps
    }

    private func makeTraversal(_ base: HCLExpression, _ steps: [HCLTraversalStep]) -> HCLExpression {
        guard let last = steps.last else { return base }
        let r = SourceRange(start: base.range.start, end: last.range.end)
        if case .traversal(let root, let rootRange, let existing) = base.kind {
            return HCLExpression(.traversal(root: root, rootRange: rootRange, steps: existing + steps), range: r)
        }
        return HCLExpression(.relativeTraversal(source: base, steps: steps), range: r)
    }

    // MARK: - Templates

    private mutating func parseHeredoc() throws(HCLParseError) -> HCLExpression {
        let start = i
        i += 2
        var indented = false
        if peek() == Byte.minus {
            indented = true
            i += 1
        }
        guard Byte.isIdentStart(peek()) else {
            throw error("expected a heredoc marker after '<<', found \(describeHere())")
        }
        let markerStart = i
        while i < n && Byte.isIdentPart(b[i]) { i += 1 }
        let marker = Array(b[markerStart..<i])
        while i < n && (b[i] == Byte.space || b[i] == Byte.tab) { i += 1 }
        if peek() == Byte.cr && peek(1) == Byte.lf {
            i += 2
        } else if peek() == Byte.lf {
            i += 1
        } else {
            throw error("a heredoc marker must be followed by a newline", at: markerStart, end: i)
        }
        var (parts, _) = try parseTemplateParts(.heredoc(marker: marker), directiveDepth: 0, heredocStart: start)
        if indented { parts = Self.dedent(parts) }
        let style = HCLTemplate.Style.heredoc(marker: String(decoding: marker, as: UTF8.self), indented: indented)
        return HCLExpression(.template(HCLTemplate(style: style, parts: parts)), range: range(start, i))
    }

    /// `<<-` heredocs: remove the smallest indentation of the non-blank lines from every line.
    private static func dedent(_ parts: [HCLTemplatePart]) -> [HCLTemplatePart] {
        var minIndent = Int.max
        var atLineStart = true
        for part in parts {
            guard case .literal(let s, _) = part else {
                if atLineStart { minIndent = 0 }
                atLineStart = false
                continue
            }
            var count = 0
            var counting = atLineStart
            for u in s.utf8 {
                if u == Byte.lf {
                    counting = true
                    count = 0
                    continue
                }
                if counting {
                    if u == Byte.space || u == Byte.tab {
                        count += 1
                    } else {
                        if u != Byte.cr { minIndent = min(minIndent, count) }
                        counting = false
                    }
                }
            }
            // Indentation that runs into an interpolation counts at the next part; a blank line does not count.
            atLineStart = counting
        }
        if minIndent == Int.max || minIndent == 0 { return parts }
        var out: [HCLTemplatePart] = []
        atLineStart = true
        for part in parts {
            guard case .literal(let s, let r) = part else {
                out.append(part)
                atLineStart = false
                continue
            }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(s.utf8.count)
            var toStrip = atLineStart ? minIndent : 0
            for u in s.utf8 {
                if u == Byte.lf {
                    bytes.append(u)
                    toStrip = minIndent
                    continue
                }
                if toStrip > 0 && (u == Byte.space || u == Byte.tab) {
                    toStrip -= 1
                    continue
                }
                toStrip = 0
                bytes.append(u)
            }
            atLineStart = bytes.last == Byte.lf || (bytes.isEmpty && atLineStart)
            out.append(.literal(String(decoding: bytes, as: UTF8.self), r))
        }
        return out
    }

    /// Scans template content up to its terminator or a directive keyword (`else`, `endif`, `endfor`).
    /// For quoted templates `i` starts after the opening quote; for heredocs at the first content line.
    private mutating func parseTemplateParts(
        _ terminator: TemplateTerminator, directiveDepth: Int, heredocStart: Int = 0
    ) throws(HCLParseError) -> ([HCLTemplatePart], TemplateStop) {
        var parts: [HCLTemplatePart] = []
        var literal: [UInt8] = []
        var literalStart = i
        var atLineStart = true
        let isQuoted: Bool
        var marker: [UInt8] = []
        switch terminator {
        case .quote: isQuoted = true
        case .heredoc(let m):
            isQuoted = false
            marker = m
        }

        func flush(_ state: inout HCLParserState, _ parts: inout [HCLTemplatePart], _ literal: inout [UInt8], _ literalStart: Int) {
            if !literal.isEmpty {
                parts.append(.literal(String(decoding: literal, as: UTF8.self), state.range(literalStart, state.i)))
                literal.removeAll(keepingCapacity: true)
            }
        }

        while true {
            if !isQuoted && atLineStart {
                // Closing marker: optional indentation, the marker, then end of line.
                var j = i
                while j < n && (b[j] == Byte.space || b[j] == Byte.tab) { j += 1 }
                if j + marker.count <= n {
                    var matches = true
                    for k in 0..<marker.count where b[j + k] != marker[k] {
                        matches = false
                        break
                    }
                    if matches {
                        let after = j + marker.count
                        var e = after
                        while e < n && (b[e] == Byte.space || b[e] == Byte.tab) { e += 1 }
                        if e >= n || b[e] == Byte.lf || b[e] == Byte.cr {
                            flush(&self, &parts, &literal, literalStart)
                            i = after
                            if directiveDepth > 0 {
                                throw error("the heredoc ends inside a %{ } directive: add %{ endif } or %{ endfor }")
                            }
                            return (parts, .end)
                        }
                    }
                }
                atLineStart = false
            }
            guard i < n else {
                if isQuoted {
                    throw error("unterminated string: add the closing '\"'", at: max(literalStart - 1, 0), end: literalStart)
                }
                var e = error(
                    "unterminated heredoc: add a line with the closing marker '\(String(decoding: marker, as: UTF8.self))'",
                    at: heredocStart, end: heredocStart + 2)
                e.resume = n
                throw e
            }
            let c = b[i]
            switch c {
            case Byte.quote where isQuoted:
                flush(&self, &parts, &literal, literalStart)
                i += 1
                if directiveDepth > 0 {
                    throw error("the string ends inside a %{ } directive: add %{ endif } or %{ endfor }")
                }
                return (parts, .end)
            case Byte.lf, Byte.cr:
                if isQuoted {
                    throw error("unterminated string: a quoted string cannot span lines (use a heredoc)")
                }
                literal.append(c)
                i += 1
                if c == Byte.lf { atLineStart = true }
            case Byte.backslash where isQuoted:
                try appendEscape(into: &literal)
            case Byte.dollar, Byte.percent:
                let next = peek(1)
                if next == c && peek(2) == Byte.lbrace {
                    // `$${` / `%%{`: a literal `${` / `%{`.
                    literal.append(c)
                    literal.append(Byte.lbrace)
                    i += 3
                } else if next == Byte.lbrace {
                    flush(&self, &parts, &literal, literalStart)
                    if c == Byte.dollar {
                        parts.append(try parseInterpolation())
                    } else {
                        let (part, stop) = try parseDirective(terminator, directiveDepth: directiveDepth, heredocStart: heredocStart)
                        if let part {
                            parts.append(part)
                        } else {
                            return (parts, stop)
                        }
                    }
                    literalStart = i
                } else {
                    literal.append(c)
                    i += 1
                }
            default:
                literal.append(c)
                i += 1
            }
        }
    }

    private mutating func appendEscape(into literal: inout [UInt8]) throws(HCLParseError) {
        let start = i
        i += 1
        guard i < n else { throw error("unterminated string", at: start) }
        let c = b[i]
        i += 1
        switch c {
        case 0x6E: literal.append(Byte.lf)        // n
        case 0x72: literal.append(Byte.cr)        // r
        case 0x74: literal.append(Byte.tab)       // t
        case Byte.quote: literal.append(Byte.quote)
        case Byte.backslash: literal.append(Byte.backslash)
        case 0x75, 0x55:                           // u, U
            let digits = c == 0x75 ? 4 : 8
            var value: UInt32 = 0
            for _ in 0..<digits {
                guard i < n, let d = Self.hexValue(b[i]) else {
                    throw error("invalid unicode escape: expected \(digits) hexadecimal digits", at: start, end: i)
                }
                value = value * 16 + UInt32(d)
                i += 1
            }
            guard let scalar = Unicode.Scalar(value) else {
                throw error("invalid unicode escape: not a Unicode scalar value", at: start, end: i)
            }
            literal.append(contentsOf: Array(String(Character(scalar)).utf8))
        default:
            throw error("invalid escape sequence '\\\(String(decoding: [c], as: UTF8.self))'", at: start, end: i)
        }
    }

    private static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: c - 0x30
        case 0x61...0x66: c - 0x61 + 10
        case 0x41...0x46: c - 0x41 + 10
        default: nil
        }
    }

    /// `${ expr }` with optional strip markers `~`.
    private mutating func parseInterpolation() throws(HCLParseError) -> HCLTemplatePart {
        let start = i
        i += 2
        if peek() == Byte.tilde { i += 1 }
        let saved = newlineSensitive
        newlineSensitive = false
        defer { newlineSensitive = saved }
        let expr = try parseExpression()
        skipTrivia(true)
        if peek() == Byte.tilde { i += 1 }
        guard peek() == Byte.rbrace else {
            throw error("expected '}' to close the interpolation opened at \(pos(start)), found \(describeHere())")
        }
        i += 1
        return .interpolation(expr, range(start, i))
    }

    /// `%{ … }`. Returns the part for `if`/`for`, or nil and the stop for `else`/`endif`/`endfor`.
    private mutating func parseDirective(
        _ terminator: TemplateTerminator, directiveDepth: Int, heredocStart: Int
    ) throws(HCLParseError) -> (HCLTemplatePart?, TemplateStop) {
        let start = i
        i += 2
        if peek() == Byte.tilde { i += 1 }
        let saved = newlineSensitive
        newlineSensitive = false
        defer { newlineSensitive = saved }
        skipTrivia(true)
        let keyword = try parseIdentifier("a directive keyword (if, else, endif, for, endfor)")

        func close(_ state: inout HCLParserState) throws(HCLParseError) {
            state.skipTrivia(true)
            if state.peek() == Byte.tilde { state.i += 1 }
            guard state.peek() == Byte.rbrace else {
                throw state.error("expected '}' to close the directive opened at \(state.pos(start)), found \(state.describeHere())")
            }
            state.i += 1
        }

        switch keyword {
        case "if":
            let condition = try parseExpression()
            try close(&self)
            newlineSensitive = saved
            let (thenParts, stop) = try parseTemplateParts(terminator, directiveDepth: directiveDepth + 1, heredocStart: heredocStart)
            var elseParts: [HCLTemplatePart] = []
            switch stop {
            case .endIf:
                break
            case .elseDirective:
                let (parts, stop2) = try parseTemplateParts(terminator, directiveDepth: directiveDepth + 1, heredocStart: heredocStart)
                guard case .endIf = stop2 else {
                    throw error("expected %{ endif } for the %{ if } at \(pos(start))", at: start, end: start + 2)
                }
                elseParts = parts
            default:
                throw error("expected %{ endif } for the %{ if } at \(pos(start))", at: start, end: start + 2)
            }
            return (.conditional(condition: condition, then: thenParts, else: elseParts, range: range(start, i)), .end)
        case "for":
            var valueName = try parseIdentifier("a variable name after 'for'")
            var keyName: String?
            skipTrivia(true)
            if peek() == Byte.comma {
                i += 1
                keyName = valueName
                valueName = try parseIdentifier("a value variable name after ','")
                skipTrivia(true)
            }
            guard atKeyword("in") else { throw error("expected 'in' in the %{ for } directive, found \(describeHere())") }
            i += 2
            let collection = try parseExpression()
            try close(&self)
            newlineSensitive = saved
            let (body, stop) = try parseTemplateParts(terminator, directiveDepth: directiveDepth + 1, heredocStart: heredocStart)
            guard case .endFor = stop else {
                throw error("expected %{ endfor } for the %{ for } at \(pos(start))", at: start, end: start + 2)
            }
            return (.loop(keyVariable: keyName, valueVariable: valueName, collection: collection, body: body, range: range(start, i)), .end)
        case "else", "endif", "endfor":
            try close(&self)
            guard directiveDepth > 0 else {
                throw error("%{ \(keyword) } without a matching %{ if } or %{ for }", at: start, end: i)
            }
            switch keyword {
            case "else": return (nil, .elseDirective)
            case "endif": return (nil, .endIf)
            default: return (nil, .endFor)
            }
        default:
            throw error("unknown template directive '\(keyword)': expected if, else, endif, for or endfor", at: start, end: i)
        }
    }
}
