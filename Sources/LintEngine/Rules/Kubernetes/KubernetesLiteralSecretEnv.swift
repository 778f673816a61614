import DeploySyntax

/// K8S025: an environment variable whose name says it holds a credential (PASSWORD, SECRET, TOKEN, API_KEY…)
/// set to a literal `value` instead of `valueFrom.secretKeyRef`.
public struct KubernetesLiteralSecretEnv: KubernetesRule {
    public let id = "K8S025"
    public init() {}

    static let secretWords: Set<String> = [
        "PASSWORD", "PASSWD", "PASS", "PWD", "SECRET", "TOKEN", "APIKEY", "PASSPHRASE", "CREDENTIAL", "CREDENTIALS",
    ]
    /// Words before `KEY` that make it a credential (`API_KEY`, `PRIVATE_KEY`, `ACCESS_KEY`…).
    static let keyQualifiers: Set<String> = ["API", "PRIVATE", "ACCESS", "SECRET", "ENCRYPTION", "SIGNING", "MASTER", "AUTH", "CLIENT", "LICENSE"]
    /// A last word that makes the variable about a credential rather than the credential (`TOKEN_TTL`,
    /// `PASSWORD_FILE`, `AWS_ACCESS_KEY_ID`).
    static let nonSecretLastWords: Set<String> = [
        "FILE", "PATH", "DIR", "NAME", "URL", "URI", "ENDPOINT", "HOST", "PORT", "TYPE", "MODE", "ENABLED", "ENABLE",
        "DISABLED", "TTL", "EXPIRY", "EXPIRATION", "EXPIRES", "LENGTH", "SIZE", "ID", "REF", "HEADER", "FIELD",
        "ISSUER", "AUDIENCE", "TIMEOUT", "DURATION", "SECONDS", "LIFETIME", "LIMIT", "COUNT", "VERSION", "PREFIX",
        "SUFFIX", "USER", "USERNAME", "METHOD", "LOCATION", "PROVIDER", "BACKEND", "STORE", "KIND", "FORMAT",
        "ALGORITHM", "POLICY", "REQUIRED", "NAMESPACE", "MOUNT", "SOURCE", "SERVICE", "SCOPE", "SCOPES", "CLAIM",
        "INTERVAL", "ROTATION", "KEY_ID", "LOCATIONS", "NAMES", "PATHS", "FILES",
    ]
    /// Values that are obviously placeholders, not credentials.
    static let placeholderMarkers = ["changeme", "change-me", "change_me", "replace", "example", "placeholder",
                                     "xxxx", "your-", "your_", "<", "dummy", "redacted", "todo", "${", "$("]

    /// Words that make the variable a switch or a count about credentials (`MYSQL_ALLOW_EMPTY_PASSWORD`,
    /// `MAX_TOKENS`), not a credential.
    static let settingWords: Set<String> = ["ALLOW", "ENABLE", "DISABLE", "SKIP", "REQUIRE", "USE", "MAX", "MIN", "NUM", "GENERATE", "RANDOM"]

    static func namesCredential(_ name: String) -> Bool {
        let words = name.uppercased().split { $0 == "_" || $0 == "-" || $0 == "." }.map(String.init)
        guard let last = words.last, !nonSecretLastWords.contains(last) else { return false }
        if words.contains(where: settingWords.contains) { return false }
        for (i, word) in words.enumerated() {
            if secretWords.contains(word) { return true }
            if word == "KEY", i > 0, keyQualifiers.contains(words[i - 1]) { return true }
            if word.count > 6 && (word.hasSuffix("PASSWORD") || word.hasSuffix("TOKEN") || word.hasSuffix("SECRET")) { return true }
        }
        return false
    }

    /// Placeholders and non-credentials: empty, a path, digits only (a count or flag), the variable's own name or
    /// another constant-like name (`INSERT_TOKEN_HERE`, `GOOGLE_API_KEY_VAL`), or a marker such as `changeme`.
    static func isPlaceholder(_ value: String, name: String) -> Bool {
        let lower = value.lowercased()
        if lower.isEmpty || lower.hasPrefix("/") { return true }
        if value.allSatisfy(\.isNumber) { return true }
        if ["true", "false", "yes", "no"].contains(lower) { return true }
        if value.uppercased() == name.uppercased() { return true }
        if value.contains("_"), value.allSatisfy({ ($0.isUppercase && $0.isASCII) || $0.isNumber || $0 == "_" }) { return true }
        return placeholderMarkers.contains { lower.contains($0) }
    }

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for site in manifest.containerSites {
            for variable in site.container.env {
                guard let name = variable.name, let value = variable.value, Self.namesCredential(name.value) else { continue }
                // Unquoted numbers and booleans are settings (`TOKEN_REFRESH: 300`), not credentials.
                if case .string? = variable.resolvedValue {} else { continue }
                if Self.isPlaceholder(value.value, name: name.value) { continue }
                violations.append(Violation(
                    range: value.range,
                    message: "environment variable \(name.value) of \(site.subject) holds a literal value: whoever can read the manifest or the pod spec has the credential; keep it in a Secret and use valueFrom.secretKeyRef"))
            }
        }
        return violations
    }
}
