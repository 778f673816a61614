import DeploySyntax

/// What users and reporters know about a rule: read from the front matter and body of `Rules/<kind>/<ID>.md`.
public struct RuleMetadata: Sendable, Hashable {
    /// Tags a rule may carry (`tags:` in the front matter).
    public static let allowedTags: Set<String> = [
        "security", "reliability", "cost", "best-practice", "maintainability", "performance",
    ]

    public var id: String
    public var title: String
    /// A `FileKind` raw value, `engine` for engine-level rules, or `any` for text rules that read every kind.
    public var kind: String
    /// The default severity; configuration may override it.
    public var severity: Severity
    public var tags: [String]
    /// SARIF `security-severity`, normalised to one decimal ("7.0"); nil when the doc gives none.
    public var securitySeverity: String?
    public var references: [String]
    /// Equivalent checks in peer tools, tool name to id, sorted by tool name.
    public var equivalents: [(tool: String, id: String)]
    /// Options the rule reads from configuration, name to description, sorted by name.
    public var options: [(name: String, description: String)]
    /// The first paragraph of the body.
    public var summary: String
    /// The Markdown body after the front matter.
    public var documentation: String
    /// `Rules/<kind>/<ID>.md`.
    public var sourcePath: String

    public init(
        id: String,
        title: String,
        kind: String,
        severity: Severity,
        tags: [String] = [],
        securitySeverity: String? = nil,
        references: [String] = [],
        equivalents: [(tool: String, id: String)] = [],
        options: [(name: String, description: String)] = [],
        summary: String = "",
        documentation: String = "",
        sourcePath: String = ""
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.severity = severity
        self.tags = tags
        self.securitySeverity = securitySeverity
        self.references = references
        self.equivalents = equivalents
        self.options = options
        self.summary = summary
        self.documentation = documentation
        self.sourcePath = sourcePath
    }

    /// Stand-in metadata for a rule whose doc is missing (the catalog test fails in that case).
    public static func undocumented(id: String, kind: String) -> RuleMetadata {
        RuleMetadata(id: id, title: id, kind: kind, severity: .warning, summary: "\(id) (undocumented)",
                     sourcePath: "Rules/\(kind)/\(id).md")
    }

    /// Where the rule's doc lives online.
    public var helpURI: String { "\(ToolIdentity.informationURI)/blob/main/\(sourcePath)" }

    /// The title as an identifier (`FinalStageRunsAsRoot`), for SARIF `name`.
    public var pascalCaseName: String {
        var out = ""
        var upperNext = true
        for scalar in title.unicodeScalars {
            let isAlnum = (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9")
            if isAlnum {
                out += upperNext ? String(scalar).uppercased() : String(scalar)
                upperNext = false
            } else {
                upperNext = true
            }
        }
        return out.isEmpty ? id : out
    }

    public func option(named name: String) -> String? {
        options.first { $0.name == name }?.description
    }

    public static func == (lhs: RuleMetadata, rhs: RuleMetadata) -> Bool {
        lhs.id == rhs.id && lhs.title == rhs.title && lhs.kind == rhs.kind && lhs.severity == rhs.severity
            && lhs.tags == rhs.tags && lhs.securitySeverity == rhs.securitySeverity && lhs.references == rhs.references
            && lhs.equivalents.map { [$0.tool, $0.id] } == rhs.equivalents.map { [$0.tool, $0.id] }
            && lhs.options.map { [$0.name, $0.description] } == rhs.options.map { [$0.name, $0.description] }
            && lhs.summary == rhs.summary && lhs.documentation == rhs.documentation && lhs.sourcePath == rhs.sourcePath
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(documentation)
    }
}
