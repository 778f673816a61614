import DeploySyntax

/// A rule that reads a file's text rather than one kind's parsed model, so it runs over every file kind
/// (Dockerfile, compose, Kubernetes, workflows, HCL, `.env`). The secrets scanner's SEC rules are text rules.
public protocol FileTextRule: Rule {
    func check(_ file: SourceFile, kind: FileKind, context: RuleContext) -> [Violation]
}

extension FileTextRule {
    /// Text rules read every kind (`fileKinds`); `kind` names the one kind nothing else reads, `.env` files,
    /// so that registries keyed by a single kind still see them. Their docs say `kind: any`.
    public var kind: FileKind { .dotenv }
}

extension Rule {
    /// The kinds whose files this rule reads: every kind for a `FileTextRule`, its own kind otherwise.
    public var fileKinds: [FileKind] { typed.readsText ? FileKind.allCases : [kind] }
}

/// Runs the text rules among a file's rules: the SEC rules share one scan of the file (one prefilter pass
/// and one run of each woken detector), whatever the number of enabled SEC rules.
public enum FileTextRules {
    /// Violations of every text rule in `rules`, in file order, or nil when `rules` holds no text rule.
    public static func check(_ file: SourceFile, kind: FileKind, rules: [any Rule], context: RuleContext) -> [(ruleID: String, violation: Violation)]? {
        var secretRuleIDs: Set<String> = []
        var others: [any FileTextRule] = []
        for rule in rules {
            switch rule.typed {
            case .secret: secretRuleIDs.insert(rule.id)
            case .text(let text): others.append(text)
            default: break
            }
        }
        guard !secretRuleIDs.isEmpty || !others.isEmpty else { return nil }
        var out: [(ruleID: String, violation: Violation)] = []
        if !secretRuleIDs.isEmpty {
            for finding in SecretScanner.standard.scan(file, kind: kind, ruleIDs: secretRuleIDs) {
                out.append((finding.ruleID, SecretMessage.violation(for: finding, in: file, kind: kind)))
            }
        }
        for rule in others {
            for violation in rule.check(file, kind: kind, context: context) { out.append((rule.id, violation)) }
        }
        return out
    }
}

/// A SEC rule: a family of detectors (SEC003 holds the five GitHub token kinds). Its check scans the file
/// with every detector, so that overlaps resolve the same way whichever rules are enabled, and keeps its own.
public protocol SecretRule: FileTextRule {
    var detectors: [SecretDetector] { get }
}

extension SecretRule {
    public func check(_ file: SourceFile, kind: FileKind, context: RuleContext) -> [Violation] {
        SecretScanner.standard.scan(file, kind: kind, ruleIDs: [id]).map { SecretMessage.violation(for: $0, in: file, kind: kind) }
    }
}

/// Words of SEC findings: what was found (redacted), where, and what to do in this kind of file.
public enum SecretMessage {
    public static func violation(for finding: SecretFinding, in file: SourceFile, kind: FileKind) -> Violation {
        Violation(range: file.range(from: finding.report.lowerBound, to: finding.report.upperBound),
                  message: message(for: finding, kind: kind),
                  redactions: [file.range(from: finding.secret.lowerBound, to: finding.secret.upperBound)])
    }

    public static func message(for finding: SecretFinding, kind: FileKind) -> String {
        let shown = "'\(finding.redactedForm)'"
        let subject: String
        let action: String
        if let entropy = finding.entropy {
            let tenths = Int((entropy * 10).rounded())
            let owner = finding.detail ?? "'\(finding.key ?? "?")'"
            subject = "\(owner) is set to a literal, random-looking value \(shown) (entropy \(tenths / 10).\(tenths % 10) bits/char)"
            action = "if it is a real credential, rotate it"
        } else if let detail = finding.detail {
            subject = "\(finding.label) \(shown) \(detail)"
            action = "rotate it"
        } else {
            subject = "\(finding.label) \(shown)" + (finding.key.map { " in '\($0)'" } ?? "")
            action = "revoke it"
        }
        let state = finding.entropy != nil
            ? (finding.inComment ? ", in a comment that is still committed" : ", committed in plain text")
            : (finding.inComment ? " is committed in a comment (still in the repository)" : " is committed in plain text")
        return subject + state + ": " + action + ", then " + advice(for: kind)
    }

    static func advice(for kind: FileKind) -> String {
        switch kind {
        case .dockerfile: "pass it at build time with 'RUN --mount=type=secret' or at run time through the environment"
        case .compose: "read it as ${VAR} from an untracked .env file or declare it under 'secrets:'"
        case .kubernetes: "reference a Secret through 'secretKeyRef' and keep its value out of git (sealed-secrets, external-secrets or SOPS)"
        case .githubWorkflow: "store it as an Actions secret and use ${{ secrets.NAME }}"
        case .hcl: "pass it through a 'sensitive' variable or read it from a secrets-manager data source"
        case .dotenv: "keep this .env file out of git (.gitignore) and commit a .env.example with placeholders"
        }
    }
}
