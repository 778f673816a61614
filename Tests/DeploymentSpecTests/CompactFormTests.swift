import DeploymentSpec
import Testing

@Suite("The compact form of the design documents: sections inside deployment")
struct CompactFormTests {
    @Test func sectionsInsideDeployment_areReadLikeTopLevelOnes() throws {
        let yaml = """
        deployment:
          pattern: small-saas
          platform: aws
          region: eu-west-1
          database:
            size: medium
            backup: weekly
          application:
            instances: 3
          monitoring: basic
        """
        let result = check(yaml)
        #expect(result.diagnostics.isEmpty)
        let d = try #require(result.resolved)
        #expect(d.platform.provider == .aws)
        #expect(d.platform.region == "eu-west-1")
        #expect(d.database.size == .medium)
        #expect(d.database.backup.frequency == .weekly)
        #expect(d.application.instances == 3)
        #expect(d.monitoring.level == .basic)
        #expect(d.sources.range(of: "platform.region")?.start.line == 4)
    }

    @Test func sameSectionInBothPlaces_isAConflict() {
        let yaml = """
        deployment:
          pattern: small-saas
          database: {size: small}
        database:
          size: large
        """
        let result = check(yaml)
        #expect(found(result) == ["3:3 spec-conflict"])
        #expect(result.diagnostics.first?.related.first?.range.start.line == 4)
    }

    @Test func kubernetesWording_replicasAndHPA() throws {
        let yaml = """
        deployment:
          pattern: kubernetes
          namespace: shop-prod
          application:
            replicas: 4
            hpa: enabled
          ingress: {class: gateway-api, ssl: cert-manager}
        """
        let d = try #require(resolve(yaml))
        #expect(d.application.instances == 4)
        #expect(d.application.autoscale.enabled)
        #expect(d.application.autoscale.min == 4)
        #expect(d.kubernetes?.namespace == "shop-prod")
        #expect(d.kubernetes?.ingressClass == .gatewayAPI)
    }

    @Test func replicasNextToInstances_isAConflict() {
        let result = check("deployment:\n  pattern: kubernetes\napplication:\n  instances: 2\n  replicas: 3\n")
        #expect(found(result) == ["5:3 spec-conflict"])
    }

    @Test func shorthands_cacheStorageAndBackup() throws {
        let yaml = """
        deployment:
          pattern: production-saas
          regions: [us-east-1, eu-west-1]
          cache: redis-cluster
          storage: s3
          database:
            backup: continuous
        """
        let d = try #require(resolve(yaml))
        #expect(d.cache?.cluster == true)
        #expect(d.cache?.type == .redis)
        #expect(d.storage.type == .s3)
        #expect(d.platform.region == "us-east-1")
        #expect(d.platform.secondaryRegions == ["eu-west-1"])
        #expect(d.database.backup.frequency == .continuous)
    }
}
