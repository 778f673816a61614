import DeploymentSpec
import Testing

@Suite("Per-environment variables: mapping form and list form")
struct EnvironmentFormsTests {
    @Test func mappingForm_keepsEnvironmentsAndValuesAsWritten() throws {
        let yaml = """
        deployment:
          pattern: hobby-project
        environment:
          dev:
            LOG_LEVEL: debug
            ENABLE_RELOAD: true
          production:
            LOG_LEVEL: info
            WORKERS: 4
        """
        let result = check(yaml)
        #expect(result.diagnostics.isEmpty)
        #expect(result.spec?.environments?.form == .mapping)
        let environments = try #require(result.resolved?.environments)
        #expect(environments.map(\.name) == ["dev", "production"])
        #expect(environments[0].variables == [EnvironmentVariable(name: "LOG_LEVEL", value: "debug"), EnvironmentVariable(name: "ENABLE_RELOAD", value: "true")])
        #expect(environments[1].variables.last == EnvironmentVariable(name: "WORKERS", value: "4"))
        #expect(result.spec?.environments?.entries[1].variables[0].value.range.start.line == 8)
    }

    @Test func listForm_keepsVariablesAndSecrets() throws {
        let yaml = """
        deployment:
          pattern: small-saas
        environments:
          - name: staging
            variables: {LOG_LEVEL: info}
          - name: production
            variables:
              LOG_LEVEL: warn
            secrets: [DATABASE_URL, JWT_SECRET]
        """
        let result = check(yaml)
        #expect(result.diagnostics.isEmpty)
        #expect(result.spec?.environments?.form == .list)
        let environments = try #require(result.resolved?.environments)
        #expect(environments.map(\.name) == ["staging", "production"])
        #expect(environments[1].secrets == ["DATABASE_URL", "JWT_SECRET"])
        #expect(environments[1].variables == [EnvironmentVariable(name: "LOG_LEVEL", value: "warn")])
    }

    @Test func bothForms_areAConflict() {
        let yaml = """
        deployment:
          pattern: hobby-project
        environment:
          dev: {LOG_LEVEL: debug}
        environments:
          - name: production
        """
        let result = check(yaml)
        #expect(found(result) == ["5:1 spec-conflict"])
        #expect(result.diagnostics.first?.related.first?.range.start.line == 3)
    }

    @Test func environmentListedTwice_isAConflict() {
        let result = check("deployment:\n  pattern: hobby-project\nenvironments:\n  - name: prod\n  - name: prod\n")
        #expect(found(result) == ["5:11 spec-conflict"])
    }

    @Test func listEntryWithoutName_isMissingItsName() {
        let result = check("deployment:\n  pattern: hobby-project\nenvironments:\n  - variables: {A: b}\n")
        #expect(found(result) == ["4:5 spec-missing-key"])
        #expect(messages(result) == ["this environment is missing the required key 'name'"])
    }

    @Test func badVariableName_isAFormatError() {
        let result = check("deployment:\n  pattern: hobby-project\nenvironment:\n  dev:\n    LOG-LEVEL: debug\n")
        #expect(found(result) == ["5:5 spec-format"])
    }

    @Test func secretWrittenAsAVariable_warns() {
        let result = check("deployment:\n  pattern: hobby-project\nenvironment:\n  production:\n    API_TOKEN: abc123\n")
        #expect(found(result).isEmpty)
        #expect(found(result, .warning) == ["5:16 spec-discouraged"])
    }

    @Test func noEnvironments_defaultToDevelopmentAndTheDeploymentEnvironments() {
        let resolved = resolve("deployment:\n  pattern: small-saas\n")
        #expect(resolved?.environments.map(\.name) == ["development", "staging", "production"])
    }
}
