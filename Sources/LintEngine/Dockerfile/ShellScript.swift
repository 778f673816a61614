import DeploySyntax

/// The simple commands of a shell script (a `RUN` line, a heredoc script, `sh -c "…"`), in execution order, each
/// with the operators around it, so rules can reason about `apt-get install`, `curl … | sh`, `cd` or `sudo`.
///
/// This is a pragmatic splitter, not a shell: it knows quotes, escapes, `$(…)`, backticks, `${…}`, redirections,
/// here-documents, `&&`/`||`/`;`/`|`/`&`/newlines, subshells and the reserved words that start compound commands.
public struct ShellScript: Sendable {
    public let commands: [ShellCommand]
    /// The package-manager invocations among the commands (read once, used by many rules).
    public let packageCommands: [PackageManagerCommand]

    public init(commands: [ShellCommand] = []) {
        self.commands = commands
        var found: [PackageManagerCommand] = []
        for (index, command) in commands.enumerated() {
            if let invocation = PackageManagerCommand(command: command, index: index) { found.append(invocation) }
        }
        self.packageCommands = found
    }

    /// The commands of one pipeline (`a | b | c`), in order.
    public func pipeline(_ id: Int) -> [ShellCommand] {
        commands.filter { $0.pipelineID == id }
    }
}

/// What joins two commands.
public enum ShellOperator: String, Sendable {
    case none = ""
    case and = "&&"
    case or = "||"
    case semicolon = ";"
    case pipe = "|"
    case pipeAll = "|&"
    case background = "&"
    case newline = "\\n"
    case caseBreak = ";;"
    case openSubshell = "("
    case closeSubshell = ")"

    public var isPipe: Bool { self == .pipe || self == .pipeAll }
}

/// Where a command comes from.
public enum ShellCommandContext: Sendable, Hashable {
    /// The instruction's own command line.
    case commandLine
    /// A heredoc body run as a script (`RUN <<EOF`, `RUN bash <<EOF`).
    case heredocScript
    /// Inside `$(…)` or backticks.
    case commandSubstitution
    /// The script string of `sh -c "…"`.
    case shellString
}

/// One word of a shell command.
public struct ShellWord: Sendable, Hashable, CustomStringConvertible {
    /// Quotes removed, escapes applied; `$VAR`, `${…}` and `$(…)` kept as written.
    public var value: String
    public var range: SourceRange
    /// True when any part of the word was quoted.
    public var isQuoted: Bool
    /// True when the word holds a parameter expansion or command substitution.
    public var hasExpansion: Bool

    /// Logical span in the lexer's text (internal: used to re-lex `sh -c` strings).
    var span: Range<Int>
    /// When the whole word is one quoted string, the span inside the quotes.
    var quotedInner: Range<Int>?

    init(value: String, range: SourceRange, isQuoted: Bool, hasExpansion: Bool, span: Range<Int>, quotedInner: Range<Int>?) {
        self.value = value
        self.range = range
        self.isQuoted = isQuoted
        self.hasExpansion = hasExpansion
        self.span = span
        self.quotedInner = quotedInner
    }

    public var description: String { value }

    /// True for an option word: `-y`, `--yes`.
    public var isOption: Bool { value.hasPrefix("-") && value.count > 1 }
}

/// `>`/`>>`/`<`/`2>&1`/`<<EOF` and its target.
public struct ShellRedirection: Sendable, Hashable {
    /// The operator with any file descriptor, e.g. `2>`, `>>`, `<<-`.
    public var operatorText: String
    public var target: ShellWord?
    public var range: SourceRange
}

/// A simple command: optional `NAME=value` assignments, the argument words and redirections.
public struct ShellCommand: Sendable {
    public let assignments: [ShellWord]
    /// argv: the command name first. Empty for a command made only of assignments or redirections.
    public let words: [ShellWord]
    public let redirections: [ShellRedirection]
    public let separatorBefore: ShellOperator
    public let separatorAfter: ShellOperator
    /// Commands joined by `|` share one id.
    public let pipelineID: Int
    /// How many `( … )` subshells enclose the command.
    public let subshellDepth: Int
    public let context: ShellCommandContext
    /// The command from its first word to its last.
    public let range: SourceRange
    /// Index in `words` of the command that really runs, after wrappers such as `sudo` or `env`.
    private let unwrappedStart: Int
    /// The name of the command that really runs (after `sudo`, `env`, …), without its directory.
    public let effectiveName: String?

    init(
        assignments: [ShellWord], words: [ShellWord], redirections: [ShellRedirection], separatorBefore: ShellOperator,
        separatorAfter: ShellOperator, pipelineID: Int, subshellDepth: Int, context: ShellCommandContext, range: SourceRange
    ) {
        self.assignments = assignments
        self.words = words
        self.redirections = redirections
        self.separatorBefore = separatorBefore
        self.separatorAfter = separatorAfter
        self.pipelineID = pipelineID
        self.subshellDepth = subshellDepth
        self.context = context
        self.range = range
        let start = Self.unwrap(words)
        self.unwrappedStart = start
        self.effectiveName = start < words.count ? Self.baseName(words[start].value) : nil
    }

    /// The command name without its directory (`/usr/bin/apt-get` → `apt-get`); nil when there are no words.
    public var name: String? { words.first.map { Self.baseName($0.value) } }

    /// The words after wrappers that run another command unchanged: `sudo [-u user]`, `env [-i] [NAME=v]`, `exec`,
    /// `command`, `nohup`, `time`, `nice [-n N]`, `stdbuf`, `gosu user`, `su-exec user`, `tini --`, `xargs [-r]`.
    public var unwrappedWords: ArraySlice<ShellWord> { words[unwrappedStart...] }

    private static func unwrap(_ words: [ShellWord]) -> Int {
        var i = 0
        let n = words.count
        func isOption(_ k: Int) -> Bool { k < n && words[k].value.utf8.first == 0x2D }
        while i < n {
            switch baseName(words[i].value) {
            case "sudo", "doas":
                i += 1
                while isOption(i) {
                    let o = words[i].value
                    i += 1
                    if ["-u", "-g", "-U", "-C", "-h", "-p", "-r", "-t", "-D", "-R", "-T"].contains(o) { i += 1 }
                }
            case "env":
                i += 1
                while i < n, isOption(i) || words[i].value.utf8.contains(Bytes.equals) {
                    let o = words[i].value
                    i += 1
                    if o == "-u" || o == "-C" || o == "-S" { i += 1 }
                }
            case "exec", "command", "nohup", "time", "stdbuf", "builtin", "tini", "dumb-init":
                i += 1
                while isOption(i) { i += 1 }
            case "nice", "ionice", "chrt":
                i += 1
                while isOption(i) {
                    let o = words[i].value
                    i += 1
                    if o == "-n" || o == "-c" { i += 1 }
                }
            case "gosu", "su-exec":
                i += 2
            case "xargs":
                i += 1
                while isOption(i) {
                    let o = words[i].value
                    i += 1
                    if ["-n", "-I", "-L", "-P", "-d", "-E", "-s", "-a"].contains(o) { i += 1 }
                }
            default:
                return i
            }
        }
        return min(i, n)
    }

    /// The last path component of a command word, found on UTF-8 bytes.
    static func baseName(_ word: String) -> String {
        let utf8 = word.utf8
        guard let slash = utf8.lastIndex(of: 0x2F) else { return word }
        return String(word[utf8.index(after: slash)...])
    }
}
