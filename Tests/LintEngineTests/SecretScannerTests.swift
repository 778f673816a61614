import DeploySyntax
import Foundation
@testable import LintEngine
import Testing

@Suite("Secret scanner policy")
struct SecretScannerTests {
    typealias F = FakeSecret

    // MARK: placeholders and references

    @Test(arguments: [
        "${API_TOKEN}", "$API_TOKEN", "${{ secrets.API_TOKEN }}", "{{ .Values.apiToken }}", "changeme", "change-me",
        "<your-api-token>", "example-token-1234567", "xxxxxxxxxxxxxxxxxxxx", "****************", "your-token-here",
        "dummy-token-12345678", "placeholder", "REPLACE_ME", "%(api_token)s", "/run/secrets/api-token",
        "arn:aws:secretsmanager:eu-west-1:123456789012:secret:api", "op://vault/api/token", "sk_test_" + FakeSecret.alnum(24),
        "pk_live_" + FakeSecret.alnum(24), "settings.API_TOKEN", "UberSecretPassword2024", "my-app-token-v2",
    ])
    func placeholderOrReference_isNotASecret(_ value: String) {
        for kind in [FileKind.dotenv, .compose, .dockerfile] {
            let text = kind == .compose ? "environment:\n  API_TOKEN: \"\(value)\"\n" : kind == .dockerfile ? "ENV API_TOKEN=\"\(value)\"\n" : "API_TOKEN=\(value)\n"
            let (_, findings) = secretScan(text, kind: kind)
            #expect(findings.isEmpty, "\(kind.rawValue): \(value) → \(findings.map(\.detector))")
        }
    }

    @Test func awsDocumentedExampleKey_isAllowed_butAnyOtherKeyIsNot() {
        #expect(secretScan("AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n", kind: .dotenv).1.isEmpty)
        #expect(secretScan("AWS_ACCESS_KEY_ID=AKIA\(F.base32(16, 3))\n", kind: .dotenv).1.map(\.ruleID) == ["SEC001"])
    }

    @Test func hclReferences_areExpressions_notLiterals() {
        let text = """
        provider "postgresql" {
          password = var.db_password
          api_key  = local.api_key
          token    = random_password.api.result
          secret   = "${var.secret}"
        }
        """
        #expect(secretScan(text, kind: .hcl).1.isEmpty)
    }

    @Test func kubernetesValueFrom_hasNoLiteral_butALiteralValueIsReported() {
        let valueFrom = """
                  env:
                    - name: API_TOKEN
                      valueFrom:
                        secretKeyRef: {name: api, key: token}
        """
        #expect(secretScan(valueFrom, kind: .kubernetes).1.isEmpty)
        let literal = MarkedText("""
                  env:
                    - name: API_TOKEN
                      value: ⟦\(F.alnum(32, 3))⟧
        """)
        #expect(secretScan(literal.text, kind: .kubernetes).1.map(\.report) == literal.expected)
    }

    @Test func fileSuffixedKey_namesAPath_notASecret() {
        #expect(secretScan("POSTGRES_PASSWORD_FILE=/run/secrets/pg\nAPI_TOKEN_FILE=\(F.alnum(24))\n", kind: .dotenv).1.isEmpty)
    }

    @Test func kubernetesSecretData_isJudgedByWhatItEncodes() {
        let weak = "data:\n  password: \(F.base64Encoded("Password$123456"))\n"
        #expect(secretScan(weak, kind: .kubernetes).1.isEmpty)
        let strong = MarkedText("data:\n  password: ⟦\(F.base64Encoded(F.alnum(24, 9)))⟧\n")
        #expect(secretScan(strong.text, kind: .kubernetes).1.map(\.report) == strong.expected)
    }

    // MARK: entropy

    @Test func entropyThreshold_isDocumentedFormula() {
        #expect(SecretValueShape.entropyThreshold(length: 12, hex: false) == min(3.5, 0.85 * log2(12)))
        #expect(SecretValueShape.entropyThreshold(length: 64, hex: false) == 3.5)
        #expect(SecretValueShape.entropyThreshold(length: 40, hex: true) == 3.0)
        let shape = SecretValueShape(Array("aabb".utf8))
        #expect(shape.entropy == 1.0)
        #expect(shape.distinctCount == 2)
    }

    @Test func randomLookingValues_passTheShapeTest_wordsAndShortValuesDoNot() {
        #expect(SecretValueShape(Array(F.alnum(12).utf8)).looksRandom)
        #expect(SecretValueShape(Array(F.hex(32).utf8)).looksRandom)
        #expect(!SecretValueShape(Array("supersecretpassword".utf8)).looksRandom)  // one class
        #expect(!SecretValueShape(Array("Ab1Ab1Ab1Ab1".utf8)).looksRandom)         // entropy 1.6
        #expect(!SecretValueShape(Array(F.alnum(11).utf8)).looksRandom)            // too short
        #expect(SecretConfirmation.isWordLike(Array("my-app-secret-v2".utf8)))
        #expect(SecretConfirmation.isWordLike(Array("UberSecretPassword".utf8)))
        #expect(!SecretConfirmation.isWordLike(Array(F.alnum(32).utf8)))
    }

    // MARK: comments

    @Test func secretInAComment_isStillReported_andSaysSo() throws {
        let (_, findings) = secretScan("# GITHUB_TOKEN=ghp_\(F.alnum(36, 4))\n", kind: .dotenv)
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.inComment)
        #expect(SecretMessage.message(for: finding, kind: .dotenv).contains("in a comment"))
    }

    @Test func wordExampleInATrailingComment_doesNotHideTheValue() {
        let (_, findings) = secretScan("API_TOKEN=\(F.alnum(24, 5)) # example\n", kind: .dotenv)
        #expect(findings.map(\.ruleID) == ["SEC029"])
    }

    @Test func suppressionDirective_isNeverScanned() {
        let text = "# specql-deploy ignore=SEC029 reason=\"api_token=\(F.alnum(24, 6)) rotated\"\nLOG_LEVEL=info\n"
        #expect(secretScan(text, kind: .dotenv).1.isEmpty)
        // A directive at the end of the line leaves the value before it to the scanner (the engine suppresses).
        let inline = "API_TOKEN=\(F.alnum(24, 7)) # specql-deploy ignore=SEC029 reason=\"fixture\"\n"
        #expect(secretScan(inline, kind: .dotenv).1.map(\.ruleID) == ["SEC029"])
    }

    @Test func genericDetector_readsCommentedOutAssignments_notProse() {
        #expect(secretScan("# API_TOKEN=\(F.alnum(24, 8))\n", kind: .dotenv).1.count == 1)
        #expect(secretScan("#   - SECRET_KEY: \(F.alnum(24, 8))\n", kind: .compose).1.count == 1)
        #expect(secretScan("// password = \"\(F.alnum(24, 8))\"\n", kind: .hcl).1.count == 1)
        #expect(secretScan("# set the api token: \(F.alnum(24, 8)) in the console\n", kind: .dotenv).1.isEmpty)
        #expect(secretScan("# e.g. token=\(F.alnum(24, 8))\n", kind: .compose).1.isEmpty)
    }

    @Test func commentSyntax_followsTheKind() {
        let bytes = Array("RUN echo a # b\n  # c\nx: 'a # b' # c\n".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            // Dockerfile: only a leading `#` starts a comment.
            #expect(LineComment.find(in: buffer, lineStart: 0, lineEnd: 14, kind: .dockerfile) == nil)
            #expect(LineComment.find(in: buffer, lineStart: 15, lineEnd: 20, kind: .dockerfile)?.markerStart == 17)
            // YAML: `#` after a blank, outside quotes.
            #expect(LineComment.find(in: buffer, lineStart: 21, lineEnd: 35, kind: .compose)?.markerStart == 32)
        }
        let hcl = Array("a = \"x#y\" // z\n".utf8)
        hcl.withUnsafeBufferPointer { buffer in
            #expect(LineComment.find(in: buffer, lineStart: 0, lineEnd: 14, kind: .hcl)?.markerStart == 10)
        }
    }

    // MARK: overlaps, positions, line breaks

    @Test func valueSeenByTwoDetectors_goesToTheSpecificOne() {
        let (_, findings) = secretScan("GITHUB_TOKEN=ghp_\(F.alnum(36))\n", kind: .dotenv)
        #expect(findings.map(\.detector) == ["github-pat-classic"])
        // Disabling the specific rule does not turn the value into a generic finding.
        #expect(SecretScanner.standard.scan(SourceFile(path: "x", text: "GITHUB_TOKEN=ghp_\(F.alnum(36))\n"), kind: .dotenv, ruleIDs: ["SEC029"]).isEmpty)
    }

    @Test func crlfLineBreaks_giveTheSameFindingsAndColumns() {
        let lf = "A=1\nAPI_TOKEN=\(F.alnum(24, 9))\nGH=ghp_\(F.alnum(36))\n"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let (lfFile, lfFindings) = secretScan(lf, kind: .dotenv)
        let (crlfFile, crlfFindings) = secretScan(crlf, kind: .dotenv)
        #expect(lfFindings.map(\.detector) == crlfFindings.map(\.detector))
        #expect(lfFindings.map { lfFile.position(atOffset: $0.report.lowerBound).description }
                    == crlfFindings.map { crlfFile.position(atOffset: $0.report.lowerBound).description })
    }

    @Test func multiByteTextBeforeTheSecret_keepsColumnsInCharacters() throws {
        let (file, findings) = secretScan("NOTE=\"café ☕\" GH=ghp_\(F.alnum(36))\n", kind: .dotenv)
        let finding = try #require(findings.first)
        #expect(file.position(atOffset: finding.report.lowerBound).column == 18)
    }

    @Test func privateKeyBlock_reportsTheBeginLine_andRedactsTheBody() throws {
        let body = (0..<3).map { F.base64(64, $0) }
        let text = "key: |\n  -----BEGIN OPENSSH PRIVATE KEY-----\n  \(body.joined(separator: "\n  "))\n  -----END OPENSSH PRIVATE KEY-----\n"
        let (file, findings) = secretScan(text, kind: .kubernetes)
        let finding = try #require(findings.first)
        #expect(file.range(from: finding.report.lowerBound, to: finding.report.upperBound).description == "2:3-2:38")
        let secretText = String(decoding: file.bytes[finding.secret], as: UTF8.self)
        for line in body { #expect(secretText.contains(line)) }
        #expect(!secretText.contains("BEGIN") && !secretText.contains("END"))
        #expect(finding.label == "OPENSSH private key block")
        #expect(finding.redactedForm == "\(body[0].prefix(4))… (192 chars)")
    }

    @Test func hugeIdentifierRunOnOneLine_isScannedWithoutBacktrackingBlowUp() {
        // Keyed patterns start only where an identifier run starts, so a 300 KB run costs one pass.
        let run = String(repeating: "a-b_c.", count: 50_000)
        let text = "x=\(run)token twilio_auth_token=\(F.hex(32, 5)) API_TOKEN=\(F.alnum(24, 7))\n"
        let clock = ContinuousClock()
        var findings: [SecretFinding] = []
        let elapsed = clock.measure { findings = secretScan(text, kind: .dotenv).1 }
        #expect(findings.map(\.ruleID) == ["SEC013", "SEC029"])
        #expect(elapsed < .seconds(5), "took \(elapsed)")
    }

    @Test func binaryAndEmptyFiles_doNotCrash() {
        #expect(secretScan("", kind: .dotenv).1.isEmpty)
        let file = SourceFile(path: "bin", bytes: [0xFF, 0xFE, 0x00, 0x70, 0x61, 0x73, 0x73, 0x77, 0x6F, 0x72, 0x64, 0x3D, 0xC3])
        #expect(SecretScanner.standard.scan(file, kind: .dotenv).isEmpty)
    }
}
