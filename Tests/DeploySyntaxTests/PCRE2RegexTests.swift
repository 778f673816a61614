import DeploySyntax
import Testing

@Suite("PCRE2 patterns")
struct PCRE2RegexTests {
    @Test func firstMatch_returnsByteRangesAndGroups() throws {
        let regex = try PCRE2Regex(#"(AKIA|ASIA)[0-9A-Z]{16}"#)
        let text = Array("key = \"AKIAABCDEFGHIJKLMNOP\"".utf8)
        let match = try #require(regex.firstMatch(in: text))
        #expect(match.range == 7..<27)
        #expect(match.groups == [7..<11])
    }

    @Test func allMatches_findsEveryOccurrenceInOrder() throws {
        let regex = try PCRE2Regex(#"\d+"#)
        let matches = regex.allMatches(in: Array("a1 b22 c333".utf8))
        #expect(matches.map(\.range) == [1..<2, 4..<6, 8..<11])
    }

    @Test func caselessAndUnsetGroups() throws {
        let regex = try PCRE2Regex(#"pass(word)?|secret"#, options: [.caseless])
        let match = try #require(regex.firstMatch(in: Array("SECRET".utf8)))
        #expect(match.range == 0..<6)
        #expect(match.groups == [nil])
    }

    @Test func invalidUTF8Subject_doesNotAbortMatching() throws {
        let regex = try PCRE2Regex("tok", options: [.utf])
        let bytes: [UInt8] = [0xFF, 0xFE] + Array(" tok".utf8)
        #expect(regex.firstMatch(in: bytes)?.range == 3..<6)
    }

    @Test func invalidPattern_throwsWithOffset() {
        #expect(throws: RegexCompileError.self) { try PCRE2Regex("(unclosed") }
    }

    @Test func emptySubject_matchesEmptyPatternOnly() throws {
        #expect(try PCRE2Regex("^$").firstMatch(in: []) != nil)
        #expect(try PCRE2Regex("a").firstMatch(in: []) == nil)
    }
}
