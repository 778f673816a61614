import DeploySyntax
import Foundation

/// Findings accepted as they are: `--write-baseline FILE` records every active finding's fingerprint, and
/// `--baseline FILE` silences those findings in later runs so that only new ones count.
///
/// The file is JSON, sorted, diff-friendly:
/// `{"version": 1, "tool": "specql-deploy", "findings": [{"fingerprint": …, "ruleId": …, "path": …, "message": …}]}`.
public struct Baseline: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var fingerprint: String
        public var ruleID: String
        public var path: String
        public var message: String

        public init(fingerprint: String, ruleID: String, path: String, message: String) {
            self.fingerprint = fingerprint
            self.ruleID = ruleID
            self.path = path
            self.message = message
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry] = []) { self.entries = entries }

    public var fingerprints: Set<String> { Set(entries.map(\.fingerprint)) }

    /// The baseline of a report: every finding not silenced by a comment (baselined ones stay in).
    public init(report: LintReport) {
        entries = report.findings
            .filter { $0.suppression?.kind != .inSource }
            .map { Entry(fingerprint: $0.fingerprint, ruleID: $0.ruleID, path: $0.relativePath, message: $0.message) }
            .sorted { ($0.path, $0.ruleID, $0.fingerprint) < ($1.path, $1.ruleID, $1.fingerprint) }
    }

    public func serialized() -> String {
        let value = JSONValue.object([
            "version": .int(1),
            "tool": .string(ToolIdentity.name),
            "findings": .array(entries.map { entry in
                .object(["fingerprint": .string(entry.fingerprint), "ruleId": .string(entry.ruleID),
                         "path": .string(entry.path), "message": .string(entry.message)])
            }),
        ])
        return value.serialized() + "\n"
    }

    public static func parse(_ bytes: [UInt8], path: String) -> Result<Baseline, BaselineError> {
        func fail(_ message: String) -> Result<Baseline, BaselineError> {
            .failure(BaselineError(path: path, message: message))
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            return fail("not JSON: \(error.localizedDescription)")
        }
        guard let root = object as? [String: Any], let version = root["version"] as? Int, let findings = root["findings"] as? [Any] else {
            return fail("not a specql-deploy baseline (expected an object with \"version\" and \"findings\")")
        }
        guard version == 1 else { return fail("baseline version \(version) is not supported (expected 1)") }
        var entries: [Entry] = []
        for (index, item) in findings.enumerated() {
            guard let entry = item as? [String: Any], let fingerprint = entry["fingerprint"] as? String, !fingerprint.isEmpty else {
                return fail("findings[\(index)] has no \"fingerprint\" string")
            }
            entries.append(Entry(fingerprint: fingerprint, ruleID: entry["ruleId"] as? String ?? "",
                                 path: entry["path"] as? String ?? "", message: entry["message"] as? String ?? ""))
        }
        return .success(Baseline(entries: entries))
    }

    public static func load(path: String) -> Result<Baseline, BaselineError> {
        switch FileSystem.read(path) {
        case .failure(let error): return .failure(BaselineError(path: path, message: "cannot read baseline: \(error.message)"))
        case .success(let bytes): return parse(bytes, path: path)
        }
    }

    public func write(to path: String) -> Result<Void, FileSystemError> {
        FileSystem.write(Array(serialized().utf8), to: path)
    }
}

public struct BaselineError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }
}

