import DeploySyntax
import Testing

@Suite("YAML scalar resolution")
struct YAMLScalarResolutionTests {
    private func value(_ text: String, _ schema: YAMLSchema) -> YAMLScalarValue? {
        parseValid("v: \(text)\n")?.documents.first?.root["v"]?.resolved(schema)
    }

    @Test(arguments: ["on", "On", "ON", "yes", "Yes", "YES"])
    func yaml11Truthy_isABooleanIn11_andAStringInCore(_ text: String) {
        #expect(value(text, .yaml11) == .bool(true))
        #expect(value(text, .core) == .string(text))
        #expect(YAMLScalarResolver.isYAML11OnlyBoolean(text))
    }

    @Test(arguments: ["off", "no", "NO"])
    func yaml11Falsy_isABooleanIn11(_ text: String) {
        #expect(value(text, .yaml11) == .bool(false))
        #expect(value(text, .core) == .string(text))
    }

    @Test func workflowOnKey_staysTheStringOn() throws {
        let stream = try #require(parseValid("on: push\n"))
        let key = try #require(stream.documents[0].root.mapping?.first?.key)
        #expect(key.string == "on")
        #expect(stream.documents[0].root["on"]?.string == "push")
        #expect(key.resolved(.yaml11) == .bool(true))
    }

    @Test func octalLookingNumbers_differBetweenSchemas() {
        #expect(value("0755", .yaml11) == .int(0o755))
        #expect(value("0755", .core) == .int(755))
        #expect(value("0o755", .core) == .int(0o755))
        #expect(value("0o755", .yaml11) == .string("0o755"))
    }

    @Test func sexagesimal_isTheComposePortTrap() {
        #expect(value("22:22", .yaml11) == .int(22 * 60 + 22))
        #expect(value("22:22", .core) == .string("22:22"))
        #expect(value("80:80", .yaml11) == .string("80:80"))
    }

    @Test func quotedScalars_areAlwaysStrings() {
        #expect(value("'yes'", .yaml11) == .string("yes"))
        #expect(value("\"8000\"", .yaml11) == .string("8000"))
    }

    @Test func numbersNullsAndFloats() {
        #expect(value("8000", .core) == .int(8000))
        #expect(value("-12", .core) == .int(-12))
        #expect(value("1_000", .yaml11) == .int(1000))
        #expect(value("0x1F", .core) == .int(31))
        #expect(value("1.10", .core) == .float(1.1))
        #expect(value("1e3", .core) == .float(1000))
        #expect(value("1e3", .yaml11) == .string("1e3"))
        #expect(value(".inf", .core) == .float(.infinity))
        #expect(value("~", .core) == .null)
        #expect(value("null", .yaml11) == .null)
        #expect(value("", .core) == .null)
        #expect(value("3.13", .core) == .float(3.13))
        #expect(value("1.2.3", .core) == .string("1.2.3"))
        #expect(value("v1", .core) == .string("v1"))
    }
}
