import Foundation
import Testing

/// The hooks of `.pre-commit-hooks.yaml`, run for real by pre-commit in scratch Git repositories, the way
/// `git commit` runs them: on the staged files only.
///
/// Opt-in: `language: swift` makes pre-commit build this repository with `swift build -c release` (several
/// minutes on two cores, once per tree; a rerun on an unchanged tree reuses the environment kept in
/// `.build/cli-tests/pre-commit/`). Set `SPECQL_INTEGRATION=1` to run them (`make test` / `.ci/run` should).
@Suite(
    .serialized,
    .enabled(if: PreCommitSandbox.enabledByEnvironment,
             "pre-commit integration tests skipped: set SPECQL_INTEGRATION=1 to run them (they build the hook with swift build -c release)"),
    .enabled(if: Validators.preCommit != nil,
             "pre-commit integration tests skipped: pre-commit is not installed in $VALIDATORS_VENV/bin (default /opt/validators-venv/bin) or on PATH"),
    .enabled(if: Validators.git != nil, "pre-commit integration tests skipped: git is not installed")
)
struct PreCommitHookTests {
    /// The shared environment, or a recorded failure that says why it could not be built.
    func sandbox() throws -> PreCommitSandbox {
        try PreCommitSandbox.shared.get()
    }

    @Test func lintHook_failsOnAStagedBadDockerfile_withTheFindingInItsOutput() throws {
        let sandbox = try sandbox()
        let repository = try sandbox.makeRepository(
            files: ["bad/Dockerfile": LintSamples.badDockerfile, "good/Dockerfile": LintSamples.cleanDockerfile],
            staged: ["bad/Dockerfile", "good/Dockerfile"])
        defer { repository.remove() }
        let result = try sandbox.run("specql-deploy-lint", in: repository)
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains("specql-deploy lint"), "\(result)")
        #expect(result.stdout.contains("Failed"), "\(result)")
        #expect(result.stdout.contains("bad/Dockerfile:1:6: "), "\(result)")
        #expect(result.stdout.contains("[DF001]"), "\(result)")
        #expect(!result.stdout.contains("good/Dockerfile:"), "the good Dockerfile has no finding:\n\(result)")
    }

    @Test func lintHook_passesOnAStagedGoodDockerfile_andIgnoresUnstagedFiles() throws {
        let sandbox = try sandbox()
        let repository = try sandbox.makeRepository(
            files: ["good/Dockerfile": LintSamples.cleanDockerfile, "wip/Dockerfile": LintSamples.badDockerfile],
            staged: ["good/Dockerfile"])
        defer { repository.remove() }
        let result = try sandbox.run("specql-deploy-lint", in: repository)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("Passed"), "\(result)")
        #expect(!result.stdout.contains("wip/Dockerfile"), "an untracked file is not linted:\n\(result)")
    }

    @Test func lintHook_exitCodeFollowsFailOnFromArgs() throws {
        let sandbox = try sandbox()
        let files = [
            "Dockerfile": LintSamples.rootDockerfile,
            ".specql-deploy.yml": "rules:\n  DF001: warning\n",
        ]
        let lenient = try sandbox.makeRepository(files: files, staged: ["Dockerfile", ".specql-deploy.yml"], lintArgs: ["--fail-on", "error"])
        defer { lenient.remove() }
        let passing = try sandbox.run("specql-deploy-lint", in: lenient)
        #expect(passing.status == 0, "a warning does not fail --fail-on error:\n\(passing)")

        let strict = try sandbox.makeRepository(files: files, staged: ["Dockerfile", ".specql-deploy.yml"], lintArgs: ["--fail-on", "warning"])
        defer { strict.remove() }
        let failing = try sandbox.run("specql-deploy-lint", in: strict)
        #expect(failing.status == 1, "\(failing)")
        #expect(failing.stdout.contains("Dockerfile:1:6: warning[DF001]"), "\(failing)")
    }

    @Test func validateHook_failsOnAnInvalidDeploymentYAML_andTheLintHookSkipsIt() throws {
        let sandbox = try sandbox()
        let repository = try sandbox.makeRepository(
            files: ["deploy/deployment.yaml": SpecCommandsTests.specWithThreeMistakes], staged: ["deploy/deployment.yaml"])
        defer { repository.remove() }
        let result = try sandbox.run(in: repository)
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains("deploy/deployment.yaml:3:14: error: "), "\(result)")
        #expect(result.stdout.contains("deploy/deployment.yaml:7:3: error: "), "\(result)")
        let lintLine = result.stdout.split(separator: "\n").first { $0.hasPrefix("specql-deploy lint") }
        #expect(lintLine?.hasSuffix("Passed") == true, "deployment.yaml is not a kind the linter checks:\n\(result)")
    }

    @Test func validateHook_passesOnAValidDeploymentYAML() throws {
        let sandbox = try sandbox()
        let spec = String(decoding: try Data(contentsOf: PackagePaths.examples.appendingPathComponent("hobby-fraiseql.yaml")), as: UTF8.self)
        let repository = try sandbox.makeRepository(files: ["deployment.yaml": spec], staged: ["deployment.yaml"])
        defer { repository.remove() }
        let result = try sandbox.run("specql-deploy-validate", in: repository)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("Passed"), "\(result)")
    }
}

/// Which staged paths pre-commit hands to each hook, decided by `.pre-commit-hooks.yaml`'s `files`/`exclude`
/// regular expressions. pre-commit matches them with Python's `re.search` on the repository-relative path, so
/// they are checked with Python too. Fast; runs on every `swift test` where the validators' python is installed.
@Suite(.enabled(if: Validators.pythonWithYAML != nil, "python with PyYAML not installed (VALIDATORS_VENV or PATH): hook file patterns not checked"))
struct PreCommitHookDefinitionTests {
    /// The paths among `candidates` that hook `id` would receive.
    static func selected(by id: String, among candidates: [String]) throws -> [String] {
        let python = try #require(Validators.pythonWithYAML)
        let script = """
            import re, sys, yaml
            hooks = {h["id"]: h for h in yaml.safe_load(open(sys.argv[1]))}
            hook = hooks[sys.argv[2]]
            files, exclude = re.compile(hook.get("files", "")), re.compile(hook.get("exclude", "^$"))
            for path in sys.argv[3:]:
                if files.search(path) and not exclude.search(path):
                    print(path)
            """
        let result = try ProcessRunner.run(python, ["-c", script, PackagePaths.file(".pre-commit-hooks.yaml").path, id] + candidates)
        guard result.status == 0 else { throw ReportFormatError("hook pattern check failed: \(result)") }
        return result.stdoutLines
    }

    static let lintedKinds = [
        "Dockerfile", "services/api/Dockerfile", "Dockerfile.prod", "Dockerfile-dev", "Dockerfile_ci", "api.dockerfile",
        "Containerfile", "compose.yaml", "docker-compose.yml", "k8s/deployment.yml", ".github/workflows/ci.yml",
        "infra/main.tf", "infra/main.tofu", "terragrunt.hcl", ".env", ".env.production", "config/prod.env",
    ]
    static let neverLinted = [
        "README.md", "src/app.py", "Dockerfiles/README.md", ".envrc", "Makefile", "package.json",
        ".pre-commit-config.yaml", ".pre-commit-hooks.yaml", ".specql-deploy.yml",
    ]

    @Test func lintHook_receivesEveryLintedKind_andNothingElse() throws {
        let selected = try Self.selected(by: "specql-deploy-lint", among: Self.lintedKinds + Self.neverLinted)
        #expect(selected == Self.lintedKinds)
    }

    @Test func validateHook_receivesOnlyDeploymentYAML() throws {
        let selected = try Self.selected(by: "specql-deploy-validate",
                                         among: ["deployment.yaml", "deploy/deployment.yml", "compose.yaml", "my-deployment.yaml", "Dockerfile"])
        #expect(selected == ["deployment.yaml", "deploy/deployment.yml"])
    }

    @Test func hooks_useSwiftSoPreCommitBuildsTheToolFromThisRepository() throws {
        let text = String(decoding: try Data(contentsOf: PackagePaths.file(".pre-commit-hooks.yaml")), as: UTF8.self)
        let languages = text.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("language:") }
        #expect(languages.count == 2)
        #expect(languages.allSatisfy { $0.hasSuffix("language: swift") }, "\(languages)")
    }
}
