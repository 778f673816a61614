import DeploySyntax

/// `.specql-deploy.yml`: which rules run, at what severity, with which options, on which paths.
///
/// ```yaml
/// fail-on: warning          # error | warning | note
/// exclude: [generated/legacy/**]
/// rules:
///   DF003: off              # disable
///   DF010: error            # change the severity
///   DF030:                  # full form
///     severity: warning
///     exclude: [tools/**]
///     budget-mb: 200        # an option the rule documents
/// ```
public struct LintConfiguration: Sendable {
    public struct RuleSettings: Sendable, Hashable {
        public var enabled: Bool?
        public var severity: Severity?
        /// Paths (relative to the configuration's directory) where this rule does not run.
        public var excludes: [GlobPattern]
        public var options: [String: String]

        public init(enabled: Bool? = nil, severity: Severity? = nil, excludes: [GlobPattern] = [], options: [String: String] = [:]) {
            self.enabled = enabled
            self.severity = severity
            self.excludes = excludes
            self.options = options
        }
    }

    /// The names looked for, in order, in the linted path's directory and its parents.
    public static let fileNames = [".specql-deploy.yml", ".specql-deploy.yaml"]

    public var failOn: Severity?
    /// Paths (relative to `baseDirectory`) never linted.
    public var excludes: [GlobPattern]
    public var rules: [String: RuleSettings]
    /// The absolute directory excludes are relative to (the configuration file's directory).
    public var baseDirectory: String?
    /// Where the configuration was read from; nil for the built-in defaults.
    public var path: String?

    public init(
        failOn: Severity? = nil,
        excludes: [GlobPattern] = [],
        rules: [String: RuleSettings] = [:],
        baseDirectory: String? = nil,
        path: String? = nil
    ) {
        self.failOn = failOn
        self.excludes = excludes
        self.rules = rules
        self.baseDirectory = baseDirectory
        self.path = path
    }

    public func isEnabled(_ ruleID: String) -> Bool { rules[ruleID]?.enabled ?? true }

    public func severityOverride(for ruleID: String) -> Severity? { rules[ruleID]?.severity }

    /// Options per rule id, as rules read them through `RuleContext.ruleOptions`.
    public var ruleOptions: [String: [String: String]] {
        rules.compactMapValues { $0.options.isEmpty ? nil : $0.options }
    }

    /// The nearest configuration file in `directory` or a parent; nil when there is none.
    public static func discover(startingAt directory: String) -> String? {
        var current = PathArithmetic.normalise(directory)
        while true {
            for name in fileNames {
                let candidate = PathArithmetic.join(current, name)
                if case .success(.file) = FileSystem.type(of: candidate) { return candidate }
            }
            if current == "/" || current == "." || current.isEmpty { return nil }
            current = PathArithmetic.directory(of: current)
        }
    }

    /// Reads and validates a configuration file; relative paths are taken from the working directory.
    public static func load(path: String, metadata: [String: RuleMetadata] = RuleSet.registered.metadataByID) -> Result<LintConfiguration, ConfigurationError> {
        switch FileSystem.read(path) {
        case .failure(let error):
            return .failure(ConfigurationError(diagnostics: [Diagnostic(
                code: "config-io", message: "cannot read configuration: \(error.message)", path: path,
                range: SourceRange(at: SourcePosition(line: 1, column: 1, offset: 0)))]))
        case .success(let bytes):
            let base = PathArithmetic.directory(of: PathArithmetic.absolute(path, cwd: FileSystem.currentDirectory()))
            return parse(SourceFile(path: path, bytes: bytes), metadata: metadata, baseDirectory: base)
        }
    }

    /// Validates configuration text; every problem carries its position.
    public static func parse(_ file: SourceFile, metadata: [String: RuleMetadata], baseDirectory: String?) -> Result<LintConfiguration, ConfigurationError> {
        var config = LintConfiguration(baseDirectory: baseDirectory, path: file.path)
        let stream: YAMLStream
        switch YAMLParser().parse(file) {
        case .failure(let error): return .failure(ConfigurationError(diagnostics: [error.diagnostic], file: file))
        case .success(let parsed): stream = parsed
        }
        var problems = stream.diagnostics.map { diagnostic -> Diagnostic in
            var d = diagnostic
            d.severity = .error
            return d
        }
        func problem(_ message: String, _ node: YAMLNode, code: String = "config-invalid") {
            problems.append(Diagnostic(code: code, message: message, path: file.path, range: node.reportRange))
        }
        if stream.documents.count > 1 {
            problem("the configuration is one YAML document; remove the extra '---'", stream.documents[1].root)
        }
        guard let root = stream.documents.first?.root, !root.isNull else {
            return problems.isEmpty ? .success(config) : .failure(ConfigurationError(diagnostics: problems, file: file))
        }
        guard let pairs = root.mapping else {
            problem("the configuration must be a mapping with keys such as rules, exclude, fail-on; found \(root.kindDescription)", root)
            return .failure(ConfigurationError(diagnostics: problems, file: file))
        }

        func severity(_ node: YAMLNode, what: String) -> Severity? {
            if let text = node.string, !node.isNull, let value = Severity(rawValue: text.lowercased()) { return value }
            problem("\(what) must be error, warning or note", node)
            return nil
        }
        func globs(_ node: YAMLNode, what: String) -> [GlobPattern] {
            if let single = node.string, !node.isNull, !single.isEmpty { return [GlobPattern(single)] }
            guard let items = node.sequence else {
                problem("\(what) must be a list of path globs", node)
                return []
            }
            return items.compactMap { item in
                guard let text = item.string, !text.isEmpty, !item.isNull else {
                    problem("each entry of \(what) must be a path glob such as generated/**", item)
                    return nil
                }
                return GlobPattern(text)
            }
        }

        for pair in pairs {
            let key = pair.keyString ?? ""
            switch key {
            case "version":
                if case .int(1)? = pair.value.resolved(.core) {} else { problem("version must be 1", pair.value) }
            case "fail-on":
                config.failOn = severity(pair.value, what: "fail-on")
            case "exclude":
                config.excludes = globs(pair.value, what: "exclude")
            case "rules":
                if pair.value.isNull { continue }
                guard let rulePairs = pair.value.mapping else {
                    problem("rules must map rule ids to off, a severity, or settings", pair.value)
                    continue
                }
                for rulePair in rulePairs {
                    let id = (rulePair.keyString ?? "").uppercased()
                    guard let rule = metadata[id] else {
                        let hint = metadata.keys.sorted().first { $0.hasPrefix(String(id.prefix(2))) }.map { " (e.g. \($0))" } ?? ""
                        problem("unknown rule id '\(rulePair.keyString ?? "")'; run `specql-deploy rules` for the list\(hint)", rulePair.key, code: "config-unknown-rule")
                        continue
                    }
                    if let settings = ruleSettings(rulePair.value, rule: rule, problem: problem, severity: severity, globs: globs) {
                        config.rules[id] = settings
                    }
                }
            default:
                problem("unknown configuration key '\(key)'; known keys: exclude, fail-on, rules, version", pair.key, code: "config-unknown-key")
            }
        }
        return problems.isEmpty ? .success(config) : .failure(ConfigurationError(diagnostics: problems, file: file))
    }

    private static func ruleSettings(
        _ node: YAMLNode,
        rule: RuleMetadata,
        problem: (String, YAMLNode, String) -> Void,
        severity: (YAMLNode, String) -> Severity?,
        globs: (YAMLNode, String) -> [GlobPattern]
    ) -> RuleSettings? {
        if node.isScalar {
            if case .bool(let on)? = node.resolved(.yaml11) { return RuleSettings(enabled: on) }
            if let text = node.string?.lowercased() {
                if text == "off" || text == "disabled" { return RuleSettings(enabled: false) }
                if text == "on" || text == "enabled" { return RuleSettings(enabled: true) }
                if let level = Severity(rawValue: text) { return RuleSettings(enabled: true, severity: level) }
            }
            problem("\(rule.id) takes off, on, error, warning, note, or a mapping of settings", node, "config-invalid")
            return nil
        }
        guard let pairs = node.mapping else {
            problem("\(rule.id) takes off, on, error, warning, note, or a mapping of settings", node, "config-invalid")
            return nil
        }
        var settings = RuleSettings()
        for pair in pairs {
            let key = pair.keyString ?? ""
            switch key {
            case "enabled":
                if case .bool(let on)? = pair.value.resolved(.yaml11) { settings.enabled = on } else {
                    problem("enabled must be true or false", pair.value, "config-invalid")
                }
            case "severity":
                settings.severity = severity(pair.value, "severity")
            case "exclude":
                settings.excludes = globs(pair.value, "exclude")
            default:
                guard rule.option(named: key) != nil else {
                    let known = rule.options.map(\.name)
                    let list = known.isEmpty ? "\(rule.id) takes no options" : "options of \(rule.id): \(known.joined(separator: ", "))"
                    problem("unknown setting '\(key)' for \(rule.id); settings are enabled, severity, exclude; \(list)", pair.key, "config-unknown-option")
                    continue
                }
                guard let value = pair.value.string, !pair.value.isNull else {
                    problem("option \(key) of \(rule.id) takes a single value, not \(pair.value.kindDescription)", pair.value, "config-invalid")
                    continue
                }
                settings.options[key] = value
            }
        }
        return settings
    }
}

/// An invalid configuration: every problem with its position; the CLI prints them with code frames and exits 2.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public var file: SourceFile?

    public init(diagnostics: [Diagnostic], file: SourceFile? = nil) {
        self.diagnostics = diagnostics
        self.file = file
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }

    public func render(style: TerminalStyle = .plain) -> String {
        let renderer = DiagnosticRenderer(style: style)
        return diagnostics.map { renderer.render($0, file: file) }.joined(separator: "\n")
    }
}
