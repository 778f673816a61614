import Foundation

/// Small files written by the lint tests. Each is built from the rules' logic, not copied from anywhere.
enum LintSamples {
    /// A Dockerfile every Dockerfile rule accepts, and one that stays so as tables of end-of-life images age
    /// (`scratch` has no version to expire).
    static let cleanDockerfile = """
        FROM scratch
        COPY server /server
        USER 10001
        HEALTHCHECK CMD ["/server", "--health"]
        ENTRYPOINT ["/server"]

        """

    /// The same without `USER`: exactly one finding, DF001 "final stage runs as root", on `scratch` at 1:6.
    static let rootDockerfile = """
        FROM scratch
        COPY server /server
        HEALTHCHECK CMD ["/server", "--health"]
        ENTRYPOINT ["/server"]

        """

    /// A careless Dockerfile: root user, no healthcheck, tag without digest, apk cache, shell-form CMD.
    /// DF001 is reported on the image reference at 1:6.
    static let badDockerfile = """
        FROM alpine:3.22
        RUN apk add curl
        CMD sleep infinity

        """

    /// Compose whose `ports:` line is indented one column short of `image:`: a YAML syntax error at 4:4.
    static let brokenCompose = """
        services:
          web:
            image: nginx:1.27
           ports: ["8080:80"]

        """

    /// YAML that is none of the linted kinds: recognised as such and skipped quietly.
    static let unrelatedYAML = """
        title: release notes
        items: [one, two]

        """
}

/// A finding as the JSON reporter writes it (docs/json-output.md), reduced to what the tests compare.
struct JSONFinding: Equatable, CustomStringConvertible {
    var ruleID: String
    var severity: String
    var path: String
    var line: Int
    var column: Int

    var description: String { "\(path) \(ruleID) \(line):\(column) \(severity)" }
}

/// The parts of `lint --format json` the tests read.
struct JSONLintReport {
    var exitCode: Int
    var failOn: String
    var findings: [JSONFinding]
    var files: [(path: String, kind: String, skipped: String?)]
    var errors: [String]

    init(_ text: String) throws {
        guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw ReportFormatError("lint --format json did not print a JSON object")
        }
        exitCode = object["exitCode"] as? Int ?? -1
        failOn = object["failOn"] as? String ?? ""
        findings = (object["findings"] as? [[String: Any]] ?? []).map { finding in
            let start = (finding["range"] as? [String: Any])?["start"] as? [String: Any]
            return JSONFinding(
                ruleID: finding["ruleId"] as? String ?? "",
                severity: finding["severity"] as? String ?? "",
                path: finding["path"] as? String ?? "",
                line: start?["line"] as? Int ?? 0,
                column: start?["column"] as? Int ?? 0)
        }
        files = (object["files"] as? [[String: Any]] ?? []).map {
            ($0["path"] as? String ?? "", $0["kind"] as? String ?? "", $0["skipped"] as? String)
        }
        errors = (object["errors"] as? [[String: Any]] ?? []).map { ($0["message"] as? String) ?? "" }
    }

    func findings(of ruleID: String) -> [JSONFinding] { findings.filter { $0.ruleID == ruleID } }
}

struct ReportFormatError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
