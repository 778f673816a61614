import DeploySyntax

/// DF023: `ENV` or an `ARG` default that sets a secret-looking name (PASSWORD, SECRET, TOKEN, API_KEY,
/// PRIVATE_KEY…) to a literal value: it stays readable in the image config and history.
public struct SecretInEnvOrArg: DockerfileRule {
    public let id = "DF023"

    public init() {}

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for instruction in dockerfile.instructions(.env, .arg) {
            for pair in instruction.keyValues {
                guard let value = pair.value, let valueRange = pair.valueRange,
                      Self.isSecretName(pair.key), Self.isLiteralSecret(value) else { continue }
                let what = instruction.keyword == .env
                    ? "ENV \(pair.key) holds a literal secret, stored in the image config where anyone who can pull the image reads it"
                    : "ARG \(pair.key) has a literal secret as its default, stored in the image history"
                violations.append(Violation(
                    range: valueRange,
                    message: "\(what): pass it at run time (environment or a secret store), or at build time with 'RUN --mount=type=secret,id=\(pair.key.lowercased())'",
                    redactions: [valueRange]
                ))
            }
        }
        return violations
    }

    private static let secretWords: Set<String> = [
        "PASSWORD", "PASSWD", "PASSPHRASE", "SECRET", "SECRETS", "TOKEN", "APIKEY", "CREDENTIAL", "CREDENTIALS",
        "PRIVATEKEY", "ACCESSKEY", "SECRETKEY", "AUTHKEY", "CLIENTSECRET",
    ]
    private static let keyQualifiers: Set<String> = ["API", "PRIVATE", "ACCESS", "SECRET", "AUTH", "ENCRYPTION", "SIGNING", "MASTER"]
    /// A last word that makes the name describe a secret rather than hold one (`PASSWORD_FILE`, `TOKEN_URL`).
    private static let metadataSuffixes: Set<String> = [
        "FILE", "PATH", "DIR", "NAME", "ID", "HOST", "PORT", "URL", "URI", "USER", "USERNAME", "LENGTH", "LEN", "TTL",
        "EXPIRY", "EXPIRES", "EXPIRATION", "TIMEOUT", "HEADER", "TYPE", "ENABLED", "REQUIRED", "MODE", "FORMAT",
        "ALGORITHM", "ALG", "VERSION", "FIELD", "PARAM", "PREFIX", "ENDPOINT", "REGION", "SIZE", "COUNT", "MAX", "MIN",
        "LIMIT", "LIFETIME", "AGE", "POLICY", "STORE", "BACKEND", "PROVIDER", "METHOD", "SCOPE", "SCOPES", "ISSUER",
        "AUDIENCE", "ENV", "VAR", "KEY_ID", "ROUNDS", "HASH", "HASHER", "COST", "RESET", "REFRESH_INTERVAL", "LOCATION",
    ]

    static func isSecretName(_ key: String) -> Bool {
        let words = key.uppercased().split(whereSeparator: { $0 == "_" || $0 == "-" || $0 == "." }).map(String.init)
        guard let last = words.last, !metadataSuffixes.contains(last) else { return false }
        for (i, word) in words.enumerated() {
            if secretWords.contains(word) { return true }
            if word == "KEY", i > 0, keyQualifiers.contains(words[i - 1]) { return true }
            if word == "PWD" && words.count > 1 { return true }  // DB_PWD, not the shell's PWD
        }
        return false
    }

    private static let placeholders: Set<String> = [
        "changeme", "change-me", "change_me", "changeit", "placeholder", "dummy", "example", "none", "null", "nil",
        "false", "true", "yes", "no", "off", "on", "todo", "tbd", "redacted", "secret", "password", "token", "xxx",
    ]

    /// A value that is written out in the Dockerfile, not a reference or an obvious placeholder.
    static func isLiteralSecret(_ value: String) -> Bool {
        let v = Self.trimmed(value)
        guard v.count >= 4, !v.utf8Contains("$") else { return false }
        let lower = v.lowercased()
        if placeholders.contains(lower) { return false }
        if v.hasPrefix("/") || v.hasPrefix("./") || v.hasPrefix("~") { return false }  // a path to a secret file
        if v.hasPrefix("<") && v.hasSuffix(">") { return false }
        if lower.hasPrefix("your") || lower.hasPrefix("my-") || lower.hasPrefix("my_") || lower.utf8Contains("changeme")
            || lower.utf8Contains("placeholder") || lower.utf8Contains("example") || lower.hasPrefix("insert") || lower.hasPrefix("replace")
            || lower.utf8Contains("fake") || lower.utf8Contains("dummy") || lower.utf8Contains("sample") {
            return false
        }
        if let first = v.first, v.allSatisfy({ $0 == first }) { return false }  // xxxx, ****
        return true
    }

    private static func trimmed(_ value: String) -> String {
        var s = Substring(value)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
