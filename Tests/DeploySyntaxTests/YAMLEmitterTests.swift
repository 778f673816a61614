import DeploySyntax
import Testing

/// Strings that a careless emitter would let a parser read as something else.
private let trickyStrings: [String] = [
    // YAML 1.1 / 1.2 booleans and nulls
    "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N",
    "true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL", "~", "",
    // numbers of every schema
    "1", "-1", "+1", "007", "0755", "0o755", "0x1F", "0b101", "1_000", "1.10", "1.0", ".5", "-.5", "1e3", "1E3",
    "1.0e+3", "6.02e23", ".inf", "-.inf", "+.inf", ".Inf", ".NaN", ".nan", "1:30", "190:20:30", "-1:30",
    // timestamps and versions
    "2001-12-14", "2001-12-14t21:59:43.10-05:00", "3.13", "16", "24-alpine",
    // merge / value keys
    "<<", "=",
    // indicators at the start
    "*alias", "&anchor", "!tag", "!!str", "|", "|-", ">", ">-", "%TAG", "@at", "`tick`", "-", "- item", "-dash",
    "--reload", "?", "? key", ":", ":colon", "[a, b]", "{a: b}", "]", "}", ",comma", "#hash", "'single'",
    "\"double\"", "'", "\"", "---", "...", "... more",
    // inside the string
    "key: value", "a:b", "ends with colon:", "a #comment", "a#b", "http://example.com:8080/path",
    "${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}", "CMD-SHELL pg_isready -U $$POSTGRES_USER",
    "it's", "say \"hi\"", "back\\slash", "tab\there", "50%", "a, b", "a [b] {c}",
    // spaces and control characters
    " leading", "trailing ", " ", "  ", "\t", "bell\u{07}", "nul\u{0}byte", "esc\u{1B}[0m", "del\u{7F}",
    "nel\u{85}", "ls\u{2028}ps\u{2029}", "bom\u{FEFF}", "cr\rlf", "c1\u{9B}",
    // multi-line
    "line1\nline2", "line1\nline2\n", "line1\nline2\n\n", "\nleading newline", "  indented\nsecond",
    "trailing space \nnext", "a\n\nb", "\n", "\n\n", "tab\n\tindented", "x\r\ny",
    // unicode
    "café", "日本語", "emoji 🚀", "\u{A0}nbsp", "😀",
]

private func parsed(_ text: String) -> YAMLNode? {
    switch YAMLParser().parse(SourceFile(path: "emitted.yaml", text: text)) {
    case .success(let stream):
        return stream.documents.first?.root
    case .failure(let error):
        Issue.record("emitted YAML does not parse: \(error)\n\(text)")
        return nil
    }
}

@Suite("YAML emitter")
struct YAMLEmitterTests {
    @Test(arguments: trickyStrings)
    func trickyString_roundTripsAsTheSameString_underYAML11AndCore(_ text: String) throws {
        let document: YAMLValue = .mapping([
            .init("value", .string(text)),
            .init(text, .string("as key")),
            .init("items", .list([.string(text), .string("after")])),
            .init("flow", .sequence([.init(.string(text))], style: .flow)),
            .init("literal", .literal(text)),
        ])
        let output = YAMLEmitter().emit(document)
        let root = try #require(parsed(output))
        for node in [root["value"], root["items"]?.sequence?.first, root["flow"]?.sequence?.first, root["literal"]] {
            let node = try #require(node, "missing node in:\n\(output)")
            #expect(node.string == text, "value changed in:\n\(output)")
            #expect(node.resolved(.yaml11) == .string(text), "not a string under YAML 1.1 in:\n\(output)")
            #expect(node.resolved(.core) == .string(text), "not a string under the core schema in:\n\(output)")
        }
        let key = try #require(root.mapping?[1].key)
        #expect(key.string == text)
        #expect(key.resolved(.yaml11) == .string(text))
        #expect(key.resolved(.core) == .string(text))
        #expect(root["items"]?.sequence?.last?.string == "after")
    }

    @Test(arguments: [
        ("yes", "\"yes\""), ("on", "\"on\""), ("1.10", "\"1.10\""), ("0755", "\"0755\""), ("1:30", "\"1:30\""),
        ("1e3", "\"1e3\""), (".inf", "\".inf\""), ("~", "\"~\""), ("", "\"\""), ("*", "\"*\""),
        ("a: b", "\"a: b\""), ("a #b", "\"a #b\""), (" x", "\" x\""), ("tab\there", "\"tab\\there\""),
        ("bell\u{07}", "\"bell\\a\""), ("bom\u{FEFF}", "\"bom\\uFEFF\""), ("say \"hi\"", "say \"hi\""),
        ("postgres:16-alpine", "postgres:16-alpine"), ("hello world", "hello world"), ("a#b", "a#b"),
        ("unless-stopped", "unless-stopped"), ("${POSTGRES_USER:-app}", "${POSTGRES_USER:-app}"),
    ])
    func scalarQuoting_matchesTheExpectedText(_ input: String, _ expected: String) {
        #expect(YAMLScalarQuoting.render(input) == expected)
    }

    @Test func nonStringScalars_keepTheirTypes() throws {
        let output = YAMLEmitter().emit([
            "int": 42, "negative": -7, "double": 1.5, "whole": 2.0, "huge": .double(1e20), "tiny": .double(1e-7),
            "inf": .double(.infinity), "yes": true, "no": false, "nothing": .null,
        ])
        let root = try #require(parsed(output))
        for schema in [YAMLSchema.yaml11, .core] {
            #expect(root["int"]?.resolved(schema) == .int(42))
            #expect(root["negative"]?.resolved(schema) == .int(-7))
            #expect(root["double"]?.resolved(schema) == .float(1.5))
            #expect(root["whole"]?.resolved(schema) == .float(2.0))
            #expect(root["huge"]?.resolved(schema) == .float(1e20))
            #expect(root["tiny"]?.resolved(schema) == .float(1e-7))
            #expect(root["inf"]?.resolved(schema) == .float(.infinity))
            #expect(root["yes"]?.resolved(schema) == .bool(true))
            #expect(root["no"]?.resolved(schema) == .bool(false))
            #expect(root["nothing"]?.resolved(schema) == .null)
        }
        #expect(output.contains("huge: 1.0e+20\n"))
        #expect(output.contains("tiny: 1.0e-07\n"))
    }

    @Test func mappingKeys_keepTheirWrittenOrder() throws {
        let keys = ["zeta", "alpha", "mike", "bravo", "yankee", "charlie"]
        let output = YAMLEmitter().emit(.mapping(keys.map { .init($0, .string($0 + "-value")) }))
        let root = try #require(parsed(output))
        #expect(root.mapping?.compactMap(\.keyString) == keys)
    }

    @Test func commentsAndSections_areWrittenExactly() {
        let file = YAMLFile(
            headerComment: "generated by specql-deploy 0.1.0\ndo not edit by hand",
            .mapping([
                .init("name", "shop", comment: "project name"),
                .init("services", .mapping([
                    .init("app", .mapping([
                        .init("image", "shop:latest"),
                        .init("ports", .sequence([
                            .init("127.0.0.1:8000:8000", comment: "loopback only"),
                        ])),
                        .init("healthcheck", .mapping([
                            .init("test", .flowList(["CMD", "python", "-c", "print('ok')"])),
                        ])),
                    ]), comment: "the application"),
                ])),
                .init("volumes", .mapping([.init("pgdata", .mapping([]))])),
            ])
        )
        let expected = """
        # generated by specql-deploy 0.1.0
        # do not edit by hand

        # project name
        name: shop

        services:
          # the application
          app:
            image: shop:latest
            ports:
              # loopback only
              - "127.0.0.1:8000:8000"
            healthcheck:
              test: ["CMD", "python", "-c", "print('ok')"]

        volumes:
          pgdata: {}

        """
        #expect(YAMLEmitter().emit(file) == expected)
    }

    @Test func sequencesOfMappings_andNestedSequences_areIndentedUnderTheirDash() throws {
        let value: YAMLValue = [
            "steps": .sequence([
                .init(["name": "first", "run": "echo 1"], comment: "step one"),
                .init([["a", "b"], ["c"]]),
                .init(.mapping([])),
                .init(.sequence([])),
            ]),
        ]
        let output = YAMLEmitter().emit(value)
        #expect(output == """
        steps:
          # step one
          - name: first
            run: echo 1
          - - - a
              - b
            - - c
          - {}
          - []

        """)
        let root = try #require(parsed(output))
        #expect(root["steps"]?.sequence?.count == 4)
        #expect(root["steps"]?.sequence?[1].sequence?[0].sequence?.map(\.string) == ["a", "b"])
    }

    @Test func multiLineStrings_becomeBlockLiterals() throws {
        let script = "set -eu\nexec app\n"
        let output = YAMLEmitter().emit(["script": .string(script), "stripped": .string("a\nb"), "forced": .literal("one")])
        #expect(output == """
        script: |
          set -eu
          exec app

        stripped: |-
          a
          b

        forced: |-
          one

        """)
        let root = try #require(parsed(output))
        #expect(root["script"]?.scalar == YAMLScalar(value: script, style: .literal))
        #expect(root["stripped"]?.string == "a\nb")
        #expect(root["forced"]?.string == "one")
    }

    @Test func multipleDocuments_areSeparatedByDocumentMarkers() throws {
        let output = YAMLEmitter(options: .init(blankLineBetweenTopLevelEntries: false))
            .emit(YAMLFile(documents: [["kind": "A", "count": 1], ["kind": "B"]]))
        #expect(output == "---\nkind: A\ncount: 1\n---\nkind: B\n")
        guard case .success(let stream) = YAMLParser.parse(output) else {
            Issue.record("multi-document output does not parse")
            return
        }
        #expect(stream.documents.map { $0.root["kind"]?.string } == ["A", "B"])
    }

    @Test func commentText_withControlCharacters_staysOneCommentLine() {
        let output = YAMLEmitter().emit(.mapping([.init("k", "v", comment: "evil\rvalue: injected")]))
        #expect(output == "# evil value: injected\nk: v\n")
    }

    @Test func emittingTheSameTreeTwice_givesIdenticalBytes() {
        let tree: YAMLValue = ["b": ["x": [1, 2, 3], "y": "on"], "a": .literal("p\nq\n")]
        let first = YAMLEmitter().emit(tree)
        let second = YAMLEmitter().emit(tree)
        #expect(Array(first.utf8) == Array(second.utf8))
    }
}
