import DeploySyntax
@testable import LintEngine
import Testing

/// The HCL2 native-syntax parser: every syntax form, with exact positions (`line:column-line:column`, half-open).
@Suite struct HCLParserTests {
    static func parse(_ text: String) -> HCLFile {
        HCLParser().parse(SourceFile(path: "main.tf", text: text))
    }

    /// The expression of `x = <source>` on line 1 (the expression starts at column 5).
    static func expression(_ source: String) throws -> HCLExpression {
        let file = parse("x = " + source + "\n")
        #expect(file.diagnostics.isEmpty, "\(file.diagnostics)")
        return try #require(file.body.attribute("x")).expression
    }

    static func value(_ source: String, variables: [String: HCLValue] = [:]) throws -> HCLValue {
        HCLEvaluator(variables: variables).evaluate(try expression(source))
    }

    // MARK: - Bodies

    @Test func attributesAndBlocks_keepNamesLabelsAndRanges() throws {
        let file = Self.parse("""
            region = "eu-west-1"
            resource "aws_s3_bucket" logs {
              bucket = "x"
            }
            """)
        #expect(file.diagnostics.isEmpty)
        let region = try #require(file.body.attribute("region"))
        #expect(region.nameRange.description == "1:1-1:7")
        #expect(region.range.description == "1:1-1:21")
        let block = try #require(file.body.block("resource"))
        #expect(block.typeRange.description == "2:1-2:9")
        #expect(block.labels.map(\.value) == ["aws_s3_bucket", "logs"])
        #expect(block.labels.map(\.isQuoted) == [true, false])
        #expect(block.labels[0].range.description == "2:10-2:25")
        #expect(block.labels[1].range.description == "2:26-2:30")
        #expect(block.headerRange.description == "2:1-2:30")
        #expect(block.range.description == "2:1-4:2")
        let bucket = try #require(block.body.attribute("bucket"))
        #expect(bucket.range.description == "3:3-3:15")
    }

    @Test func oneLineAndEmptyBlocks_parse() throws {
        let file = Self.parse("data \"aws_caller_identity\" \"me\" {}\nlifecycle { prevent_destroy = true }\n")
        #expect(file.diagnostics.isEmpty)
        #expect(file.body.blocks.count == 2)
        #expect(file.body.blocks[0].body.attributes.isEmpty)
        let attribute = try #require(file.body.blocks[1].body.attribute("prevent_destroy"))
        #expect(attribute.range.description == "2:13-2:35")
        if case .bool(true) = attribute.expression.kind {} else { Issue.record("expected true, got \(attribute.expression.kind)") }
    }

    @Test func literals_numbersBoolsAndNull() throws {
        #expect(try Self.value("42") == .number(42))
        #expect(try Self.value("1.5e3") == .number(1500))
        #expect(try Self.value("0.25") == .number(0.25))
        #expect(try Self.value("true") == .bool(true))
        #expect(try Self.value("null") == .null)
        #expect(try Self.expression("1.5e3").range.description == "1:5-1:10")
    }

    // MARK: - Templates

    @Test func quotedTemplate_splitsLiteralsAndInterpolations() throws {
        let e = try Self.expression(#""hello ${var.name}!""#)
        #expect(e.range.description == "1:5-1:25")
        guard case .template(let t) = e.kind else { Issue.record("not a template"); return }
        #expect(t.parts.count == 3)
        guard case .literal(let hello, let helloRange) = t.parts[0],
              case .interpolation(let inner, let interpolationRange) = t.parts[1],
              case .literal(let bang, let bangRange) = t.parts[2] else {
            Issue.record("unexpected parts \(t.parts)")
            return
        }
        #expect(hello == "hello ")
        #expect(helloRange.description == "1:6-1:12")
        #expect(interpolationRange.description == "1:12-1:23")
        #expect(inner.range.description == "1:14-1:22")
        #expect(inner.referencePath == ["var", "name"])
        #expect(bang == "!")
        #expect(bangRange.description == "1:23-1:24")
        #expect(try Self.value(#""hello ${var.name}!""#, variables: ["name": .string("you")]) == .string("hello you!"))
    }

    @Test func escapes_andDoubledTemplateIntroducers_areLiteral() throws {
        let e = try Self.expression(#""a\"b\\c\n$${x}%%{y}\u00e9\t""#)
        guard case .template(let t) = e.kind else { Issue.record("not a template"); return }
        #expect(t.literalValue == "a\"b\\c\n${x}%{y}é\t")
    }

    @Test func soleInterpolation_yieldsTheValueItself() throws {
        #expect(try Self.value(#""${var.n}""#, variables: ["n": .number(3)]) == .number(3))
    }

    @Test func templateDirectives_ifElseAndFor() throws {
        let conditional = try Self.expression(#""%{ if var.on }on%{ else }off%{ endif }""#)
        guard case .template(let t) = conditional.kind, case .conditional(_, let yes, let no, let range) = t.parts[0] else {
            Issue.record("expected an if directive")
            return
        }
        #expect(yes.count == 1 && no.count == 1)
        #expect(range.description == "1:6-1:44")
        #expect(try Self.value(#""%{ if var.on }on%{ else }off%{ endif }""#, variables: ["on": .bool(false)]) == .string("off"))
        let loop = #""%{~ for i, s in var.list ~}${i}=${s};%{~ endfor ~}""#
        #expect(try Self.value(loop, variables: ["list": .tuple([.string("a"), .string("b")])]) == .string("0=a;1=b;"))
    }

    @Test func heredoc_keepsTemplateAndEndsAtTheMarkerLine() throws {
        let file = Self.parse("""
            policy = <<EOT
            {
              "a": "${var.x}"
            }
            EOT
            next = 1
            """)
        #expect(file.diagnostics.isEmpty)
        let policy = try #require(file.body.attribute("policy")).expression
        #expect(policy.range.description == "1:10-5:4")
        guard case .template(let t) = policy.kind else { Issue.record("not a template"); return }
        #expect(t.style == .heredoc(marker: "EOT", indented: false))
        #expect(t.parts.count == 3)
        if case .literal(let s, _) = t.parts[0] { #expect(s == "{\n  \"a\": \"") }
        if case .interpolation(let e, _) = t.parts[1] { #expect(e.range.description == "3:11-3:16") }
        if case .literal(let s, _) = t.parts[2] { #expect(s == "\"\n}\n") }
        #expect(file.body.attribute("next") != nil)
    }

    @Test func indentedHeredoc_removesTheCommonIndentation() throws {
        let file = Self.parse("x = <<-EOT\n    line1\n      line2\n    EOT\n")
        #expect(file.diagnostics.isEmpty)
        guard case .template(let t) = try #require(file.body.attribute("x")).expression.kind else { return }
        #expect(t.literalValue == "line1\n  line2\n")
    }

    // MARK: - Collections

    @Test func tuples_acceptTrailingCommasAndNewlines() throws {
        #expect(try Self.value("[1, \"a\", true,]") == .tuple([.number(1), .string("a"), .bool(true)]))
        #expect(try Self.value("[\n  1,\n  2\n]") == .tuple([.number(1), .number(2)]))
    }

    @Test func objects_acceptEqualsColonsCommasNewlinesAndComputedKeys() throws {
        let source = "{\n  a = 1, \"b\" : 2\n  (var.k) = 3\n  nested = { c = [] }\n}"
        let e = try Self.expression(source)
        guard case .object(let items) = e.kind else { Issue.record("not an object"); return }
        #expect(items.map(\.literalKey) == ["a", "b", nil, "nested"])
        #expect(items[2].key.range.description == "3:3-3:10")
        let v = try Self.value(source, variables: ["k": .string("computed")])
        #expect(v == .object(["a": .number(1), "b": .number(2), "computed": .number(3), "nested": .object(["c": .tuple([])])]))
    }

    // MARK: - References

    @Test func traversals_keepRootStepsAndRanges() throws {
        let data = try Self.expression("data.aws_iam_policy_document.p.json")
        #expect(data.referencePath == ["data", "aws_iam_policy_document", "p", "json"])
        #expect(data.range.description == "1:5-1:40")
        let indexed = try Self.expression("aws_subnet.private[count.index].id")
        guard case .traversal(let root, let rootRange, let steps) = indexed.kind else { Issue.record("not a traversal"); return }
        #expect(root == "aws_subnet")
        #expect(rootRange.description == "1:5-1:15")
        #expect(steps.count == 3)
        #expect(steps[1].range.description == "1:23-1:36")
        #expect(steps[2].attributeName == "id")
        #expect(indexed.referencePath == ["aws_subnet", "private"])
        let legacy = try Self.expression("var.list.0.name")
        guard case .traversal(_, _, let legacySteps) = legacy.kind, case .legacyIndex(0, let r) = legacySteps[1] else {
            Issue.record("expected a legacy index")
            return
        }
        #expect(r.description == "1:13-1:15")
        #expect(try Self.value("var.list.0.name", variables: ["list": .tuple([.object(["name": .string("n")])])]) == .string("n"))
        #expect(try Self.expression("module.vpc.private_subnets").referencePath == ["module", "vpc", "private_subnets"])
    }

    @Test func splats_fullAndAttributeOnly() throws {
        let full = try Self.expression("aws_subnet.x[*].id")
        guard case .splat(let source, let steps, true) = full.kind else { Issue.record("expected [*]"); return }
        #expect(source.referencePath == ["aws_subnet", "x"])
        #expect(steps.map(\.attributeName) == ["id"])
        #expect(full.range.description == "1:5-1:23")
        let attr = try Self.expression("var.things.*.name")
        guard case .splat(_, let attrSteps, false) = attr.kind else { Issue.record("expected .*"); return }
        #expect(attrSteps.map(\.attributeName) == ["name"])
        let things: HCLValue = .tuple([.object(["name": .string("a")]), .object(["name": .string("b")])])
        #expect(try Self.value("var.things[*].name", variables: ["things": things]) == .tuple([.string("a"), .string("b")]))
        #expect(try Self.value("var.one[*]", variables: ["one": .string("x")]) == .tuple([.string("x")]))
        #expect(try Self.value("var.none[*]", variables: ["none": .null]) == .tuple([]))
    }

    @Test func functionCalls_withExpansionAndNamespaces() throws {
        let call = try Self.expression("merge(var.a, { b = 1 })")
        guard case .functionCall(let name, let nameRange, let args, false) = call.kind else { Issue.record("not a call"); return }
        #expect(name == "merge")
        #expect(nameRange.description == "1:5-1:10")
        #expect(args.count == 2)
        #expect(try Self.value("merge(var.a, { b = 1 })", variables: ["a": .object(["a": .number(0)])])
                    == .object(["a": .number(0), "b": .number(1)]))
        let expanded = try Self.expression("concat(var.lists...)")
        if case .functionCall(_, _, _, let expands) = expanded.kind { #expect(expands) }
        #expect(try Self.value("concat(var.lists...)", variables: ["lists": .tuple([.tuple([.number(1)]), .tuple([.number(2)])])])
                    == .tuple([.number(1), .number(2)]))
        let namespaced = try Self.expression("provider::aws::arn_parse(var.arn)")
        #expect(namespaced.functionName == "provider::aws::arn_parse")
        #expect(try Self.value("provider::aws::arn_parse(var.arn)") == .unknown)
    }

    // MARK: - Operators

    @Test func operators_followHCLPrecedence() throws {
        let e = try Self.expression("1 + 2 * 3 == 7 && !false || x")
        guard case .binary(.or, let lhs, _) = e.kind,
              case .binary(.and, let equality, let negation) = lhs.kind,
              case .binary(.equal, let sum, _) = equality.kind,
              case .binary(.add, _, let product) = sum.kind,
              case .binary(.multiply, _, _) = product.kind,
              case .unary(.not, _) = negation.kind else {
            Issue.record("wrong tree: \(e.kind)")
            return
        }
        #expect(try Self.value("1 + 2 * 3 == 7 && !false || x") == .bool(true))
        #expect(try Self.value("-2 * 3") == .number(-6))
        #expect(try Self.value("10 - 4 - 3") == .number(3))
        #expect(try Self.value("7 % 4 + 8 / 2") == .number(7))
        #expect(try Self.value("2 < 3 && 3 <= 3 && 4 > 3 && 3 >= 4") == .bool(false))
        #expect(try Self.value("\"a\" != \"b\"") == .bool(true))
    }

    @Test func conditionals_areRightAssociative() throws {
        let e = try Self.expression("var.a ? 1 : var.b ? 2 : 3")
        guard case .conditional(_, _, let otherwise) = e.kind, case .conditional = otherwise.kind else {
            Issue.record("expected a nested conditional in the false branch")
            return
        }
        #expect(try Self.value("var.a ? 1 : var.b ? 2 : 3", variables: ["a": .bool(false), "b": .bool(true)]) == .number(2))
        // Unknown condition, equal branches: the value is known.
        #expect(try Self.value("var.unknown ? 1 : 1") == .number(1))
        #expect(try Self.value("var.unknown ? 1 : 2") == .unknown)
    }

    @Test func newlines_endArguments_butNotInsideParentheses() throws {
        let file = Self.parse("a = 1\nb = (\n  var.x\n  ? 2\n  : 3\n)\n")
        #expect(file.diagnostics.isEmpty)
        #expect(file.body.attributes.map(\.name) == ["a", "b"])
        let broken = Self.parse("a = 1 +\n2\n")
        #expect(broken.diagnostics.count == 1)
    }

    // MARK: - for expressions

    @Test func forExpressions_tupleAndObjectWithConditionAndGrouping() throws {
        let tuple = try Self.expression("[for s in var.l : upper(s) if s != \"\"]")
        guard case .forExpression(let f) = tuple.kind else { Issue.record("not a for"); return }
        #expect(f.valueVariable == "s" && f.keyVariable == nil && !f.isObject && f.condition != nil)
        #expect(tuple.range.description == "1:5-1:43")
        #expect(try Self.value("[for s in var.l : upper(s) if s != \"\"]", variables: ["l": .tuple([.string("a"), .string(""), .string("b")])])
                    == .tuple([.string("A"), .string("B")]))
        let grouped = "{for k, v in var.m : v => k...}"
        guard case .forExpression(let g) = try Self.expression(grouped).kind else { Issue.record("not a for"); return }
        #expect(g.isObject && g.grouping && g.keyVariable == "k")
        #expect(try Self.value(grouped, variables: ["m": .object(["a": .string("x"), "b": .string("x"), "c": .string("y")])])
                    == .object(["x": .tuple([.string("a"), .string("b")]), "y": .tuple([.string("c")])]))
        // `for` alone is not a keyword: an identifier that starts with it stays a reference.
        #expect(try Self.expression("[for_each_value]").kind.isTuple)
    }

    // MARK: - Comments

    @Test func comments_areKeptAsideWithRanges() throws {
        let file = Self.parse("""
            # hash
            a = 1 // slash
            /* block
               spans */ b = "café" # é
            """)
        #expect(file.diagnostics.isEmpty)
        #expect(file.body.attributes.map(\.name) == ["a", "b"])
        #expect(file.comments.map(\.style) == [.hash, .doubleSlash, .block, .hash])
        #expect(file.comments.map(\.range.description) == ["1:1-1:7", "2:7-2:15", "3:1-4:12", "4:24-4:27"])
        #expect(file.comments[2].content == " block\n   spans ")
        #expect(file.comments[3].content == " é")
    }

    // MARK: - Errors and recovery

    @Test func brokenBlock_isReported_andParsingResumesAtTheNextBlock() throws {
        let file = Self.parse("""
            resource "a" "b" {
              x = = 1
            }

            resource "c" "d" {
              y = 2
            }
            """)
        #expect(file.diagnostics.count == 1)
        let d = try #require(file.diagnostics.first)
        #expect(d.code == "hcl-syntax")
        #expect(d.range.description == "2:7-2:8")
        #expect(d.message == "expected an expression, found '='")
        #expect(file.body.blocks.map { $0.labels.map(\.value) } == [["c", "d"]])
    }

    @Test func unterminatedConstructs_havePositionedDiagnostics() throws {
        let unclosed = Self.parse("resource \"a\" \"b\" {\n  x = 1\n")
        #expect(unclosed.diagnostics.map(\.range.description) == ["1:18-1:19"])
        #expect(unclosed.diagnostics.first?.message.contains("never closed") == true)
        let string = Self.parse("a = \"abc\nb = 2\n")
        #expect(string.diagnostics.first?.message.contains("unterminated string") == true)
        #expect(string.body.attribute("b") != nil)
        let heredoc = Self.parse("a = <<EOT\nno end\n")
        #expect(heredoc.diagnostics.map(\.range.description) == ["1:5-1:7"])
        let directive = Self.parse("a = \"%{ if true }x\"\n")
        #expect(directive.diagnostics.count == 1)
        let label = Self.parse("resource \"a${b}\" \"c\" {}\n")
        #expect(label.diagnostics.first?.message == "a block label cannot contain interpolations")
    }

    @Test func crlfAndMultibyteText_keepLineAndScalarColumns() throws {
        let file = HCLParser().parse(SourceFile(path: "main.tf", text: "a = \"é\"\r\nb = 2\r\n"))
        #expect(file.diagnostics.isEmpty)
        #expect(file.body.attribute("a")?.range.description == "1:1-1:8")
        #expect(file.body.attribute("b")?.range.description == "2:1-2:6")
    }

    @Test func deeplyNestedInput_isAnErrorNotACrash() {
        let deep = "x = " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n"
        let file = Self.parse(deep)
        #expect(file.diagnostics.first?.message.contains("nested too deeply") == true)
    }
}

extension HCLExpression.Kind {
    var isTuple: Bool {
        if case .tuple = self { return true }
        return false
    }
}
