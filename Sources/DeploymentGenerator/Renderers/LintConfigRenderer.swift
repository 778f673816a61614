import DeploySyntax
import DeploymentSpec

/// `.specql-deploy.yml` beside the generated files: the lint settings this stack is held to, so
/// `specql-deploy lint <output>` (and `check`) judges the generated images against a budget that fits the
/// framework rather than the linter's generic 500 MB default.
///
/// The generator never imports the linter: it only writes the linter's configuration format.
struct LintConfigRenderer {
    let plan: StackPlan

    static let fileName = ".specql-deploy.yml"

    /// Final-image budgets (MB) per framework. FraiseQL ships a slim Python runtime plus a compiled wheel
    /// (issue 3 names 200 MB); Django adds collected static files; Node carries `node_modules`; Rails carries
    /// gems and precompiled assets.
    static func imageBudgetMB(for framework: Framework) -> Int {
        switch framework {
        case .fraiseql: 200
        case .django: 250
        case .node: 300
        case .rails: 350
        }
    }

    func file() -> GeneratedFile {
        let budget = Self.imageBudgetMB(for: plan.framework)
        let document = YAMLFile(
            headerComment: (GeneratedHeader.lines + [
                "Lint settings for this stack: `specql-deploy lint .` in this directory reads them.",
            ]).joined(separator: "\n"),
            .mapping([
                .init("rules", .mapping([
                    .init("DF030", .mapping([
                        .init("budget-mb", .int(budget)),
                    ]), comment: "Final image size budget for a \(plan.framework.rawValue) runtime image (the default is 500 MB)."),
                ])),
            ])
        )
        return GeneratedFile(path: Self.fileName, contents: YAMLEmitter().emit(document), category: .docker)
    }
}
