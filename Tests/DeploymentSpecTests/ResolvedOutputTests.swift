import DeploySyntax
import DeploymentSpec
import Foundation
import Testing

@Suite("Printing the resolved spec")
struct ResolvedOutputTests {
    private let spec = """
    deployment:
      name: shop
      framework: django
      pattern: small-saas
    platform:
      domain: shop.example.com
    environments:
      - name: production
        variables: {DEBUG: "off", RATIO: "0.5"}
        secrets: [SENTRY_DSN]
    """

    @Test func json_parsesAndKeepsDeploymentYamlOrder() throws {
        let resolved = try #require(resolve(spec))
        let text = ResolvedDocument.render(resolved, as: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let application = try #require(object["application"] as? [String: Any])
        #expect(application["port"] as? Int == 8000)
        let database = try #require(object["database"] as? [String: Any])
        #expect(database["instance_class"] as? String == "db.t4g.micro")
        let deploymentKey = try #require(text.range(of: "\"deployment\""))
        let environmentsKey = try #require(text.range(of: "\"environments\""))
        #expect(deploymentKey.lowerBound < environmentsKey.lowerBound)
    }

    @Test func yaml_readsBackWithTheSameStrings() throws {
        let resolved = try #require(resolve(spec))
        let text = ResolvedDocument.render(resolved, as: .yaml)
        #expect(text.hasPrefix("# Resolved deployment.yaml"))
        let stream = try YAMLParser.parse(text).get()
        let root = stream.documents[0].root
        #expect(root[path: "deployment", "name"]?.string == "shop")
        #expect(root[path: "runtime", "worker"]?.string == "celery")
        let production = try #require(root["environments"]?.sequence?.first)
        #expect(production[path: "variables", "DEBUG"]?.resolved(.yaml11) == .string("off"))
        #expect(production[path: "variables", "RATIO"]?.resolved(.yaml11) == .string("0.5"))
    }

    @Test func severalFiles_giveAJSONArray() throws {
        let one = try #require(resolve(spec))
        let text = ResolvedDocument.render([one, one], as: .json)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [Any])
        #expect(array.count == 2)
    }

    @Test func report_summarisesValidAndInvalidFiles() {
        let good = DeploymentSpecLoader.validate(text: spec, path: "good.yaml")
        let bad = DeploymentSpecLoader.validate(text: "deployment:\n  pattern: tiny\n", path: "bad.yaml")
        let report = ValidationReport(results: [good, bad])
        #expect(report.exitCode == 2)
        #expect(report.summary(style: .plain) == "checked 2 files: 1 valid, 1 invalid (1 error)")
        #expect(report.renderDiagnostics(style: .plain).hasPrefix("bad.yaml:2:12: error: 'tiny' is not a valid pattern"))
        #expect(ValidationReport(results: [good]).summary(style: .plain) == "good.yaml: valid (small-saas, django)")
        #expect(ValidationReport(results: [good]).exitCode == 0)
    }

    @Test func missingFile_isOneDiagnostic() {
        let result = DeploymentSpecLoader.load(path: "/nonexistent/deployment.yaml")
        #expect(result.diagnostics.map(\.code) == ["spec-unreadable"])
        #expect(result.diagnostics.first?.message == "cannot read '/nonexistent/deployment.yaml': no such file; create one with 'specql-deploy init'")
    }
}
