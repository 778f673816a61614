import DeploySyntax
import DeploymentSpec
import Foundation
import Testing

@Suite("examples/ and the init starter")
struct ExampleTests {
    @Test func examplesFolder_holdsTheExamplesTheIssueAsksFor() {
        let names = Set(exampleFiles().map(\.lastPathComponent))
        for required in ["hobby-fraiseql.yaml", "small-saas-fraiseql.yaml", "production-saas-fraiseql.yaml", "kubernetes-fraiseql.yaml",
                         "django-small-saas.yaml", "rails-production-saas.yaml", "node-hobby.yaml",
                         "design-vision.yaml", "design-hobby-project.yaml", "design-small-saas.yaml",
                         "design-production-saas.yaml", "design-kubernetes.yaml", "design-docker-local.yaml"] {
            #expect(names.contains(required), "examples/\(required) is missing")
        }
    }

    @Test(arguments: exampleFiles())
    func everyExample_validatesWithoutErrors(_ url: URL) {
        let result = DeploymentSpecLoader.load(path: url.path)
        #expect(result.errors.isEmpty, "\(url.lastPathComponent): \(result.errors.map(\.description))")
        #expect(result.resolved != nil)
    }

    @Test func ownExamples_haveNoWarningsEither() {
        for url in exampleFiles() where !url.lastPathComponent.hasPrefix("design-") {
            let result = DeploymentSpecLoader.load(path: url.path)
            #expect(result.warnings.isEmpty, "\(url.lastPathComponent): \(result.warnings.map(\.description))")
        }
    }

    @Test func designKubernetesExample_warnsOnlyAboutIngressNginx() {
        let result = DeploymentSpecLoader.load(path: packageRoot.appendingPathComponent("examples/design-kubernetes.yaml").path)
        #expect(found(result, .warning) == ["14:12 spec-eol"])
    }

    @Test(arguments: Framework.allCases)
    func starter_validatesForEveryPattern(_ framework: Framework) {
        for pattern in DeploymentPattern.allCases {
            let text = StarterSpec.render(name: "shop", framework: framework, pattern: pattern)
            let result = DeploymentSpecLoader.validate(text: text)
            #expect(result.diagnostics.isEmpty, "\(framework) \(pattern): \(result.diagnostics.map(\.description))")
            #expect(result.resolved?.pattern == pattern)
            #expect(result.resolved?.framework == framework)
        }
    }

    @Test func suggestedName_turnsADirectoryNameIntoAValidName() {
        #expect(StarterSpec.suggestedName(from: "My Shop_API") == "my-shop-api")
        #expect(StarterSpec.suggestedName(from: "2024-app") == "app-2024-app")
        #expect(StarterSpec.suggestedName(from: "/") == "my-app")
    }

    @Test func starterFlags_withATypo_sayWhatWasMeant() {
        #expect(throws: StarterSpec.Problem.self) { try StarterSpec.framework("rials").get() }
        if case .failure(let problem) = StarterSpec.pattern("small-sas") {
            #expect(problem.message == "unknown pattern 'small-sas'; did you mean 'small-saas'? Allowed: hobby-project, small-saas, production-saas, kubernetes")
        } else {
            Issue.record("expected a failure")
        }
    }
}
