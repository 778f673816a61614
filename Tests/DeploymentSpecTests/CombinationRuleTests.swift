import DeploySyntax
import DeploymentSpec
import Testing

@Suite("Rules that relate several values: pattern, provider, ranges, versions")
struct CombinationRuleTests {
    @Test func smallSaaSOnAnotherProvider_isImpossible() {
        let result = check("deployment:\n  pattern: small-saas\nplatform:\n  provider: gcp\n")
        #expect(found(result) == ["4:13 spec-combination"])
        #expect(messages(result).first?.hasPrefix("small-saas runs on AWS (ECS Fargate, RDS, ALB); provider 'gcp' is not possible") == true)
        #expect(result.diagnostics.first?.related.first?.range.start.line == 2)
    }

    @Test func productionSaaSOnTheShorthandProvider_isImpossibleToo() {
        let result = check("deployment:\n  pattern: production-saas\n  platform: azure\n")
        #expect(found(result) == ["3:13 spec-combination"])
    }

    @Test func multiAZOnHobbyProject_isImpossible() {
        let result = check("deployment:\n  pattern: hobby-project\ndatabase:\n  multi_az: true\n")
        #expect(found(result) == ["4:13 spec-combination"])
        #expect(messages(result).first?.hasPrefix("multi_az needs a managed database") == true)
    }

    @Test func hobbyProjectWithSeveralInstancesOrAutoscaling_isImpossible() {
        let yaml = """
        deployment:
          pattern: hobby-project
        application:
          instances: 3
          autoscale:
            enabled: true
        """
        let result = check(yaml)
        #expect(found(result) == ["4:14 spec-combination", "6:14 spec-combination"])
    }

    @Test func autoscaleMinAboveMax_isAnError() {
        let yaml = """
        deployment:
          pattern: small-saas
        application:
          autoscale:
            enabled: true
            min: 8
            max: 4
        """
        let result = check(yaml)
        #expect(found(result) == ["6:10 spec-range"])
        #expect(messages(result) == ["autoscale min (8) is greater than max (4)"])
        #expect(result.diagnostics.first?.related.first?.range.start.line == 7)
    }

    @Test func autoscaleMaxBelowThePatternsDefaultMin_saysTheDefaultIsInvolved() {
        let result = check("deployment:\n  pattern: production-saas\napplication:\n  autoscale: {max: 3}\n")
        #expect(messages(result) == ["autoscale min (5) is greater than max (3)"])
        #expect(found(result) == ["4:20 spec-range"])
    }

    @Test func unknownAWSRegion_suggestsTheClosest() {
        let result = check("deployment:\n  pattern: small-saas\n  region: eu-west-9\n")
        #expect(found(result) == ["3:11 spec-region"])
        #expect(messages(result) == ["'eu-west-9' is not an AWS region; did you mean 'eu-west-1'?"])
    }

    @Test func regionOfAnotherProvider_isNotCheckedAgainstAWS() {
        let result = check("deployment:\n  pattern: kubernetes\nplatform:\n  provider: gcp\n  region: europe-west1\n")
        #expect(found(result).isEmpty)
        #expect(result.resolved?.platform.region == "europe-west1")
    }

    @Test func fargateSizeThatDoesNotExist_suggestsTheValidMemory() {
        let result = check("deployment:\n  pattern: small-saas\napplication:\n  memory: 512Mi\n  cpu: 0.5\n")
        #expect(found(result) == ["4:11 spec-combination"])
        #expect(messages(result) == ["ECS Fargate has no task size with 0.5 vCPU and 512Mi; with 0.5 vCPU use 1Gi to 4Gi in steps of 1Gi"])
    }

    @Test func runtimeThatDoesNotMatchTheFramework_isAnError() {
        let result = check("deployment:\n  framework: rails\n  pattern: hobby-project\napplication:\n  runtime: python\n")
        #expect(found(result) == ["5:12 spec-combination"])
        #expect(messages(result) == ["framework rails runs on ruby, not python"])
    }

    @Test func node20_isAcceptedWithAnEndOfLifeWarning() {
        let result = check("deployment:\n  framework: node\n  pattern: hobby-project\napplication:\n  version: \"20\"\n")
        #expect(found(result).isEmpty)
        #expect(found(result, .warning) == ["5:12 spec-eol"])
        #expect(messages(result, .warning) == ["Node.js 20 reached end of life on 2026-04-30 and no longer gets security fixes; use 24"])
        #expect(result.resolved?.runtime.version == "20")
    }

    @Test func ruby32_isAcceptedWithAnEndOfLifeWarning() {
        let result = check("deployment:\n  framework: rails\n  pattern: hobby-project\napplication:\n  version: \"3.2\"\n")
        #expect(messages(result, .warning) == ["Ruby 3.2 reached end of life on 2026-03-31 and no longer gets security fixes; use 3.3"])
    }

    @Test func fraiseqlOnPython312_isAnError() {
        let result = check("deployment:\n  framework: fraiseql\n  pattern: hobby-project\napplication:\n  version: \"3.12\"\n")
        #expect(found(result) == ["5:12 spec-eol"])
        #expect(messages(result) == ["fraiseql needs Python 3.13 or later, found 3.12; use 3.13"])
    }

    @Test func postgres14_warnsAboutItsEndOfLife() {
        let result = check("deployment:\n  pattern: small-saas\ndatabase:\n  version: 14\n")
        #expect(found(result, .warning) == ["4:12 spec-eol"])
        #expect(messages(result, .warning).first?.hasPrefix("PostgreSQL 14 reaches end of life on 2026-11-12 (RDS then bills Extended Support)") == true)
    }

    @Test func djangoWithoutRedis_cannotRunCelery() {
        let result = check("deployment:\n  framework: django\n  pattern: small-saas\ncache: {type: memcached}\n")
        #expect(found(result) == ["4:15 spec-combination"])
        #expect(messages(result).first?.hasPrefix("django runs Celery, which needs Redis") == true)
    }

    @Test func letsEncryptBehindAnALB_isImpossible() {
        let result = check("deployment:\n  pattern: small-saas\nsecurity:\n  certificate_provider: letsencrypt\n")
        #expect(found(result) == ["4:25 spec-combination"])
    }

    @Test func wafOnHobbyProject_isImpossible() {
        let result = check("deployment:\n  pattern: hobby-project\nsecurity:\n  waf: true\n")
        #expect(found(result) == ["4:8 spec-combination"])
    }

    @Test func kubePrometheusStackOutsideKubernetes_isAnError() {
        let result = check("deployment:\n  pattern: small-saas\nmonitoring: kube-prometheus-stack\n")
        #expect(found(result) == ["3:13 spec-combination"])
    }

    @Test func operatorOutsideKubernetes_isAnError() {
        let result = check("deployment:\n  pattern: small-saas\ndatabase:\n  operator: cloudnative-pg\n")
        #expect(found(result) == ["4:13 spec-combination"])
    }

    @Test func ingressNginx_warnsAboutItsEndOfMaintenance() {
        let result = check("deployment:\n  pattern: kubernetes\nkubernetes:\n  ingress: {class: nginx}\n")
        #expect(found(result).isEmpty)
        #expect(found(result, .warning) == ["4:20 spec-eol"])
    }

    @Test func networkingOnHobbyProject_isIgnoredWithAWarning() {
        let result = check("deployment:\n  pattern: hobby-project\nnetworking:\n  nat_gateway: true\n")
        #expect(found(result).isEmpty)
        #expect(found(result, .warning) == ["3:1 spec-ignored"])
    }

    @Test func healthCheckTimeoutNotShorterThanInterval_isAnError() {
        let result = check("deployment:\n  pattern: hobby-project\napplication:\n  health_check: {interval: 10, timeout: 10}\n")
        #expect(messages(result) == ["health check timeout (10s) must be shorter than its interval (10s)"])
    }

    @Test func publicBucket_warns() {
        let result = check("deployment:\n  pattern: small-saas\nstorage:\n  buckets:\n    - {name: shop-assets, public: true}\n")
        #expect(found(result, .warning) == ["5:35 spec-discouraged"])
    }
}
