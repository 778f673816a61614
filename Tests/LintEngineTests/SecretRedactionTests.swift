import DeploySyntax
import Foundation
@testable import LintEngine
import Testing

@Suite("Secret redaction")
struct SecretRedactionTests {
    @Test func redactedForm_showsTheFirstFourCharactersAndTheLength() {
        #expect(SecretRedaction.redactedForm(Array(("ghp_" + FakeSecret.alnum(36)).utf8)) == "ghp_… (40 chars)")
        #expect(SecretRedaction.redactedForm(Array(FakeSecret.alnum(16).utf8)) == "07EL… (16 chars)")
    }

    @Test func shortSecrets_showAtMostAQuarter() {
        #expect(SecretRedaction.redactedForm(Array("k9Q2x7Lm4Z".utf8)) == "k9… (10 chars)")
        #expect(SecretRedaction.redactedForm(Array("abc".utf8)) == "… (3 chars)")
        // Lengths count characters, not bytes; quotes and control characters never show.
        #expect(SecretRedaction.redactedForm(Array("\"é\u{1}Zk9Q2x7Lm4Zp8Wq".utf8)) == "?é?Z… (18 chars)")
    }

    /// Every detector's message names the secret only by its redacted form.
    @Test(arguments: SecretDetectorTests.cases.map { [$0.detector, $0.kind.rawValue, $0.text] })
    func message_neverContainsTheSecret(_ row: [String]) throws {
        let kind = FileKind(rawValue: row[1])!
        let marked = MarkedText(row[2])
        let file = SourceFile(path: "input", text: marked.text)
        for finding in SecretScanner.standard.scan(file, kind: kind) {
            let violation = SecretMessage.violation(for: finding, in: file, kind: kind)
            let secret = String(decoding: file.bytes[finding.secret], as: UTF8.self)
            for piece in SecretLeakCheck.pieces(of: secret) {
                #expect(!violation.message.contains(piece), "\(row[0]): message shows '\(piece)': \(violation.message)")
            }
            #expect(violation.message.contains(finding.redactedForm))
            #expect(violation.redactions == [file.range(from: finding.secret.lowerBound, to: finding.secret.upperBound)])
        }
    }

    @Test func maskedFile_hidesEverythingButThePrefix_andKeepsOffsetsAndLines() {
        let secret = "ghp_" + FakeSecret.alnum(36)
        let file = SourceFile(path: ".env", text: "A=1\nGH=\(secret)\nB=2\n")
        let (_, findings) = secretScan(file.text, kind: .dotenv)
        let ranges = findings.map { file.range(from: $0.secret.lowerBound, to: $0.secret.upperBound) }
        let masked = SecretRedaction.maskedFile(file, redactions: ranges)
        #expect(masked.text == "A=1\nGH=ghp_" + String(repeating: "*", count: 36) + "\nB=2\n")
        #expect(masked.lineStarts == file.lineStarts)
    }

    @Test func maskedFile_keepsLineBreaksOfAMultiLineKey() {
        let body = (0..<2).map { FakeSecret.base64(64, $0) }
        let text = "K=\"-----BEGIN RSA PRIVATE KEY-----\n\(body[0])\n\(body[1])\n-----END RSA PRIVATE KEY-----\"\n"
        let file = SourceFile(path: ".env", text: text)
        let findings = SecretScanner.standard.scan(file, kind: .dotenv)
        #expect(findings.map(\.ruleID) == ["SEC010"])
        let masked = SecretRedaction.maskedFile(file, redactions: findings.map { file.range(from: $0.secret.lowerBound, to: $0.secret.upperBound) })
        #expect(masked.lineCount == file.lineCount)
        #expect(!masked.text.contains(body[0].dropFirst(4)) && !masked.text.contains(body[1]))
        #expect(masked.text.contains("-----BEGIN RSA PRIVATE KEY-----") && masked.text.contains("-----END RSA PRIVATE KEY-----"))
    }
}

/// Pieces of a secret that must never reach an output: the part after the visible prefix, and every
/// 8-character window of it (so a partly masked frame or a truncated message cannot leak it either).
enum SecretLeakCheck {
    static func pieces(of secret: String) -> [String] {
        let characters = Array(secret)
        let visible = SecretRedaction.visiblePrefixLength(forLength: characters.count)
        let hidden = Array(characters.dropFirst(visible))
        var out = [String(hidden)]
        if hidden.count > 8 {
            for start in 0...(hidden.count - 8) {
                let window = String(hidden[start..<start + 8])
                // Line breaks and indentation inside a key body are layout, not key material.
                if !window.contains("\n") && !window.contains(" ") { out.append(window) }
            }
        }
        return out.filter { !$0.isEmpty }
    }
}
