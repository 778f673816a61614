/// Decides whether a variable or input name holds a credential (`POSTGRES_PASSWORD`, `api-key`, `GH_TOKEN`)
/// and whether a value is a literal credential rather than a reference or a placeholder. Shared by the
/// compose and workflow packs so both judge names the same way.
enum CredentialName {
    /// Whole words (split on `_`, `-`, `.`) that name a credential.
    private static let words: Set<String> = [
        "PASSWORD", "PASSWD", "PASS", "PASSPHRASE", "SECRET", "SECRETS", "TOKEN", "APIKEY", "PRIVATEKEY",
        "CREDENTIAL", "CREDENTIALS", "PWD",
    ]
    /// Word pairs that name a credential (`API_KEY`, `ACCESS_KEY`…).
    private static let pairs: Set<String> = [
        "API KEY", "ACCESS KEY", "PRIVATE KEY", "SECRET KEY", "AUTH KEY", "MASTER KEY", "ENCRYPTION KEY",
        "SIGNING KEY", "CLIENT SECRET", "WEBHOOK SECRET", "SESSION KEY", "LICENSE KEY", "ACCOUNT KEY",
    ]
    /// A last word that makes the variable describe a credential rather than hold one
    /// (`PASSWORD_FILE`, `TOKEN_URL`, `SECRET_NAME`, `PASSWORD_MIN_LENGTH`).
    private static let describingSuffixes: Set<String> = [
        "FILE", "PATH", "DIR", "URL", "URI", "ENDPOINT", "HOST", "PORT", "USER", "USERNAME", "NAME", "ID", "KEYID",
        "LENGTH", "LEN", "MIN", "MAX", "EXPIRY", "EXPIRES", "EXPIRE", "EXPIRATION", "TTL", "TIMEOUT", "LIFETIME", "AGE",
        "HEADER", "ENABLED", "ENABLE", "DISABLED", "REQUIRED", "TYPE", "MODE", "ALGORITHM", "ALG", "FIELD", "PARAM",
        "POLICY", "HASH", "HASHED", "ROTATION", "RESET", "COMPLEXITY", "STRENGTH", "ISSUER", "AUDIENCE", "SCOPE",
        "SCOPES", "PREFIX", "VERSION", "COUNT", "SIZE", "INTERVAL", "NAMESPACE", "REF", "MINUTES", "SECONDS", "HOURS",
        "DAYS", "MS", "KIND", "FORMAT", "IMAGE", "TAG", "REPO", "REPOSITORY", "BUCKET", "REGION", "LOCATION", "PROVIDER", "SOURCE", "STORE", "BACKEND", "CMD", "COMMAND",
    ]

    /// True when `name` names a credential.
    static func isCredential(_ name: String) -> Bool {
        let upper = ScalarText.upper(name)
        if upper == "PWD" || upper == "OLDPWD" { return false }
        let parts = upper.split { $0 == "_" || $0 == "-" || $0 == "." }.map(String.init)
        guard let last = parts.last else { return false }
        if describingSuffixes.contains(last) { return false }
        for (i, word) in parts.enumerated() {
            if word == "PASS" || word == "PWD" {
                // `DB_PASS`, `SMTP_PWD`: only as the last word of a longer name.
                if i == parts.count - 1 && parts.count > 1 { return true }
                continue
            }
            if words.contains(word) { return true }
            if word.hasSuffix("PASSWORD") || word.hasSuffix("TOKEN") || word.hasPrefix("SECRET") || word.hasSuffix("SECRET") || word.hasSuffix("APIKEY") {
                return true
            }
            if i + 1 < parts.count, pairs.contains(word + " " + parts[i + 1]) { return true }
        }
        return false
    }

    /// Values that stand for "fill this in" rather than a credential.
    private static let placeholders: Set<String> = [
        "changeme", "change-me", "change_me", "changethis", "change-this", "replaceme", "replace-me", "replace_me",
        "todo", "tbd", "placeholder", "none", "null", "nil", "undefined", "redacted", "dummy", "fake", "xxx",
        "your-secret", "your_secret",
    ]

    /// True when `value` is a literal credential: not empty, not a reference (`${VAR}`, `${{ secrets.X }}`,
    /// `/run/secrets/x`), not a boolean and not an obvious placeholder (`<token>`, `changeme`, `xxxx`).
    static func isLiteralSecretValue(_ raw: String) -> Bool {
        let value = ScalarText.trimBlanks(raw)
        guard !value.isEmpty else { return false }
        if value.contains("$") { return false }
        let lower = ScalarText.lower(value)
        if lower == "true" || lower == "false" || lower == "yes" || lower == "no" || lower == "on" || lower == "off" { return false }
        if placeholders.contains(lower) { return false }
        if lower.hasPrefix("/run/secrets/") || lower.hasPrefix("/var/run/secrets/") { return false }
        if lower.hasPrefix("your-") || lower.hasPrefix("your_") || lower.hasPrefix("replace") || lower.hasPrefix("change-") || lower.hasPrefix("change_") { return false }
        if (value.hasPrefix("<") && value.hasSuffix(">")) || (value.hasPrefix("{{") && value.hasSuffix("}}")) || (value.hasPrefix("%(") && value.hasSuffix(")s")) {
            return false
        }
        if value.allSatisfy({ $0 == "x" || $0 == "X" || $0 == "*" || $0 == "." || $0 == "-" }) { return false }
        return true
    }
}
