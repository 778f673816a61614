import DeploySyntax
import DeploymentSpec
import Foundation

/// Validates YAML text as `deployment.yaml`.
func check(_ yaml: String) -> SpecValidation {
    DeploymentSpecLoader.validate(text: yaml)
}

/// `line:col code` of every diagnostic of one severity, in source order: what tests compare.
func found(_ validation: SpecValidation, _ severity: Severity = .error) -> [String] {
    validation.diagnostics.filter { $0.severity == severity }.map { "\($0.range.start.line):\($0.range.start.column) \($0.code)" }
}

/// The messages of every diagnostic of one severity.
func messages(_ validation: SpecValidation, _ severity: Severity = .error) -> [String] {
    validation.diagnostics.filter { $0.severity == severity }.map(\.message)
}

/// The resolved spec of YAML that must be valid.
func resolve(_ yaml: String) -> ResolvedDeployment? {
    check(yaml).resolved
}

/// The package's root directory, found from this file's path.
let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

/// `examples/*.yaml`, sorted.
func exampleFiles() -> [URL] {
    let directory = packageRoot.appendingPathComponent("examples")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted().map { directory.appendingPathComponent($0) }
}
