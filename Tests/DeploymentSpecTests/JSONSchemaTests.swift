import DeploySyntax
import DeploymentSpec
import Foundation
import Testing

/// A JSON Schema validator installed on this machine, if any (`make test` installs check-jsonschema).
private let schemaValidator: String? = {
    let candidates = ["/opt/validators-venv/bin/check-jsonschema"]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
}()

@Suite("JSON Schema of deployment.yaml")
struct JSONSchemaTests {
    @Test func schema_isJSONWithTheDraft07Header() throws {
        let data = Data(JSONSchemaBuilder.render().utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
        #expect((object["required"] as? [String]) == ["deployment"])
        let definitions = try #require(object["definitions"] as? [String: Any])
        #expect(definitions["deployment"] != nil)
        #expect(definitions["flag"] != nil)
    }

    @Test func schema_listsTheSameWordsAsTheValidator() throws {
        let data = Data(JSONSchemaBuilder.render().utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let definitions = try #require(object["definitions"] as? [String: Any])
        let deployment = try #require(definitions["deployment"] as? [String: Any])
        let properties = try #require(deployment["properties"] as? [String: Any])
        let pattern = try #require(properties["pattern"] as? [String: Any])
        #expect(pattern["enum"] as? [String] == DeploymentPattern.canonicalSpellings)
        let framework = try #require(properties["framework"] as? [String: Any])
        #expect(framework["enum"] as? [String] == Framework.acceptedSpellings)
    }

    @Test(.enabled(if: schemaValidator != nil, "check-jsonschema is not installed (/opt/validators-venv/bin); run scripts/install-deps.sh --validators"))
    func schema_isAValidDraft07Schema() throws {
        let schema = try writeSchema()
        let run = try runValidator(["--check-metaschema", schema.path])
        #expect(run.status == 0, "\(run.output)")
    }

    @Test(.enabled(if: schemaValidator != nil, "check-jsonschema is not installed (/opt/validators-venv/bin); run scripts/install-deps.sh --validators"))
    func everyExample_validatesAgainstTheSchema() throws {
        let schema = try writeSchema()
        let run = try runValidator(["--schemafile", schema.path] + exampleFiles().map(\.path))
        #expect(run.status == 0, "\(run.output)")
    }

    @Test(.enabled(if: schemaValidator != nil, "check-jsonschema is not installed (/opt/validators-venv/bin); run scripts/install-deps.sh --validators"))
    func everyStarter_validatesAgainstTheSchema() throws {
        let schema = try writeSchema()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("specql-starters-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var paths: [String] = []
        for framework in Framework.allCases {
            for pattern in DeploymentPattern.allCases {
                let url = directory.appendingPathComponent("\(framework.rawValue)-\(pattern.rawValue).yaml")
                try Data(StarterSpec.render(name: "shop", framework: framework, pattern: pattern).utf8).write(to: url)
                paths.append(url.path)
            }
        }
        let run = try runValidator(["--schemafile", schema.path] + paths)
        #expect(run.status == 0, "\(run.output)")
    }

    @Test(.enabled(if: schemaValidator != nil, "check-jsonschema is not installed (/opt/validators-venv/bin); run scripts/install-deps.sh --validators"))
    func schema_rejectsWhatTheValidatorRejects() throws {
        let schema = try writeSchema()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("specql-bad-\(UUID().uuidString).yaml")
        try Data("deployment:\n  pattern: small-saas\napplication:\n  instanses: 0\n".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let run = try runValidator(["--schemafile", schema.path, url.path])
        #expect(run.status != 0)
        #expect(run.output.contains("instanses"))
    }

    private func writeSchema() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("deployment-\(UUID().uuidString).schema.json")
        try Data(JSONSchemaBuilder.render().utf8).write(to: url)
        return url
    }

    private func runValidator(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(schemaValidator))
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}
