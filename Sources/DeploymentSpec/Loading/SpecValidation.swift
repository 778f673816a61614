import DeploySyntax

/// The outcome of checking one `deployment.yaml`: every diagnostic, and the model when there was no error.
public struct SpecValidation: Sendable {
    public var file: SourceFile
    /// Sorted by position; errors, warnings and notes together.
    public var diagnostics: [Diagnostic]
    /// The spec as written; nil when the file does not parse or has no `deployment` section.
    public var spec: DeploymentSpec?
    /// Every default filled in; nil whenever there is an error.
    public var resolved: ResolvedDeployment?

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
