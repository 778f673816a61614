import Foundation

/// The reference validators the integration tests call when they are installed (`.ci/run` installs them in
/// `$VALIDATORS_VENV`, default `/opt/validators-venv`). Every test that needs one is skipped with a message
/// naming what is missing.
enum Validators {
    /// `python` of the validators venv (or `python3` on PATH) that can `import jsonschema`.
    static let pythonWithJSONSchema: URL? = python(importing: "jsonschema")
    /// The same with `xmlschema`, for JUnit XML.
    static let pythonWithXMLSchema: URL? = python(importing: "xmlschema")
    static let checkJSONSchema: URL? = ProcessRunner.validator("check-jsonschema")
    static let actionlint: URL? = ProcessRunner.validator("actionlint")
    static let zizmor: URL? = ProcessRunner.validator("zizmor")
    static let git: URL? = ProcessRunner.findTool("git")

    /// pre-commit: `$VALIDATORS_VENV/bin`, then PATH.
    static let preCommit: URL? = ProcessRunner.validator("pre-commit")

    private static func python(importing module: String) -> URL? {
        for name in ["python", "python3"] {
            guard let python = ProcessRunner.findTool(name, preferring: [ProcessRunner.validatorsBin]) else { continue }
            if let result = try? ProcessRunner.run(python, ["-c", "import \(module)"], timeout: 30), result.status == 0 {
                return python
            }
        }
        return nil
    }

    /// Validates a JSON document against a draft-04 schema (SARIF) with python `jsonschema`.
    static func validateDraft4(document: URL, schema: URL) throws -> CommandResult {
        guard let python = pythonWithJSONSchema else { throw ProcessRunnerError.executableMissing("python jsonschema") }
        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        errors = list(jsonschema.Draft4Validator(schema).iter_errors(json.load(open(sys.argv[2]))))
        for e in errors[:20]: print(list(e.absolute_path), e.message)
        sys.exit(1 if errors else 0)
        """
        return try ProcessRunner.run(python, ["-c", script, schema.path, document.path])
    }

    /// Validates an XML document against an XSD with python `xmlschema`.
    static func validateXSD(document: URL, schema: URL) throws -> CommandResult {
        guard let python = pythonWithXMLSchema else { throw ProcessRunnerError.executableMissing("python xmlschema") }
        let script = """
        import sys, xmlschema
        errors = list(xmlschema.XMLSchema(sys.argv[1]).iter_errors(sys.argv[2]))
        for e in errors[:20]: print(e.path, e.reason)
        sys.exit(1 if errors else 0)
        """
        return try ProcessRunner.run(python, ["-c", script, schema.path, document.path])
    }

    /// True when a YAML file can be checked against a JSON Schema: check-jsonschema, or python with
    /// jsonschema and PyYAML.
    static let canValidateYAML: Bool = checkJSONSchema != nil || pythonWithYAML != nil
    /// python with jsonschema and PyYAML (the validators venv has both).
    static let pythonWithYAML: URL? = {
        guard let python = pythonWithJSONSchema,
              let result = try? ProcessRunner.run(python, ["-c", "import yaml"], timeout: 30), result.status == 0
        else { return nil }
        return python
    }()

    /// Validates a YAML document against a draft-07 JSON Schema, fully offline.
    static func validateYAML(document: URL, schema: URL) throws -> CommandResult {
        if let checkJSONSchema {
            return try ProcessRunner.run(
                checkJSONSchema,
                ["--schemafile", schema.path, document.path],
                timeout: 120)
        }
        guard let python = pythonWithYAML else { throw ProcessRunnerError.executableMissing("check-jsonschema or python jsonschema+yaml") }
        let script = """
        import json, sys, yaml, jsonschema
        schema = json.load(open(sys.argv[1]))
        document = yaml.safe_load(open(sys.argv[2]))
        if isinstance(document, dict) and True in document: document["on"] = document.pop(True)  # YAML 1.1 `on:`
        errors = list(jsonschema.Draft7Validator(schema).iter_errors(document))
        for e in errors[:20]: print(list(e.absolute_path), e.message)
        sys.exit(1 if errors else 0)
        """
        return try ProcessRunner.run(python, ["-c", script, schema.path, document.path])
    }
}
