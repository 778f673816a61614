import Foundation
@testable import LintEngine
import Testing

/// SARIF and JUnit output validated by the reference validators (python `jsonschema` Draft 4 and `xmlschema`)
/// against the schemas in `Fixtures/schemas/`. Skipped, with the reason shown, where the validators are absent.
@Suite struct SchemaValidationTests {
    static let python = "/opt/validators-venv/bin/python"
    static let available: Bool = {
        guard FileManager.default.isExecutableFile(atPath: python) else { return false }
        return (try? run(["-c", "import jsonschema, xmlschema"]).status) == 0
    }()

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static let validateSARIF = """
    import json, sys, jsonschema
    schema = json.load(open(sys.argv[1]))
    errors = list(jsonschema.Draft4Validator(schema).iter_errors(json.load(open(sys.argv[2]))))
    for e in errors: print(list(e.absolute_path), e.message)
    sys.exit(1 if errors else 0)
    """

    static let validateJUnit = """
    import sys, xmlschema
    schema = xmlschema.XMLSchema(sys.argv[1])
    errors = list(schema.iter_errors(sys.argv[2]))
    for e in errors: print(e.path, e.reason)
    sys.exit(1 if errors else 0)
    """

    func validate(_ script: String, schema: String, document: String) throws -> (status: Int32, output: String) {
        let dir = try TemporaryDirectory()
        let file = try dir.write("output", document)
        return try Self.run(["-c", script, PackagePaths.fixtures.appendingPathComponent("schemas/\(schema)").path, file.path])
    }

    static func reports() -> [(String, LintReport)] {
        var withError = SampleReport.make()
        withError.errors = [LintIssue(path: "bad/Dockerfile", message: "cannot read: input/output error")]
        return [("sample", SampleReport.make()), ("clean", TestRules.lint("FROM alpine:3.20\n")), ("empty", LintReport()), ("io-error", withError)]
    }

    @Test(.enabled(if: available, "python jsonschema/xmlschema not installed in /opt/validators-venv: schema validation skipped"))
    func sarif_validatesAgainstTheSARIF210Schema() throws {
        for (name, report) in Self.reports() {
            for includeSuppressed in [false, true] {
                let sarif = Reporter.render(report, format: .sarif, options: .init(includeSuppressed: includeSuppressed, projectRoot: "/repo", sarifRunID: "7"))
                let result = try validate(Self.validateSARIF, schema: "sarif-schema-2.1.0.json", document: sarif)
                #expect(result.status == 0, "SARIF of \(name) (includeSuppressed \(includeSuppressed)) is invalid:\n\(result.output)")
            }
        }
    }

    @Test(.enabled(if: available, "python jsonschema/xmlschema not installed in /opt/validators-venv: schema validation skipped"))
    func junit_validatesAgainstJUnit10XSD() throws {
        for (name, report) in Self.reports() {
            for includeSuppressed in [false, true] {
                let xml = Reporter.render(report, format: .junit, options: .init(includeSuppressed: includeSuppressed))
                let result = try validate(Self.validateJUnit, schema: "junit-10.xsd", document: xml)
                #expect(result.status == 0, "JUnit of \(name) (includeSuppressed \(includeSuppressed)) is invalid:\n\(result.output)")
            }
        }
    }
}
