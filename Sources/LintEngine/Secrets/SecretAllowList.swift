/// Values that look like credentials but are not: placeholders, references to a secret kept elsewhere, and a
/// few well-known published sample values. Every entry says why it is here. A value is cleared only by what
/// it *is* (its own text, or the key it is assigned to); a comment beside it never clears it — only a
/// `specql-deploy ignore=` suppression does.
public enum SecretAllowList {
    /// Words that mark documentation, not a credential. Matched case-insensitively anywhere in the value: a
    /// generated token of 20+ random characters spells one of them by chance with negligible probability.
    static let placeholderWords: [[UInt8]] = [
        "example",      // AWS's AKIAIOSFODNN7EXAMPLE, `example.com` passwords, `token: example-token`
        "changeme", "change-me", "change_me", "changethis", "change-this", "change_this",
        "placeholder", "dummy", "fake", "sample",
        "replace_me", "replace-me", "replaceme", "replace_with", "replace-with",
        "redacted", "xxxx",
        "your-", "your_", "yourtoken", "yourpassword", "yoursecret", "yourkey",
        "-here", "_here",  // `your-token-here`, `put_key_here`
        "insecure",        // Django's generated `django-insecure-…` development keys say so themselves
        "notasecret", "not-a-secret", "not_a_secret", "not-a-real", "not_a_real", "notreal",
        "secretvalue", "secret-value", "secret_value", "mysecret", "my-secret", "my_secret",
        "mypassword", "my-password", "my_password", "supersecret", "super-secret", "super_secret",
        "todo", "fixme",
    ].map { Array($0.utf8) }

    /// Words people type when they make a password up (`UberSecretPassword`, `Password$123456`). Checked only
    /// for the generic detector (SEC029), whose values are human-chosen; provider formats such as
    /// `AGE-SECRET-KEY-1…` legitimately spell them.
    static let humanWords: [[UInt8]] = [
        "password", "passw0rd", "p@ssw0rd", "secret", "s3cr3t", "letmein", "qwerty", "welcome", "hunter2",
        "not-secret", "notsecret", "not_secret", "admin", "default",
    ].map { Array($0.utf8) }

    static func containsHumanWord(_ value: [UInt8]) -> Bool {
        humanWords.contains { containsCaseless(value, $0) }
    }

    /// Keys that are public by design or work only in a vendor's test mode: Stripe publishable keys
    /// (`pk_live_`, shipped to browsers) and test-mode keys (`sk_test_`, `rk_test_`, `pk_test_`), which move
    /// no money. Neither SEC007 nor the generic SEC029 reports them.
    static let publicOrTestKeyPrefixes: [[UInt8]] = ["pk_live_", "pk_test_", "sk_test_", "rk_test_"].map { Array($0.utf8) }

    static func isPublicOrTestKey(_ value: [UInt8]) -> Bool {
        publicOrTestKeyPrefixes.contains { value.starts(with: $0) }
    }

    /// Exact values published by vendors as samples or fixed development keys.
    static let publishedSamples: Set<[UInt8]> = Set([
        // The Azurite / Azure Storage Emulator account key, the same on every machine and published by
        // Microsoft (https://learn.microsoft.com/azure/storage/common/storage-use-azurite).
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
    ].map { Array($0.utf8) })

    /// Well-known default passwords of database images and tutorials (`postgres://postgres:postgres@db`).
    /// They are not leaked secrets — anyone knows them — so SEC017 leaves them to the kind packs' "hard-coded
    /// credential" rules, which say "set a real password" rather than "rotate a leaked one".
    static let wellKnownDefaults: Set<[UInt8]> = Set([
        "postgres", "password", "passwd", "pass", "secret", "root", "admin", "administrator", "guest", "test",
        "mysql", "redis", "mongo", "mongodb", "rabbitmq", "user", "default", "pwd", "123456", "12345678",
    ].map { Array($0.utf8) })

    /// True when the value is a placeholder or a reference rather than a literal credential.
    static func isPlaceholder<C: Collection>(_ value: C) -> Bool where C.Element == UInt8 {
        let bytes = Array(value)
        guard !bytes.isEmpty else { return true }
        if publishedSamples.contains(bytes) { return true }
        let first = bytes[0]
        // `$VAR`, `${VAR}`, `$(cmd)`, `$$`: shell, compose and Dockerfile references.
        if first == UInt8(ascii: "$") { return true }
        // `<your token>`, `[REDACTED]`, `(none)`: bracketed documentation.
        if first == UInt8(ascii: "<") || first == UInt8(ascii: "[") || first == UInt8(ascii: "(") { return true }
        // `%(db_password)s`, `%s`: format strings; `@@TOKEN@@`, `__TOKEN__`: substitution markers.
        if first == UInt8(ascii: "%") || (bytes.count > 4 && bytes.starts(with: [0x40, 0x40])) { return true }
        if bytes.count > 4 && bytes.starts(with: [0x5F, 0x5F]) && bytes.suffix(2).elementsEqual([0x5F, 0x5F]) { return true }
        // Template and interpolation syntaxes anywhere in the value: `${{ secrets.X }}`, `{{ .Values.x }}`,
        // `${var.x}`, `%{ if … }`, Ruby `#{…}`, ERB `<%= … %>`, Jinja `{% … %}`.
        if contains(bytes, "${") || contains(bytes, "{{") || contains(bytes, "}}") || contains(bytes, "%{")
            || contains(bytes, "#{") || contains(bytes, "<%") || contains(bytes, "{%") { return true }
        // Masked values: `****`, `••••`, `...`, `…`.
        if contains(bytes, "***") || contains(bytes, "...") || contains(bytes, "\u{2026}") || contains(bytes, "\u{2022}\u{2022}") { return true }
        for word in placeholderWords where containsCaseless(bytes, word) { return true }
        // `aaaaaaaa`, `00000000`, `abababab`: one or two characters repeated.
        if SecretValueShape(bytes).isDegenerate { return true }
        return false
    }

    /// References to a secret kept elsewhere, in the syntax of secret stores and of the kinds we read: the
    /// value names where the secret lives, it is not the secret.
    static func isReference<C: Collection>(_ value: C) -> Bool where C.Element == UInt8 {
        let bytes = Array(value)
        for prefix in referencePrefixes where startsCaseless(bytes, prefix) { return true }
        return false
    }

    static let referencePrefixes: [[UInt8]] = [
        "secrets.", "env.", "vars.", "inputs.", "steps.", "needs.", "github.",  // GitHub Actions contexts
        "var.", "local.", "data.", "module.", "each.", "self.",  // HCL references
        "arn:",                // an ARN names a Secrets Manager secret or an SSM parameter
        "projects/",           // a Google Secret Manager resource name
        "op://",               // 1Password secret reference
        "vault:", "ref+", "sm://", "awssm:", "akv:", "gcpsm:",  // vals / helm-secrets / SOPS references
        "secretref:", "keyvaultref:", "@microsoft.keyvault(",
        "file:", "env:",       // `file:/run/secrets/x`, `env:TOKEN` indirections
        "/", "./", "../", "~/", // paths to a file that holds the secret
    ].map { Array($0.utf8) }

    /// Keys that hold a name, a path or a setting *about* a secret rather than the secret itself
    /// (`secretName`, `DB_PASSWORD_FILE`, `token_url`, `password_length`, `api_key_header`…), matched
    /// case-insensitively at the end of the key after `_`, `-`, `.` or a lower-to-upper case change.
    static let nonValueKeySuffixes: [String] = [
        "file", "path", "dir", "directory", "name", "names", "ref", "reference", "id", "ids", "arn", "key_id",
        "keyid", "type", "kind", "length", "len", "size", "ttl", "expiry", "expiration", "expires", "timeout",
        "version", "url", "uri", "endpoint", "host", "header", "prefix", "suffix", "enabled", "enable",
        "disabled", "required", "mode", "count", "policy", "policies", "hash", "algorithm", "format", "field",
        "template", "store", "provider", "source", "location", "env", "var", "variable", "secret_name",
        "length_min", "min", "max", "rotation", "rotate", "regex", "pattern", "label", "labels", "description",
        "annotation", "annotations", "selector", "mount", "volume", "ref_name", "key_ref", "keyref", "secret_ref",
        "secretref", "lifetime", "scope", "scopes", "audience", "issuer", "user", "username", "login", "email",
        "generator", "command", "cmd", "script", "hint", "prompt", "question", "placeholder", "example",
    ]

    /// True when the key names a setting about a secret, not its value.
    static func isNonValueKey<C: Collection>(_ key: C) -> Bool where C.Element == UInt8 {
        let bytes = Array(key)
        // `tokenizer`, `max_tokens`, `tokens_per_minute`: language-model settings, not credentials.
        for word in nonCredentialKeyWords where containsCaseless(bytes, word) { return true }
        // Split into words at `_`, `-`, `.`, and lower→upper case changes; compare the last word (and the
        // last two joined by `_`) with the suffix list.
        var words: [[UInt8]] = []
        var current: [UInt8] = []
        var previousLower = false
        for b in bytes {
            if b == UInt8(ascii: "_") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                if !current.isEmpty { words.append(current) }
                current = []
                previousLower = false
                continue
            }
            let isUpper = b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")
            if isUpper && previousLower {
                words.append(current)
                current = []
            }
            current.append(isUpper ? b + 32 : b)
            previousLower = (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
        }
        if !current.isEmpty { words.append(current) }
        guard let last = words.last else { return false }
        let lastWord = String(decoding: last, as: UTF8.self)
        if nonValueKeySuffixSet.contains(lastWord) { return true }
        if words.count >= 2 {
            let lastTwo = String(decoding: words[words.count - 2], as: UTF8.self) + "_" + lastWord
            if nonValueKeySuffixSet.contains(lastTwo) { return true }
        }
        return false
    }

    private static let nonValueKeySuffixSet = Set(nonValueKeySuffixes)
    private static let nonCredentialKeyWords: [[UInt8]] = ["tokeniz", "max_token", "maxtoken", "tokens_per", "token_limit"].map { Array($0.utf8) }

    // MARK: byte helpers

    static func contains(_ bytes: [UInt8], _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard n.count <= bytes.count else { return false }
        var i = 0
        while i + n.count <= bytes.count {
            if bytes[i] == n[0] {
                var k = 1
                while k < n.count && bytes[i + k] == n[k] { k += 1 }
                if k == n.count { return true }
            }
            i += 1
        }
        return false
    }

    static func containsCaseless(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= bytes.count else { return false }
        var i = 0
        while i + needle.count <= bytes.count {
            var k = 0
            while k < needle.count && lower(bytes[i + k]) == needle[k] { k += 1 }
            if k == needle.count { return true }
            i += 1
        }
        return false
    }

    static func startsCaseless(_ bytes: [UInt8], _ prefix: [UInt8]) -> Bool {
        guard prefix.count <= bytes.count else { return false }
        for k in 0..<prefix.count where lower(bytes[k]) != prefix[k] { return false }
        return true
    }

    static func equalsCaseless(_ bytes: [UInt8], _ other: [UInt8]) -> Bool {
        bytes.count == other.count && startsCaseless(bytes, other)
    }

    @inline(__always)
    static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 32 : b }
}
