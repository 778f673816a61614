import DeploySyntax

/// DF032: TLS certificate or package-signature verification switched off (`curl -k`, `wget --no-check-certificate`,
/// `pip --trusted-host`, `apt-get --allow-unauthenticated`, `apk --allow-untrusted`, `--nogpgcheck`,
/// `NODE_TLS_REJECT_UNAUTHORIZED=0`, `PYTHONHTTPSVERIFY=0`, `GIT_SSL_NO_VERIFY`…).
public struct TLSVerificationDisabled: DockerfileRule {
    public let id = "DF032"

    public init() {}

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for instruction in dockerfile.instructions(.env, .arg) {
            for pair in instruction.keyValues {
                guard let value = pair.value, let problem = Self.environmentProblem(pair.key, value) else { continue }
                violations.append(Violation(range: pair.range, message: problem))
            }
        }
        for (_, script) in dockerfile.runScripts(includingTriggers: true) {
            for command in script.commands {
                for assignment in command.assignments {
                    let parts = assignment.value.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                    if parts.count == 2, let problem = Self.environmentProblem(String(parts[0]), String(parts[1])) {
                        violations.append(Violation(range: assignment.range, message: problem))
                    }
                }
                if let (word, problem) = Self.commandProblem(command) {
                    violations.append(Violation(range: word.range, message: problem))
                }
            }
        }
        return violations
    }

    static func environmentProblem(_ key: String, _ value: String) -> String? {
        let v = value.lowercased()
        switch key {
        case "NODE_TLS_REJECT_UNAUTHORIZED" where v == "0":
            return "NODE_TLS_REJECT_UNAUTHORIZED=0 turns off TLS certificate checks for every Node.js connection: remove it and add the CA certificate instead (NODE_EXTRA_CA_CERTS)"
        case "PYTHONHTTPSVERIFY" where v == "0":
            return "PYTHONHTTPSVERIFY=0 turns off HTTPS certificate checks in Python: remove it and install the CA certificate instead"
        case "NPM_CONFIG_STRICT_SSL" where v == "false" || v == "0":
            return "NPM_CONFIG_STRICT_SSL=false makes npm accept any certificate: remove it and set NPM_CONFIG_CAFILE if a private CA is needed"
        case "GIT_SSL_NO_VERIFY" where !v.isEmpty && v != "0" && v != "false":
            return "GIT_SSL_NO_VERIFY turns off TLS certificate checks for git: remove it and add the CA certificate instead"
        case "PIP_TRUSTED_HOST" where !v.isEmpty:
            return "PIP_TRUSTED_HOST makes pip skip certificate checks for '\(value)': remove it and install the CA certificate (PIP_CERT) instead"
        default:
            return nil
        }
    }

    static func commandProblem(_ command: ShellCommand) -> (ShellWord, String)? {
        let words = Array(command.unwrappedWords)
        guard let name = command.effectiveName else { return nil }
        func find(_ predicate: (String) -> Bool) -> ShellWord? { words.dropFirst().first { predicate($0.value) } }
        switch name {
        case "curl":
            if let w = find({ $0 == "-k" || $0 == "--insecure" || ($0.hasPrefix("-") && !$0.hasPrefix("--") && $0.utf8Contains("k") && $0.dropFirst().allSatisfy(\.isLetter)) }) {
                return (w, "curl \(w.value) skips TLS certificate checks, so the download can be swapped in transit: remove it (install ca-certificates if the CA is missing)")
            }
        case "wget":
            if let w = find({ $0 == "--no-check-certificate" }) {
                return (w, "wget --no-check-certificate skips TLS certificate checks, so the download can be swapped in transit: remove it (install ca-certificates if the CA is missing)")
            }
        case "apt-get", "apt":
            if let w = find({ $0 == "--allow-unauthenticated" || $0 == "--force-yes" || $0.hasPrefix("--allow-insecure-repositories") }) {
                return (w, "\(name) \(w.value) installs packages whose signatures were not verified: remove it and import the repository's signing key")
            }
            if let w = find({ $0.lowercased().hasPrefix("acquire::https::verify-peer=false") || $0.lowercased().hasPrefix("apt::get::allowunauthenticated=true") }) {
                return (w, "\(name) -o \(w.value) turns off verification: remove it")
            }
        case "apk":
            if let w = find({ $0 == "--allow-untrusted" }) {
                return (w, "apk --allow-untrusted installs packages with missing or bad signatures: remove it and add the repository key to /etc/apk/keys")
            }
        case "yum", "dnf", "microdnf", "tdnf":
            if let w = find({ $0 == "--nogpgcheck" || $0.lowercased() == "--setopt=sslverify=false" || $0.lowercased() == "--setopt=sslverify=0" }) {
                return (w, "\(name) \(w.value) installs packages without verifying them: remove it and import the repository's GPG key")
            }
        case "rpm":
            if let w = find({ ["--nosignature", "--nodigest", "--noverify", "--nofiledigest"].contains($0) }) {
                return (w, "rpm \(w.value) installs a package without verifying it: remove it and import the signing key (rpm --import)")
            }
        default:
            if PackageManagerCommand.isPipName(name) || PackageManagerCommand.isPythonName(name) {
                if let w = find({ $0 == "--trusted-host" || $0.hasPrefix("--trusted-host=") }) {
                    return (w, "pip --trusted-host skips certificate checks for that index: remove it and point pip at the CA bundle (--cert) instead")
                }
            }
            if name == "npm" || name == "yarn" || name == "pnpm" {
                if let i = words.firstIndex(where: { $0.value == "strict-ssl" || $0.value.hasPrefix("strict-ssl=") || $0.value == "--strict-ssl=false" }),
                   words[i].value.hasSuffix("false") || (i + 1 < words.count && words[i + 1].value == "false") {
                    return (words[i], "\(name) strict-ssl false accepts any certificate for the registry: remove it and configure the CA (cafile) instead")
                }
            }
            if name == "git", let w = find({ $0.lowercased().utf8Contains("sslverify=false") || $0.lowercased() == "http.sslverify" }) {
                let disables = w.value.lowercased().utf8Contains("=false") || words.contains { $0.value == "false" }
                if disables {
                    return (w, "git http.sslVerify=false turns off TLS certificate checks: remove it and add the CA certificate instead")
                }
            }
        }
        return nil
    }
}
