import DeploySyntax

/// Per-environment variables and secrets, in either form the design uses:
///
///     environment:              # mapping form: environment name -> variables
///       dev: {LOG_LEVEL: debug}
///
///     environments:             # list form: name, variables, secrets
///       - name: production
///         variables: {LOG_LEVEL: warn}
///         secrets: [DATABASE_URL]
public struct EnvironmentsSection: Hashable, Sendable {
    public enum Form: String, Hashable, Sendable {
        /// `environment: {name: {VAR: value}}`
        case mapping
        /// `environments: [{name, variables, secrets}]`
        case list
    }

    public var form: Form
    public var entries: [EnvironmentSpec]
    /// Where the `environment:`/`environments:` key stands.
    public var range: SourceRange

    public init(form: Form, entries: [EnvironmentSpec], range: SourceRange) {
        self.form = form
        self.entries = entries
        self.range = range
    }
}

/// One environment's variables and secret names.
public struct EnvironmentSpec: Hashable, Sendable {
    public var name: Located<String>
    public var variables: [EnvironmentVariableSpec]
    public var secrets: [Located<String>]

    public init(name: Located<String>, variables: [EnvironmentVariableSpec] = [], secrets: [Located<String>] = []) {
        self.name = name
        self.variables = variables
        self.secrets = secrets
    }
}

/// `NAME: value`; the value is kept as the text written (`true` stays `true`, `0755` stays `0755`).
public struct EnvironmentVariableSpec: Hashable, Sendable {
    public var name: Located<String>
    public var value: Located<String>

    public init(name: Located<String>, value: Located<String>) {
        self.name = name
        self.value = value
    }
}
