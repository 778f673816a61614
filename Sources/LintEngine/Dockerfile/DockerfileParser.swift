import DeploySyntax

/// Parses a Dockerfile into its AST. (To be written by the Dockerfile parser work; this signature is the contract.)
public struct DockerfileParser: Sendable {
    public init() {}

    public func parse(_ file: SourceFile) -> Dockerfile {
        Dockerfile(file: file)
    }
}
