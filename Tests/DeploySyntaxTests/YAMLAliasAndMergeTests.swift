import DeploySyntax
import Testing

@Suite("YAML anchors, aliases, merge keys and duplicate keys")
struct YAMLAliasAndMergeTests {
    @Test func alias_copiesTheAnchoredNode_andRemembersWhereTheAliasStands() throws {
        let text = """
        base: &img postgres:16
        db:
          image: *img
        """
        let stream = try #require(parseValid(text))
        let image = try #require(stream.documents[0].root[path: "db", "image"])
        #expect(image.string == "postgres:16")
        #expect(span(image.range) == "1:12-1:23")
        #expect(span(try #require(image.aliasRange)) == "3:10-3:14")
        #expect(span(image.reportRange) == "3:10-3:14")
    }

    @Test func mergeKey_bringsInPairs_explicitKeysWin_andPairsRememberTheMergeKey() throws {
        let text = """
        x-defaults: &defaults
          restart: always
          user: "10001"
        web:
          <<: *defaults
          user: root
          image: app
        """
        let stream = try #require(parseValid(text))
        let web = try #require(stream.documents[0].root["web"])
        let keys = try #require(web.mapping).compactMap(\.keyString)
        #expect(keys == ["restart", "user", "image"])
        let restart = try #require(web.pair("restart"))
        #expect(restart.value.string == "always")
        #expect(span(try #require(restart.mergeKeyRange)) == "5:3-5:5")
        let user = try #require(web.pair("user"))
        #expect(user.value.string == "root")
        #expect(user.mergeKeyRange == nil)
        #expect(span(user.key.range) == "6:3-6:7")
        #expect(stream.diagnostics.isEmpty)
    }

    @Test func mergeKeyWithList_earlierMappingsWin() throws {
        let text = """
        a: &a {x: 1, y: 1}
        b: &b {y: 2, z: 2}
        c:
          <<: [*a, *b]
        """
        let stream = try #require(parseValid(text))
        let c = try #require(stream.documents[0].root["c"])
        #expect(c["x"]?.resolved() == .int(1))
        #expect(c["y"]?.resolved() == .int(1))
        #expect(c["z"]?.resolved() == .int(2))
    }

    @Test func mergeOfAScalar_isReported() throws {
        let stream = try #require(parseValid("a:\n  <<: 3\n"))
        #expect(stream.diagnostics.map(\.code) == ["yaml-bad-merge"])
        #expect(stream.diagnostics.first.map { span($0.range) } == "2:7-2:8")
    }

    @Test func duplicateKeys_areReportedWithBothPositions_andTheLaterValueWins() throws {
        let stream = try #require(parseValid("name: a\nport: 1\nname: b\n"))
        let diagnostic = try #require(stream.diagnostics.first)
        #expect(stream.diagnostics.count == 1)
        #expect(diagnostic.code == "yaml-duplicate-key")
        #expect(span(diagnostic.range) == "3:1-3:5")
        #expect(diagnostic.related.map { span($0.range) } == ["1:1-1:5"])
        let root = stream.documents[0].root
        #expect(root["name"]?.string == "b")
        #expect(root.mapping?.count == 2)
    }

    @Test func unknownAlias_isAPositionedError() throws {
        let diagnostic = try #require(parseError("a: *nowhere\n"))
        #expect(diagnostic.code == "yaml-unknown-alias" || diagnostic.code == "yaml-syntax")
        #expect(diagnostic.range.start.line == 1)
    }

    @Test func billionLaughs_failsCleanlyAtTheAliasThatCrossesTheLimit() throws {
        var lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(refs)]")
        }
        let diagnostic = try #require(parseError(lines.joined(separator: "\n") + "\n"))
        #expect(diagnostic.code == "yaml-alias-limit")
        #expect(diagnostic.message.contains("alias expansion exceeds"))
        #expect(diagnostic.range.start.line > 1)
    }

    @Test func smallAliasUse_staysUnderTheLimit() throws {
        let text = "a: &a [1, 2, 3]\nb: [*a, *a, *a]\n"
        let stream = try #require(parseValid(text))
        #expect(stream.documents[0].root["b"]?.sequence?.count == 3)
    }

    @Test func deepNesting_isRejectedBeforeItCanOverflowTheStack() throws {
        let text = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        let diagnostic = try #require(parseError(text))
        #expect(diagnostic.code == "yaml-too-deep")
    }
}
