import DeploySyntax
import Foundation

/// Reads and checks `deployment.yaml`: YAML syntax, shape, the spec's own rules, then resolution.
///
/// Every problem in the file is reported at once, in source order. Reading a path is the only I/O here;
/// `validate(_:)` is pure.
public enum DeploymentSpecLoader {
    /// Reads `path` and validates it; a file that cannot be read yields one diagnostic.
    public static func load(path: String) -> SpecValidation {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        guard exists, !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            let reason = !exists ? "no such file" : (isDirectory.boolValue ? "it is a directory" : "permission denied")
            let file = SourceFile(path: path, bytes: [])
            let message = "cannot read '\(path)': \(reason)" + (!exists ? "; create one with 'specql-deploy init'" : "")
            return SpecValidation(file: file, diagnostics: [
                Diagnostic(code: SpecDiagnosticCode.unreadable, message: message, path: path, range: SourceRange(at: file.position(atOffset: 0))),
            ])
        }
        return validate(SourceFile(path: path, bytes: Array(data)))
    }

    /// Validates text, e.g. in tests or from standard input.
    public static func validate(text: String, path: String = "deployment.yaml") -> SpecValidation {
        validate(SourceFile(path: path, text: text))
    }

    public static func validate(_ file: SourceFile) -> SpecValidation {
        let stream: YAMLStream
        switch YAMLParser().parse(file) {
        case .failure(let syntaxError):
            return SpecValidation(file: file, diagnostics: [syntaxError.diagnostic])
        case .success(let parsed):
            stream = parsed
        }
        var diagnostics = stream.diagnostics
        let start = SourceRange(at: file.position(atOffset: 0))

        guard let document = stream.documents.first, !document.root.isNull else {
            diagnostics.append(Diagnostic(code: SpecDiagnosticCode.document,
                                          message: "the file is empty; it needs at least 'deployment: {pattern: …}' (run 'specql-deploy init' for a starter)",
                                          path: file.path, range: start))
            return finish(file, diagnostics, spec: nil, root: nil)
        }
        if stream.documents.count > 1 {
            diagnostics.append(Diagnostic(code: SpecDiagnosticCode.document,
                                          message: "deployment.yaml holds one document; found \(stream.documents.count) (remove the '---' separators)",
                                          path: file.path, range: SourceRange(at: stream.documents[1].range.start)))
        }
        let root = document.root
        guard root.isMapping else {
            diagnostics.append(Diagnostic(code: SpecDiagnosticCode.document,
                                          message: "deployment.yaml must be a mapping that starts with 'deployment:', found \(root.kindDescription)",
                                          path: file.path, range: root.reportRange))
            return finish(file, diagnostics, spec: nil, root: nil)
        }

        diagnostics += ShapeValidator.validate(root, path: file.path)
        var decoder = SpecDecoder(path: file.path)
        let spec = decoder.decode(root)
        diagnostics += decoder.diagnostics
        if let spec { diagnostics += SpecRules.check(spec, path: file.path) }
        return finish(file, diagnostics, spec: spec, root: root)
    }

    private static func finish(_ file: SourceFile, _ diagnostics: [Diagnostic], spec: DeploymentSpec?, root: YAMLNode?) -> SpecValidation {
        var seen = Set<Diagnostic>()
        let sorted = diagnostics
            .filter { seen.insert($0).inserted }
            .enumerated()
            .sorted { ($0.element.range.start.offset, $0.offset) < ($1.element.range.start.offset, $1.offset) }
            .map(\.element)
        var validation = SpecValidation(file: file, diagnostics: sorted, spec: spec)
        if !validation.hasErrors, let spec, let root {
            validation.resolved = DeploymentResolver.resolve(spec, sources: SpecSourceMap.build(from: root, path: file.path))
        }
        return validation
    }
}
