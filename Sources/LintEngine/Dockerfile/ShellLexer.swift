import DeploySyntax

/// Splits shell text into simple commands (see `ShellScript`). Works on a `MappedText` so that every word keeps its
/// position in the Dockerfile even across removed line continuations.
struct ShellLexer {
    let text: MappedText
    var positions: PositionResolver
    private(set) var commands: [ShellCommand] = []
    /// The next free pipeline id; shared with other lexers of the same instruction.
    var nextPipelineID: Int

    private static let shells: Set<String> = ["sh", "bash", "dash", "ash", "zsh", "ksh", "mksh"]
    /// Reserved words that open or continue a compound command: dropped so the next word starts the command.
    private static let droppedReservedWords: Set<String> = [
        "if", "then", "else", "elif", "fi", "do", "done", "while", "until", "!", "{", "}", "esac",
    ]

    init(text: MappedText, positions: PositionResolver, nextPipelineID: Int) {
        self.text = text
        self.positions = positions
        self.nextPipelineID = nextPipelineID
    }

    private struct PendingCommand {
        var assignments: [ShellWord] = []
        var words: [ShellWord] = []
        var redirections: [ShellRedirection] = []
        var before: ShellOperator
        var start: Int?
        var end = 0
        var nested: [Range<Int>] = []

        var isEmpty: Bool { assignments.isEmpty && words.isEmpty && redirections.isEmpty }

        mutating func cover(_ span: Range<Int>) {
            if start == nil { start = span.lowerBound }
            end = max(end, span.upperBound)
        }
    }

    private struct LexedWord {
        var value: [UInt8] = []
        var span: Range<Int>
        var isQuoted = false
        var hasExpansion = false
        var quotedInner: Range<Int>?
        var nested: [Range<Int>] = []
    }

    /// Lexes `range` of the text and appends its commands.
    mutating func lex(_ range: Range<Int>, context: ShellCommandContext, baseDepth: Int = 0) {
        let bytes = text.bytes
        let hi = min(range.upperBound, bytes.count)
        var i = range.lowerBound
        var pending = PendingCommand(before: .none)
        var pipeline = nextPipelineID
        nextPipelineID += 1
        var depth = baseDepth
        var pendingHeredocs: [(delimiter: [UInt8], stripTabs: Bool)] = []

        func isOperatorByte(_ b: UInt8) -> Bool {
            b == 0x3B || b == 0x26 || b == 0x7C || b == 0x3C || b == 0x3E || b == 0x28 || b == 0x29
        }

        while i < hi {
            let b = bytes[i]
            switch b {
            case Bytes.space, Bytes.tab, Bytes.carriageReturn:
                i += 1
            case Bytes.backslash where i + 1 < hi && (bytes[i + 1] == Bytes.newline || bytes[i + 1] == Bytes.carriageReturn):
                i += 2
                if i < hi && bytes[i - 1] == Bytes.carriageReturn && bytes[i] == Bytes.newline { i += 1 }
            case Bytes.newline:
                finish(&pending, .newline, &pipeline, context: context, depth: depth)
                i += 1
                for heredoc in pendingHeredocs {
                    i = skipHeredocBody(from: i, to: hi, delimiter: heredoc.delimiter, stripTabs: heredoc.stripTabs)
                }
                pendingHeredocs.removeAll()
            case Bytes.hash:
                while i < hi && bytes[i] != Bytes.newline { i += 1 }
            case 0x3B:  // ;
                if i + 1 < hi && bytes[i + 1] == 0x3B {
                    finish(&pending, .caseBreak, &pipeline, context: context, depth: depth)
                    i += 2
                    if i < hi && bytes[i] == 0x26 { i += 1 }
                } else {
                    finish(&pending, .semicolon, &pipeline, context: context, depth: depth)
                    i += 1
                }
            case 0x26:  // &
                if i + 1 < hi && bytes[i + 1] == 0x26 {
                    finish(&pending, .and, &pipeline, context: context, depth: depth)
                    i += 2
                } else if i + 1 < hi && bytes[i + 1] == 0x3E {
                    i = readRedirection(operatorStart: i, fdStart: i, hi: hi, into: &pending, heredocs: &pendingHeredocs)
                } else {
                    finish(&pending, .background, &pipeline, context: context, depth: depth)
                    i += 1
                }
            case 0x7C:  // |
                if i + 1 < hi && bytes[i + 1] == 0x7C {
                    finish(&pending, .or, &pipeline, context: context, depth: depth)
                    i += 2
                } else if i + 1 < hi && bytes[i + 1] == 0x26 {
                    finish(&pending, .pipeAll, &pipeline, context: context, depth: depth)
                    i += 2
                } else {
                    finish(&pending, .pipe, &pipeline, context: context, depth: depth)
                    i += 1
                }
            case 0x3C, 0x3E:  // < >
                i = readRedirection(operatorStart: i, fdStart: i, hi: hi, into: &pending, heredocs: &pendingHeredocs)
            case 0x28:  // (
                if !pending.isEmpty { finish(&pending, .openSubshell, &pipeline, context: context, depth: depth) }
                depth += 1
                i += 1
            case 0x29:  // )
                finish(&pending, .closeSubshell, &pipeline, context: context, depth: depth)
                depth = max(baseDepth, depth - 1)
                i += 1
            default:
                let word = readWord(at: i, hi: hi, isOperatorByte: isOperatorByte)
                i = word.span.upperBound
                if word.span.isEmpty {
                    i += 1
                    continue
                }
                // `2>file`, `2>&1`: digits glued to a redirection operator are its file descriptor.
                if i < hi, bytes[i] == 0x3C || bytes[i] == 0x3E, !word.isQuoted,
                   word.value.allSatisfy(Bytes.isDigit) {
                    i = readRedirection(operatorStart: i, fdStart: word.span.lowerBound, hi: hi, into: &pending, heredocs: &pendingHeredocs)
                    continue
                }
                let shellWord = makeWord(word)
                if pending.words.isEmpty && pending.assignments.isEmpty && !word.isQuoted && !word.hasExpansion
                    && Self.droppedReservedWords.contains(shellWord.value) {
                    continue
                }
                pending.nested.append(contentsOf: word.nested)
                pending.cover(word.span)
                if pending.words.isEmpty && isAssignment(word.span) {
                    pending.assignments.append(shellWord)
                } else {
                    pending.words.append(shellWord)
                }
            }
        }
        finish(&pending, .none, &pipeline, context: context, depth: depth)
    }

    // MARK: - Commands

    private mutating func finish(
        _ pending: inout PendingCommand, _ op: ShellOperator, _ pipeline: inout Int,
        context: ShellCommandContext, depth: Int
    ) {
        if !pending.isEmpty, let start = pending.start {
            for inner in pending.nested {
                lex(inner, context: .commandSubstitution, baseDepth: depth)
            }
            let command = ShellCommand(
                assignments: pending.assignments, words: pending.words, redirections: pending.redirections,
                separatorBefore: pending.before, separatorAfter: op, pipelineID: pipeline, subshellDepth: depth,
                context: context, range: positions.range(in: text, start, pending.end)
            )
            commands.append(command)
            if let script = Self.shellStringSpan(of: command) {
                lex(script, context: .shellString, baseDepth: depth)
            }
        }
        let keepPipeline = op.isPipe
        pending = PendingCommand(before: op)
        if !keepPipeline {
            pipeline = nextPipelineID
            nextPipelineID += 1
        }
    }

    /// The span of the script in `sh -c 'script'` (or `bash -ec "…"`).
    static func shellStringSpan(of command: ShellCommand) -> Range<Int>? {
        let words = command.unwrappedWords
        guard let first = words.first, shells.contains(ShellCommand.baseName(first.value)) else { return nil }
        var rest = words.dropFirst()
        var sawC = false
        while let option = rest.first, option.value.hasPrefix("-") || option.value.hasPrefix("+") {
            rest = rest.dropFirst()
            let v = option.value
            if v == "-o" || v == "+o" || v == "-O" || v == "+O" {
                rest = rest.dropFirst()
                continue
            }
            if !v.hasPrefix("--") && v.utf8Contains("c") {
                sawC = true
                break
            }
        }
        guard sawC, let script = rest.first else { return nil }
        if let inner = script.quotedInner { return inner }
        return script.isQuoted ? nil : script.span
    }

    private func isAssignment(_ span: Range<Int>) -> Bool {
        let bytes = text.bytes
        var k = span.lowerBound
        guard k < span.upperBound, Bytes.isLetter(bytes[k]) || bytes[k] == 0x5F else { return false }
        while k < span.upperBound && Bytes.isNameByte(bytes[k]) { k += 1 }
        if k < span.upperBound && bytes[k] == 0x2B { k += 1 }  // NAME+=value
        return k < span.upperBound && bytes[k] == Bytes.equals
    }

    private mutating func makeWord(_ word: LexedWord) -> ShellWord {
        ShellWord(
            value: String(decoding: word.value, as: UTF8.self),
            range: positions.range(in: text, word.span.lowerBound, word.span.upperBound),
            isQuoted: word.isQuoted, hasExpansion: word.hasExpansion, span: word.span, quotedInner: word.quotedInner
        )
    }

    // MARK: - Redirections and heredocs

    private mutating func readRedirection(
        operatorStart: Int, fdStart: Int, hi: Int, into pending: inout PendingCommand,
        heredocs: inout [(delimiter: [UInt8], stripTabs: Bool)]
    ) -> Int {
        let bytes = text.bytes
        var k = operatorStart
        if bytes[k] == 0x26 { k += 1 }  // &>
        var isHeredoc = false
        var stripTabs = false
        if k < hi && bytes[k] == 0x3C {
            k += 1
            if k < hi && bytes[k] == 0x3C {
                k += 1
                if k < hi && bytes[k] == 0x3C {
                    k += 1  // <<< here-string
                } else {
                    isHeredoc = true
                    if k < hi && bytes[k] == Bytes.dash {
                        stripTabs = true
                        k += 1
                    }
                }
            } else if k < hi && (bytes[k] == 0x26 || bytes[k] == 0x3E) {
                k += 1
            }
        } else if k < hi && bytes[k] == 0x3E {
            k += 1
            if k < hi && (bytes[k] == 0x3E || bytes[k] == 0x26 || bytes[k] == 0x7C) { k += 1 }
        }
        let operatorText = text.string(fdStart, k)
        var j = k
        while j < hi && (bytes[j] == Bytes.space || bytes[j] == Bytes.tab) { j += 1 }
        var target: ShellWord?
        var end = k
        if j < hi {
            let word = readWord(at: j, hi: hi) { b in
                b == 0x3B || b == 0x26 || b == 0x7C || b == 0x3C || b == 0x3E || b == 0x28 || b == 0x29
            }
            if !word.span.isEmpty {
                target = makeWord(word)
                end = word.span.upperBound
                pending.nested.append(contentsOf: word.nested)
                if isHeredoc { heredocs.append((word.value, stripTabs)) }
            }
        }
        pending.cover(fdStart..<end)
        pending.redirections.append(ShellRedirection(
            operatorText: operatorText, target: target, range: positions.range(in: text, fdStart, end)
        ))
        return max(end, k)
    }

    /// Skips a here-document body inside a script; returns the index after its terminator line.
    private func skipHeredocBody(from start: Int, to hi: Int, delimiter: [UInt8], stripTabs: Bool) -> Int {
        let bytes = text.bytes
        var i = start
        while i < hi {
            var lineEnd = i
            while lineEnd < hi && bytes[lineEnd] != Bytes.newline { lineEnd += 1 }
            var s = i
            if stripTabs { while s < lineEnd && bytes[s] == Bytes.tab { s += 1 } }
            var e = lineEnd
            if e > s && bytes[e - 1] == Bytes.carriageReturn { e -= 1 }
            let next = min(lineEnd + 1, hi)
            if e - s == delimiter.count && bytes[s..<e].elementsEqual(delimiter) { return next }
            i = next
        }
        return hi
    }

    // MARK: - Words

    private func readWord(at start: Int, hi: Int, isOperatorByte: (UInt8) -> Bool) -> LexedWord {
        let bytes = text.bytes
        var word = LexedWord(span: start..<start)
        var i = start
        var pieces = 0
        var firstPieceQuoted: Range<Int>?
        while i < hi {
            let b = bytes[i]
            if b == Bytes.space || b == Bytes.tab || b == Bytes.newline || b == Bytes.carriageReturn || isOperatorByte(b) {
                break
            }
            switch b {
            case Bytes.backslash:
                if i + 1 < hi {
                    let c = bytes[i + 1]
                    if c == Bytes.newline {
                        i += 2
                        continue
                    }
                    if c == Bytes.carriageReturn && i + 2 < hi && bytes[i + 2] == Bytes.newline {
                        i += 3
                        continue
                    }
                    word.value.append(c)
                    i += 2
                } else {
                    i += 1
                }
                pieces += 1
            case Bytes.singleQuote:
                var j = i + 1
                while j < hi && bytes[j] != Bytes.singleQuote { j += 1 }
                word.value.append(contentsOf: bytes[(i + 1)..<j])
                word.isQuoted = true
                if pieces == 0 { firstPieceQuoted = (i + 1)..<j }
                pieces += 1
                i = min(j + 1, hi)
            case Bytes.doubleQuote:
                var j = i + 1
                while j < hi && bytes[j] != Bytes.doubleQuote {
                    let c = bytes[j]
                    if c == Bytes.backslash && j + 1 < hi {
                        let d = bytes[j + 1]
                        if d == Bytes.dollar || d == Bytes.backtick || d == Bytes.doubleQuote || d == Bytes.backslash {
                            word.value.append(d)
                            j += 2
                            continue
                        }
                        if d == Bytes.newline {
                            j += 2
                            continue
                        }
                        word.value.append(c)
                        j += 1
                        continue
                    }
                    if c == Bytes.dollar {
                        j = scanDollar(at: j, hi: hi, into: &word, insideDoubleQuotes: true)
                        continue
                    }
                    if c == Bytes.backtick {
                        j = scanBacktick(at: j, hi: hi, into: &word)
                        continue
                    }
                    word.value.append(c)
                    j += 1
                }
                word.isQuoted = true
                if pieces == 0 { firstPieceQuoted = (i + 1)..<j }
                pieces += 1
                i = min(j + 1, hi)
            case Bytes.dollar:
                i = scanDollar(at: i, hi: hi, into: &word, insideDoubleQuotes: false)
                pieces += 1
            case Bytes.backtick:
                i = scanBacktick(at: i, hi: hi, into: &word)
                pieces += 1
            default:
                word.value.append(b)
                i += 1
                pieces += 1
            }
        }
        word.span = start..<i
        if pieces == 1 { word.quotedInner = firstPieceQuoted }
        return word
    }

    /// `$name`, `${…}`, `$(…)`, `$((…))`, `$'…'` at `i`; returns the index after it.
    private func scanDollar(at i: Int, hi: Int, into word: inout LexedWord, insideDoubleQuotes: Bool) -> Int {
        let bytes = text.bytes
        guard i + 1 < hi else {
            word.value.append(Bytes.dollar)
            return i + 1
        }
        let c = bytes[i + 1]
        switch c {
        case 0x28:  // (
            let close = matchingClose(from: i + 1, hi: hi, open: 0x28, close: 0x29)
            let isArithmetic = i + 2 < hi && bytes[i + 2] == 0x28
            if !isArithmetic { word.nested.append((i + 2)..<min(close, hi)) }
            let end = min(close + 1, hi)
            word.value.append(contentsOf: bytes[i..<end])
            word.hasExpansion = true
            return end
        case 0x7B:  // {
            let close = matchingClose(from: i + 1, hi: hi, open: 0x7B, close: 0x7D)
            let end = min(close + 1, hi)
            word.value.append(contentsOf: bytes[i..<end])
            word.hasExpansion = true
            return end
        case Bytes.singleQuote where !insideDoubleQuotes:
            var k = i + 2
            while k < hi && bytes[k] != Bytes.singleQuote {
                if bytes[k] == Bytes.backslash { k += 1 }
                k += 1
            }
            word.value.append(contentsOf: bytes[(i + 2)..<min(k, hi)])
            word.isQuoted = true
            return min(k + 1, hi)
        default:
            if Bytes.isLetter(c) || c == 0x5F {
                var k = i + 1
                while k < hi && Bytes.isNameByte(bytes[k]) { k += 1 }
                word.value.append(contentsOf: bytes[i..<k])
                word.hasExpansion = true
                return k
            }
            if Bytes.isDigit(c) || c == 0x40 || c == 0x2A || c == Bytes.hash || c == 0x3F || c == Bytes.dollar || c == 0x21 || c == Bytes.dash {
                word.value.append(contentsOf: bytes[i...(i + 1)])
                word.hasExpansion = true
                return i + 2
            }
            word.value.append(Bytes.dollar)
            return i + 1
        }
    }

    private func scanBacktick(at i: Int, hi: Int, into word: inout LexedWord) -> Int {
        let bytes = text.bytes
        var k = i + 1
        while k < hi && bytes[k] != Bytes.backtick {
            if bytes[k] == Bytes.backslash { k += 1 }
            k += 1
        }
        let close = min(k, hi)
        word.nested.append((i + 1)..<close)
        let end = min(close + 1, hi)
        word.value.append(contentsOf: bytes[i..<end])
        word.hasExpansion = true
        return end
    }

    /// Index of the bracket closing the one at `openIndex`, skipping quoted text; `hi` when unbalanced.
    private func matchingClose(from openIndex: Int, hi: Int, open: UInt8, close: UInt8) -> Int {
        let bytes = text.bytes
        var depth = 0
        var k = openIndex
        while k < hi {
            let b = bytes[k]
            if b == Bytes.backslash {
                k += 2
                continue
            }
            if b == Bytes.singleQuote {
                k += 1
                while k < hi && bytes[k] != Bytes.singleQuote { k += 1 }
                k += 1
                continue
            }
            if b == Bytes.doubleQuote {
                k += 1
                while k < hi && bytes[k] != Bytes.doubleQuote {
                    if bytes[k] == Bytes.backslash { k += 1 }
                    k += 1
                }
                k += 1
                continue
            }
            if b == open {
                depth += 1
            } else if b == close {
                depth -= 1
                if depth == 0 { return k }
            }
            k += 1
        }
        return hi
    }
}
