/// A Dockerfile as typed instructions; `DockerfileWriter` renders it with correct quoting.
public struct DockerfileDocument: Sendable, Hashable {
    /// The BuildKit frontend, written as `# syntax=…` on the first line (nil: none).
    public var syntax: String?
    /// Comment lines after the syntax directive.
    public var header: [String]
    public var instructions: [DockerInstruction]

    public init(syntax: String? = "docker/dockerfile:1", header: [String] = [], instructions: [DockerInstruction]) {
        self.syntax = syntax
        self.header = header
        self.instructions = instructions
    }
}

/// `KEY=value` for ENV, ARG defaults and LABEL.
public struct DockerKeyValue: Sendable, Hashable {
    public var key: String
    public var value: String
    /// Lets `$VAR` / `${VAR}` in the value expand at build time (e.g. `PATH=/app/.venv/bin:$PATH`);
    /// otherwise a `$` is escaped and the value is literal.
    public var expands: Bool

    public init(_ key: String, _ value: String, expands: Bool = false) {
        self.key = key
        self.value = value
        self.expands = expands
    }
}

/// A BuildKit `--mount` on a RUN instruction.
public enum DockerMount: Sendable, Hashable {
    case cache(target: String, id: String? = nil, sharing: String? = nil)
    case bind(source: String, target: String)
    case secret(id: String, env: String? = nil)

    var rendered: String {
        switch self {
        case .cache(let target, let id, let sharing):
            var parts = ["type=cache"]
            if let id { parts.append("id=" + id) }
            parts.append("target=" + target)
            if let sharing { parts.append("sharing=" + sharing) }
            return "--mount=" + parts.joined(separator: ",")
        case .bind(let source, let target):
            return "--mount=type=bind,source=\(source),target=\(target)"
        case .secret(let id, let env):
            return "--mount=type=secret,id=\(id)" + (env.map { ",env=" + $0 } ?? "")
        }
    }
}

/// `HEALTHCHECK` options and its exec-form command (no shell needed in the image).
public struct DockerHealthcheck: Sendable, Hashable {
    public var interval: String
    public var timeout: String
    public var startPeriod: String
    public var retries: Int
    public var command: [String]

    public init(interval: String = "30s", timeout: String = "5s", startPeriod: String = "20s", retries: Int = 3, command: [String]) {
        self.interval = interval
        self.timeout = timeout
        self.startPeriod = startPeriod
        self.retries = retries
        self.command = command
    }
}

/// `COPY` with its flags.
public struct DockerCopy: Sendable, Hashable {
    public var sources: [String]
    public var destination: String
    public var from: String?
    public var chown: String?
    public var chmod: String?
    public var link: Bool

    public init(_ sources: [String], _ destination: String, from: String? = nil, chown: String? = nil, chmod: String? = nil, link: Bool = false) {
        self.sources = sources
        self.destination = destination
        self.from = from
        self.chown = chown
        self.chmod = chmod
        self.link = link
    }
}

public enum DockerInstruction: Sendable, Hashable {
    /// `# text` lines (may hold `\n`).
    case comment(String)
    case blank
    case from(image: String, stage: String? = nil, platform: String? = nil)
    case arg(String, default: String? = nil)
    case env([DockerKeyValue])
    case label([DockerKeyValue])
    /// Shell commands joined with `&&`, each on its own continued line, after the mounts.
    case run([String], mounts: [DockerMount] = [])
    case copy(DockerCopy)
    case workdir(String)
    case user(String)
    case expose([Int])
    case shell([String])
    case cmd([String])
    case entrypoint([String])
    case healthcheck(DockerHealthcheck)
    case stopSignal(String)
}

/// Renders `DockerfileDocument`s. Exec forms are JSON arrays; ENV/ARG/LABEL values are quoted when they hold
/// anything but safe characters; user-provided words never reach a shell line unquoted.
public enum DockerfileWriter {
    static let continuation = " \\\n    "

    public static func render(_ document: DockerfileDocument) -> String {
        var lines: [String] = []
        if let syntax = document.syntax { lines.append("# syntax=" + syntax) }
        for line in document.header { lines.append(commentLine(line)) }
        for instruction in document.instructions {
            lines.append(render(instruction))
        }
        // No trailing blank lines; exactly one final newline.
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func render(_ instruction: DockerInstruction) -> String {
        switch instruction {
        case .comment(let text):
            return text.split(separator: "\n", omittingEmptySubsequences: false).map { commentLine(String($0)) }.joined(separator: "\n")
        case .blank:
            return ""
        case .from(let image, let stage, let platform):
            var line = "FROM "
            if let platform { line += "--platform=" + platform + " " }
            line += image
            if let stage { line += " AS " + stage }
            return line
        case .arg(let name, let value):
            return "ARG " + name + (value.map { "=" + quotedValue($0, expands: false) } ?? "")
        case .env(let pairs):
            return "ENV " + pairs.map { $0.key + "=" + quotedValue($0.value, expands: $0.expands) }.joined(separator: continuation)
        case .label(let pairs):
            return "LABEL " + pairs.map { $0.key + "=" + doubleQuoted($0.value, expands: $0.expands) }.joined(separator: continuation)
        case .run(let commands, let mounts):
            var parts = mounts.map(\.rendered)
            if let first = commands.first { parts.append(first) }
            var text = "RUN " + parts.joined(separator: continuation)
            for command in commands.dropFirst() { text += continuation + "&& " + command }
            return text
        case .copy(let copy):
            var flags: [String] = []
            if let from = copy.from { flags.append("--from=" + from) }
            if let chown = copy.chown { flags.append("--chown=" + chown) }
            if let chmod = copy.chmod { flags.append("--chmod=" + chmod) }
            if copy.link { flags.append("--link") }
            let paths = copy.sources + [copy.destination]
            let needsJSON = paths.contains { path in path.contains { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "'" } }
            let body = needsJSON ? JSONQuoting.array(paths) : paths.joined(separator: " ")
            return (["COPY"] + flags + [body]).joined(separator: " ")
        case .workdir(let path):
            return "WORKDIR " + quotedValue(path, expands: false)
        case .user(let user):
            return "USER " + user
        case .expose(let ports):
            return "EXPOSE " + ports.map(String.init).joined(separator: " ")
        case .shell(let words):
            return "SHELL " + JSONQuoting.array(words)
        case .cmd(let words):
            return "CMD " + JSONQuoting.array(words)
        case .entrypoint(let words):
            return "ENTRYPOINT " + JSONQuoting.array(words)
        case .healthcheck(let check):
            let options = "--interval=\(check.interval) --timeout=\(check.timeout) --start-period=\(check.startPeriod) --retries=\(check.retries)"
            return "HEALTHCHECK " + options + continuation + "CMD " + JSONQuoting.array(check.command)
        case .stopSignal(let signal):
            return "STOPSIGNAL " + signal
        }
    }

    static func commentLine(_ text: String) -> String {
        let clean = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
        var trimmed = Substring(clean)
        while trimmed.last == " " { trimmed.removeLast() }
        return trimmed.isEmpty ? "#" : "# " + trimmed
    }

    /// Unquoted when made of safe characters, otherwise double-quoted.
    static func quotedValue(_ value: String, expands: Bool) -> String {
        let safe = !value.isEmpty && value.unicodeScalars.allSatisfy { scalar in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "_", ".", "/", ":", "-", "+", ",", "@", "%", "=": return true
            case "$", "{", "}": return expands
            default: return false
            }
        }
        return safe ? value : doubleQuoted(value, expands: expands)
    }

    /// Double quotes with `\`, `"` (and `$` unless expanding) escaped; line breaks become spaces because a
    /// Dockerfile value cannot hold one.
    static func doubleQuoted(_ value: String, expands: Bool) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "$": out += expands ? "$" : "\\$"
            case "\n", "\r": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
