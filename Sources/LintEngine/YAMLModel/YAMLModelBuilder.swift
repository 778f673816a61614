import DeploySyntax

/// A builder of one YAML kind's model (compose, GitHub workflows) over the first document's root mapping: it
/// builds from a stream the engine already parsed, or parses the file itself, so each file is parsed once
/// either way. A file that is not valid YAML yields an empty model that carries the syntax error.
public protocol YAMLModelBuilder: Sendable {
    associatedtype Model
    /// The model with no content yet: the file and the problems met while parsing it.
    func emptyModel(of file: SourceFile, diagnostics: [Diagnostic]) -> Model
    /// Fills `model` from the first document's root mapping and its pairs.
    func read(root: YAMLNode, pairs: [YAMLPair], into model: inout Model)
}

extension YAMLModelBuilder {
    /// Parses and builds.
    public func build(_ file: SourceFile) -> Model {
        switch YAMLParser().parse(file) {
        case .failure(let error):
            return emptyModel(of: file, diagnostics: [error.diagnostic])
        case .success(let stream):
            return build(stream)
        }
    }

    /// Builds from an already parsed stream; an empty file, or one whose root is not a mapping, gives an empty model.
    public func build(_ stream: YAMLStream) -> Model {
        var model = emptyModel(of: stream.file, diagnostics: stream.diagnostics)
        guard let root = stream.documents.first?.root, let pairs = root.mapping else { return model }
        read(root: root, pairs: pairs, into: &model)
        return model
    }
}
