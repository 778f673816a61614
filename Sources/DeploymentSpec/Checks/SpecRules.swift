import DeploySyntax

/// Checks that relate several values of a decoded spec: region names, pattern against provider, min ≤ max,
/// end-of-life versions, and the combinations a pattern cannot build (`multi_az` on hobby-project…).
///
/// Each rule group lives in its own file as an extension; all of them read the effective pattern, framework
/// and provider (written or defaulted) from here.
struct SpecRules {
    let spec: DeploymentSpec
    let path: String
    let pattern: DeploymentPattern?
    let framework: Framework
    let profile: FrameworkDefaults.Profile
    let provider: CloudProvider?
    private(set) var diagnostics: [Diagnostic] = []

    init(spec: DeploymentSpec, path: String) {
        self.spec = spec
        self.path = path
        self.pattern = spec.deployment.pattern?.value
        self.framework = spec.deployment.framework?.value ?? FrameworkDefaults.defaultFramework
        self.profile = FrameworkDefaults.profile(for: framework)
        self.provider = spec.platform?.provider?.value ?? pattern.map { PatternDefaults.profile(for: $0).provider }
    }

    static func check(_ spec: DeploymentSpec, path: String) -> [Diagnostic] {
        var rules = SpecRules(spec: spec, path: path)
        rules.checkPlatform()
        rules.checkApplication()
        rules.checkDatabase()
        rules.checkCacheAndStorage()
        rules.checkSecurity()
        rules.checkMonitoring()
        rules.checkCICD()
        rules.checkKubernetes()
        rules.checkEnvironments()
        return rules.diagnostics
    }

    // MARK: - Reporting

    mutating func report(_ code: String, _ message: String, at range: SourceRange, severity: Severity = .error, related: [Diagnostic.Related] = []) {
        diagnostics.append(Diagnostic(severity: severity, code: code, message: message, path: path, range: range, related: related))
    }

    /// An impossible combination with the pattern, pointing at the value and noting where the pattern is chosen.
    mutating func reportWithPattern(_ message: String, at range: SourceRange, code: String = SpecDiagnosticCode.combination, severity: Severity = .error) {
        var related: [Diagnostic.Related] = []
        if let written = spec.deployment.pattern {
            related.append(.init(path: path, range: written.range, message: "pattern '\(written.value.rawValue)' is chosen here"))
        }
        report(code, message, at: range, severity: severity, related: related)
    }

    /// A setting the pattern does not use.
    mutating func reportIgnored(_ what: String, at range: SourceRange, usedBy: String) {
        guard let pattern else { return }
        reportWithPattern("\(what) is ignored by \(pattern.rawValue): it is only used by \(usedBy)", at: range,
                          code: SpecDiagnosticCode.ignored, severity: .warning)
    }

    var patternName: String { pattern?.rawValue ?? "this pattern" }

    var isAWSPattern: Bool { pattern?.requiresAWS == true }
}
