import DeploySyntax

/// The second step of a detection: a pattern matched on a line; is it a real-looking secret? Each
/// `SecretDetector.Confirmation` has its test here, and all share the allow-list and the comment policy.
enum SecretConfirmation {
    static func confirm(_ match: PCRE2Regex.Match, detector: SecretDetector, context: LineContext, comment: LineComment?) -> SecretFinding? {
        let base = context.lineStart
        let bytes = context.bytes
        func group(_ index: Int) -> Range<Int>? {
            if index == 0 { return match.range.lowerBound + base..<match.range.upperBound + base }
            guard index - 1 < match.groups.count, let r = match.groups[index - 1] else { return nil }
            return r.lowerBound + base..<r.upperBound + base
        }
        var secretGroup = -1
        var secret = 0..<0
        for g in detector.secretGroups {
            if let r = group(g), !r.isEmpty {
                secretGroup = g
                secret = r
                break
            }
        }
        guard secretGroup >= 0 else { return nil }
        // Text inside a `# specql-deploy ignore=…` directive is the engine's, never a secret.
        if let comment, secret.lowerBound >= comment.markerStart, comment.isDirective(in: bytes, lineEnd: context.lineEnd) {
            return nil
        }
        let inComment = comment.map { secret.lowerBound >= $0.markerStart } ?? false
        let value = Array(bytes[secret])
        let keyRange = detector.keyGroup.flatMap(group)
        let key = keyRange.map { String(decoding: bytes[$0], as: UTF8.self) }

        func finding(secret: Range<Int>, report: Range<Int>? = nil, redacted: String? = nil, key: String? = key,
                     detail: String? = nil, entropy: Double? = nil, inComment: Bool = inComment) -> SecretFinding {
            SecretFinding(detector: detector.name, ruleID: detector.ruleID, label: detector.label, secret: secret,
                          report: report ?? secret, redactedForm: redacted ?? SecretRedaction.redactedForm(bytes[secret]),
                          key: key, detail: detail, entropy: entropy, inComment: inComment)
        }

        switch detector.confirmation {
        case .format:
            if SecretAllowList.isPlaceholder(value) { return nil }
            return finding(secret: secret)

        case .keyedRandom:
            if let key, SecretAllowList.isNonValueKey(Array(key.utf8)) { return nil }
            if SecretAllowList.isPlaceholder(value) || SecretAllowList.isReference(value) { return nil }
            let shape = SecretValueShape(value)
            // The pattern already fixes the alphabet and length; only reject values too regular to be random.
            guard shape.distinctCount >= 8, shape.entropy >= 3.0 else { return nil }
            return finding(secret: secret)

        case .jsonWebToken:
            guard JSONWebTokenShape.isSignedToken(value) else { return nil }
            return finding(secret: secret)

        case .privateKeyBlock:
            return privateKey(match: group(0) ?? secret, typeRange: group(1), detector: detector, context: context, inComment: inComment)

        case .databaseURL:
            let user = group(2).map { Array(bytes[$0]) } ?? []
            if SecretAllowList.isPlaceholder(value) || SecretAllowList.isReference(value) { return nil }
            if value.contains(UInt8(ascii: "$")) || value.contains(UInt8(ascii: "{")) { return nil }
            let lowered = value.map(SecretAllowList.lower)
            if SecretAllowList.wellKnownDefaults.contains(lowered) || lowered == user.map(SecretAllowList.lower) { return nil }
            let scheme = group(1).map { String(decoding: bytes[$0], as: UTF8.self) } ?? ""
            // The user name is shown unless it could itself be a credential (long or random-looking).
            let showUser = user.count <= 32 && !SecretValueShape(user).looksRandom
            let userText = showUser ? String(decoding: user, as: UTF8.self) : ""
            let schemeName = scheme.hasSuffix("://") ? String(scheme.dropLast(3)) : scheme
            let detail = userText.isEmpty ? "in the \(schemeName) URL" : "in the \(schemeName) URL for user '\(userText)'"
            return finding(secret: secret, key: nil, detail: detail)

        case .dockerConfigAuth:
            guard DockerCredentialShape.isUserPasswordPair(value) else { return nil }
            return finding(secret: secret)

        case .dockerConfigJSON:
            guard DockerCredentialShape.configJSONHoldsCredential(value) else { return nil }
            return finding(secret: secret)

        case .genericAssignment:
            guard let keyRange, let key else { return nil }
            // HCL: an unquoted value is an expression (`var.x`, `random_password.db.result`), not a literal.
            if context.kind == .hcl && secretGroup == detector.secretGroups.last { return nil }
            if let comment, keyRange.lowerBound >= comment.markerStart,
               !isCommentedOutAssignment(keyStart: keyRange.lowerBound, comment: comment, context: context) {
                return nil
            }
            guard let entropy = keyedLiteral(key: Array(key.utf8), value: value) else { return nil }
            return finding(secret: secret, entropy: entropy)

        case .nameValuePair:
            guard let key, !inComment, !SecretAllowList.isNonValueKey(Array(key.utf8)) else { return nil }
            return followingValue(afterNameLine: context, key: key, detector: detector)

        case .hclVariableDefault:
            guard let key, !inComment, !SecretAllowList.isNonValueKey(Array(key.utf8)) else { return nil }
            return variableDefault(after: context, key: key, detector: detector)
        }
    }

    // MARK: generic values

    /// The entropy of a literal assigned to a secret-naming key when it looks like a generated credential;
    /// nil for placeholders, references, words, names, paths, URLs and numbers.
    static func keyedLiteral(key: [UInt8], value: [UInt8]) -> Double? {
        if SecretAllowList.isNonValueKey(key) { return nil }
        // A Kubernetes Secret's `data:` is base64 of the real value: judge what it encodes (base64 inflates
        // entropy: `UGFzc3dvcmQkMTIzNDU2` is "Password$123456"). Random binary keys do not decode to text.
        if value.count % 4 == 0, value.count >= 8, let decoded = Base64Bytes.decode(value), Base64Bytes.isPrintableText(decoded) {
            return literalEntropy(key: key, value: decoded)
        }
        return literalEntropy(key: key, value: value)
    }

    private static func literalEntropy(key: [UInt8], value: [UInt8]) -> Double? {
        if SecretAllowList.isPlaceholder(value) || SecretAllowList.isReference(value) { return nil }
        if SecretAllowList.containsHumanWord(value) || SecretAllowList.isPublicOrTestKey(value) { return nil }
        if value.contains(where: { $0 == 0x20 || $0 == 0x09 }) { return nil }  // prose, not a credential
        if SecretAllowList.contains(value, "://") { return nil }               // URLs: SEC017 reads those
        if SecretAllowList.equalsCaseless(value, key.map(SecretAllowList.lower)) { return nil }
        if isDottedIdentifier(value) || isWordLike(value) { return nil }
        let shape = SecretValueShape(value)
        return shape.looksRandom ? shape.entropy : nil
    }

    /// `settings.SECRET_KEY`, `AutoTokenizer.from_pretrained`, `aws_iam_access_key.ci.secret`: a code reference.
    static func isDottedIdentifier(_ value: [UInt8]) -> Bool {
        let segments = value.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard segments.count >= 2 else { return false }
        return segments.allSatisfy { segment in
            guard let first = segment.first else { return false }
            let startsLikeIdentifier = (first >= 0x41 && first <= 0x5A) || (first >= 0x61 && first <= 0x7A) || first == 0x5F
            return startsLikeIdentifier && segment.allSatisfy { b in
                (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b == 0x2D
            }
        }
    }

    /// `my-app-secret-v2`, `UberSecretPassword`, `Password$123456`, `SOME_SETTING_NAME`: words joined by
    /// separators or case changes, with at most short digit groups. Random tokens mix letters and digits
    /// inside their "words", or have vowel-less fragments, so they are not word-like.
    static func isWordLike(_ value: [UInt8]) -> Bool {
        var parts: [[UInt8]] = []
        var current: [UInt8] = []
        func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
        func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        for b in value {
            if !(isLower(b) || isUpper(b) || isDigit(b)) {
                if !current.isEmpty { parts.append(current) }
                current = []
                continue
            }
            if let last = current.last, (isUpper(b) && isLower(last)) || (isDigit(b) != isDigit(last)) {
                parts.append(current)
                current = []
            }
            current.append(b)
        }
        if !current.isEmpty { parts.append(current) }
        guard parts.count >= 2 else { return false }
        let vowels: Set<UInt8> = Set("aeiouyAEIOUY".utf8)
        for (index, part) in parts.enumerated() {
            if part.allSatisfy(isDigit) {
                if part.count > 6 { return false }
                continue
            }
            // A lone letter before digits is a version or an index (`v2`, `r1`).
            if part.count == 1, index + 1 < parts.count, parts[index + 1].allSatisfy(isDigit) { continue }
            guard part.count >= 2, part.contains(where: vowels.contains) else { return false }
            let tail = part.dropFirst()
            guard tail.allSatisfy(isLower) || part.allSatisfy(isUpper) else { return false }
        }
        return true
    }

    /// In a comment, the generic detector reads only commented-out code: the key must open the comment's
    /// text (after `- `, `export `, `ENV `, `ARG ` or a quote), as in `# DB_PASSWORD=…`, not prose.
    static func isCommentedOutAssignment(keyStart: Int, comment: LineComment, context: LineContext) -> Bool {
        let bytes = context.bytes
        var p = comment.textStart
        let lead: [[UInt8]] = ["- ", "export ", "ENV ", "ARG ", "env ", "arg ", "set "].map { Array($0.utf8) }
        var advanced = true
        while advanced && p < context.lineEnd {
            advanced = false
            for word in lead where p + word.count <= context.lineEnd && Array(bytes[p..<p + word.count]) == word {
                p += word.count
                while p < context.lineEnd && (bytes[p] == 0x20 || bytes[p] == 0x09) { p += 1 }
                advanced = true
            }
            if p < context.lineEnd && (bytes[p] == UInt8(ascii: "\"") || bytes[p] == UInt8(ascii: "'")) {
                p += 1
                advanced = true
            }
        }
        return p == keyStart
    }

    // MARK: multi-line forms

    /// `- name: API_TOKEN` followed (within three lines of the same list item) by `value: <literal>`.
    static func followingValue(afterNameLine context: LineContext, key: String, detector: SecretDetector) -> SecretFinding? {
        guard let valueRegex = MultiLinePatterns.valueLine else { return nil }
        for next in context.lineIndex + 1...context.lineIndex + 3 {
            guard let range = context.lineRange(next) else { return nil }
            let line = context.slice(range)
            if MultiLinePatterns.startsListItemOrName(line) { return nil }
            guard let match = valueRegex.firstMatch(in: line) else { continue }
            guard let valueLocal = match.groups.prefix(3).compactMap({ $0 }).first(where: { !$0.isEmpty }) else { return nil }
            let secret = valueLocal.lowerBound + range.lowerBound..<valueLocal.upperBound + range.lowerBound
            let value = Array(context.bytes[secret])
            if let comment = LineComment.find(in: context.bytes, lineStart: range.lowerBound, lineEnd: range.upperBound, kind: context.kind),
               comment.markerStart <= secret.lowerBound { return nil }
            guard let entropy = keyedLiteral(key: Array(key.utf8), value: value) else { return nil }
            return SecretFinding(detector: detector.name, ruleID: detector.ruleID, label: detector.label, secret: secret, report: secret,
                                 redactedForm: SecretRedaction.redactedForm(value), key: key, detail: nil, entropy: entropy, inComment: false)
        }
        return nil
    }

    /// `variable "db_password" {` … `default = "<literal>"` … `}`.
    static func variableDefault(after context: LineContext, key: String, detector: SecretDetector) -> SecretFinding? {
        guard let defaultRegex = MultiLinePatterns.hclDefault else { return nil }
        for next in context.lineIndex...context.lineIndex + 40 {
            guard let range = context.lineRange(next) else { return nil }
            let line = context.slice(range)
            if next > context.lineIndex, let first = line.first, first == UInt8(ascii: "}") { return nil }
            guard let match = defaultRegex.firstMatch(in: line), let valueLocal = match.groups.first ?? nil, !valueLocal.isEmpty else { continue }
            let secret = valueLocal.lowerBound + range.lowerBound..<valueLocal.upperBound + range.lowerBound
            let value = Array(context.bytes[secret])
            if let comment = LineComment.find(in: context.bytes, lineStart: range.lowerBound, lineEnd: range.upperBound, kind: .hcl),
               comment.markerStart <= secret.lowerBound { return nil }
            guard let entropy = keyedLiteral(key: Array(key.utf8), value: value) else { return nil }
            return SecretFinding(detector: detector.name, ruleID: detector.ruleID, label: detector.label, secret: secret, report: secret,
                                 redactedForm: SecretRedaction.redactedForm(value), key: key, detail: "the default of variable '\(key)'",
                                 entropy: entropy, inComment: false)
        }
        return nil
    }

    // MARK: private keys

    /// A BEGIN line counts when a key body follows (a base64 run of 40+ characters before the END line);
    /// `-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----` in documentation does not.
    static func privateKey(match: Range<Int>, typeRange: Range<Int>?, detector: SecretDetector, context: LineContext, inComment: Bool) -> SecretFinding? {
        let bytes = context.bytes
        let start = match.upperBound
        let windowEnd = min(bytes.count, start + 65_536)
        let endMarker = Array("-----END".utf8)
        var end = windowEnd
        var i = start
        while i + endMarker.count <= windowEnd {
            if bytes[i] == 0x2D && Array(bytes[i..<i + endMarker.count]) == endMarker {
                end = i
                break
            }
            i += 1
        }
        var longestRun = 0, run = 0, base64Count = 0
        var body: [UInt8] = []
        var j = start
        while j < end {
            let b = bytes[j]
            let isBase64 = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2B || b == 0x2F || b == 0x3D
            // `\n` escapes inside a quoted one-line key are separators, not key material.
            if b == UInt8(ascii: "\\") && j + 1 < end && bytes[j + 1] == UInt8(ascii: "n") {
                run = 0
                j += 2
                continue
            }
            if isBase64 {
                run += 1
                base64Count += 1
                if body.count < 8 { body.append(b) }
                longestRun = max(longestRun, run)
            } else {
                run = 0
            }
            j += 1
        }
        guard longestRun >= 40 else { return nil }
        // Trim the blanks and escapes that open the body so the visible prefix is key material.
        var bodyStart = start
        while bodyStart < end {
            let b = bytes[bodyStart]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") { bodyStart += 1; continue }
            if b == UInt8(ascii: "\\") && bodyStart + 1 < end && bytes[bodyStart + 1] == UInt8(ascii: "n") { bodyStart += 2; continue }
            break
        }
        let type = typeRange.map { String(decoding: bytes[$0], as: UTF8.self).trimmingSpaces } ?? ""
        let visible = SecretRedaction.visiblePrefixLength(forLength: base64Count)
        let redacted = String(decoding: body.prefix(visible), as: UTF8.self) + "\u{2026} (\(base64Count) chars)"
        return SecretFinding(detector: detector.name, ruleID: detector.ruleID, label: type.isEmpty ? detector.label : "\(type) \(detector.label)",
                             secret: bodyStart..<max(bodyStart, end), report: match, redactedForm: redacted, key: nil,
                             detail: nil, entropy: nil, inComment: inComment)
    }
}

/// Small patterns the multi-line forms use, compiled once.
enum MultiLinePatterns {
    static let valueLine = try? PCRE2Regex(#"^[ \t]*value:[ \t]*"# + SecretPatternPieces.value)
    static let hclDefault = try? PCRE2Regex(#"^[ \t]*default[ \t]*=[ \t]*"((?:[^"\\\r\n]|\\.){1,1024})""#)

    /// A line that starts another list item or names another variable ends the search for a `value:`.
    static func startsListItemOrName(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < line.count && (line[i] == 0x20 || line[i] == 0x09) { i += 1 }
        guard i < line.count else { return false }
        if line[i] == UInt8(ascii: "-") { return true }
        let stops: [[UInt8]] = ["name:", "valueFrom:"].map { Array($0.utf8) }
        for stop in stops where i + stop.count <= line.count && Array(line[i..<i + stop.count]) == stop { return true }
        return false
    }
}

/// JSON Web Tokens: three base64url segments whose header is JSON naming an algorithm.
enum JSONWebTokenShape {
    static func isSignedToken(_ token: [UInt8]) -> Bool {
        let segments = token.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard segments.count == 3, segments[2].count >= 16 else { return false }
        guard let header = Base64Bytes.decode(segments[0]), Base64Bytes.isPrintableText(header),
              SecretAllowList.contains(header, "\"alg\"") else { return false }
        guard let payload = Base64Bytes.decode(segments[1]), Base64Bytes.isPrintableText(payload) else { return false }
        return !isPublishedSample(payload: payload)
    }

    /// Tokens published as samples: the jwt.io debugger's default (`"name":"John Doe"`, subject 1234567890)
    /// and Supabase's self-hosting demo keys (`"iss":"supabase-demo"`), printed in their docs for everyone.
    static func isPublishedSample(payload: [UInt8]) -> Bool {
        let compact = payload.filter { $0 != 0x20 }
        if SecretAllowList.contains(compact, "\"sub\":\"1234567890\"") && SecretAllowList.contains(compact, "\"name\":\"JohnDoe\"") { return true }
        if SecretAllowList.contains(compact, "\"iss\":\"supabase-demo\"") { return true }
        return false
    }
}

/// Docker registry credentials: `auth` is base64 of `user:password`.
enum DockerCredentialShape {
    static func isUserPasswordPair(_ base64: [UInt8]) -> Bool {
        guard let decoded = Base64Bytes.decode(base64), Base64Bytes.isPrintableText(decoded),
              let colon = decoded.firstIndex(of: UInt8(ascii: ":")), colon > 0 else { return false }
        let password = Array(decoded[(colon + 1)...])
        guard !password.isEmpty else { return false }
        return !SecretAllowList.isPlaceholder(password) && !SecretAllowList.isPlaceholder(Array(decoded[..<colon]))
    }

    static let credentialField = try? PCRE2Regex(#""(auth|password|identitytoken|registrytoken)"\s*:\s*"([^"]*)""#)

    /// A decoded `.dockerconfigjson` / `.dockercfg` holds a usable credential.
    static func configJSONHoldsCredential(_ base64: [UInt8]) -> Bool {
        guard let decoded = Base64Bytes.decode(base64), Base64Bytes.isPrintableText(decoded), let regex = credentialField else { return false }
        for match in regex.allMatches(in: decoded) {
            guard let nameRange = match.groups[0], let valueRange = match.groups[1] else { continue }
            let name = Array(decoded[nameRange])
            let value = Array(decoded[valueRange])
            if name == Array("auth".utf8) {
                if isUserPasswordPair(value) { return true }
            } else if !value.isEmpty && !SecretAllowList.isPlaceholder(value) {
                return true
            }
        }
        return false
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
