import DeploySyntax

/// SARIF 2.1.0 for GitHub code scanning: one run, the full rules array, results with 1-based regions
/// (columns in Unicode code points), URIs relative to `%SRCROOT%`, partial fingerprints, and
/// `automationDetails.id` as `category/run`. Suppressed findings are left out unless asked for, then carried
/// with `suppressions` (GitHub shows SARIF-suppressed results as open alerts otherwise).
public struct SARIFReporter: Sendable {
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    public static let sourceRootID = "%SRCROOT%"
    public var options: ReportOptions

    public init(options: ReportOptions = ReportOptions()) { self.options = options }

    public func render(_ report: LintReport) -> String {
        let rules = report.rules
        var ruleIndex: [String: Int] = [:]
        for (index, rule) in rules.enumerated() { ruleIndex[rule.id] = index }

        var run: [String: JSONValue] = [
            "tool": .object(["driver": .object([
                "name": .string(ToolIdentity.name),
                "version": .string(ToolIdentity.version),
                "semanticVersion": .string(ToolIdentity.version),
                "informationUri": .string(ToolIdentity.informationURI),
                "rules": .array(rules.map(Self.rule)),
            ])]),
            "automationDetails": .object(["id": .string("\(options.sarifCategory)/\(options.sarifRunID)")]),
            "columnKind": .string("unicodeCodePoints"),
            "results": .array(report.visibleFindings(includeSuppressed: options.includeSuppressed).map { result($0, ruleIndex: ruleIndex) }),
            "invocations": .array([.object([
                "executionSuccessful": .bool(report.errors.isEmpty),
                "toolExecutionNotifications": .array(report.errors.map { issue in
                    .object([
                        "level": .string("error"),
                        "message": .object(["text": .string(issue.message)]),
                        "locations": .array([.object(["physicalLocation": .object(["artifactLocation": artifactLocation(issue.path)])])]),
                    ])
                }),
            ])]),
        ]
        if let root = options.projectRoot {
            run["originalUriBaseIds"] = .object([Self.sourceRootID: .object(["uri": .string(Self.fileURI(root, directory: true))])])
        }
        let log = JSONValue.object([
            "$schema": .string(Self.schemaURI),
            "version": .string("2.1.0"),
            "runs": .array([.object(run)]),
        ])
        return log.serialized() + "\n"
    }

    static func rule(_ rule: RuleMetadata) -> JSONValue {
        var properties: [String: JSONValue] = ["tags": .array(rule.tags.map { .string($0) })]
        if let securitySeverity = rule.securitySeverity { properties["security-severity"] = .string(securitySeverity) }
        let help = rule.documentation.isEmpty ? rule.summary : rule.documentation
        return .object([
            "id": .string(rule.id),
            "name": .string(rule.pascalCaseName),
            "shortDescription": .object(["text": .string(rule.title)]),
            "fullDescription": .object(["text": .string(rule.summary.isEmpty ? rule.title : rule.summary)]),
            "help": .object(["text": .string(help), "markdown": .string(help)]),
            "helpUri": .string(rule.helpURI),
            "defaultConfiguration": .object(["level": .string(level(rule.severity))]),
            "properties": .object(properties),
        ])
    }

    func result(_ finding: Finding, ruleIndex: [String: Int]) -> JSONValue {
        var result: [String: JSONValue] = [
            "ruleId": .string(finding.ruleID),
            "level": .string(Self.level(finding.severity)),
            "message": .object(["text": .string(finding.message)]),
            "locations": .array([.object(["physicalLocation": physicalLocation(finding.relativePath, finding.range)])]),
            "partialFingerprints": .object([
                "primaryLocationLineHash": .string(finding.lineHash),
                "specqlDeployFingerprint/v1": .string(finding.fingerprint),
            ]),
        ]
        if let index = ruleIndex[finding.ruleID] { result["ruleIndex"] = .int(index) }
        if !finding.related.isEmpty {
            result["relatedLocations"] = .array(finding.related.enumerated().map { index, related in
                .object([
                    "id": .int(index + 1),
                    "message": .object(["text": .string(related.message)]),
                    "physicalLocation": physicalLocation(related.path == finding.path ? finding.relativePath : related.path, related.range),
                ])
            })
        }
        if let suppression = finding.suppression {
            var entry: [String: JSONValue] = [
                "kind": .string(suppression.kind == .inSource ? "inSource" : "external"),
                "status": .string("accepted"),
            ]
            if let reason = suppression.reason { entry["justification"] = .string(reason) }
            result["suppressions"] = .array([.object(entry)])
        }
        return .object(result)
    }

    func physicalLocation(_ path: String, _ range: SourceRange) -> JSONValue {
        .object([
            "artifactLocation": artifactLocation(path),
            "region": .object([
                "startLine": .int(max(1, range.start.line)),
                "startColumn": .int(max(1, range.start.column)),
                "endLine": .int(max(1, range.end.line)),
                "endColumn": .int(max(1, range.end.column)),
            ]),
        ])
    }

    func artifactLocation(_ path: String) -> JSONValue {
        if path.hasPrefix("/") { return .object(["uri": .string(Self.fileURI(path, directory: false))]) }
        return .object(["uri": .string(Self.percentEncode(path)), "uriBaseId": .string(Self.sourceRootID)])
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    static func fileURI(_ absolutePath: String, directory: Bool) -> String {
        var uri = "file://" + percentEncode(absolutePath)
        if directory && !uri.hasSuffix("/") { uri += "/" }
        return uri
    }

    /// RFC 3986: keep unreserved characters and `/`, percent-encode every other byte.
    static func percentEncode(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || c == "-" || c == "." || c == "_" || c == "~" || c == "/" {
                out.append(c)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
