import DeploySyntax
import Testing

@Suite("YAML streams and errors")
struct YAMLStreamTests {
    @Test func multiDocumentStream_keepsEveryDocumentWithItsPositions() throws {
        let text = """
        kind: Service
        ---
        kind: Deployment
        ---
        kind: Ingress
        """
        let stream = try #require(parseValid(text))
        #expect(stream.documents.count == 3)
        #expect(stream.documents.map { $0.root["kind"]?.string } == ["Service", "Deployment", "Ingress"])
        #expect(stream.documents.map(\.index) == [0, 1, 2])
        #expect(stream.documents[2].root["kind"].map { span($0.range) } == "5:7-5:14")
    }

    @Test func anchorsDoNotLeakAcrossDocuments() throws {
        let diagnostic = try #require(parseError("a: &x 1\n---\nb: *x\n"))
        #expect(diagnostic.range.start.line == 3)
    }

    @Test func emptyStream_hasNoDocuments() throws {
        let stream = try #require(parseValid("# only a comment\n"))
        #expect(stream.documents.isEmpty)
    }

    @Test func syntaxError_carriesLibyamlsProblemAndPosition() throws {
        let diagnostic = try #require(parseError("a: b\n  c: d\n"))
        #expect(diagnostic.code == "yaml-syntax")
        #expect(diagnostic.message.contains("mapping values are not allowed"))
        #expect(diagnostic.range.start.line == 2)
        #expect(diagnostic.range.start.column == 4)
        #expect(diagnostic.path == "test.yaml")
    }

    @Test func unclosedQuote_reportsWhereTheScalarStarted() throws {
        let diagnostic = try #require(parseError("a: \"open\nb: c\n"))
        #expect(diagnostic.message.contains("started at line 1"))
    }

    @Test func invalidUTF8_isAReaderError_notACrash() throws {
        let file = SourceFile(path: "bad.yaml", bytes: Array("a: ".utf8) + [0xFF, 0xFE] + Array("\n".utf8))
        guard case .failure(let error) = YAMLParser().parse(file) else {
            Issue.record("invalid UTF-8 must not parse")
            return
        }
        #expect(error.diagnostic.message.contains("UTF-8"))
        #expect(error.diagnostic.range.start.offset == 3)
    }
}
