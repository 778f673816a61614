import DeploySyntax

/// A literal the prefilter looks for before any detector runs (`ghp_`, `AKIA`, `password`…). A line that holds
/// none of a detector's anchors is never matched against that detector's pattern.
public struct SecretAnchor: Sendable, Hashable {
    /// At least three bytes (the prefilter indexes anchors by their first three bytes).
    public let bytes: [UInt8]
    /// ASCII case-insensitive (keywords such as `password`, `Secret`, `API_KEY`).
    public let caseless: Bool

    public init(_ literal: String, caseless: Bool = false) {
        self.bytes = Array(literal.utf8)
        self.caseless = caseless
    }

    /// A case-sensitive anchor: provider prefixes are spelled one way.
    public static func literal(_ text: String) -> SecretAnchor { SecretAnchor(text) }
    /// A case-insensitive anchor: key names come in every case style.
    public static func keyword(_ text: String) -> SecretAnchor { SecretAnchor(text, caseless: true) }
}

/// One way a credential can appear: a compiled PCRE2 pattern (JIT, compiled once and shared), the anchors
/// that make a line worth matching, and how a match is confirmed. Several detectors may report under one
/// rule id (SEC003 holds the five GitHub token kinds). A class, so the scanner's hot path shares detectors
/// without copying them.
public final class SecretDetector: Sendable {
    /// How a pattern match is confirmed before it becomes a finding.
    public enum Confirmation: Sendable, Hashable {
        /// The format is the evidence (a provider prefix and length); only the allow-list can clear it.
        case format
        /// A value found through a key that names it (`aws_secret_access_key = …`): it must also look random.
        case keyedRandom
        /// A JSON Web Token: the header must decode to JSON with an `alg`.
        case jsonWebToken
        /// A `-----BEGIN … PRIVATE KEY-----` line followed by a key body (not `...`).
        case privateKeyBlock
        /// `scheme://user:password@host` with a literal password.
        case databaseURL
        /// Docker `config.json` `"auth": "base64(user:password)"`.
        case dockerConfigAuth
        /// A base64 `.dockerconfigjson` / `.dockercfg` value holding an auth or a password.
        case dockerConfigJSON
        /// `<key naming a secret> = <literal, random-looking value>` on one line.
        case genericAssignment
        /// A Kubernetes-style `- name: API_TOKEN` line whose `value:` follows on the next lines.
        case nameValuePair
        /// An HCL `variable "db_password"` block with a literal `default`.
        case hclVariableDefault
    }

    /// Stable name, as in the docs (`github-pat-classic`).
    public let name: String
    /// The rule that reports it (`SEC003`).
    public let ruleID: String
    /// What the secret is, for messages (`GitHub personal access token (classic)`).
    public let label: String
    public let anchors: [SecretAnchor]
    /// The compiled pattern; nil only if the pattern failed to compile (a test asserts none does).
    public let regex: PCRE2Regex?
    /// Capture groups holding the secret, first non-empty wins (0 means the whole match).
    public let secretGroups: [Int]
    /// Capture group holding the key name for keyed detectors.
    public let keyGroup: Int?
    /// File kinds the detector reads; nil for every kind.
    public let kinds: Set<FileKind>?
    public let confirmation: Confirmation

    public init(
        name: String,
        ruleID: String,
        label: String,
        anchors: [SecretAnchor],
        pattern: String,
        secretGroups: [Int] = [1],
        keyGroup: Int? = nil,
        kinds: Set<FileKind>? = nil,
        confirmation: Confirmation = .format
    ) {
        self.name = name
        self.ruleID = ruleID
        self.label = label
        self.anchors = anchors
        self.regex = try? PCRE2Regex(pattern)
        self.secretGroups = secretGroups
        self.keyGroup = keyGroup
        self.kinds = kinds
        self.confirmation = confirmation
    }

    public func applies(to kind: FileKind) -> Bool { kinds?.contains(kind) ?? true }
}

/// Pattern pieces shared by the detectors, so every keyed form reads keys and assignments the same way.
public enum SecretPatternPieces {
    /// Between a key and its value: a closing quote or bracket, then `=`, `:`, `:=`, `=>` with spaces, or the
    /// `"key": "value"` JSON form.
    public static let assignment = #"["'\]]?[ \t]*(?::=|=>|=|:)[ \t]*"#
    /// A value as written: double-quoted (group a), single-quoted (group b) or bare (group c), in that order.
    public static let value = #"(?:"((?:[^"\\\r\n]|\\.){1,1024})"|'([^'\r\n]{1,1024})'|([^\s"'`,;&|(){}\[\]<>]{1,1024}))"#
}
