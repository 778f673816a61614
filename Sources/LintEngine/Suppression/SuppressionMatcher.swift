import DeploySyntax

/// Applies one file's suppression directives to its findings and reports the directives' own problems:
/// SQ002 (no reason) and SQ003 (silences nothing, names an unknown rule or a rule of another kind).
struct SuppressionMatcher {
    let directives: [SuppressionDirective]
    /// `[directive index, rule reference index]` pairs that silenced at least one finding.
    private(set) var used = Set<[Int]>()

    init(directives: [SuppressionDirective]) {
        self.directives = directives
    }

    /// Marks findings from `start` on that a directive covers.
    mutating func cover(_ findings: inout [Finding], from start: Int) {
        guard start < findings.count else { return }
        for index in start..<findings.count {
            for (d, directive) in directives.enumerated() {
                guard let r = directive.rules.firstIndex(where: { $0.id == findings[index].ruleID }) else { continue }
                if case .lines(let lines) = directive.scope, !lines.contains(findings[index].range.start.line) { continue }
                used.insert([d, r])
                if findings[index].suppression == nil {
                    findings[index].suppression = FindingSuppression(kind: .inSource, reason: directive.reason, range: directive.range)
                }
            }
        }
    }

    /// SQ002 and SQ003 violations for the directives, after `cover` has run over the rules' findings.
    func problems(
        fileKind: FileKind,
        ranRuleIDs: Set<String>,
        fatal: Bool,
        enabledEngineRules: Set<String>,
        knownIDs: Set<String>,
        kindOf: (String) -> FileKind?
    ) -> [(String, Violation)] {
        let sq001 = EngineRule.parseError.id
        let sq002 = EngineRule.suppressionWithoutReason.id
        let sq003 = EngineRule.unusedSuppression.id
        var out: [(String, Violation)] = []
        for (d, directive) in directives.enumerated() {
            if directive.reason == nil && enabledEngineRules.contains(sq002) {
                let ids = directive.rules.map(\.id).joined(separator: ",")
                out.append((sq002, Violation(range: directive.range,
                    message: "suppression of \(ids) gives no reason: add reason=\"…\" saying why the finding does not apply here")))
            }
            guard enabledEngineRules.contains(sq003) else { continue }
            for (r, reference) in directive.rules.enumerated() where !used.contains([d, r]) {
                let id = reference.id
                if id == sq002 || id == sq003 { continue }
                var message: String?
                if !knownIDs.contains(id) {
                    message = "unknown rule id '\(id)' in suppression: `specql-deploy rules` lists the ids"
                } else if id == sq001 {
                    if enabledEngineRules.contains(sq001) && !fatal {
                        message = "unused suppression: this file parses, so \(sq001) never fires here; remove it"
                    }
                } else if let ruleKind = kindOf(id), ruleKind != fileKind {
                    message = "\(id) is a \(ruleKind.rawValue) rule and never applies to this \(FileLinter.kindName(fileKind)); remove it"
                } else if ranRuleIDs.contains(id) && !fatal {
                    switch directive.scope {
                    case .file:
                        message = "unused suppression: no \(id) finding in this file; remove it"
                    case .lines(let lines):
                        let place = lines.count == 1 ? "line \(lines.lowerBound)" : "lines \(lines.lowerBound)-\(lines.upperBound)"
                        message = "unused suppression: no \(id) finding on \(place); remove it"
                    }
                }
                if let message { out.append((sq003, Violation(range: reference.range, message: message))) }
            }
        }
        return out
    }
}
