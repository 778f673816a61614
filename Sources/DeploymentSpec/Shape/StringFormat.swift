/// The formats strings in `deployment.yaml` follow. Each has a Swift check (used by the validator, no regex
/// engine involved) and an ECMA-262 pattern for the JSON Schema that accepts the same strings.
public enum StringFormat: String, Sendable, CaseIterable {
    /// The application name: it prefixes AWS resource names, so lowercase DNS-label rules and at most 28 characters
    /// (an ALB name is limited to 32, and the generator appends `-alb`).
    case applicationName
    /// A Kubernetes namespace: a DNS label of at most 63 characters.
    case namespace
    case domain
    /// A region code of any provider (`us-east-1`, `europe-west1`, `fsn1`).
    case region
    case availabilityZone
    /// An IPv4 CIDR block for a VPC, /16 to /28.
    case cidr
    /// `512Mi`, `2Gi`.
    case memory
    /// `500m`, or a decimal number of vCPUs written as a string.
    case cpu
    /// `/health`.
    case httpPath
    case bucketName
    case environmentName
    case environmentVariableName
    /// `5m`, `30s`, `1h`.
    case duration
    /// `letsencrypt`, `acm` or an ACM certificate ARN.
    case certificate
    /// A GitHub user or `org/team`.
    case reviewer
    /// A version made of numbers: `3.13`, `24`, `16.4`.
    case numericVersion

    /// An ECMA-262 regular expression accepting the same strings as `problem(with:)`, for the JSON Schema.
    public var pattern: String {
        switch self {
        case .applicationName: "^[a-z](?:[a-z0-9-]{0,26}[a-z0-9])?$"
        case .namespace: "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"
        case .domain: "^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?$"
        case .region: "^[a-z][a-z0-9-]*[a-z0-9]$"
        case .availabilityZone: "^[a-z][a-z0-9-]*[a-z0-9]$"
        case .cidr: "^(?:[0-9]{1,3}\\.){3}[0-9]{1,3}/(?:1[6-9]|2[0-8])$"
        case .memory: "^[0-9]+(?:\\.[0-9]+)?(?:Mi|Gi)$"
        case .cpu: "^(?:[0-9]+m|[0-9]+(?:\\.[0-9]+)?)$"
        case .httpPath: "^/[^\\s?#]*$"
        case .bucketName: "^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"
        case .environmentName: "^[A-Za-z][A-Za-z0-9_-]*$"
        case .environmentVariableName: "^[A-Za-z_][A-Za-z0-9_]*$"
        case .duration: "^[0-9]+[smhd]$"
        case .certificate: "^(?:letsencrypt|acm|arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/[A-Za-z0-9-]+)$"
        case .reviewer: "^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$"
        case .numericVersion: "^[0-9]+(?:\\.[0-9]+){0,2}$"
        }
    }

    /// A correct example, quoted in messages.
    public var example: String {
        switch self {
        case .applicationName: "my-shop"
        case .namespace: "my-shop-prod"
        case .domain: "shop.example.com"
        case .region: "us-east-1"
        case .availabilityZone: "us-east-1a"
        case .cidr: "10.0.0.0/16"
        case .memory: "512Mi"
        case .cpu: "500m"
        case .httpPath: "/health"
        case .bucketName: "my-shop-uploads"
        case .environmentName: "staging"
        case .environmentVariableName: "LOG_LEVEL"
        case .duration: "5m"
        case .certificate: "acm"
        case .reviewer: "octocat"
        case .numericVersion: "3.13"
        }
    }

    /// What is wrong with `text`, as the end of a sentence ("must …"); nil when it is fine.
    public func problem(with text: String) -> String? {
        switch self {
        case .applicationName:
            if text.count > 28 { return "must be at most 28 characters (it prefixes AWS resource names), found \(text.count)" }
            return dnsLabelProblem(text, mustStartWithLetter: true)
        case .namespace:
            if text.count > 63 { return "must be at most 63 characters, found \(text.count)" }
            return dnsLabelProblem(text, mustStartWithLetter: false)
        case .domain: return domainProblem(text)
        case .region, .availabilityZone:
            let ok = !text.isEmpty && text.first!.isLowercaseASCIILetter && text.last! != "-"
                && text.allSatisfy { $0.isLowercaseASCIILetter || $0.isASCIIDigit || $0 == "-" }
            return ok ? nil : "must be a lowercase code such as '\(example)'"
        case .cidr: return cidrProblem(text)
        case .memory:
            return MemorySize(parsing: text) == nil ? "must be an amount of memory such as '512Mi' or '2Gi'" : nil
        case .cpu:
            return CPUAmount(parsing: text) == nil ? "must be a number of vCPUs such as 0.5 or millicores such as '500m'" : nil
        case .httpPath:
            guard text.first == "/" else { return "must be a path starting with '/', such as '/health'" }
            return text.contains(where: { $0 == " " || $0 == "\t" || $0 == "?" || $0 == "#" }) ? "must be a plain path without spaces, query or fragment" : nil
        case .bucketName: return bucketNameProblem(text)
        case .environmentName:
            let ok = text.first?.isASCIILetter == true && text.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || $0 == "_" || $0 == "-" }
            return ok ? nil : "must start with a letter and contain only letters, digits, '-' and '_', such as 'staging'"
        case .environmentVariableName:
            let ok = text.first.map { $0.isASCIILetter || $0 == "_" } == true
                && text.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || $0 == "_" }
            return ok ? nil : "must be a variable name of letters, digits and '_' not starting with a digit, such as 'LOG_LEVEL'"
        case .duration:
            let ok = text.count >= 2 && "smhd".contains(text.last!) && text.dropLast().allSatisfy(\.isASCIIDigit)
            return ok ? nil : "must be a duration such as '30s', '5m' or '1h'"
        case .certificate:
            if text == "letsencrypt" || text == "acm" { return nil }
            return isACMCertificateARN(text) ? nil : "must be 'letsencrypt', 'acm' or an ACM certificate ARN (arn:aws:acm:<region>:<account>:certificate/<id>)"
        case .reviewer:
            let parts = text.split(separator: "/", omittingEmptySubsequences: false)
            let ok = (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty }
                && parts[0].allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || $0 == "-" }
                && parts[0].first != "-" && parts[0].last != "-"
                && parts.dropFirst().allSatisfy { $0.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || "._-".contains($0) } }
            return ok ? nil : "must be a GitHub user such as 'octocat' or a team such as 'my-org/deployers'"
        case .numericVersion:
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            let ok = (1...3).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
            return ok ? nil : "must be a version made of numbers, such as '3.13'"
        }
    }

    private func dnsLabelProblem(_ text: String, mustStartWithLetter: Bool) -> String? {
        guard let first = text.first, let last = text.last else { return "must not be empty" }
        let allowed = text.allSatisfy { $0.isLowercaseASCIILetter || $0.isASCIIDigit || $0 == "-" }
        let firstOK = mustStartWithLetter ? first.isLowercaseASCIILetter : (first.isLowercaseASCIILetter || first.isASCIIDigit)
        if allowed && firstOK && last != "-" { return nil }
        let start = mustStartWithLetter ? "start with a letter" : "start with a letter or digit"
        return "must contain only lowercase letters, digits and '-', \(start) and not end with '-', such as '\(example)'"
    }

    private func domainProblem(_ text: String) -> String? {
        if let scheme = text.firstRange(of: "://") {
            return "must be a host name only, without a scheme: write '\(text[scheme.upperBound...].prefix { $0 != "/" })'"
        }
        if text.contains("/") { return "must be a host name only, without a path" }
        var host = Substring(text)
        if host.hasSuffix(".") { host = host.dropLast() }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        let ok = !host.isEmpty && text.count <= 253 && labels.allSatisfy { label in
            !label.isEmpty && label.count <= 63 && label.first != "-" && label.last != "-"
                && label.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || $0 == "-" }
        }
        return ok ? nil : "must be a host name such as '\(example)'"
    }

    private func cidrProblem(_ text: String) -> String? {
        let usage = "must be an IPv4 CIDR block from /16 to /28, such as '10.0.0.0/16'"
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let prefix = Int(parts[1]), parts[1].allSatisfy(\.isASCIIDigit) else { return usage }
        let octets = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return usage }
        var address: UInt32 = 0
        for octet in octets {
            guard (1...3).contains(octet.count), octet.allSatisfy(\.isASCIIDigit), let value = UInt32(octet), value <= 255 else { return usage }
            address = address << 8 | value
        }
        guard (16...28).contains(prefix) else { return "must have a prefix from /16 to /28 (the sizes AWS allows for a VPC), found /\(prefix)" }
        let hostMask: UInt32 = prefix == 32 ? 0 : (UInt32.max >> UInt32(prefix))
        if address & hostMask != 0 {
            let network = address & ~hostMask
            let dotted = [24, 16, 8, 0].map { String((network >> UInt32($0)) & 0xFF) }.joined(separator: ".")
            return "must be a network address: '\(text)' has host bits set; did you mean '\(dotted)/\(prefix)'?"
        }
        return nil
    }

    private func bucketNameProblem(_ text: String) -> String? {
        let rules = "must be 3 to 63 lowercase letters, digits, '.' or '-', starting and ending with a letter or digit"
        guard (3...63).contains(text.count), let first = text.first, let last = text.last else { return rules }
        let allowed = text.allSatisfy { $0.isLowercaseASCIILetter || $0.isASCIIDigit || $0 == "." || $0 == "-" }
        let ends = (first.isLowercaseASCIILetter || first.isASCIIDigit) && (last.isLowercaseASCIILetter || last.isASCIIDigit)
        guard allowed && ends else { return rules }
        if text.contains("..") { return "must not contain two adjacent dots" }
        let looksLikeIP = text.split(separator: ".").count == 4 && text.allSatisfy { $0.isASCIIDigit || $0 == "." }
        return looksLikeIP ? "must not look like an IP address" : nil
    }

    private func isACMCertificateARN(_ text: String) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "arn", parts[1].hasPrefix("aws"), parts[2] == "acm",
              !parts[3].isEmpty, parts[4].count == 12, parts[4].allSatisfy(\.isASCIIDigit),
              parts[5].hasPrefix("certificate/") else { return false }
        let id = parts[5].dropFirst("certificate/".count)
        return !id.isEmpty && id.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || $0 == "-" }
    }
}

extension Character {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
    var isLowercaseASCIILetter: Bool { ("a"..."z").contains(self) }
}
