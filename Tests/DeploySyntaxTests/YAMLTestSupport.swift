import DeploySyntax
import Testing

/// Parses YAML that the test expects to be valid, recording a test issue otherwise.
func parseValid(_ text: String, path: String = "test.yaml", sourceLocation: SourceLocation = #_sourceLocation) -> YAMLStream? {
    switch YAMLParser().parse(SourceFile(path: path, text: text)) {
    case .success(let stream):
        return stream
    case .failure(let error):
        Issue.record("unexpected parse error: \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

/// Parses YAML that the test expects to be rejected.
func parseError(_ text: String, options: YAMLParser.Options = .init(), sourceLocation: SourceLocation = #_sourceLocation) -> Diagnostic? {
    switch YAMLParser(options: options).parse(SourceFile(path: "test.yaml", text: text)) {
    case .success:
        Issue.record("expected a parse error", sourceLocation: sourceLocation)
        return nil
    case .failure(let error):
        return error.diagnostic
    }
}

/// `line:col-line:col` for compact position assertions.
func span(_ range: SourceRange) -> String {
    "\(range.start.line):\(range.start.column)-\(range.end.line):\(range.end.column)"
}
