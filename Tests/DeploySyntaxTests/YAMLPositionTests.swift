import DeploySyntax
import Testing

@Suite("YAML node positions")
struct YAMLPositionTests {
    @Test func scalarKeysAndValues_haveExactRanges() throws {
        let stream = try #require(parseValid("name: shop\nport: 8000\n"))
        let root = stream.documents[0].root
        let pairs = try #require(root.mapping)
        #expect(pairs.count == 2)
        #expect(span(pairs[0].key.range) == "1:1-1:5")
        #expect(span(pairs[0].value.range) == "1:7-1:11")
        #expect(span(pairs[1].key.range) == "2:1-2:5")
        #expect(span(pairs[1].value.range) == "2:7-2:11")
        #expect(pairs[1].value.range.start.offset == 17)
    }

    @Test func nestedSequence_itemsAndCollectionRange() throws {
        let text = """
        services:
          web:
            ports:
              - "80:80"
              - 443:443
        """
        let stream = try #require(parseValid(text))
        let ports = try #require(stream.documents[0].root[path: "services", "web", "ports"])
        let items = try #require(ports.sequence)
        #expect(items.count == 2)
        #expect(span(items[0].range) == "4:9-4:16")
        #expect(items[0].scalar?.style == .doubleQuoted)
        #expect(span(items[1].range) == "5:9-5:16")
        #expect(span(ports.range) == "4:7-5:16")
    }

    @Test func flowCollections_endAtTheirClosingBracket() throws {
        let stream = try #require(parseValid("a: [1, 2]\nb: {c: d}\n"))
        let root = stream.documents[0].root
        let a = try #require(root["a"])
        let b = try #require(root["b"])
        #expect(a.isFlow && b.isFlow)
        #expect(span(a.range) == "1:4-1:10")
        #expect(span(b.range) == "2:4-2:10")
    }

    @Test func multibyteCharacters_countAsOneColumn_andOffsetsAreBytes() throws {
        let stream = try #require(parseValid("é: ü\nk: v\n"))
        let pairs = try #require(stream.documents[0].root.mapping)
        #expect(span(pairs[0].value.range) == "1:4-1:5")
        #expect(pairs[0].value.range.start.offset == 4)
        #expect(pairs[1].key.range.start.offset == 7)
        #expect(span(pairs[1].value.range) == "2:4-2:5")
    }

    @Test func crlfLineBreaks_giveTheSamePositions() throws {
        let stream = try #require(parseValid("a: 1\r\nb: 2\r\n"))
        let pairs = try #require(stream.documents[0].root.mapping)
        #expect(span(pairs[1].key.range) == "2:1-2:2")
        #expect(pairs[1].key.range.start.offset == 6)
    }

    @Test func byteOrderMark_isSkippedWithoutShiftingColumns() throws {
        let file = SourceFile(path: "bom.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8))
        let stream = try YAMLParser().parse(file).get()
        let pair = try #require(stream.documents[0].root.mapping?.first)
        #expect(pair.key.range.start.offset == 3)
        #expect(pair.value.range.start.offset == 6)
    }

    @Test func blockScalar_rangeEndsAtItsLastCharacter() throws {
        let stream = try #require(parseValid("run: |\n  echo hi\n  echo bye\nnext: x\n"))
        let run = try #require(stream.documents[0].root["run"])
        #expect(run.scalar?.style == .literal)
        #expect(run.string == "echo hi\necho bye\n")
        #expect(span(run.range) == "1:6-3:11")
    }

    @Test func tagsAndAnchors_areKept() throws {
        let stream = try #require(parseValid("a: !!str 123\nb: &anchor x\n"))
        let root = stream.documents[0].root
        #expect(root["a"]?.tag == "tag:yaml.org,2002:str")
        #expect(root["a"]?.resolved() == .string("123"))
        #expect(root["b"]?.anchor == "anchor")
        // Ranges start at the content, after the properties.
        #expect(root["a"].map { span($0.range) } == "1:10-1:13")
        #expect(root["b"].map { span($0.range) } == "2:12-2:13")
    }
}
