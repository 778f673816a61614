import DeploymentSpec
import Testing

@Suite("Defaults per framework and per pattern")
struct DefaultsTests {
    private func resolved(_ framework: String, _ pattern: String = "hobby-project") -> ResolvedDeployment? {
        resolve("deployment:\n  framework: \(framework)\n  pattern: \(pattern)\n")
    }

    @Test func fraiseql_isPython313WithRustExtensionsOnUvicornPort8000() throws {
        let d = try #require(resolved("fraiseql"))
        #expect(d.runtime.language == .python)
        #expect(d.runtime.version == "3.13")
        #expect(d.runtime.baseImage == "python:3.13-slim")
        #expect(d.runtime.rustExtensions)
        #expect(d.runtime.appServer == .uvicorn)
        #expect(d.runtime.worker == nil)
        #expect(d.application.port == 8000)
        #expect(d.application.healthCheck.path == "/health")
        #expect(d.cache == nil)
    }

    @Test func django_isPython312WithGunicornCeleryAndRedis() throws {
        let d = try #require(resolved("django"))
        #expect(d.runtime.version == "3.12")
        #expect(d.runtime.appServer == .gunicorn)
        #expect(d.runtime.worker == .celery)
        #expect(d.application.port == 8000)
        #expect(d.cache?.type == .redis)
        #expect(d.cache?.isJobQueueBroker == true)
    }

    @Test func rails_isRuby33WithPumaSidekiqAndRedisOnPort3000() throws {
        let d = try #require(resolved("rails"))
        #expect(d.runtime.language == .ruby)
        #expect(d.runtime.version == "3.3")
        #expect(d.runtime.appServer == .puma)
        #expect(d.runtime.worker == .sidekiq)
        #expect(d.runtime.packageManager == .bundler)
        #expect(d.application.port == 3000)
        #expect(d.application.healthCheck.path == "/up")
        #expect(d.cache != nil)
    }

    @Test func node_isNode24WithPnpmOnPort3000() throws {
        let d = try #require(resolved("node"))
        #expect(d.runtime.version == "24")
        #expect(d.runtime.baseImage == "node:24-slim")
        #expect(d.runtime.packageManager == .pnpm)
        #expect(d.application.port == 3000)
    }

    @Test func missingFramework_isFraiseQL_andMissingName_isApp() throws {
        let d = try #require(resolve("deployment:\n  pattern: hobby-project\n"))
        #expect(d.framework == .fraiseql)
        #expect(d.name == "app")
        #expect(d.database.version == "16")
    }

    @Test func hobbyProject_isComposeAndCaddyOnOneServer() throws {
        let d = try #require(resolved("fraiseql", "hobby-project"))
        #expect(d.platform.hosting == .compose)
        #expect(d.platform.reverseProxy == .caddy)
        #expect(d.platform.provider == .bareMetal)
        #expect(d.application.instances == 1)
        #expect(!d.application.autoscale.enabled)
        #expect(d.database.hosting == .container)
        #expect(!d.database.multiAZ)
        #expect(d.security.certificateProvider == .letsencrypt)
        #expect(d.security.secretsManager == .envFile)
        #expect(d.networking == nil)
        #expect(d.kubernetes == nil)
    }

    @Test func smallSaaS_isFargateBehindAnALBWithASmallRDS() throws {
        let d = try #require(resolved("fraiseql", "small-saas"))
        #expect(d.platform.provider == .aws)
        #expect(d.platform.region == "us-east-1")
        #expect(d.platform.hosting == .ecsFargate)
        #expect(d.platform.reverseProxy == .applicationLoadBalancer)
        #expect(d.application.instances == 2)
        #expect(d.database.hosting == .rds)
        #expect(d.database.instanceClass == "db.t4g.micro")
        #expect(d.database.backup == ResolvedBackup(frequency: .daily, retentionDays: 7))
        #expect(!d.database.multiAZ)
        #expect(d.networking?.loadBalancer.type == .application)
        #expect(d.networking?.natGateway == .single)
        #expect(d.security.certificateProvider == .awsACM)
    }

    @Test func productionSaaS_isMultiAZAutoscaledWithRedisCDNAndWAF() throws {
        let d = try #require(resolved("fraiseql", "production-saas"))
        #expect(d.database.multiAZ)
        #expect(d.database.backup.frequency == .continuous)
        #expect(d.application.autoscale == ResolvedAutoscale(enabled: true, min: 5, max: 50, targetCPU: 70, targetMemory: 80))
        #expect(d.cache?.type == .redis)
        #expect(d.storage.type == .s3)
        #expect(d.storage.cdn)
        #expect(d.security.waf)
        #expect(d.monitoring.level == .enterprise)
        #expect(d.monitoring.tracing)
        #expect(d.networking?.natGateway == .perAvailabilityZone)
    }

    @Test func kubernetes_isHelmWithCloudNativePGIngressAndCertManager() throws {
        let d = try #require(resolve("deployment:\n  name: shop\n  pattern: kubernetes\n"))
        #expect(d.platform.hosting == .kubernetes)
        #expect(d.platform.reverseProxy == .ingress)
        #expect(d.database.hosting == .cloudnativePG)
        #expect(d.kubernetes == ResolvedKubernetes(cluster: .existing, namespace: "shop", ingressClass: .traefik, ingressTLS: .certManager))
        #expect(d.security.certificateProvider == .certManager)
        #expect(d.monitoring.kubePrometheusStack)
    }

    @Test func writtenValues_winOverDefaults() throws {
        let yaml = """
        deployment:
          pattern: small-saas
        application:
          instances: 3
          port: 9000
        database:
          size: large
          backup: {retention: 21}
        """
        let d = try #require(resolve(yaml))
        #expect(d.application.instances == 3)
        #expect(d.application.port == 9000)
        #expect(d.database.instanceClass == "db.m7g.large")
        #expect(d.database.backup == ResolvedBackup(frequency: .daily, retentionDays: 21))
        #expect(d.sources.range(of: "application.instances")?.start.line == 4)
        #expect(d.sources.isWritten("database.size"))
        #expect(!d.sources.isWritten("application.memory"))
    }
}
