import DeploySyntax

/// Parses a Dockerfile into its positioned AST, following BuildKit's Dockerfile frontend: parser directives at the
/// top, comments, line continuations with the active escape character, heredocs on `RUN`/`COPY`/`ADD`, flags,
/// exec (JSON) vs shell form, `ARG`/`ENV`/`LABEL` pairs, `ONBUILD` triggers; then resolves stages and variables.
///
/// Works on UTF-8 bytes in one pass over the lines; never throws: problems become `Dockerfile.diagnostics`.
public struct DockerfileParser: Sendable {
    public init() {}

    public func parse(_ file: SourceFile) -> Dockerfile {
        var parsing = DockerfileParsing(file: file)
        parsing.parseFile()
        var dockerfile = Dockerfile(
            file: file, directives: parsing.directives,
            escapeCharacter: parsing.escape == Bytes.backtick ? "`" : "\\", comments: parsing.comments,
            instructions: parsing.instructions, stages: [], diagnostics: parsing.diagnostics
        )
        StageResolver.resolve(&dockerfile, escape: parsing.escape)
        return dockerfile
    }
}

/// Diagnostic codes the Dockerfile parser reports.
public enum DockerfileDiagnosticCode {
    public static let unknownInstruction = "dockerfile-unknown-instruction"
    public static let invalidDirective = "dockerfile-invalid-directive"
    public static let unterminatedHeredoc = "dockerfile-unterminated-heredoc"
    public static let missingArguments = "dockerfile-missing-arguments"
    public static let invalidArguments = "dockerfile-invalid-arguments"
    public static let unknownFlag = "dockerfile-unknown-flag"
    public static let noFrom = "dockerfile-no-from"
    public static let instructionBeforeFrom = "dockerfile-instruction-before-from"
    public static let empty = "dockerfile-empty"
}

/// The mutable state of one parse.
struct DockerfileParsing {
    typealias Keyword = DockerfileInstruction.Keyword

    let file: SourceFile
    let bytes: [UInt8]
    var positions: PositionResolver
    var escape: UInt8 = Bytes.backslash
    var cursor = 0
    var directives: [ParserDirective] = []
    var comments: [DockerfileComment] = []
    var instructions: [DockerfileInstruction] = []
    var diagnostics: [Diagnostic] = []

    static let keywords: [String: Keyword] = {
        var table: [String: Keyword] = [:]
        for k in Keyword.allCases where k != .unknown { table[k.rawValue] = k }
        return table
    }()

    /// Flags each instruction accepts (BuildKit's Dockerfile frontend, stable and labs channels).
    static let knownFlags: [Keyword: Set<String>] = [
        .from: ["platform"],
        .run: ["mount", "network", "security", "device"],
        .copy: ["from", "chown", "chmod", "link", "parents", "exclude"],
        .add: ["chown", "chmod", "link", "checksum", "keep-git-dir", "exclude", "unpack"],
        .healthcheck: ["interval", "timeout", "start-period", "start-interval", "retries"],
    ]

    static let shells: Set<String> = ["sh", "bash", "dash", "ash", "zsh", "ksh", "mksh"]

    init(file: SourceFile) {
        self.file = file
        self.bytes = file.bytes
        self.positions = PositionResolver(file: file)
    }

    // MARK: - Lines

    /// End of the line content starting at `start` (before its line break) and the start of the next line.
    func lineBounds(_ start: Int) -> (end: Int, next: Int) {
        var i = start
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == Bytes.newline { return (i, i + 1) }
            if b == Bytes.carriageReturn {
                return (i, (i + 1 < n && bytes[i + 1] == Bytes.newline) ? i + 2 : i + 1)
            }
            i += 1
        }
        return (n, n)
    }

    /// `trimContinuationCharacter`: when the line ends with the escape character (then optional blanks), the end of
    /// the content before it and true.
    func continuationEnd(_ start: Int, _ end: Int) -> (Int, Bool) {
        var j = end
        while j > start && Bytes.isBlank(bytes[j - 1]) { j -= 1 }
        if j > start && bytes[j - 1] == escape { return (j - 1, true) }
        return (end, false)
    }

    func trimmedEnd(_ start: Int, _ end: Int) -> Int {
        var j = end
        while j > start && Bytes.isSpace(bytes[j - 1]) { j -= 1 }
        return j
    }

    mutating func addComment(_ start: Int, _ end: Int) {
        comments.append(DockerfileComment(
            text: String(decoding: bytes[(start + 1)..<end], as: UTF8.self), range: positions.range(start, end)
        ))
    }

    mutating func diagnose(_ code: String, _ message: String, _ range: SourceRange, severity: Severity = .error) {
        diagnostics.append(Diagnostic(severity: severity, code: code, message: message, path: file.path, range: range))
    }

    // MARK: - File

    mutating func parseFile() {
        if file.hasByteOrderMark { cursor = 3 }
        parseDirectives()
        while cursor < bytes.count {
            let (end, next) = lineBounds(cursor)
            var s = cursor
            while s < end && Bytes.isBlank(bytes[s]) { s += 1 }
            if s == end {
                cursor = next
                continue
            }
            if bytes[s] == Bytes.hash {
                addComment(s, end)
                cursor = next
                continue
            }
            cursor = next
            parseInstruction(start: s, lineEnd: end)
        }
        if instructions.isEmpty {
            diagnose(DockerfileDiagnosticCode.empty, "the Dockerfile has no instructions: add a FROM", positions.range(0, 0))
        }
    }

    /// Parser directives: `# name=value` lines at the very top; the first other line (even an empty one) ends them.
    mutating func parseDirectives() {
        var seen = Set<String>()
        while cursor < bytes.count {
            let (end, next) = lineBounds(cursor)
            var i = cursor
            while i < end && Bytes.isBlank(bytes[i]) { i += 1 }
            guard i < end, bytes[i] == Bytes.hash else { return }
            let hashAt = i
            i += 1
            while i < end && Bytes.isBlank(bytes[i]) { i += 1 }
            let nameStart = i
            guard i < end, Bytes.isLetter(bytes[i]) else { return }
            while i < end && (Bytes.isLetter(bytes[i]) || Bytes.isDigit(bytes[i])) { i += 1 }
            let nameEnd = i
            while i < end && Bytes.isBlank(bytes[i]) { i += 1 }
            guard i < end, bytes[i] == Bytes.equals else { return }
            i += 1
            while i < end && Bytes.isBlank(bytes[i]) { i += 1 }
            let valueStart = i
            let valueEnd = trimmedEnd(valueStart, end)
            guard valueEnd > valueStart else { return }
            let name = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self).lowercased()
            // Unknown names are ordinary comments, and end the directive section.
            guard name == "syntax" || name == "escape" || name == "check" else { return }
            let value = String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)
            let directive = ParserDirective(
                name: name, value: value, range: positions.range(hashAt, valueEnd),
                nameRange: positions.range(nameStart, nameEnd), valueRange: positions.range(valueStart, valueEnd)
            )
            cursor = next
            if seen.contains(name) {
                diagnose(
                    DockerfileDiagnosticCode.invalidDirective,
                    "only one '\(name)' parser directive can be used: remove this one", directive.range
                )
                continue
            }
            seen.insert(name)
            if name == "escape" {
                if value == "\\" {
                    escape = Bytes.backslash
                } else if value == "`" {
                    escape = Bytes.backtick
                } else {
                    diagnose(
                        DockerfileDiagnosticCode.invalidDirective,
                        "invalid escape character '\(value)': the escape directive accepts only \\ or `",
                        directive.valueRange
                    )
                }
            }
            directives.append(directive)
        }
    }

    // MARK: - Instructions

    /// How an instruction's shell commands are found, decided while parsing its arguments.
    enum ScriptSource {
        case none
        /// Shell-form text (logical span).
        case shellForm(Range<Int>)
        /// `["sh", "-c", "script"]` whose script maps byte for byte onto the source (logical span).
        case execShellString(Range<Int>)
    }

    mutating func parseInstruction(start s: Int, lineEnd: Int) {
        var text = MappedText()
        var (segmentEnd, continues) = continuationEnd(s, lineEnd)
        text.append(source: bytes, range: s..<segmentEnd)
        var lastEnd = trimmedEnd(s, segmentEnd)
        while continues && cursor < bytes.count {
            let ls = cursor
            let (le, next) = lineBounds(ls)
            cursor = next
            var t = ls
            while t < le && Bytes.isBlank(bytes[t]) { t += 1 }
            if t == le { continue }  // an empty continuation line: Docker skips it
            if bytes[t] == Bytes.hash {
                addComment(t, le)
                continue
            }
            (segmentEnd, continues) = continuationEnd(ls, le)
            text.append(source: bytes, range: ls..<segmentEnd)
            let e = trimmedEnd(ls, segmentEnd)
            if e > ls { lastEnd = e }
        }

        var (instruction, scriptSource, argumentStart) = buildInstruction(text, keywordStart: 0)
        var rangeEnd = lastEnd
        if instruction.keyword == .run || instruction.keyword == .copy || instruction.keyword == .add {
            for marker in heredocMarkers(text, from: argumentStart) {
                let heredoc = readHeredoc(marker)
                rangeEnd = max(rangeEnd, heredoc.terminatorRange?.end.offset ?? heredoc.bodyRange.end.offset)
                instruction.heredocs.append(heredoc)
            }
        }
        instruction.range = positions.range(s, rangeEnd)
        attachScript(&instruction, text: text, source: scriptSource)
        instruction.index = instructions.count
        instructions.append(instruction)
    }

    /// Parses keyword, flags and arguments starting at `ks` in the logical text (ONBUILD recurses with its trigger).
    mutating func buildInstruction(_ text: MappedText, keywordStart ks: Int) -> (DockerfileInstruction, ScriptSource, Int) {
        let b = text.bytes
        var k = ks
        while k < b.count && !Bytes.isSpace(b[k]) { k += 1 }
        let keywordText = text.string(ks, k)
        let keyword = Self.keywords[keywordText.uppercased()] ?? .unknown
        let keywordRange = positions.range(in: text, ks, k)
        let end = max(k, trimmedEnd(in: b, k, b.count))
        let (rawFlags, argumentStart) = DockerfileArguments.extractFlags(b, from: k, to: end)
        var flags: [InstructionFlag] = []
        flags.reserveCapacity(rawFlags.count)
        for f in rawFlags {
            flags.append(InstructionFlag(
                name: f.name, value: f.value, range: positions.range(in: text, f.span.lowerBound, f.span.upperBound),
                nameRange: positions.range(in: text, f.nameSpan.lowerBound, f.nameSpan.upperBound),
                valueRange: f.valueSpan.map { positions.range(in: text, $0.lowerBound, $0.upperBound) }
            ))
        }
        let hasArguments = argumentStart < end
        let argumentRange = hasArguments
            ? positions.range(in: text, argumentStart, end) : SourceRange(at: keywordRange.end)
        var instruction = DockerfileInstruction(
            keyword: keyword, keywordText: keywordText, keywordRange: keywordRange,
            range: positions.range(in: text, ks, end), flags: flags,
            argumentText: text.string(argumentStart, end), argumentRange: argumentRange
        )
        var scriptSource = ScriptSource.none

        if let allowed = Self.knownFlags[keyword] ?? (keyword == .unknown || keyword == .onbuild ? nil : []) {
            for flag in flags where !allowed.contains(flag.name.lowercased()) {
                diagnose(
                    DockerfileDiagnosticCode.unknownFlag,
                    "unknown flag '--\(flag.name)' for \(keyword.rawValue)"
                        + (allowed.isEmpty ? ", which takes no flags" : ": expected one of \(allowed.sorted().map { "--\($0)" }.joined(separator: ", "))"),
                    flag.nameRange, severity: .warning
                )
            }
        }

        if keyword != .run {
            instruction.words = makeWords(text, DockerfileArguments.whitespaceWords(b, from: argumentStart, to: end))
        }
        if !hasArguments && keyword != .unknown && keyword != .cmd && keyword != .entrypoint {
            diagnose(
                DockerfileDiagnosticCode.missingArguments,
                "\(keyword.rawValue) requires at least one argument", keywordRange
            )
        }

        switch keyword {
        case .from:
            parseFrom(&instruction)
        case .run, .cmd, .entrypoint:
            if hasArguments {
                let (form, source) = commandForm(text, argumentStart, end)
                instruction.command = form
                scriptSource = source
            }
        case .healthcheck:
            if let first = instruction.words.first {
                let type = first.value.uppercased()
                if type == "NONE" {
                    instruction.healthcheck = HealthcheckClause(isNone: true, typeRange: first.range)
                    if instruction.words.count > 1 {
                        diagnose(
                            DockerfileDiagnosticCode.invalidArguments,
                            "HEALTHCHECK NONE takes no arguments", instruction.words[1].range
                        )
                    }
                    if let flag = flags.first {
                        diagnose(
                            DockerfileDiagnosticCode.invalidArguments,
                            "HEALTHCHECK NONE takes no options: remove '--\(flag.name)'", flag.range, severity: .warning
                        )
                    }
                } else if type == "CMD" {
                    instruction.healthcheck = HealthcheckClause(isNone: false, typeRange: first.range)
                    var commandStart = argumentStart + 3
                    while commandStart < end && Bytes.isSpace(b[commandStart]) { commandStart += 1 }
                    if commandStart < end {
                        let (form, source) = commandForm(text, commandStart, end)
                        instruction.command = form
                        scriptSource = source
                    } else {
                        diagnose(DockerfileDiagnosticCode.missingArguments, "HEALTHCHECK CMD needs a command", first.range)
                    }
                } else {
                    diagnose(
                        DockerfileDiagnosticCode.invalidArguments,
                        "unknown HEALTHCHECK type '\(first.value)': use 'HEALTHCHECK [options] CMD command' or 'HEALTHCHECK NONE'",
                        first.range
                    )
                }
            }
        case .env, .label:
            instruction.keyValues = nameValuePairs(text, argumentStart, end, keyword: keyword)
        case .arg:
            instruction.keyValues = nameValuePairs(text, argumentStart, end, keyword: keyword)
        case .copy, .add, .volume:
            if argumentStart < end, b[argumentStart] == 0x5B,
               let json = DockerfileArguments.jsonStringArray(b, from: argumentStart, to: end) {
                instruction.jsonArguments = json.map { jsonWord(text, $0) }
            }
            if keyword != .volume && hasArguments && instruction.pathArguments.count < 2 {
                diagnose(
                    DockerfileDiagnosticCode.missingArguments,
                    "\(keyword.rawValue) requires at least two arguments: a source and a destination",
                    instruction.argumentRange
                )
            }
        case .shell:
            if hasArguments {
                if let json = DockerfileArguments.jsonStringArray(b, from: argumentStart, to: end), !json.isEmpty {
                    instruction.jsonArguments = json.map { jsonWord(text, $0) }
                } else {
                    diagnose(
                        DockerfileDiagnosticCode.invalidArguments,
                        "SHELL requires the arguments in JSON form, e.g. SHELL [\"/bin/bash\", \"-c\"]",
                        instruction.argumentRange
                    )
                }
            }
        case .onbuild:
            if hasArguments {
                var (trigger, triggerScript, _) = buildInstruction(text, keywordStart: argumentStart)
                if trigger.keyword == .onbuild || trigger.keyword == .from || trigger.keyword == .maintainer {
                    diagnose(
                        DockerfileDiagnosticCode.invalidArguments,
                        "\(trigger.keyword.rawValue) is not allowed as an ONBUILD trigger", trigger.keywordRange
                    )
                }
                attachScript(&trigger, text: text, source: triggerScript)
                instruction.trigger = OnbuildTrigger(instruction: trigger)
            }
        case .unknown:
            var message = "unknown instruction '\(keywordText)'"
            if let suggestion = Self.suggestion(for: keywordText) {
                message += ": did you mean \(suggestion)?"
            } else {
                message += ": Docker rejects this file"
            }
            diagnose(DockerfileDiagnosticCode.unknownInstruction, message, keywordRange)
        case .expose, .user, .workdir, .stopsignal, .maintainer:
            break
        }
        return (instruction, scriptSource, argumentStart)
    }

    func trimmedEnd(in b: [UInt8], _ start: Int, _ end: Int) -> Int {
        var j = end
        while j > start && Bytes.isSpace(b[j - 1]) { j -= 1 }
        return j
    }

    mutating func makeWords(_ text: MappedText, _ spans: [Range<Int>]) -> [DockerfileWord] {
        var words: [DockerfileWord] = []
        words.reserveCapacity(spans.count)
        let unquote = VariableExpander(escape: escape, literalReferences: true)
        for span in spans {
            let raw = Array(text.bytes[span])
            words.append(DockerfileWord(
                raw: String(decoding: raw, as: UTF8.self), value: unquote.expand(raw, variables: [:]).value,
                range: positions.range(in: text, span.lowerBound, span.upperBound)
            ))
        }
        return words
    }

    mutating func jsonWord(_ text: MappedText, _ json: DockerfileArguments.JSONString) -> DockerfileWord {
        DockerfileWord(
            raw: text.string(json.span.lowerBound, json.span.upperBound), value: json.value,
            range: positions.range(in: text, json.span.lowerBound, json.span.upperBound)
        )
    }

    /// `parseMaybeJSON`: exec form when the arguments are a valid JSON array of strings, else shell form.
    mutating func commandForm(_ text: MappedText, _ start: Int, _ end: Int) -> (CommandForm, ScriptSource) {
        let b = text.bytes
        let range = positions.range(in: text, start, end)
        if b[start] == 0x5B, let json = DockerfileArguments.jsonStringArray(b, from: start, to: end) {
            let words = json.map { jsonWord(text, $0) }
            var source = ScriptSource.none
            // ["sh", "-c", "script"]: lex the script when it maps onto the source byte for byte.
            if json.count >= 3, Self.shells.contains(ShellCommand.baseName(json[0].value)) {
                var k = 1
                while k < json.count - 1, json[k].value.hasPrefix("-") {
                    if !json[k].value.hasPrefix("--") && json[k].value.utf8Contains("c") {
                        let script = json[k + 1]
                        if script.isVerbatim {
                            source = .execShellString((script.span.lowerBound + 1)..<(script.span.upperBound - 1))
                        }
                        break
                    }
                    k += 1
                }
            }
            return (.exec(arguments: words, range: range), source)
        }
        return (.shell(text: text.string(start, end), range: range), .shellForm(start..<end))
    }

    // MARK: - FROM

    mutating func parseFrom(_ instruction: inout DockerfileInstruction) {
        let words = instruction.words
        guard let image = words.first else { return }
        var stageName: String?
        var stageNameRange: SourceRange?
        var asRange: SourceRange?
        if words.count == 3 && words[1].value.lowercased() == "as" {
            stageName = words[2].value
            stageNameRange = words[2].range
            asRange = words[1].range
            if !Self.isValidStageName(words[2].value.lowercased()) {
                diagnose(
                    DockerfileDiagnosticCode.invalidArguments,
                    "invalid stage name '\(words[2].value)': a name starts with a letter and holds only letters, digits, '-', '_' and '.'",
                    words[2].range
                )
            }
        } else if words.count != 1 {
            diagnose(
                DockerfileDiagnosticCode.invalidArguments,
                "FROM takes an image and optionally 'AS name': found \(words.count) arguments", instruction.argumentRange
            )
        }
        instruction.from = FromClause(
            imageWord: image, expandedImage: image.value, isResolved: false, image: nil, baseStageIndex: nil,
            stageName: stageName, stageNameRange: stageNameRange, asKeywordRange: asRange
        )
    }

    static func isValidStageName(_ name: String) -> Bool {
        let u = Array(name.utf8)
        guard let first = u.first, first >= 0x61 && first <= 0x7A else { return false }
        return u.allSatisfy { Bytes.isLetter($0) || Bytes.isDigit($0) || $0 == Bytes.dash || $0 == 0x5F || $0 == 0x2E }
    }

    // MARK: - ENV, LABEL, ARG

    mutating func nameValuePairs(_ text: MappedText, _ start: Int, _ end: Int, keyword: Keyword) -> [KeyValuePair] {
        let b = text.bytes
        let spans = DockerfileArguments.quotedWords(b, from: start, to: end, escape: escape)
        guard let first = spans.first else { return [] }
        let unquote = VariableExpander(escape: escape, literalReferences: true)
        func firstEquals(_ span: Range<Int>) -> Int? {
            var i = span.lowerBound
            while i < span.upperBound {
                if b[i] == Bytes.equals { return i }
                i += 1
            }
            return nil
        }
        var pairs: [KeyValuePair] = []
        if keyword != .arg, firstEquals(first) == nil {
            // Legacy form: `ENV KEY value with spaces` — the key is the first whitespace-delimited token.
            var keyEnd = start
            while keyEnd < end && !Bytes.isSpace(b[keyEnd]) { keyEnd += 1 }
            var valueStart = keyEnd
            while valueStart < end && Bytes.isSpace(b[valueStart]) { valueStart += 1 }
            let keyRange = positions.range(in: text, start, keyEnd)
            guard valueStart < end else {
                diagnose(
                    DockerfileDiagnosticCode.invalidArguments,
                    "\(keyword.rawValue) \(text.string(start, keyEnd)) has no value: write \(keyword.rawValue) \(text.string(start, keyEnd))=value",
                    keyRange
                )
                return []
            }
            let raw = Array(b[valueStart..<end])
            pairs.append(KeyValuePair(
                key: text.string(start, keyEnd), keyRange: keyRange,
                value: unquote.expand(raw, variables: [:]).value, rawValue: String(decoding: raw, as: UTF8.self),
                valueRange: positions.range(in: text, valueStart, end), range: positions.range(in: text, start, end),
                isLegacyForm: true
            ))
            return pairs
        }
        for span in spans {
            let range = positions.range(in: text, span.lowerBound, span.upperBound)
            guard let eq = firstEquals(span) else {
                if keyword == .arg {
                    pairs.append(KeyValuePair(
                        key: text.string(span.lowerBound, span.upperBound), keyRange: range, value: nil, rawValue: nil,
                        valueRange: nil, range: range, isLegacyForm: false
                    ))
                } else {
                    diagnose(
                        DockerfileDiagnosticCode.invalidArguments,
                        "can't find '=' in \"\(text.string(span.lowerBound, span.upperBound))\": \(keyword.rawValue) takes name=value pairs",
                        range
                    )
                }
                continue
            }
            if eq == span.lowerBound {
                diagnose(DockerfileDiagnosticCode.invalidArguments, "\(keyword.rawValue) names can not be blank", range)
                continue
            }
            let raw = Array(b[(eq + 1)..<span.upperBound])
            let keyRaw = Array(b[span.lowerBound..<eq])
            pairs.append(KeyValuePair(
                key: keyword == .label ? unquote.expand(keyRaw, variables: [:]).value : String(decoding: keyRaw, as: UTF8.self),
                keyRange: positions.range(in: text, span.lowerBound, eq),
                value: unquote.expand(raw, variables: [:]).value, rawValue: String(decoding: raw, as: UTF8.self),
                valueRange: positions.range(in: text, eq + 1, span.upperBound), range: range, isLegacyForm: false
            ))
        }
        return pairs
    }

    // MARK: - Heredocs

    struct HeredocMarker {
        var delimiter: [UInt8]
        var stripTabs: Bool
        var quoted: Bool
        var fileDescriptor: Int?
        var range: SourceRange
    }

    /// `heredocsFromLine`: words of the form `[n]<<[-]NAME` (NAME quoted or not).
    mutating func heredocMarkers(_ text: MappedText, from start: Int) -> [HeredocMarker] {
        let b = text.bytes
        var hasMarker = false
        var i = start
        while i + 1 < b.count {
            if b[i] == 0x3C && b[i + 1] == 0x3C {
                hasMarker = true
                break
            }
            i += 1
        }
        guard hasMarker else { return [] }
        var markers: [HeredocMarker] = []
        for span in DockerfileArguments.quotedWords(b, from: start, to: b.count, escape: Bytes.backslash) {
            var k = span.lowerBound
            while k < span.upperBound && Bytes.isDigit(b[k]) { k += 1 }
            let fd = k > span.lowerBound ? Int(text.string(span.lowerBound, k)) : nil
            guard k + 1 < span.upperBound, b[k] == 0x3C, b[k + 1] == 0x3C else { continue }
            k += 2
            var strip = false
            if k < span.upperBound && b[k] == Bytes.dash {
                strip = true
                k += 1
            }
            guard k < span.upperBound else { continue }
            let rest = Array(b[k..<span.upperBound])
            guard !rest.contains(0x3C) else { continue }
            let quoted = rest.contains(Bytes.singleQuote) || rest.contains(Bytes.doubleQuote)
            let name = VariableExpander(escape: Bytes.backslash, literalReferences: true).expand(rest, variables: [:]).value
            guard !name.isEmpty else { continue }
            markers.append(HeredocMarker(
                delimiter: Array(name.utf8), stripTabs: strip, quoted: quoted, fileDescriptor: fd,
                range: positions.range(in: text, span.lowerBound, span.upperBound)
            ))
        }
        return markers
    }

    /// Reads body lines from the cursor up to the terminator line.
    mutating func readHeredoc(_ marker: HeredocMarker) -> Heredoc {
        let bodyStart = cursor
        var bodyEnd = bytes.count
        var terminator: (Int, Int)?
        while cursor < bytes.count {
            let ls = cursor
            let (le, next) = lineBounds(ls)
            var t = ls
            if marker.stripTabs { while t < le && bytes[t] == Bytes.tab { t += 1 } }
            cursor = next
            if le - t == marker.delimiter.count && bytes[t..<le].elementsEqual(marker.delimiter) {
                bodyEnd = ls
                terminator = (ls, le)
                break
            }
        }
        let name = String(decoding: marker.delimiter, as: UTF8.self)
        if terminator == nil {
            diagnose(
                DockerfileDiagnosticCode.unterminatedHeredoc,
                "heredoc '\(name)' is not terminated: add a line '\(name)' after its body", marker.range
            )
        }
        return Heredoc(
            delimiter: name, stripsLeadingTabs: marker.stripTabs, expandsVariables: !marker.quoted,
            fileDescriptor: marker.fileDescriptor, markerRange: marker.range,
            body: String(decoding: bytes[bodyStart..<bodyEnd], as: UTF8.self),
            bodyRange: positions.range(bodyStart, bodyEnd),
            terminatorRange: terminator.map { positions.range($0.0, $0.1) }
        )
    }

    // MARK: - Shell commands

    mutating func attachScript(_ instruction: inout DockerfileInstruction, text: MappedText, source: ScriptSource) {
        var lexer: ShellLexer
        switch source {
        case .none:
            return
        case .shellForm(let span):
            lexer = ShellLexer(text: text, positions: positions, nextPipelineID: 0)
            lexer.lex(span, context: .commandLine)
        case .execShellString(let span):
            lexer = ShellLexer(text: text, positions: positions, nextPipelineID: 0)
            lexer.lex(span, context: .shellString)
        }
        var commands = lexer.commands
        var nextPipeline = lexer.nextPipelineID
        var resolver = lexer.positions
        if instruction.keyword == .run {
            var usedCommands = Set<Int>()
            for heredoc in instruction.heredocs where runsAsScript(heredoc, commands: commands, used: &usedCommands) {
                let span = heredoc.bodyRange.start.offset..<heredoc.bodyRange.end.offset
                let body = MappedText(source: bytes, range: span)
                var bodyLexer = ShellLexer(text: body, positions: resolver, nextPipelineID: nextPipeline)
                bodyLexer.lex(0..<body.count, context: .heredocScript)
                commands.append(contentsOf: bodyLexer.commands)
                nextPipeline = bodyLexer.nextPipelineID
                resolver = bodyLexer.positions
            }
        }
        positions = resolver
        instruction.script = ShellScript(commands: commands)
    }

    /// True when a heredoc is the script of a shell: `RUN <<EOF`, `RUN bash <<EOF` (no `-c`), unless its shebang
    /// names another interpreter.
    func runsAsScript(_ heredoc: Heredoc, commands: [ShellCommand], used: inout Set<Int>) -> Bool {
        var consumer: Int?
        for (i, command) in commands.enumerated() where command.context == .commandLine && !used.contains(i) {
            if command.redirections.contains(where: {
                $0.operatorText.utf8Contains("<<") && !$0.operatorText.utf8Contains("<<<") && $0.target?.value == heredoc.delimiter
            }) {
                consumer = i
                break
            }
        }
        guard let index = consumer else { return false }
        used.insert(index)
        let command = commands[index]
        if !command.words.isEmpty {
            let words = command.unwrappedWords
            guard let name = words.first.map({ ShellCommand.baseName($0.value) }), Self.shells.contains(name) else {
                return false
            }
            if words.dropFirst().contains(where: { $0.value.hasPrefix("-") && !$0.value.hasPrefix("--") && $0.value.utf8Contains("c") }) {
                return false
            }
        }
        if heredoc.body.hasPrefix("#!") {
            let line = heredoc.body.prefix { $0 != "\n" && $0 != "\r" }
            let parts = line.dropFirst(2).split(separator: " ")
            guard var interpreter = parts.first.map({ ShellCommand.baseName(String($0)) }) else { return true }
            if interpreter == "env", parts.count > 1 {
                interpreter = parts.dropFirst().first { !$0.hasPrefix("-") }.map(String.init) ?? interpreter
            }
            return Self.shells.contains(interpreter)
        }
        return true
    }

    // MARK: - Suggestions

    static func suggestion(for word: String) -> String? {
        let upper = Array(word.uppercased().utf8)
        var best: (String, Int)?
        for keyword in Keyword.allCases where keyword != .unknown {
            let d = editDistance(upper, Array(keyword.rawValue.utf8))
            if d <= 2 && d < (best?.1 ?? Int.max) { best = (keyword.rawValue, d) }
        }
        return best?.0
    }

    static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
