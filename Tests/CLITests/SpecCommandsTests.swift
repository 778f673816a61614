import Foundation
import Testing

/// `--version`, `init`, `validate` and `schema`, run as a user runs them: the built executable in a scratch directory.
@Suite struct SpecCommandsTests {
    // MARK: --version and help

    @Test func version_printsASemanticVersionAndExitsZero() throws {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0, "\(result)")
        let version = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = version.split(separator: ".")
        #expect(parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) },
                "--version should print MAJOR.MINOR.PATCH, printed '\(version)'")
    }

    @Test func help_listsEveryCommand() throws {
        let result = try CLI.run(["--help"])
        #expect(result.status == 0, "\(result)")
        for command in ["init", "validate", "generate", "schema", "lint", "rules", "explain"] {
            #expect(result.stdout.contains("  \(command)"), "--help does not list '\(command)'")
        }
    }

    @Test func unknownCommand_isAUsageErrorWithExitCode2() throws {
        let result = try CLI.run(["frobnicate"])
        #expect(result.status == 2, "usage errors exit 2 (ArgumentParser's EX_USAGE 64 is mapped to 2):\n\(result)")
        #expect(result.stderr.contains("frobnicate"))
    }

    // MARK: init

    @Test func init_writesAStarterThatValidates() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let result = try CLI.run(["init", "--name", "shop", "--framework", "django", "--pattern", "small-saas"], in: dir.url)
        #expect(result.status == 0, "\(result)")
        #expect(dir.exists("deployment.yaml"))
        let text = try dir.read("deployment.yaml")
        #expect(text.contains("name: shop"))
        #expect(text.contains("django"))
        #expect(text.contains("small-saas"))
        #expect(text.contains("#"), "the starter should be commented")

        let validation = try CLI.run(["validate"], in: dir.url)
        #expect(validation.status == 0, "the starter written by init does not validate:\n\(validation)")
    }

    @Test func init_everyFrameworkAndPattern_writesAValidSpec() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var written: [String] = []
        for framework in ["fraiseql", "django", "rails", "node"] {
            for pattern in ["hobby-project", "small-saas", "production-saas", "kubernetes"] {
                let name = "\(framework)-\(pattern).yaml"
                let result = try CLI.run(["init", "--name", "app", "--framework", framework, "--pattern", pattern, "--output", name], in: dir.url)
                #expect(result.status == 0, "init \(framework) \(pattern): \(result)")
                written.append(name)
            }
        }
        let validation = try CLI.run(["validate"] + written, in: dir.url)
        #expect(validation.status == 0, "\(validation)")
    }

    @Test func init_refusesToOverwriteAnExistingFile_exitCode1() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("deployment.yaml", "# mine, hand-written\n")
        let result = try CLI.run(["init", "--name", "shop"], in: dir.url)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("deployment.yaml"))
        #expect(result.stderr.contains("already exists"))
        #expect(try dir.read("deployment.yaml") == "# mine, hand-written\n", "init changed an existing file")
    }

    @Test func init_invalidFramework_exitCode2AndWritesNothing() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let result = try CLI.run(["init", "--framework", "cobol"], in: dir.url)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("cobol"))
        #expect(!dir.exists("deployment.yaml"))
    }

    // MARK: validate

    @Test(arguments: try PackagePaths.exampleSpecs().map(\.lastPathComponent))
    func validate_everyBundledExample_exitsZero(example: String) throws {
        let result = try CLI.run(["validate", "examples/\(example)"], in: PackagePaths.root)
        #expect(result.status == 0, "examples/\(example) does not validate:\n\(result)")
        #expect(!result.stdout.contains(": error:"), "\(result)")
    }

    @Test func validate_allExamplesAtOnce_exitsZero() throws {
        let names = try PackagePaths.exampleSpecs().map { "examples/" + $0.lastPathComponent }
        #expect(names.count >= 6, "the design's six minimal examples should be in examples/")
        let result = try CLI.run(["validate"] + names, in: PackagePaths.root)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("\(names.count) valid"), "\(result)")
    }

    static let specWithThreeMistakes = """
        deployment:
          name: shop
          framework: fraiseq
          pattern: hobby-project
        application:
          instances: 0
          portt: 8000

        """

    @Test func validate_specWithThreeMistakes_printsThreePositionedErrors_exitCode2() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("deployment.yaml", Self.specWithThreeMistakes)
        let result = try CLI.run(["validate", "deployment.yaml"], in: dir.url)
        #expect(result.status == 2, "\(result)")
        let errors = result.stdoutLines.filter { $0.contains(": error: ") }
        #expect(errors.count == 3, "expected three error lines, got:\n\(result.stdout)")
        #expect(errors.contains { $0.hasPrefix("deployment.yaml:3:14: error: ") && $0.contains("fraiseq") && $0.contains("did you mean 'fraiseql'") })
        #expect(errors.contains { $0.hasPrefix("deployment.yaml:6:14: error: ") && $0.contains("instances") })
        #expect(errors.contains { $0.hasPrefix("deployment.yaml:7:3: error: ") && $0.contains("portt") && $0.contains("did you mean 'port'") })
        // A code frame follows each error: the source line, then a caret under the column.
        #expect(result.stdout.contains("  framework: fraiseq"))
        #expect(result.stdout.contains("^"))
        #expect(!result.stdout.contains("\u{1B}["), "no ANSI colors when not on a terminal")
    }

    @Test func validate_missingFile_exitCode2WithAPositionedError() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let result = try CLI.run(["validate", "nope.yaml"], in: dir.url)
        #expect(result.status == 2, "\(result)")
        #expect(result.output.contains("nope.yaml:1:1: error: "), "\(result)")
    }

    @Test func validate_oneInvalidAmongValidFiles_reportsOnlyThatFile_exitCode2() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.copy(PackagePaths.examples.appendingPathComponent("hobby-fraiseql.yaml"), to: "good.yaml")
        try dir.write("bad.yaml", Self.specWithThreeMistakes)
        let result = try CLI.run(["validate", "good.yaml", "bad.yaml"], in: dir.url)
        #expect(result.status == 2, "\(result)")
        let errors = result.stdoutLines.filter { $0.contains(": error: ") }
        #expect(errors.count == 3)
        #expect(errors.allSatisfy { $0.hasPrefix("bad.yaml:") }, "\(errors)")
    }

    @Test func validate_resolvedJSON_isJSONWithEveryDefaultFilledIn() throws {
        let result = try CLI.run(["validate", "--resolved", "--format", "json", "examples/hobby-fraiseql.yaml"], in: PackagePaths.root)
        #expect(result.status == 0, "\(result)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        #expect(json is [String: Any] || json is [Any], "resolved output is not a JSON object or array")
        #expect(result.stdout.contains("8000"), "the resolved FraiseQL spec should carry the default port 8000")
    }

    // MARK: schema

    @Test func schema_printsAJSONSchemaObject() throws {
        let result = try CLI.run(["schema"])
        #expect(result.status == 0, "\(result)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let dialect = try #require(json["$schema"] as? String)
        #expect(dialect.contains("json-schema.org"), "\(dialect)")
        let type = json["type"]
        #expect(type as? String == "object" || (type as? [String])?.contains("object") == true, "top-level type: \(type ?? "none")")
        let properties = try #require(json["properties"] as? [String: Any])
        for key in ["deployment", "platform", "database", "application", "monitoring"] {
            #expect(properties[key] != nil, "schema has no property '\(key)'")
        }
    }

    @Test(.enabled(if: Validators.canValidateYAML, "neither check-jsonschema nor python jsonschema+yaml is installed: skipped"))
    func schema_acceptsEveryBundledExample() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let schema = try CLI.run(["schema"])
        #expect(schema.status == 0)
        let schemaFile = try dir.write("deployment.schema.json", schema.stdout)
        for example in try PackagePaths.exampleSpecs() {
            let result = try Validators.validateYAML(document: example, schema: schemaFile)
            #expect(result.status == 0, "\(example.lastPathComponent) does not validate against `specql-deploy schema`:\n\(result)")
        }
    }
}
