import DeploySyntax

/// A rule over the Kubernetes objects of one manifest file.
public protocol KubernetesRule: Rule {
    func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation]
}

extension KubernetesRule {
    public var kind: FileKind { .kubernetes }
}

/// Reads one file as Kubernetes manifests and runs the Kubernetes rules over it: the `.kubernetes` case of
/// `RuleRunner`. A Helm template comes back skipped (with a note), invalid YAML as one parse diagnostic.
public enum KubernetesFileChecker {
    /// Files whose presence makes a directory a kustomization (base or overlay).
    static let kustomizationFileNames: Set<String> = ["kustomization.yaml", "kustomization.yml", "Kustomization"]

    public static func run(_ input: LintInput, rules: [any Rule], context: RuleContext) -> RuleRunner.Outcome {
        switch KubernetesModelBuilder().build(input.file, parsed: input.yaml) {
        case .skipped(let reason):
            return RuleRunner.Outcome(skippedReason: reason)
        case .failed(let diagnostic):
            return RuleRunner.Outcome(parseDiagnostics: [diagnostic])
        case .manifest(let parsed, let diagnostics):
            let manifest = context.siblingFileNames.contains(where: kustomizationFileNames.contains)
                ? parsed.readingSelectorlessControllersAsPatches() : parsed
            return RuleRunner.check(rules, select: \.kubernetes, diagnostics: diagnostics) {
                $0.check(manifest, context: context)
            }
        }
    }
}
