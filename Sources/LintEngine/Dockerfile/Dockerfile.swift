import DeploySyntax

/// The parsed model of a Dockerfile. (The Dockerfile parser work fills this in: instructions, stages,
/// directives, heredocs, with positions on everything.)
public struct Dockerfile: Sendable {
    public let file: SourceFile
    /// Problems met while parsing; the engine reports each as a parse-error finding.
    public var diagnostics: [Diagnostic]

    public init(file: SourceFile, diagnostics: [Diagnostic] = []) {
        self.file = file
        self.diagnostics = diagnostics
    }
}
