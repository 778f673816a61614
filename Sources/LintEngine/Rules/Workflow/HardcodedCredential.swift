import DeploySyntax

/// GHA011: a credential written literally in `env:`, a `with:` input, or container/service credentials.
public struct HardcodedCredential: WorkflowRule {
    public let id = "GHA011"
    public init() {}

    public func check(_ workflow: Workflow, context: RuleContext) -> [Violation] {
        var out: [Violation] = []
        var seen: Set<Int> = []
        // Service containers (a CI database) live only for the job: their passwords are throwaway, and so
        // are the same values where the workflow connects to them.
        var throwaway: Set<String> = []
        for job in workflow.jobs {
            for service in job.services?.value.mapping ?? [] {
                for pair in service.value["env"]?.mapping ?? [] {
                    if let text = pair.value.string { throwaway.insert(text) }
                }
            }
        }
        func check(name: String, value: YAMLNode, where place: String) {
            guard let text = value.string, !ScalarText.isNull(value), !throwaway.contains(text), CredentialName.isCredential(name),
                  CredentialName.isLiteralSecretValue(text), seen.insert(value.range.start.offset).inserted else { return }
            out.append(Violation(
                range: value.reportRange,
                message: "\(place) '\(name)' is a literal credential: everyone with read access to the repository (and its forks and history) has it; store it as an encrypted secret and use `${{ secrets.\(String(ScalarText.upper(name).map { $0 == "-" ? "_" : $0 })) }}`",
                redactions: [value.reportRange]))
        }
        func checkEnv(_ env: [WorkflowEnvEntry]) {
            for entry in env { check(name: entry.name, value: entry.value, where: "environment variable") }
        }
        func checkContainer(_ node: YAMLNode?, environment: Bool) {
            guard let node else { return }
            if let password = node.pair(path: "credentials", "password") { check(name: "password", value: password.value, where: "container registry") }
            guard environment else { return }
            for pair in node["env"]?.mapping ?? [] {
                if let name = pair.keyString { check(name: name, value: pair.value, where: "container environment variable") }
            }
        }
        checkEnv(workflow.env)
        for job in workflow.jobs {
            checkEnv(job.env)
            for input in job.with { check(name: input.name, value: input.value, where: "input") }
            if let secrets = job.secrets?.value.mapping {
                for pair in secrets { if let name = pair.keyString { check(name: name, value: pair.value, where: "secret") } }
            }
            checkContainer(job.container?.value, environment: true)
            for service in job.services?.value.mapping ?? [] { checkContainer(service.value, environment: false) }
            for step in job.steps {
                checkEnv(step.env)
                for input in step.with { check(name: input.name, value: input.value, where: "input") }
            }
        }
        return out
    }
}

private extension YAMLNode {
    /// The pair at a path of keys (the last key's pair).
    func pair(path keys: String...) -> YAMLPair? {
        var node: YAMLNode? = self
        for key in keys.dropLast() { node = node?[key] }
        return keys.last.flatMap { node?.pair($0) }
    }
}
