import DeploySyntax
import DeploymentSpec
import Testing

@Suite("deployment.yaml shape: keys, types, ranges, words and formats")
struct ShapeValidationTests {
    @Test func minimalSpec_isValid() {
        let result = check("deployment:\n  pattern: hobby-project\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.resolved?.pattern == .hobbyProject)
    }

    @Test func yamlSyntaxError_isReportedAtItsPosition() {
        let result = check("deployment:\n  pattern: [small-saas\n")
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.code == "yaml-syntax")
        #expect(result.diagnostics.first?.range.start.line == 3)
        #expect(result.resolved == nil)
    }

    @Test func duplicateKey_isReportedWithBothPositions() {
        let result = check("deployment:\n  pattern: small-saas\n  pattern: hobby-project\n")
        #expect(found(result) == ["3:3 yaml-duplicate-key"])
        #expect(result.diagnostics.first?.related.first?.range.start.line == 2)
    }

    @Test func unknownKey_suggestsTheClosestKey() {
        let result = check("deployment:\n  pattern: small-saas\napplication:\n  instanses: 2\n")
        #expect(found(result) == ["4:3 spec-unknown-key"])
        #expect(messages(result) == ["unknown key 'instanses' in 'application'; did you mean 'instances'?"])
    }

    @Test func unknownTopLevelKey_thatBelongsInASection_saysWhere() {
        let result = check("deployment:\n  pattern: small-saas\nretention: 7\n")
        #expect(found(result) == ["3:1 spec-unknown-key"])
        #expect(messages(result) == ["unknown key 'retention' at the top level; it belongs under 'database.backup'"])
    }

    @Test func wrongType_namesTheKeyAndWhatWasFound() {
        let result = check("deployment:\n  pattern: small-saas\napplication:\n  instances: two\n")
        #expect(found(result) == ["4:14 spec-type"])
        #expect(messages(result) == ["'instances' must be an integer, found 'two'"])
    }

    @Test func quotedNumber_isAString() {
        let result = check("deployment:\n  pattern: small-saas\napplication:\n  port: \"8000\"\n")
        #expect(messages(result) == ["'port' must be an integer, found '8000'"])
    }

    @Test func outOfRangeValues_areReportedEach() {
        let yaml = """
        deployment:
          pattern: small-saas
        application:
          instances: 0
          port: 70000
        database:
          backup:
            retention: 90
        """
        let result = check(yaml)
        #expect(found(result) == ["4:14 spec-range", "5:9 spec-range", "8:16 spec-range"])
        #expect(messages(result) == [
            "'instances' must be between 1 and 1000, found 0",
            "'port' must be between 1 and 65535, found 70000",
            "'retention' must be between 1 and 35 days, found 90",
        ])
    }

    @Test func unknownWord_listsTheAllowedOnesAndSuggestsOne() {
        let result = check("deployment:\n  framework: djago\n  pattern: small-saas\n")
        #expect(found(result) == ["2:14 spec-enum"])
        #expect(messages(result) == ["'djago' is not a valid framework; did you mean 'django'? Allowed: fraiseql, django, rails, node"])
    }

    @Test func missingPattern_isReportedAtTheDeploymentKey() {
        let result = check("deployment:\n  name: shop\n")
        #expect(found(result) == ["1:1 spec-missing-key"])
        #expect(messages(result) == ["'deployment' is missing the required key 'pattern'; choose one of hobby-project, small-saas, production-saas, kubernetes"])
        #expect(result.resolved == nil)
    }

    @Test func missingDeploymentSection_isReportedAtTheStart() {
        let result = check("database:\n  size: small\n")
        #expect(found(result) == ["1:1 spec-missing-key"])
    }

    @Test func emptyFile_isAnError() {
        let result = check("# nothing yet\n")
        #expect(found(result) == ["1:1 spec-document"])
    }

    @Test func rootThatIsAList_isAnError() {
        let result = check("- deployment\n")
        #expect(found(result) == ["1:1 spec-document"])
    }

    @Test func memoryAndCPUFormats_areChecked() {
        let yaml = """
        deployment:
          pattern: kubernetes
        application:
          memory: 512MB
          cpu: 500x
        """
        let result = check(yaml)
        #expect(found(result) == ["4:11 spec-format", "5:8 spec-format"])
        #expect(messages(result) == [
            "'memory' must be an amount of memory such as '512Mi' or '2Gi'; found '512MB'",
            "'cpu' must be a number of vCPUs such as 0.5 or millicores such as '500m'; found '500x'",
        ])
    }

    @Test func cidrWithHostBits_suggestsTheNetworkAddress() {
        let result = check("deployment:\n  pattern: small-saas\nnetworking:\n  vpc_cidr: 10.0.1.0/16\n")
        #expect(found(result) == ["4:13 spec-format"])
        #expect(messages(result).first?.contains("did you mean '10.0.0.0/16'?") == true)
    }

    @Test func domainWithScheme_saysToDropIt() {
        let result = check("deployment:\n  pattern: hobby-project\nplatform:\n  domain: https://shop.example.com/\n")
        #expect(messages(result) == ["'domain' must be a host name only, without a scheme: write 'shop.example.com'; found 'https://shop.example.com/'"])
    }

    @Test func sectionOfTheWrongKind_isATypeError() {
        let result = check("deployment:\n  pattern: small-saas\ndatabase: [small]\n")
        #expect(found(result) == ["3:11 spec-type"])
        #expect(messages(result) == ["'database' must be a mapping, found a list"])
    }

    @Test func shorthandOrMapping_explainsBothForms() {
        let result = check("deployment:\n  pattern: small-saas\nmonitoring: [standard]\n")
        #expect(found(result) == ["3:13 spec-type"])
        #expect(messages(result) == ["'monitoring' must be one of none, basic, standard, enterprise, kube-prometheus-stack, or a mapping; found a list"])
    }

    @Test func shorthandWithATypo_suggestsTheWord() {
        let result = check("deployment:\n  pattern: small-saas\nmonitoring: standrd\n")
        #expect(found(result) == ["3:13 spec-enum"])
        #expect(messages(result).first?.contains("did you mean 'standard'?") == true)
    }

    @Test func threeMistakes_giveThreePositionedErrors() {
        let yaml = """
        deployment:
          name: shop
          framework: fraiseql
          pattern: small-saas
        platform:
          provider: aws
          region: us-east1
        application:
          instances: 0
        databse:
          size: small
        """
        let result = check(yaml)
        #expect(found(result) == ["7:11 spec-region", "9:14 spec-range", "10:1 spec-unknown-key"])
        #expect(messages(result) == [
            "'us-east1' is not an AWS region; did you mean 'us-east-1'?",
            "'instances' must be between 1 and 1000, found 0",
            "unknown key 'databse' at the top level; did you mean 'database'?",
        ])
        #expect(result.resolved == nil)
    }

    @Test func flagWords_areAcceptedForBooleans() {
        let yaml = """
        deployment:
          pattern: production-saas
        security:
          waf: enabled
          encryption_at_rest: yes
        database:
          multi_az: on
        """
        let result = check(yaml)
        #expect(found(result).isEmpty)
        #expect(result.resolved?.security.waf == true)
        #expect(result.resolved?.security.encryptionAtRest == true)
        #expect(result.resolved?.database.multiAZ == true)
    }

    @Test func notABoolean_isATypeError() {
        let result = check("deployment:\n  pattern: small-saas\ndatabase:\n  multi_az: maybe\n")
        #expect(messages(result) == ["'multi_az' must be true or false, found 'maybe'"])
    }

    @Test func plainYesWhereAStringIsExpected_keepsTheWordAndWarns() {
        let yaml = """
        deployment:
          pattern: hobby-project
        environment:
          production:
            FEATURE_X: on
            COUNTRY: "no"
        """
        let result = check(yaml)
        #expect(found(result).isEmpty)
        #expect(found(result, .warning) == ["5:16 spec-yaml11-boolean"])
        #expect(result.resolved?.environments.first?.variables.map(\.value) == ["on", "no"])
    }

    @Test func versionsAreKeptAsWritten() {
        let result = check("deployment:\n  pattern: hobby-project\n  framework: django\napplication:\n  version: 3.10\n")
        #expect(result.resolved?.runtime.version == "3.10")
        #expect(result.resolved?.runtime.baseImage == "python:3.10-slim")
    }

    @Test func deploymentWithoutAValue_isMissingItsPattern() {
        let result = check("deployment:\n")
        #expect(found(result) == ["1:1 spec-missing-key"])
    }

    @Test func extensionKeys_holdAnchorsForMergeKeys() throws {
        let yaml = """
        x-small-db: &small-db
          size: small
          storage: 30
        deployment:
          pattern: small-saas
        database:
          <<: *small-db
          size: medium
        """
        let result = check(yaml)
        #expect(result.diagnostics.isEmpty)
        let database = try #require(result.resolved?.database)
        #expect(database.size == .medium)
        #expect(database.storageGB == 30)
    }

    @Test func unknownFramework_doesNotTriggerRulesOfTheDefaultFramework() {
        let result = check("deployment:\n  framework: flask\n  pattern: hobby-project\napplication:\n  version: \"3.12\"\n")
        #expect(found(result) == ["2:14 spec-enum"])
        #expect(messages(result) == ["'flask' is not a valid framework; allowed: fraiseql, django, rails, node"])
    }
}
