import DeploySyntax
import Foundation
@testable import LintEngine
import Testing

/// Obviously fake, format-valid values: walks over a fixed alphabet with a fixed step, so they have the
/// shape (and the entropy) of generated tokens without being anyone's credential.
enum FakeSecret {
    static let base62 = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    static func walk(_ alphabet: [Character], _ count: Int, from start: Int, step: Int) -> String {
        String((0..<count).map { alphabet[(start + step * $0) % alphabet.count] })
    }
    static func alnum(_ count: Int, _ start: Int = 0) -> String { walk(base62, count, from: start, step: 7) }
    static func hex(_ count: Int, _ start: Int = 0) -> String { walk(Array("0123456789abcdef"), count, from: start, step: 3) }
    static func base32(_ count: Int, _ start: Int = 0) -> String { walk(Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), count, from: start, step: 3) }
    static func base64(_ count: Int, _ start: Int = 0) -> String {
        walk(Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"), count, from: start, step: 7)
    }
    static func letters(_ count: Int, _ start: Int = 0) -> String {
        walk(Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"), count, from: start, step: 7)
    }
    static func bech32(_ count: Int, _ start: Int = 0) -> String { walk(Array("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"), count, from: start, step: 3) }
    static func base64Encoded(_ text: String) -> String { Data(text.utf8).base64EncodedString() }
    static func base64URL(_ json: String) -> String {
        Data(json.utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
    static var jwt: String {
        base64URL(#"{"alg":"HS256","typ":"JWT"}"#) + "." + base64URL(#"{"sub":"svc-reporter","role":"service"}"#) + "." + alnum(43, 17)
    }
}

/// Text with the expected finding marked `⟦…⟧`: the markers are removed and their place is the expected range.
struct MarkedText {
    let text: String
    let expected: [Range<Int>]

    init(_ marked: String) {
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
        var start: Int?
        for scalar in marked.unicodeScalars {
            if scalar == "⟦" { start = bytes.count; continue }
            if scalar == "⟧", let s = start { ranges.append(s..<bytes.count); start = nil; continue }
            bytes += Array(String(scalar).utf8)
        }
        text = String(decoding: bytes, as: UTF8.self)
        expected = ranges
    }
}

func secretScan(_ text: String, kind: FileKind, path: String = "input") -> (SourceFile, [SecretFinding]) {
    let file = SourceFile(path: path, text: text)
    return (file, SecretScanner.standard.scan(file, kind: kind))
}

@Suite("Secret detectors")
struct SecretDetectorTests {
    static let detectors = SecretScanner.standard.detectors

    @Test func catalog_hasAtLeast25Detectors_eachCompiled_namedOnce_andAnchored() {
        #expect(Self.detectors.count >= 25)
        #expect(Self.detectors.count <= SecretPrefilter.maxDetectors)
        var names = Set<String>()
        for detector in Self.detectors {
            #expect(detector.regex != nil, "\(detector.name): the pattern does not compile")
            #expect(names.insert(detector.name).inserted, "\(detector.name) is declared twice")
            #expect(!detector.anchors.isEmpty, "\(detector.name) has no anchor, so the prefilter never wakes it")
            for anchor in detector.anchors {
                #expect(anchor.bytes.count >= 3, "\(detector.name): anchor '\(String(decoding: anchor.bytes, as: UTF8.self))' is shorter than the prefilter's trigram")
            }
        }
    }

    @Test func everyRule_ownsItsDetectors_andIDsAreSEC001ToSEC029() {
        let ids = SecretRules.all.map(\.id)
        #expect(ids == (1...29).map { String(format: "SEC%03d", $0) })
        for rule in SecretRules.all {
            #expect(!rule.detectors.isEmpty, "\(rule.id) has no detector")
            for detector in rule.detectors {
                #expect(detector.ruleID == rule.id, "\(detector.name) reports as \(detector.ruleID) but belongs to \(rule.id)")
            }
        }
        // Specific formats first, the generic assignment last: overlaps go to the specific rule.
        #expect(SecretRules.all.last?.id == "SEC029")
    }

    /// One triggering line per detector, in a kind where it appears in practice.
    static let cases: [(detector: String, kind: FileKind, text: String)] = {
        typealias F = FakeSecret
        let pem = (0..<3).map { F.base64(64, 1 + 11 * $0) }.joined(separator: "\n    ")
        let dockerAuth = F.base64Encoded("deployer:" + F.alnum(20, 27))
        let dockerConfig = F.base64Encoded(#"{"auths":{"registry.acme.test":{"auth":""# + F.base64Encoded("ci:" + F.alnum(20, 28)) + #""}}}"#)
        return [
            ("aws-access-key-id", .dotenv, "AWS_ACCESS_KEY_ID=⟦AKIA\(F.base32(16, 3))⟧\n"),
            ("aws-secret-access-key", .dotenv, "AWS_SECRET_ACCESS_KEY=⟦\(F.base64(40, 5))⟧\n"),
            ("github-pat-classic", .githubWorkflow, "env:\n  GH_TOKEN: ⟦ghp_\(F.alnum(36))⟧\n"),
            ("github-pat-fine-grained", .dotenv, "GITHUB_PAT=⟦github_pat_\(F.alnum(22, 1))_\(F.alnum(59, 2))⟧\n"),
            ("github-oauth-token", .dotenv, "GH=⟦gho_\(F.alnum(36, 4))⟧\n"),
            ("github-app-token", .dockerfile, "RUN git clone https://x-access-token:⟦ghs_\(F.alnum(36, 3))⟧@github.com/acme/app.git\n"),
            ("github-refresh-token", .dotenv, "GH_REFRESH=⟦ghr_\(F.alnum(76, 5))⟧\n"),
            ("gitlab-pat", .dotenv, "GITLAB_TOKEN=⟦glpat-\(F.alnum(20, 5))⟧\n"),
            ("gitlab-pipeline-trigger-token", .hcl, "trigger = \"⟦glptt-\(F.hex(40, 1))⟧\"\n"),
            ("gitlab-runner-registration-token", .compose, "environment:\n  REGISTRATION_TOKEN: ⟦GR1348941\(F.alnum(20, 6))⟧\n"),
            ("gitlab-runner-authentication-token", .dotenv, "RUNNER=⟦glrt-\(F.alnum(20, 7))⟧\n"),
            ("gitlab-deploy-token", .dotenv, "DEPLOY=⟦gldt-\(F.alnum(20, 8))⟧\n"),
            ("slack-bot-token", .kubernetes, "stringData:\n  SLACK_BOT_TOKEN: ⟦xoxb-1234567890-2345678901-\(F.alnum(24, 7))⟧\n"),
            ("slack-user-token", .dotenv, "SLACK=⟦xoxp-1234567890-2345678901-3456789012-\(F.hex(32, 2))⟧\n"),
            ("slack-app-token", .compose, "environment:\n  - SLACK_APP_TOKEN=⟦xapp-1-A0123ABCDE-1234567890123-\(F.hex(64, 3))⟧\n"),
            ("slack-legacy-token", .dotenv, "SLACK=⟦xoxs-1234567890-\(F.alnum(32, 10))⟧\n"),
            ("slack-webhook-url", .githubWorkflow, "      - run: curl -d x https://hooks.slack.com/services/⟦T0123ABCD/B0123ABCD/\(F.alnum(24, 8))⟧\n"),
            ("stripe-live-secret-key", .dotenv, "STRIPE=⟦sk_live_\(F.alnum(24, 10))⟧\n"),
            ("stripe-live-restricted-key", .compose, "environment:\n  STRIPE_KEY: ⟦rk_live_\(F.alnum(24, 11))⟧\n"),
            ("google-api-key", .dockerfile, "ENV MAPS_KEY=⟦AIza\(F.alnum(35, 13))⟧\n"),
            ("google-oauth-client-secret", .dotenv, "GOOGLE_CLIENT_SECRET=⟦GOCSPX-\(F.alnum(28, 15))⟧\n"),
            ("private-key", .kubernetes, "stringData:\n  tls.key: |\n    ⟦-----BEGIN RSA PRIVATE KEY-----⟧\n    \(pem)\n    -----END RSA PRIVATE KEY-----\n"),
            ("jwt", .dotenv, "SERVICE_JWT=⟦\(F.jwt)⟧\n"),
            ("sendgrid-api-key", .dockerfile, "ENV SENDGRID_API_KEY=⟦SG.\(F.alnum(22, 20)).\(F.alnum(43, 21))⟧\n"),
            ("twilio-api-key", .dotenv, "TWILIO_API_KEY=⟦SK\(F.hex(32, 4))⟧\n"),
            ("twilio-auth-token", .dotenv, "TWILIO_AUTH_TOKEN=⟦\(F.hex(32, 5))⟧\n"),
            ("twilio-account-credentials", .dockerfile, "RUN curl -u AC\(F.hex(32, 6)):⟦\(F.hex(32, 7))⟧ https://api.twilio.com/2010-04-01/Accounts.json\n"),
            ("npm-access-token", .dockerfile, "RUN echo \"//registry.npmjs.org/:_authToken=⟦npm_\(F.alnum(36, 24))⟧\" > .npmrc\n"),
            ("npmrc-auth-token", .dockerfile, "RUN echo \"//npm.acme.test/:_authToken=⟦\(F.alnum(32, 25))⟧\" > .npmrc\n"),
            ("pypi-token", .githubWorkflow, "        env:\n          TWINE_PASSWORD: ⟦pypi-AgEIcHlwaS5vcmc\(F.alnum(60, 26))⟧\n"),
            ("docker-hub-access-token", .githubWorkflow, "      - run: echo ⟦dckr_pat_\(F.alnum(27, 29))⟧ | docker login -u acme --password-stdin\n"),
            ("docker-config-auth", .kubernetes, "stringData:\n  config.json: |\n    {\"auths\": {\"registry.acme.test\": {\"auth\": \"⟦\(dockerAuth)⟧\"}}}\n"),
            ("docker-config-json", .kubernetes, "data:\n  .dockerconfigjson: ⟦\(dockerConfig)⟧\n"),
            ("database-url-password", .compose, "environment:\n  DATABASE_URL: postgres://app:⟦\(F.alnum(16, 30))⟧@db:5432/app\n"),
            ("azure-storage-account-key", .dotenv, "AZ=DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=⟦\(F.base64(86, 34))==⟧;EndpointSuffix=core.windows.net\n"),
            ("azure-shared-access-key", .compose, "environment:\n  BUS: \"Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=listen;SharedAccessKey=⟦\(F.base64(43, 35))=⟧\"\n"),
            ("openai-api-key", .dotenv, "OPENAI_API_KEY=⟦sk-proj-\(F.alnum(20, 36))T3BlbkFJ\(F.alnum(20, 37))⟧\n"),
            ("openai-project-key", .compose, "environment:\n  OPENAI_API_KEY: ⟦sk-proj-\(F.alnum(48, 38))⟧\n"),
            ("anthropic-api-key", .dotenv, "ANTHROPIC_API_KEY=⟦sk-ant-api03-\(F.alnum(93, 39))AA⟧\n"),
            ("huggingface-access-token", .dockerfile, "ENV HF_TOKEN=⟦hf_\(F.letters(34, 1))⟧\n"),
            ("huggingface-org-token", .dotenv, "HF_ORG=⟦api_org_\(F.letters(34, 2))⟧\n"),
            ("heroku-api-key", .dotenv, "HEROKU=⟦HRKU-\(F.alnum(60, 41))⟧\n"),
            ("heroku-api-key-legacy", .githubWorkflow, "    env:\n      HEROKU_API_KEY: ⟦\(F.hex(8, 1))-\(F.hex(4, 2))-\(F.hex(4, 3))-\(F.hex(4, 4))-\(F.hex(12, 5))⟧\n"),
            ("datadog-api-key", .compose, "environment:\n  DD_API_KEY: ⟦\(F.hex(32, 6))⟧\n"),
            ("mailgun-api-key", .dotenv, "MAILGUN_API_KEY=⟦key-\(F.hex(32, 8))⟧\n"),
            ("shopify-access-token", .dotenv, "SHOPIFY=⟦shpat_\(F.hex(32, 9))⟧\n"),
            ("digitalocean-token", .hcl, "provider \"digitalocean\" {\n  token = \"⟦dop_v1_\(F.hex(64, 10))⟧\"\n}\n"),
            ("vault-token", .dotenv, "VAULT_TOKEN=⟦hvs.\(F.alnum(95, 42))⟧\n"),
            ("terraform-cloud-token", .hcl, "provider \"tfe\" {\n  token = \"⟦\(F.alnum(14, 43)).atlasv1.\(F.alnum(67, 44))⟧\"\n}\n"),
            ("age-secret-key", .dotenv, "SOPS_AGE_KEY=⟦AGE-SECRET-KEY-1\(F.bech32(58, 1))⟧\n"),
            ("generic-secret-assignment", .dotenv, "SESSION_SECRET=⟦\(F.alnum(32, 45))⟧\n"),
            ("generic-dockerfile-env-legacy", .dockerfile, "FROM alpine:3.20\nENV API_TOKEN ⟦\(F.alnum(24, 46))⟧\n"),
            ("generic-name-value-pair", .kubernetes, "          env:\n            - name: SIGNING_KEY\n              value: \"⟦\(F.alnum(32, 49))⟧\"\n"),
            ("generic-hcl-variable-default", .hcl, "variable \"db_password\" {\n  type    = string\n  default = \"⟦\(F.alnum(24, 52))⟧\"\n}\n"),
        ]
    }()

    @Test func everyDetector_hasATriggeringCase() {
        let covered = Set(Self.cases.map(\.detector))
        for detector in Self.detectors {
            #expect(covered.contains(detector.name), "\(detector.name) has no case in SecretDetectorTests.cases")
        }
    }

    @Test(arguments: cases.map { [$0.detector, $0.kind.rawValue, $0.text] })
    func detector_findsItsFormat_atTheMarkedRange(_ row: [String]) throws {
        let (name, kind, marked) = (row[0], FileKind(rawValue: row[1])!, MarkedText(row[2]))
        let (_, findings) = secretScan(marked.text, kind: kind)
        #expect(findings.map(\.detector) == [name], "\(name): got \(findings.map(\.detector))")
        #expect(findings.map(\.report) == marked.expected, "\(name): reported \(findings.map(\.report)), expected \(marked.expected)")
    }

    @Test func generalDetectors_readEveryKind_kindSpecificFormsOnlyTheirs() {
        let token = "ghp_" + FakeSecret.alnum(36)
        for kind in FileKind.allCases {
            let (_, findings) = secretScan("TOKEN_FOR_CI=\(token)\n", kind: kind)
            #expect(findings.map(\.ruleID) == ["SEC003"], "\(kind.rawValue): \(findings.map(\.ruleID))")
        }
        // `ENV KEY value` is Dockerfile syntax; in a .env file the same line is not an assignment.
        let legacy = "ENV API_TOKEN \(FakeSecret.alnum(24, 46))\n"
        #expect(secretScan(legacy, kind: .dockerfile).1.count == 1)
        #expect(secretScan(legacy, kind: .dotenv).1.isEmpty)
    }
}
