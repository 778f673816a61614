import DeploySyntax

/// The JSON output documented in `docs/json-output.md` (schema version 1). Keys are sorted; arrays are in
/// report order; optional values are `null`, never missing.
public struct JSONReporter: Sendable {
    public static let schemaVersion = 1
    public var options: ReportOptions

    public init(options: ReportOptions = ReportOptions()) { self.options = options }

    public func render(_ report: LintReport) -> String {
        let summary = report.summary
        let metadata = Dictionary(report.rules.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let value = JSONValue.object([
            "schemaVersion": .int(Self.schemaVersion),
            "tool": .object(["name": .string(ToolIdentity.name), "version": .string(ToolIdentity.version)]),
            "failOn": .string(report.failOn.rawValue),
            "exitCode": .int(Int(report.exitCode)),
            "summary": .object([
                "files": .int(summary.files),
                "filesLinted": .int(summary.filesLinted),
                "filesWithFindings": .int(summary.filesWithFindings),
                "errors": .int(summary.errors),
                "warnings": .int(summary.warnings),
                "notes": .int(summary.notes),
                "suppressed": .int(summary.suppressed),
                "baselined": .int(summary.baselined),
            ]),
            "findings": .array(report.visibleFindings(includeSuppressed: options.includeSuppressed).map { finding in
                let rule = metadata[finding.ruleID]
                return .object([
                    "ruleId": .string(finding.ruleID),
                    "title": .string(rule?.title ?? finding.ruleID),
                    "severity": .string(finding.severity.rawValue),
                    "message": .string(finding.message),
                    "path": .string(finding.path),
                    "relativePath": .string(finding.relativePath),
                    "kind": .string(finding.kind.rawValue),
                    "tags": .array((rule?.tags ?? []).map { .string($0) }),
                    "helpUri": rule.map { .string($0.helpURI) } ?? .null,
                    "range": Self.range(finding.range),
                    "related": .array(finding.related.map { related in
                        .object(["path": .string(related.path), "message": .string(related.message), "range": Self.range(related.range)])
                    }),
                    "fingerprint": .string(finding.fingerprint),
                    "suppression": finding.suppression.map { suppression in
                        .object([
                            "kind": .string(suppression.kind.rawValue),
                            "reason": suppression.reason.map { .string($0) } ?? .null,
                        ])
                    } ?? .null,
                ])
            }),
            "files": .array(report.files.map { file in
                .object([
                    "path": .string(file.path),
                    "kind": .string(file.kind.rawValue),
                    "skipped": file.skippedReason.map { .string($0) } ?? .null,
                ])
            }),
            "errors": .array(report.errors.map { .object(["path": .string($0.path), "message": .string($0.message)]) }),
        ])
        return value.serialized() + "\n"
    }

    static func range(_ range: SourceRange) -> JSONValue {
        .object(["start": position(range.start), "end": position(range.end)])
    }

    static func position(_ position: SourcePosition) -> JSONValue {
        .object(["line": .int(position.line), "column": .int(position.column), "offset": .int(position.offset)])
    }
}
