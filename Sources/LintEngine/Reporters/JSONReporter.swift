import DeploySyntax

/// The JSON output documented in `docs/json-output.md` (schema version 1). Keys are sorted; arrays are in
/// report order; optional values are `null`, never missing.
public struct JSONReporter: Sendable {
    public static let schemaVersion = 1
    public var options: ReportOptions

    public init(options: ReportOptions = ReportOptions()) { self.options = options }

    public func render(_ report: LintReport) -> String {
        String(decoding: renderBytes(report), as: UTF8.self)
    }

    /// The document as UTF-8 bytes, written in one pass into one buffer (no tree: keys are written in sorted order).
    public func renderBytes(_ report: LintReport) -> [UInt8] {
        let summary = report.summary
        let metadata = Dictionary(report.rules.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var json = JSONWriter(capacity: 4096 + report.findings.count * 1200)
        json.beginObject()
        json.key("errors")
        json.beginArray()
        for error in report.errors {
            json.beginObject()
            json.key("message"); json.string(error.message)
            json.key("path"); json.string(error.path)
            json.endObject()
        }
        json.endArray()
        json.key("exitCode"); json.int(Int(report.exitCode))
        json.key("failOn"); json.string(report.failOn.rawValue)
        json.key("files")
        json.beginArray()
        for file in report.files {
            json.beginObject()
            json.key("kind"); json.string(file.kind.rawValue)
            json.key("path"); json.string(file.path)
            json.key("skipped"); json.string(file.skippedReason)
            json.endObject()
        }
        json.endArray()
        json.key("findings")
        json.beginArray()
        for finding in report.findings where options.includeSuppressed || !finding.isSuppressed {
            let rule = metadata[finding.ruleID]
            json.beginObject()
            json.key("fingerprint"); json.string(finding.fingerprint)
            json.key("helpUri"); json.string(rule?.helpURI)
            json.key("kind"); json.string(finding.kind.rawValue)
            json.key("message"); json.string(finding.message)
            json.key("path"); json.string(finding.path)
            json.key("range"); Self.write(finding.range, into: &json)
            json.key("related")
            json.beginArray()
            for related in finding.related {
                json.beginObject()
                json.key("message"); json.string(related.message)
                json.key("path"); json.string(related.path)
                json.key("range"); Self.write(related.range, into: &json)
                json.endObject()
            }
            json.endArray()
            json.key("relativePath"); json.string(finding.relativePath)
            json.key("ruleId"); json.string(finding.ruleID)
            json.key("severity"); json.string(finding.severity.rawValue)
            json.key("suppression")
            if let suppression = finding.suppression {
                json.beginObject()
                json.key("kind"); json.string(suppression.kind.rawValue)
                json.key("reason"); json.string(suppression.reason)
                json.endObject()
            } else {
                json.null()
            }
            json.key("tags")
            json.beginArray()
            for tag in rule?.tags ?? [] { json.string(tag) }
            json.endArray()
            json.key("title"); json.string(rule?.title ?? finding.ruleID)
            json.endObject()
        }
        json.endArray()
        json.key("schemaVersion"); json.int(Self.schemaVersion)
        json.key("summary")
        json.beginObject()
        json.key("baselined"); json.int(summary.baselined)
        json.key("errors"); json.int(summary.errors)
        json.key("files"); json.int(summary.files)
        json.key("filesLinted"); json.int(summary.filesLinted)
        json.key("filesWithFindings"); json.int(summary.filesWithFindings)
        json.key("notes"); json.int(summary.notes)
        json.key("suppressed"); json.int(summary.suppressed)
        json.key("warnings"); json.int(summary.warnings)
        json.endObject()
        json.key("tool")
        json.beginObject()
        json.key("name"); json.string(ToolIdentity.name)
        json.key("version"); json.string(ToolIdentity.version)
        json.endObject()
        json.endObject()
        return json.finishLine()
    }

    private static func write(_ range: SourceRange, into json: inout JSONWriter) {
        json.beginObject()
        json.key("end"); write(range.end, into: &json)
        json.key("start"); write(range.start, into: &json)
        json.endObject()
    }

    private static func write(_ position: SourcePosition, into json: inout JSONWriter) {
        json.beginObject()
        json.key("column"); json.int(position.column)
        json.key("line"); json.int(position.line)
        json.key("offset"); json.int(position.offset)
        json.endObject()
    }

    static func range(_ range: SourceRange) -> JSONValue {
        .object(["start": position(range.start), "end": position(range.end)])
    }

    static func position(_ position: SourcePosition) -> JSONValue {
        .object(["line": .int(position.line), "column": .int(position.column), "offset": .int(position.offset)])
    }
}
