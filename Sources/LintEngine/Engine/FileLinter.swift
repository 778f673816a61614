import DeploySyntax

/// A file found by discovery, not yet read.
struct DiscoveredFile: Sendable {
    /// The path as shown to the user.
    var path: String
    var absolutePath: String
    /// Relative to the project root (`/`-separated); the absolute path when outside it.
    var relativePath: String
    /// Relative to the configuration's directory, for its excludes; nil when outside it or without one.
    var configRelativePath: String?
    var nameMatch: FileClassifier.NameMatch
    /// Names of the entries in the file's directory.
    var siblingNames: Set<String>
}

/// What linting one file produced.
struct FileResult: Sendable {
    var file: LintedFile?
    var findings: [Finding] = []
    var source: SourceFile?
    var error: LintIssue?
}

/// The per-file pipeline, shared by the directory walk and the fixture harness: classify, parse once, run the
/// kind's rules, turn parse problems into SQ001, apply suppression comments (SQ002, SQ003), set severities,
/// fingerprint, and mark baselined findings.
struct FileLinter: Sendable {
    let ruleSet: RuleSet
    let configuration: LintConfiguration
    let baseline: Set<String>
    /// Enabled rules of each kind (configuration applied, per-path excludes not yet).
    let rulesByKind: [FileKind: [any Rule]]
    let enabledEngineRules: Set<String>
    let knownIDs: Set<String>
    let ruleOptions: [String: [String: String]]
    /// Ids of rules that read text rather than a model (they run even when a file does not parse).
    let textRuleIDs: Set<String>
    /// `LintedFile.ruleIDs` of a file of each kind when every enabled rule of the kind ran (the common case):
    /// computed once instead of a set union and a sort per file.
    let allRanRuleIDs: [FileKind: [String]]
    /// Ids of rules with per-path excludes in the configuration (usually none: no per-file filtering then).
    let rulesWithExcludes: Set<String>

    init(ruleSet: RuleSet, configuration: LintConfiguration, baseline: Set<String>) {
        self.ruleSet = ruleSet
        self.configuration = configuration
        self.baseline = baseline
        var byKind: [FileKind: [any Rule]] = [:]
        for rule in ruleSet.rules where configuration.isEnabled(rule.id) {
            // Text rules (secrets, `kind == .dotenv` by convention) read every kind; model rules their own.
            // Grouping on `kind` avoids a dynamic cast per rule at startup.
            if rule.kind == .dotenv {
                for kind in FileKind.allCases { byKind[kind, default: []].append(rule) }
            } else {
                byKind[rule.kind, default: []].append(rule)
            }
        }
        rulesByKind = byKind.mapValues { $0.sorted { $0.id < $1.id } }
        enabledEngineRules = ruleSet.engineRuleIDs.filter { configuration.isEnabled($0) }
        knownIDs = ruleSet.knownIDs
        ruleOptions = configuration.ruleOptions
        textRuleIDs = Set(ruleSet.rules.filter { $0.kind == .dotenv }.map(\.id))
        let engineIDs = enabledEngineRules
        allRanRuleIDs = rulesByKind.mapValues { Set($0.map(\.id)).union(engineIDs).sorted() }
        rulesWithExcludes = Set(configuration.rules.filter { !$0.value.excludes.isEmpty }.keys)
    }

    var parseErrorsEnabled: Bool { enabledEngineRules.contains(EngineRule.parseError.id) }

    private func hasRules(_ kind: FileKind) -> Bool { !(rulesByKind[kind]?.isEmpty ?? true) }

    /// Reads and lints one discovered file; nil when the file turns out not to be of a kind we lint.
    func lint(_ candidate: DiscoveredFile) -> FileResult? {
        func skipped(_ kind: FileKind, _ reason: String) -> FileResult {
            FileResult(file: LintedFile(path: candidate.path, relativePath: candidate.relativePath, kind: kind, skippedReason: reason))
        }
        let kind: FileKind?
        switch candidate.nameMatch {
        case .none: return nil
        case .template(let templateKind):
            return skipped(templateKind, "a template: lint the rendered file instead")
        case .yaml:
            let wanted = Set([FileKind.kubernetes, .compose].filter(hasRules))
            if wanted.isEmpty { return nil }
            kind = nil
        case .kind(let named):
            if !hasRules(named) {
                let parseOnly = parseErrorsEnabled && (named == .dockerfile || FileClassifier.isYAMLKind(named))
                if !parseOnly { return skipped(named, "no rules for \(named.rawValue) files yet") }
            }
            kind = named
        }

        let bytes: [UInt8]
        switch FileSystem.read(candidate.absolutePath) {
        case .success(let read): bytes = read
        case .failure(let error):
            return FileResult(error: LintIssue(path: candidate.path, message: "cannot read: \(error.message)"))
        }
        let file = SourceFile(path: candidate.path, bytes: bytes)
        return lint(file, kind: kind, relativePath: candidate.relativePath,
                    configRelativePath: candidate.configRelativePath, siblingNames: candidate.siblingNames)
    }

    /// Lints the Terraform/OpenTofu files of one directory (`.tf`/`.tofu`, all discovered in that directory) as one
    /// module: each file is read and parsed once, the Terraform rules run once over the module (so `var.x` resolves
    /// to a default in `variables.tf` and companion resources in other files are seen), and each file's share then
    /// goes through the per-file steps (text rules, SQ001, suppressions, fingerprints, baseline).
    ///
    /// The module counts as complete (rules that need the absence of a companion resource may report) only when
    /// the group holds every Terraform file of the directory. A group of one file, or files that are not UTF-8,
    /// take the per-file path, where a file counts as complete only when it is alone in its directory.
    func lintTerraformDirectory(_ candidates: [DiscoveredFile]) -> [FileResult] {
        guard candidates.count > 1, hasRules(.hcl) else { return candidates.compactMap { lint($0) } }
        var results: [FileResult] = []
        var members: [(candidate: DiscoveredFile, file: SourceFile)] = []
        for candidate in candidates {
            switch FileSystem.read(candidate.absolutePath) {
            case .success(let bytes):
                let file = SourceFile(path: candidate.path, bytes: bytes)
                if UTF8Validation.firstInvalidOffset(bytes) != nil {
                    // Reported as SQ001 by the per-file path; the module is built from the others.
                    if let result = lint(file, kind: .hcl, relativePath: candidate.relativePath,
                                         configRelativePath: candidate.configRelativePath, siblingNames: candidate.siblingNames) {
                        results.append(result)
                    }
                } else {
                    members.append((candidate, file))
                }
            case .failure(let error):
                results.append(FileResult(error: LintIssue(path: candidate.path, message: "cannot read: \(error.message)")))
            }
        }
        if members.count <= 1 {
            for member in members {
                if let result = lint(member.file, kind: .hcl, relativePath: member.candidate.relativePath,
                                     configRelativePath: member.candidate.configRelativePath, siblingNames: member.candidate.siblingNames) {
                    results.append(result)
                }
            }
            return results
        }
        let siblings = members[0].candidate.siblingNames
        let memberNames = Set(members.map { TerraformLinter.baseName($0.candidate.absolutePath) })
        let isComplete = siblings.allSatisfy { name in
            let lower = name.lowercased()
            if lower.hasSuffix(".tf.json") || lower.hasSuffix(".tofu.json") { return false }
            return !TerraformLinter.isModuleFile(name) || memberNames.contains(name)
        }
        let options = ruleOptions
        let outcomes = TerraformLinter.lint(
            directory: members.map(\.file), rules: rulesByKind[.hcl] ?? [],
            context: { RuleContext(path: $0, siblingFileNames: siblings, ruleOptions: options) },
            isComplete: isComplete)
        for member in members {
            if let result = lint(member.file, kind: .hcl, relativePath: member.candidate.relativePath,
                                 configRelativePath: member.candidate.configRelativePath, siblingNames: member.candidate.siblingNames,
                                 kindOutcome: outcomes[member.file.path] ?? RuleRunner.Outcome()) {
                results.append(result)
            }
        }
        return results
    }

    /// Lints bytes already in memory. `kind` nil means "a YAML file to classify by content". `kindOutcome`, when
    /// given, is what the kind's rules already reported for this file (the Terraform directory pass): only the text
    /// rules run here.
    func lint(_ file: SourceFile, kind named: FileKind?, relativePath: String, configRelativePath: String?, siblingNames: Set<String>,
              kindOutcome: RuleRunner.Outcome? = nil) -> FileResult? {
        var kind: FileKind
        var yaml: YAMLStream?
        var parseFailure: Diagnostic?

        if let invalid = UTF8Validation.firstInvalidOffset(file.bytes) {
            guard let named else { return nil }
            kind = named
            let byte = String(file.bytes[invalid], radix: 16, uppercase: true)
            parseFailure = Diagnostic(code: "encoding", message: "the file is not UTF-8 text (byte 0x\(byte.count == 1 ? "0" + byte : byte)); save it as UTF-8",
                                      path: file.path, range: file.range(from: invalid, to: invalid + 1))
        } else if let named {
            kind = named
            if FileClassifier.isYAMLKind(named) {
                switch YAMLParser().parse(file) {
                case .success(let stream): yaml = stream
                case .failure(let error): parseFailure = error.diagnostic
                }
            }
        } else {
            let wanted = Set([FileKind.kubernetes, .compose].filter(hasRules))
            switch FileClassifier.classifyYAML(file, wanted: wanted) {
            case .unrecognised: return nil
            case .skipped(let skippedKind, let reason):
                return FileResult(file: LintedFile(path: file.path, relativePath: relativePath, kind: skippedKind ?? .kubernetes, skippedReason: reason))
            case .yamlSyntaxError(let guessed, let error):
                kind = guessed
                parseFailure = error.diagnostic
            case .kind(let detected, let stream):
                kind = detected
                yaml = stream
            }
        }

        var rules = rulesByKind[kind] ?? []
        if !rulesWithExcludes.isEmpty, let configRelativePath {
            rules.removeAll { rule in
                guard rulesWithExcludes.contains(rule.id), let excludes = configuration.rules[rule.id]?.excludes else { return false }
                return excludes.contains { $0.matches(configRelativePath) }
            }
        }
        var skippedReason: String?
        var parseDiagnostics: [Diagnostic] = []
        var violations: [(ruleID: String, violation: Violation)] = []
        let context = RuleContext(path: file.path, siblingFileNames: siblingNames, ruleOptions: ruleOptions)
        var textRulesRan = false
        if let parseFailure {
            parseDiagnostics = [parseFailure]
            // A file that does not parse can still leak a secret: text rules read the bytes.
            if let text = RuleRunner.runTextRules(LintInput(kind: kind, file: file), rules: rules, context: context) {
                violations = text
                textRulesRan = true
            }
        } else {
            var outcome: RuleRunner.Outcome
            if var given = kindOutcome {
                // The directory pass ran every enabled rule of the kind: keep those in force for this path.
                if rules.count != (rulesByKind[kind]?.count ?? 0) {
                    let kept = Set(rules.map(\.id))
                    given.violations.removeAll { !kept.contains($0.ruleID) }
                }
                if let text = RuleRunner.runTextRules(LintInput(kind: kind, file: file), rules: rules, context: context) {
                    given.violations += text
                    given.skippedReason = nil
                }
                outcome = given
            } else {
                outcome = RuleRunner.run(LintInput(kind: kind, file: file, yaml: yaml), rules: rules, context: context)
            }
            // A kind's checker may forward the stream's own diagnostics (duplicate keys): report each once.
            var seen = Set<Diagnostic>()
            parseDiagnostics = ((yaml?.diagnostics ?? []) + outcome.parseDiagnostics).filter { seen.insert($0).inserted }
            violations = outcome.violations
            skippedReason = outcome.skippedReason
            if rules.isEmpty && skippedReason == nil { skippedReason = "no enabled rules for \(kind.rawValue) files" }
        }
        let fatal = parseDiagnostics.contains { $0.severity == .error }
        let ranTextRuleIDs = rules.map(\.id).filter(self.textRuleIDs.contains)
        let ranRuleIDs: [String]
        if skippedReason != nil {
            ranRuleIDs = []
        } else if fatal {
            ranRuleIDs = textRulesRan || parseFailure == nil ? ranTextRuleIDs : []
        } else {
            ranRuleIDs = rules.map(\.id)
        }

        var findings: [Finding] = []
        func add(_ ruleID: String, _ violation: Violation) {
            let severity = configuration.severityOverride(for: ruleID) ?? violation.severity ?? ruleSet.metadata(for: ruleID).severity
            findings.append(Finding(ruleID: ruleID, severity: severity, message: violation.message, path: file.path,
                                    relativePath: relativePath, kind: kind, range: violation.range, related: violation.related,
                                    redactions: violation.redactions))
        }
        if enabledEngineRules.contains(EngineRule.parseError.id) {
            let errors = parseDiagnostics.filter { $0.severity == .error }
            let reported = errors.isEmpty ? parseDiagnostics : [errors.min { $0.range < $1.range }!]
            for diagnostic in reported {
                add(EngineRule.parseError.id, Violation(range: diagnostic.range, message: "\(Self.kindName(kind)) does not parse: \(diagnostic.message)",
                                                        related: diagnostic.related, severity: diagnostic.severity == .error ? nil : diagnostic.severity))
            }
        }
        for (ruleID, violation) in violations { add(ruleID, violation) }

        if SuppressionScanner.mightContainDirective(file.bytes) {
            let directives = SuppressionScanner.scan(file, kind: kind)
            if !directives.isEmpty {
                var matcher = SuppressionMatcher(directives: directives)
                matcher.cover(&findings, from: 0)
                let before = findings.count
                let problems = matcher.problems(fileKind: kind, ranRuleIDs: Set(ranRuleIDs), fatal: fatal,
                                                enabledEngineRules: enabledEngineRules, knownIDs: knownIDs, kindOf: ruleSet.kind(of:))
                for (ruleID, violation) in problems { add(ruleID, violation) }
                // Suppressions may silence SQ002/SQ003 themselves (e.g. `ignore-file=SQ002`).
                matcher.cover(&findings, from: before)
            }
        }

        findings.sort(by: Finding.reportOrder)
        FindingFingerprint.assign(&findings, file: file)
        if !baseline.isEmpty {
            for index in findings.indices where findings[index].suppression == nil && baseline.contains(findings[index].fingerprint) {
                findings[index].suppression = FindingSuppression(kind: .baseline)
            }
        }
        let ran: [String]
        if skippedReason != nil && ranRuleIDs.isEmpty {
            ran = []
        } else if ranRuleIDs.count == (rulesByKind[kind]?.count ?? 0), let all = allRanRuleIDs[kind] {
            ran = all
        } else {
            ran = Set(ranRuleIDs).union(enabledEngineRules).sorted()
        }
        return FileResult(file: LintedFile(path: file.path, relativePath: relativePath, kind: kind, skippedReason: skippedReason, ruleIDs: ran),
                          findings: findings, source: findings.isEmpty ? nil : file)
    }

    static func kindName(_ kind: FileKind) -> String {
        switch kind {
        case .dockerfile: "Dockerfile"
        case .compose: "compose file"
        case .kubernetes: "Kubernetes manifest"
        case .githubWorkflow: "GitHub workflow"
        case .hcl: "HCL file"
        case .dotenv: ".env file"
        }
    }
}

/// Where a byte sequence stops being UTF-8 (overlong forms, surrogates and out-of-range scalars rejected).
enum UTF8Validation {
    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return i
            }
            guard i + length <= n else { return i }
            let second = bytes[i + 1]
            if second < low || second > high { return i }
            var k = 2
            while k < length {
                if bytes[i + k] & 0xC0 != 0x80 { return i }
                k += 1
            }
            i += length
        }
        return nil
    }
}
