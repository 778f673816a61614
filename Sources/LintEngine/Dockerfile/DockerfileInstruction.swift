import DeploySyntax

/// One argument of an instruction as written, with its position.
public struct DockerfileWord: Sendable, Hashable, CustomStringConvertible {
    /// The text as written: quotes and escapes kept, line continuations removed.
    public var raw: String
    /// The text with quotes removed and escapes applied; variable references are kept as written (`$HOME`).
    public var value: String
    public var range: SourceRange

    public init(raw: String, value: String, range: SourceRange) {
        self.raw = raw
        self.value = value
        self.range = range
    }

    public var description: String { raw }
}

/// A `--name[=value]` flag before an instruction's arguments (`--from`, `--mount`, `--chmod`, `--interval`, …).
public struct InstructionFlag: Sendable, Hashable {
    /// The name without the leading dashes, as written (`from`, `mount`).
    public var name: String
    /// The value with quotes removed; nil for a bare flag such as `--link`.
    public var value: String?
    /// The whole flag, `--name=value`.
    public var range: SourceRange
    /// `--name`.
    public var nameRange: SourceRange
    /// The value after `=`; nil for a bare flag.
    public var valueRange: SourceRange?

    public init(name: String, value: String?, range: SourceRange, nameRange: SourceRange, valueRange: SourceRange?) {
        self.name = name
        self.value = value
        self.range = range
        self.nameRange = nameRange
        self.valueRange = valueRange
    }

    /// True for a bare boolean flag or one set to `true` (`--link`, `--link=true`).
    public var isEnabled: Bool {
        guard let value else { return true }
        return value.lowercased() != "false" && value != "0"
    }

    /// The comma-separated `key=value` options of a `--mount` value, keys lowercased; a key without `=`
    /// (e.g. `readonly`) maps to `"true"`. The usual aliases are folded: `dst`/`destination` → `target`, `src` → `source`.
    public var options: [String: String] {
        guard let value else { return [:] }
        var result: [String: String] = [:]
        for part in value.split(separator: ",", omittingEmptySubsequences: true) {
            let trimmed = part.trimmingSpaces
            if let eq = trimmed.firstIndex(of: "=") {
                var key = trimmed[..<eq].lowercased()
                switch key {
                case "dst", "destination": key = "target"
                case "src": key = "source"
                default: break
                }
                var v = String(trimmed[trimmed.index(after: eq)...])
                if v.count >= 2, let f = v.first, f == v.last, f == "\"" || f == "'" {
                    v = String(v.dropFirst().dropLast())
                }
                result[key] = v
            } else {
                result[trimmed.lowercased()] = "true"
            }
        }
        return result
    }
}

/// A `key=value` or legacy `key value` pair of `ENV`, `LABEL` or `ARG`.
public struct KeyValuePair: Sendable, Hashable {
    public var key: String
    public var keyRange: SourceRange
    /// The value with quotes removed and escapes applied (variables not expanded); nil for `ARG NAME` with no default.
    public var value: String?
    /// The value as written, for variable expansion.
    public var rawValue: String?
    public var valueRange: SourceRange?
    public var range: SourceRange
    /// True for the legacy whitespace form `ENV KEY value`.
    public var isLegacyForm: Bool

    public init(
        key: String, keyRange: SourceRange, value: String?, rawValue: String?, valueRange: SourceRange?,
        range: SourceRange, isLegacyForm: Bool
    ) {
        self.key = key
        self.keyRange = keyRange
        self.value = value
        self.rawValue = rawValue
        self.valueRange = valueRange
        self.range = range
        self.isLegacyForm = isLegacyForm
    }
}

/// A here-document attached to `RUN`, `COPY` or `ADD` (`<<EOF`, `<<-EOF`, `<<"EOF"`).
public struct Heredoc: Sendable, Hashable {
    /// The delimiter with quotes removed.
    public var delimiter: String
    /// `<<-`: leading tabs are stripped from body lines and the terminator.
    public var stripsLeadingTabs: Bool
    /// False when the delimiter was quoted: variables in the body are not expanded.
    public var expandsVariables: Bool
    /// The file descriptor before `<<` (`3<<EOF`), nil when none was written.
    public var fileDescriptor: Int?
    /// The `<<EOF` marker in the instruction line.
    public var markerRange: SourceRange
    /// The body lines, with their line breaks, as written.
    public var body: String
    /// From the start of the first body line to the start of the terminator line.
    public var bodyRange: SourceRange
    /// The terminator line; nil when the heredoc is not terminated before the end of the file.
    public var terminatorRange: SourceRange?

    public init(
        delimiter: String, stripsLeadingTabs: Bool, expandsVariables: Bool, fileDescriptor: Int?,
        markerRange: SourceRange, body: String, bodyRange: SourceRange, terminatorRange: SourceRange?
    ) {
        self.delimiter = delimiter
        self.stripsLeadingTabs = stripsLeadingTabs
        self.expandsVariables = expandsVariables
        self.fileDescriptor = fileDescriptor
        self.markerRange = markerRange
        self.body = body
        self.bodyRange = bodyRange
        self.terminatorRange = terminatorRange
    }
}

/// How `RUN`, `CMD`, `ENTRYPOINT` and `HEALTHCHECK CMD` give their command.
public enum CommandForm: Sendable {
    /// A JSON array of strings: run directly, without a shell.
    case exec(arguments: [DockerfileWord], range: SourceRange)
    /// Text run by the shell (`/bin/sh -c` unless `SHELL` says otherwise).
    case shell(text: String, range: SourceRange)

    public var isExec: Bool {
        if case .exec = self { return true }
        return false
    }

    public var range: SourceRange {
        switch self {
        case .exec(_, let range), .shell(_, let range): range
        }
    }
}

/// `FROM [--platform=…] image [AS name]`.
public struct FromClause: Sendable {
    /// The image argument as written.
    public var imageWord: DockerfileWord
    /// The image after substituting the global `ARG`s declared before the first `FROM`.
    public var expandedImage: String
    /// False when a variable in the image argument has no value known from this file.
    public var isResolved: Bool
    /// The parsed image reference; nil when the argument names an earlier stage or is not resolved.
    public var image: ImageReference?
    /// The stage this one builds on (`FROM builder`), when the argument names an earlier stage.
    public var baseStageIndex: Int?
    /// The stage name as written after `AS`.
    public var stageName: String?
    public var stageNameRange: SourceRange?
    /// The `AS` keyword.
    public var asKeywordRange: SourceRange?

    public init(
        imageWord: DockerfileWord, expandedImage: String, isResolved: Bool, image: ImageReference?,
        baseStageIndex: Int?, stageName: String?, stageNameRange: SourceRange?, asKeywordRange: SourceRange?
    ) {
        self.imageWord = imageWord
        self.expandedImage = expandedImage
        self.isResolved = isResolved
        self.image = image
        self.baseStageIndex = baseStageIndex
        self.stageName = stageName
        self.stageNameRange = stageNameRange
        self.asKeywordRange = asKeywordRange
    }
}

/// `HEALTHCHECK NONE` or `HEALTHCHECK [options] CMD command`.
public struct HealthcheckClause: Sendable {
    /// True for `HEALTHCHECK NONE` (disables any check inherited from the base image).
    public var isNone: Bool
    /// The `NONE` or `CMD` word.
    public var typeRange: SourceRange

    public init(isNone: Bool, typeRange: SourceRange) {
        self.isNone = isNone
        self.typeRange = typeRange
    }
}

/// The instruction an `ONBUILD` wraps (a reference type so that an instruction can hold one).
public final class OnbuildTrigger: Sendable {
    public let instruction: DockerfileInstruction

    public init(instruction: DockerfileInstruction) {
        self.instruction = instruction
    }
}

/// One Dockerfile instruction with positions on its keyword, flags and arguments.
public struct DockerfileInstruction: Sendable {
    public enum Keyword: String, Sendable, CaseIterable {
        case from = "FROM", run = "RUN", cmd = "CMD", label = "LABEL", maintainer = "MAINTAINER"
        case expose = "EXPOSE", env = "ENV", add = "ADD", copy = "COPY", entrypoint = "ENTRYPOINT"
        case volume = "VOLUME", user = "USER", workdir = "WORKDIR", arg = "ARG", onbuild = "ONBUILD"
        case stopsignal = "STOPSIGNAL", healthcheck = "HEALTHCHECK", shell = "SHELL"
        /// Not a Dockerfile instruction; the parser reports it.
        case unknown = ""
    }

    public var keyword: Keyword
    /// The keyword as written (`run`, `Run`, or the unknown word).
    public var keywordText: String
    public var keywordRange: SourceRange
    /// The whole instruction: keyword, continuation lines and heredoc bodies.
    public var range: SourceRange
    public var flags: [InstructionFlag]
    /// The text after the keyword and flags with line continuations removed, trimmed.
    public var argumentText: String
    /// Where the arguments are; empty at the end of the keyword when there are none.
    public var argumentRange: SourceRange
    /// The arguments split at whitespace as Docker splits them for most instructions (quotes kept in `raw`).
    /// Empty for `RUN`, whose words are the commands in `script`.
    public var words: [DockerfileWord]
    public var heredocs: [Heredoc]
    /// `RUN`, `CMD`, `ENTRYPOINT` and `HEALTHCHECK … CMD`: the command in exec or shell form.
    public var command: CommandForm?
    /// The shell commands this instruction runs: the shell-form command, heredoc scripts, and `["sh", "-c", "…"]`.
    public var script: ShellScript?
    /// `ENV`, `LABEL` and `ARG` pairs.
    public var keyValues: [KeyValuePair]
    /// `COPY`/`ADD`/`VOLUME` arguments given as a JSON array.
    public var jsonArguments: [DockerfileWord]?
    public var from: FromClause?
    public var healthcheck: HealthcheckClause?
    /// The instruction an `ONBUILD` wraps.
    public var trigger: OnbuildTrigger?
    /// Index among the file's top-level instructions.
    public var index: Int
    /// The stage this instruction belongs to; nil for instructions before the first `FROM`.
    public var stageIndex: Int?
    /// `ARG` and `ENV` values known from this file and in effect when the instruction runs (for `FROM`, the global
    /// `ARG`s). A declared `ARG` without a default has no entry.
    public var variables: [String: String]

    public init(
        keyword: Keyword, keywordText: String, keywordRange: SourceRange, range: SourceRange,
        flags: [InstructionFlag] = [], argumentText: String = "", argumentRange: SourceRange,
        words: [DockerfileWord] = [], heredocs: [Heredoc] = [], command: CommandForm? = nil,
        script: ShellScript? = nil, keyValues: [KeyValuePair] = [], jsonArguments: [DockerfileWord]? = nil,
        from: FromClause? = nil, healthcheck: HealthcheckClause? = nil, trigger: OnbuildTrigger? = nil,
        index: Int = 0, stageIndex: Int? = nil, variables: [String: String] = [:]
    ) {
        self.keyword = keyword
        self.keywordText = keywordText
        self.keywordRange = keywordRange
        self.range = range
        self.flags = flags
        self.argumentText = argumentText
        self.argumentRange = argumentRange
        self.words = words
        self.heredocs = heredocs
        self.command = command
        self.script = script
        self.keyValues = keyValues
        self.jsonArguments = jsonArguments
        self.from = from
        self.healthcheck = healthcheck
        self.trigger = trigger
        self.index = index
        self.stageIndex = stageIndex
        self.variables = variables
    }

    /// The last flag with this name (case-insensitive, without dashes), as Docker lets the last one win.
    public func flag(_ name: String) -> InstructionFlag? {
        flags.last { $0.name.lowercased() == name }
    }

    /// `COPY`/`ADD` arguments in order (JSON form or whitespace form).
    public var pathArguments: [DockerfileWord] { jsonArguments ?? words }

    /// `COPY`/`ADD` sources: every argument but the last.
    public var copySources: [DockerfileWord] {
        let args = pathArguments
        return args.count >= 2 ? Array(args.dropLast()) : []
    }

    /// `COPY`/`ADD` destination: the last argument.
    public var copyDestination: DockerfileWord? {
        let args = pathArguments
        return args.count >= 2 ? args.last : nil
    }

    /// The instruction itself, or for `ONBUILD` the wrapped one.
    public var effective: DockerfileInstruction { trigger?.instruction ?? self }
}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return s
    }
}
