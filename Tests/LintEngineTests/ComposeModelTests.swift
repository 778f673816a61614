import DeploySyntax
import Testing
@testable import LintEngine

@Suite("Compose model")
struct ComposeModelTests {
    static func build(_ text: String, path: String = "compose.yaml") -> ComposeFile {
        ComposeModelBuilder().build(SourceFile(path: path, text: text))
    }

    static func at(_ range: SourceRange?) -> String {
        guard let range else { return "nil" }
        return "\(range.start.line):\(range.start.column)-\(range.end.line):\(range.end.column)"
    }

    static let ports = """
    services:
      web:
        image: nginx:1.27
        ports:
          - "127.0.0.1:8080:80"
          - 22:22
          - "[::1]:5432:5432/udp"
          - target: 6379
            published: "6379"
            host_ip: 0.0.0.0
          - "9000-9001:9000-9001"
          - "${BIND:-127.0.0.1}:6380:6379"
          - "3306"
    """

    @Test func servicesAreKeyedAndPositioned() {
        let compose = Self.build(Self.ports)
        #expect(compose.services.map(\.name) == ["web"])
        #expect(Self.at(compose.services[0].nameRange) == "2:3-2:6")
        #expect(compose.services[0].image?.text == "nginx:1.27")
        #expect(Self.at(compose.services[0].image?.range) == "3:12-3:22")
        #expect(compose.isOverride == false)
    }

    @Test func shortPortSyntax_hostIPPublishedAndTarget_withExactColumns() {
        let ports = Self.build(Self.ports).services[0].ports
        #expect(ports.count == 7)
        let p = ports[0]
        #expect(p.hostIP == "127.0.0.1")
        #expect(Self.at(p.hostIPRange) == "5:10-5:19")
        #expect(p.published == ComposePortRange(lower: 8080, upper: 8080))
        #expect(Self.at(p.publishedRange) == "5:20-5:24")
        #expect(p.target == ComposePortRange(lower: 80, upper: 80))
        #expect(Self.at(p.targetRange) == "5:25-5:27")
        #expect(p.isLoopbackOnly)
        #expect(!p.isPublishedOnAllInterfaces)
    }

    @Test func unquotedPortPair_isReadFromRawText_notAsSexagesimal() {
        let p = Self.build(Self.ports).services[0].ports[1]
        #expect(p.published?.lower == 22)
        #expect(p.target?.lower == 22)
        #expect(Self.at(p.publishedRange) == "6:9-6:11")
        #expect(Self.at(p.targetRange) == "6:12-6:14")
        #expect(p.isPublishedOnAllInterfaces)
    }

    @Test func bracketedIPv6HostAndProtocol() {
        let p = Self.build(Self.ports).services[0].ports[2]
        #expect(p.hostIP == "::1")
        #expect(p.proto == "udp")
        #expect(p.published?.lower == 5432)
        #expect(p.target?.lower == 5432)
        #expect(Self.at(p.targetRange) == "7:21-7:25")
        #expect(p.isLoopbackOnly)
    }

    @Test func longPortSyntax() {
        let p = Self.build(Self.ports).services[0].ports[3]
        #expect(p.isLongSyntax)
        #expect(p.target?.lower == 6379)
        #expect(p.published?.lower == 6379)
        #expect(p.hostIP == "0.0.0.0")
        #expect(Self.at(p.publishedRange) == "9:20-9:26")
        #expect(p.isPublishedOnAllInterfaces)
    }

    @Test func portRangesInterpolatedHostsAndContainerOnlyPorts() {
        let ports = Self.build(Self.ports).services[0].ports
        #expect(ports[4].published == ComposePortRange(lower: 9000, upper: 9001))
        #expect(ports[4].target == ComposePortRange(lower: 9000, upper: 9001))
        #expect(ports[5].hostIP == "127.0.0.1")
        #expect(Self.at(ports[5].hostIPRange) == "12:10-12:28")
        #expect(ports[5].published?.lower == 6380)
        #expect(ports[6].published == nil)
        #expect(ports[6].target?.lower == 3306)
        #expect(ports[6].isPublishedOnAllInterfaces)
    }

    static let environment = """
    services:
      api:
        build: .
        environment:
          - DB_PASSWORD=${DB_PASSWORD:?set it}
          - DEBUG
          - "QUOTED=a b"
      db:
        image: postgres:16@sha256:abc
        environment:
          POSTGRES_PASSWORD: ${PG_PASS:-dev}
          EMPTY:
          PORT: 5432
    """

    @Test func environmentListForm_splitsNameAndValueWithExactRanges() {
        let env = Self.build(Self.environment).services[0].environment
        #expect(env.map(\.name) == ["DB_PASSWORD", "DEBUG", "QUOTED"])
        #expect(env.allSatisfy { $0.isListForm })
        #expect(Self.at(env[0].nameRange) == "5:9-5:20")
        #expect(env[0].value == "${DB_PASSWORD:?set it}")
        #expect(Self.at(env[0].valueRange) == "5:21-5:43")
        #expect(env[1].value == nil)
        #expect(Self.at(env[2].nameRange) == "7:10-7:16")
        #expect(Self.at(env[2].valueRange) == "7:17-7:20")
    }

    @Test func environmentMapForm_nullMeansPassThrough() {
        let env = Self.build(Self.environment).services[1].environment
        #expect(env.map(\.name) == ["POSTGRES_PASSWORD", "EMPTY", "PORT"])
        #expect(!env[0].isListForm)
        #expect(Self.at(env[0].nameRange) == "11:7-11:24")
        #expect(Self.at(env[0].valueRange) == "11:26-11:41")
        #expect(env[1].value == nil)
        #expect(env[2].value == "5432")
    }

    @Test func imageReferencesAreParsed() {
        let image = ComposeImageReference(parsing: "registry.example.com:5000/team/app:1.2@sha256:abc")
        #expect(image?.registry == "registry.example.com:5000")
        #expect(image?.repository == "team/app")
        #expect(image?.tag == "1.2")
        #expect(image?.digest == "sha256:abc")
        let bare = ComposeImageReference(parsing: "postgres")
        #expect(bare?.registry == nil)
        #expect(bare?.tag == nil)
        #expect(bare?.shortName == "postgres")
        let localhost = ComposeImageReference(parsing: "localhost/app")
        #expect(localhost?.registry == "localhost")
        #expect(localhost?.repository == "app")
    }

    @Test func interpolationForms_withExactColumns() throws {
        let compose = Self.build("""
        services:
          app:
            image: "app:${TAG:-1.0}"
            command: "sh -c 'echo $$HOME ${A} ${B-x} ${C:?need C} ${D?need D} ${E:+alt} $F'"
        """)
        let command = try #require(compose.services[0].command)
        let parsed = try #require(compose.interpolation(in: command))
        #expect(parsed.references.map(\.name) == ["A", "B", "C", "D", "E", "F"])
        #expect(parsed.references.map(\.op) == [.none, .defaultIfUnset, .errorIfUnsetOrEmpty, .errorIfUnset, .alternativeIfSetAndNonEmpty, .none])
        #expect(parsed.references.map { Self.at($0.range) } == ["4:34-4:38", "4:39-4:45", "4:46-4:58", "4:59-4:70", "4:71-4:80", "4:81-4:83"])
        #expect(Self.at(parsed.references[2].nameRange) == "4:48-4:49")
        #expect(parsed.references[2].argument == "need C")
        #expect(parsed.escapes.map { Self.at($0) } == ["4:27-4:29"])
        let image = try #require(compose.services[0].image)
        #expect(image.resolvedText == "app:1.0")
    }

    @Test func interpolationInsideBlockAndEscapedDoubleQuotedScalars() throws {
        let compose = Self.build("""
        services:
          app:
            image: app:1
            command: |
              run ${X}
                more $${Y} ${Z-default}
            entrypoint: "a\\t\\"${W}\\""
        """)
        let block = try #require(compose.interpolation(in: compose.services[0].command!))
        #expect(block.references.map { Self.at($0.range) } == ["5:11-5:15", "6:20-6:32"])
        #expect(block.escapes.map { Self.at($0) } == ["6:14-6:16"])
        let quoted = try #require(compose.interpolation(in: compose.services[0].entrypoint!))
        #expect(quoted.references.map(\.name) == ["W"])
        #expect(quoted.references.map { Self.at($0.range) } == ["7:23-7:27"])
    }

    @Test func nestedDefaultsAndProblems() throws {
        let compose = Self.build("""
        services:
          app:
            image: "${REG:-${FALLBACK:-docker.io}}/app:${}"
        """)
        let parsed = try #require(compose.interpolation(in: compose.services[0].image!.node))
        #expect(parsed.references.map(\.name) == ["REG", "FALLBACK"])
        #expect(parsed.references.map(\.isNested) == [false, true])
        #expect(parsed.problems.count == 1)
        #expect(Self.at(parsed.problems.first?.range) == "3:48-3:51")
        #expect(ComposeInterpolation.resolvingDefaults("${REG:-${FALLBACK:-docker.io}}/app") == "docker.io/app")
        #expect(ComposeInterpolation.resolvingDefaults("${REG}/app") == nil)
        #expect(ComposeInterpolation.resolvingDefaults("cost $$5") == "cost $5")
    }

    @Test func volumesShortAndLongSyntax() {
        let compose = Self.build("""
        services:
          app:
            image: app:1
            volumes:
              - /var/run/docker.sock:/var/run/docker.sock:ro
              - data:/data
              - ./conf:/etc/app
              - /cache
              - type: bind
                source: /
                target: /host
                read_only: true
        volumes:
          data:
        """)
        let v = compose.services[0].volumes
        #expect(v.map(\.type) == [.bind, .volume, .bind, .volume, .bind])
        #expect(v[0].readOnly)
        #expect(v[0].source == "/var/run/docker.sock")
        #expect(Self.at(v[0].sourceRange) == "5:9-5:29")
        #expect(v[1].source == "data")
        #expect(v[3].source == nil)
        #expect(v[3].target == "/cache")
        #expect(v[4].isLongSyntax && v[4].readOnly && v[4].source == "/")
        #expect(compose.volumes.map(\.name) == ["data"])
    }

    @Test func healthcheckDependsOnDeployAndLogging() {
        let compose = Self.build("""
        services:
          app:
            image: app:1
            depends_on:
              db:
                condition: service_healthy
              cache:
                condition: service_started
                required: false
            deploy:
              replicas: 2
              resources:
                limits: { memory: 512M, cpus: "0.5" }
              restart_policy:
                condition: on-failure
            logging:
              driver: json-file
              options:
                max-size: 10m
          db:
            image: postgres:16
            depends_on: [cache]
            healthcheck:
              test: ["NONE"]
          cache:
            image: redis:7
            healthcheck:
              disable: true
        """)
        let app = compose.services[0]
        #expect(app.dependsOn.map(\.service) == ["db", "cache"])
        #expect(app.dependsOn.map(\.effectiveCondition) == ["service_healthy", "service_started"])
        #expect(app.dependsOn[1].required == false)
        #expect(Self.at(app.dependsOn[0].range) == "5:7-5:9")
        #expect(app.deploy?.memoryLimit?.text == "512M")
        #expect(app.deploy?.cpuLimit?.text == "0.5")
        #expect(app.replicaCount == 2)
        #expect(app.declaresOneShotRestart)
        #expect(app.logging?.driver?.text == "json-file")
        #expect(app.logging?.option("max-size")?.text == "10m")
        #expect(compose.services[1].dependsOn.map(\.isListForm) == [true])
        #expect(compose.services[1].healthcheck?.isDisabled == true)
        #expect(compose.services[2].healthcheck?.isDisabled == true)
    }

    @Test func anchorsAndMergeKeysAreResolvedIntoServices() {
        let compose = Self.build("""
        x-common: &common
          restart: unless-stopped
          security_opt: [no-new-privileges:true]
        services:
          app:
            <<: *common
            image: app:1
        """)
        let app = compose.services[0]
        #expect(app.restart?.text == "unless-stopped")
        #expect(app.securityOpt.map(\.text) == ["no-new-privileges:true"])
    }

    @Test func overrideFiles_areRecognisedByNameOrByPartialServices() {
        #expect(Self.build("services:\n  a:\n    image: x:1\n", path: "deploy/docker-compose.override.yml").isOverride)
        #expect(Self.build("services:\n  a:\n    image: x:1\n", path: "docker-compose.dev.yml").isOverride)
        #expect(Self.build("services:\n  a:\n    image: x:1\n", path: "compose.test.yaml").isOverride)
        #expect(!Self.build("services:\n  a:\n    image: x:1\n", path: "docker-compose.prod.yml").isOverride)
        #expect(!Self.build("services:\n  a:\n    image: x:1\n", path: "dev/compose.yaml").isOverride)
        #expect(Self.build("services:\n  a:\n    ports: [\"80:80\"]\n", path: "docker-compose.prod.yml").isOverride)
    }

    @Test func invalidYAML_yieldsOneDiagnosticAndNoServices() {
        let compose = Self.build("services:\n  a: [\n")
        #expect(compose.services.isEmpty)
        #expect(compose.diagnostics.count == 1)
    }

    @Test func credentialNames_holdNotDescribeCredentials() {
        for name in ["POSTGRES_PASSWORD", "DB_PASS", "MYSQL_ROOT_PWD", "API_KEY", "api-key", "GITHUB_TOKEN", "JWT_SECRET", "SECRET_KEY_BASE", "AWS_SECRET_ACCESS_KEY", "CLIENT_SECRET", "password"] {
            #expect(CredentialName.isCredential(name), "\(name)")
        }
        for name in ["PASSWORD_FILE", "TOKEN_URL", "SECRET_NAME", "PASSWORD_MIN_LENGTH", "PWD", "PASSPORT_ID", "SECRET_IMAGE", "token-format", "AWS_ACCESS_KEY_ID", "KEYCLOAK_USER", "PORT"] {
            #expect(!CredentialName.isCredential(name), "\(name)")
        }
    }

    @Test func literalSecretValues_excludeReferencesAndPlaceholders() {
        for value in ["s3cr3t", "example", "postgres", "12345"] {
            #expect(CredentialName.isLiteralSecretValue(value), "\(value)")
        }
        for value in ["", "  ", "${DB_PASSWORD}", "${{ secrets.X }}", "true", "changeme", "<your token>", "xxxx", "/run/secrets/db", "your-api-key"] {
            #expect(!CredentialName.isLiteralSecretValue(value), "\(value)")
        }
    }
}
