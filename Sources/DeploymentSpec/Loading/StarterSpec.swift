/// The commented starter `deployment.yaml` that `specql-deploy init` writes. It validates as written and
/// shows each pattern's defaults, so a user edits values rather than looks up keys.
public enum StarterSpec {
    /// A flag value `init` cannot use, with a sentence saying why.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    public static func framework(_ text: String) -> Result<Framework, Problem> {
        word(text, as: Framework.self)
    }

    public static func pattern(_ text: String) -> Result<DeploymentPattern, Problem> {
        word(text, as: DeploymentPattern.self)
    }

    public static func name(_ text: String) -> Result<String, Problem> {
        if let problem = StringFormat.applicationName.problem(with: text) {
            return .failure(Problem(message: "invalid name '\(text)': it \(problem); try '\(suggestedName(from: text))'"))
        }
        return .success(text)
    }

    private static func word<E: SpecEnumeration>(_ text: String, as type: E.Type) -> Result<E, Problem> {
        if let value = E.parse(text) { return .success(value) }
        var message = "unknown \(E.noun) '\(text)'"
        if let close = KeySuggestion.closest(to: text, among: E.acceptedSpellings) { message += "; did you mean '\(close)'?" }
        return .failure(Problem(message: message + " Allowed: " + E.canonicalSpellings.joined(separator: ", ")))
    }

    /// A valid application name made from any text, such as the current directory's name: `My Shop` -> `my-shop`.
    public static func suggestedName(from text: String) -> String {
        var name = ""
        for character in text.lowercased() {
            if character.isLowercaseASCIILetter || character.isASCIIDigit {
                name.append(character)
            } else if !name.isEmpty, name.last != "-" {
                name.append("-")
            }
        }
        if let first = name.first, !first.isLowercaseASCIILetter { name = "app-" + name }
        name = String(name.prefix(28))
        while name.last == "-" { name.removeLast() }
        return name.count >= 2 ? name : "my-app"
    }

    public static func render(name: String, framework: Framework, pattern: DeploymentPattern) -> String {
        let p = PatternDefaults.profile(for: pattern)
        let f = FrameworkDefaults.profile(for: framework)
        var lines = [
            "# deployment.yaml for \(name), written by `specql-deploy init`.",
            "# Check it:             specql-deploy validate",
            "# See every value used: specql-deploy validate --resolved",
            "# Every key:            docs/deployment-yaml.md (or `specql-deploy schema` for editors)",
            "deployment:",
            "  name: \(name)",
            "  framework: \(framework.rawValue)\(pad(framework.rawValue, 18))# fraiseql | django | rails | node",
            "  pattern: \(pattern.rawValue)\(pad(pattern.rawValue, 20))# hobby-project | small-saas | production-saas | kubernetes",
            "",
            "platform:",
        ]
        switch pattern {
        case .smallSaaS, .productionSaaS:
            lines += [
                "  provider: aws",
                "  region: \(AWSRegion.defaultRegion)",
                "  # domain: \(name).example.com        # the ALB gets an ACM certificate for it",
            ]
        case .hobbyProject:
            lines += [
                "  provider: bare-metal              # any Linux server with Docker",
                "  # domain: \(name).example.com        # Caddy gets a Let's Encrypt certificate for it",
            ]
        case .kubernetes:
            lines += [
                "  provider: bare-metal              # an existing cluster anywhere",
                "  # domain: \(name).example.com        # cert-manager gets a certificate for it",
            ]
        }
        lines += [
            "",
            "database:",
            "  version: \"\(PatternDefaults.postgresVersion)\"                     # PostgreSQL major version",
            "  size: \(p.databaseSize.rawValue)\(pad(p.databaseSize.rawValue, 28))# small | medium | large | xlarge",
            "  backup:",
            "    frequency: \(p.backupFrequency.rawValue)\(pad(p.backupFrequency.rawValue, 22))# hourly | daily | weekly\(pattern == .hobbyProject ? "" : " | continuous")",
            "    retention: \(p.backupRetentionDays)\(pad(String(p.backupRetentionDays), 22))# days, 1-35",
            "",
            "application:",
            "  version: \"\(f.runtimeVersion)\"\(pad("\"\(f.runtimeVersion)\"", 25))# \(f.runtime.displayName) version",
            "  instances: \(p.instances)",
            "  memory: \(p.memory)",
            "  cpu: \(p.cpu)",
            "  port: \(f.port)",
        ]
        if p.autoscale.enabled {
            lines += [
                "  autoscale:",
                "    enabled: true",
                "    min: \(p.autoscale.min)",
                "    max: \(p.autoscale.max)",
                "    target_cpu: \(p.autoscale.targetCPU)                    # percent",
            ]
        }
        lines += [
            "",
            "monitoring: \(p.monitoring.rawValue)\(pad(p.monitoring.rawValue, 22))# none | basic | standard | enterprise",
        ]
        if pattern == .kubernetes {
            lines += [
                "",
                "kubernetes:",
                "  namespace: \(name)",
                "  ingress:",
                "    class: traefik                  # traefik | alb | gateway-api (ingress-nginx is unmaintained)",
                "    ssl: cert-manager",
            ]
        }
        lines += [
            "",
            "environments:",
            "  - name: production",
            "    variables:",
            "      LOG_LEVEL: info",
            "    secrets:                        # values live in the secrets manager, never here",
            "      - SECRET_KEY",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(1, width - text.count))
    }
}
