import DeploySyntax
import Testing
@testable import LintEngine

/// What the fixture harness does not pin down: per-finding severities, redactions, messages and options.
@Suite struct DockerfileRuleTests {
    func check(_ rule: some DockerfileRule, _ text: String, options: [String: String] = [:]) -> [Violation] {
        let dockerfile = DockerfileParser().parse(SourceFile(path: "Dockerfile", text: text))
        return rule.check(dockerfile, context: RuleContext(path: "Dockerfile", ruleOptions: [rule.id: options]))
    }

    @Test func everyDockerfileRule_hasAUniqueIDInOrder() {
        let ids = DockerfileRules.all.map(\.id)
        #expect(ids == (1...ids.count).map { n in "DF" + String(repeating: "0", count: 3 - String(n).count) + String(n) })
        #expect(ids.count >= 25)
    }

    @Test func toolchainInASingleStageBuild_isOnlyANote() {
        let single = check(BuildToolchainInFinalImage(), "FROM python:3.13-slim\nRUN apt-get install -y gcc\n")
        #expect(single.map(\.severity) == [.note])
        let multi = check(BuildToolchainInFinalImage(), "FROM python:3.13 AS b\nFROM python:3.13-slim\nRUN apt-get install -y gcc\n")
        #expect(multi.map(\.severity) == [nil])
        #expect(multi.first?.message.hasPrefix("'gcc' is installed in the final stage (FROM python:3.13-slim)") == true)
    }

    @Test func useraddLastlogSize_setsTheSeverity() {
        let high = check(UseraddWithoutNoLogInit(), "FROM debian:trixie-slim\nRUN useradd -u 2000000 app\n")
        #expect(high.map(\.severity) == [nil])
        #expect(high.first?.message.hasPrefix("useradd with UID 2000000 and without -l writes a ~584 MB /var/log/lastlog") == true)
        let low = check(UseraddWithoutNoLogInit(), "FROM debian:trixie-slim\nRUN useradd -u 10001 app\n")
        #expect(low.map(\.severity) == [.note])
    }

    @Test func secretValue_isRedacted_andNotInTheMessage() {
        let found = check(SecretInEnvOrArg(), "FROM alpine:3.22\nENV DB_PASSWORD=hunter2-hunter2\n")
        #expect(found.count == 1)
        #expect(found.first?.redactions.map { "\($0)" } == ["2:17-2:32"])
        #expect(found.first?.message.contains("hunter2") == false)
    }

    @Test func secretNames_areTokenised() {
        #expect(SecretInEnvOrArg.isSecretName("AWS_SECRET_ACCESS_KEY"))
        #expect(SecretInEnvOrArg.isSecretName("githubToken") == false)  // no separators: not split, not reported
        #expect(SecretInEnvOrArg.isSecretName("DB_PWD"))
        #expect(!SecretInEnvOrArg.isSecretName("PWD"))
        #expect(!SecretInEnvOrArg.isSecretName("GPG_KEY"))
        #expect(!SecretInEnvOrArg.isSecretName("PASSWORD_FILE"))
        #expect(!SecretInEnvOrArg.isSecretName("AWS_ACCESS_KEY_ID"))
    }

    @Test func sizeBudget_namesTheEstimateAndMainContributors_andTakesItsOption() {
        let text = "FROM python:3.13\nRUN apt-get install -y --no-install-recommends build-essential\n"
        let found = check(ImageSizeBudget(), text)
        #expect(found.first?.message == "the final image is estimated at ~1.2 GB, over the 500 MB budget: base python:3.13 ~1.0 GB, build-essential ~240 MB (line 2). Start the final stage from the slim variant and keep build tools in a build stage.")
        #expect(check(ImageSizeBudget(), text, options: ["budget-mb": "2000"]).isEmpty)
        #expect(check(ImageSizeBudget(), "FROM python:3.13-slim\n", options: ["budget-mb": "100"]).count == 1)
    }

    @Test func sizeBudget_countsRecommendsAndIgnoresCoveredPackages() throws {
        let dockerfile = DockerfileParser().parse(SourceFile(path: "Dockerfile", text: "FROM debian:trixie-slim\nRUN apt-get install -y build-essential gcc make git\n"))
        let estimate = try #require(ImageSizeBudget.estimate(stage: 0, in: dockerfile, depth: 0))
        // 75 base + (240 build-essential + 45 git) × 1.3 for recommends; gcc and make come with build-essential.
        #expect(estimate.total == 75 + 312 + 59)
    }

    @Test func baseImageCatalog_knowsVariantsAndTools() throws {
        func profile(_ text: String) throws -> BaseImageProfile? {
            BaseImageCatalog.profile(for: try #require(ImageReference(parsing: text)))
        }
        #expect(try profile("python:3.13-slim-trixie")?.variant == .slim)
        #expect(try profile("python:3.13-slim")?.tools?.contains("curl") == false)
        #expect(try profile("node:24")?.tools?.contains("curl") == true)
        #expect(try profile("node:24-alpine3.22")?.tools == ["sh", "wget", "node"])
        #expect(try profile("gcr.io/distroless/python3-debian12:nonroot")?.hasShell == false)
        #expect(try profile("gcr.io/distroless/base-debian12:debug")?.hasShell == true)
        #expect(try profile("registry.example.com/python:3.13") == nil)
        #expect(try profile("nginx:1.28")?.tools == nil)
    }

    @Test func healthcheckAdvice_usesTheRuntimeTheImageHas() {
        let found = check(HealthcheckToolMissing(), "FROM node:24-slim\nHEALTHCHECK CMD curl -f http://127.0.0.1:3000/\n")
        #expect(found.first?.message.contains("probe with Node") == true)
    }

    @Test func endOfLifeTable_coversRuntimeAndDistributionParts() {
        func problem(_ text: String) -> String? { EndOfLifeBaseImage.problem(ImageReference(parsing: text)!) }
        #expect(problem("node:22-slim") == nil)
        #expect(problem("node:23") != nil)
        #expect(problem("python:3.11-slim-bullseye")?.contains("Debian 11") == true)
        #expect(problem("ubuntu:24.04") == nil)
        #expect(problem("ubuntu:24.10")?.contains("Ubuntu 24.10") == true)
        #expect(problem("docker.io/bitnami/redis:7.4") != nil)
        #expect(problem("golang:1.26-alpine3.22") == nil)
    }
}
