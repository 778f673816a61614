import DeploySyntax

/// TF034 — an ECS container can write to its root filesystem (`readonlyRootFilesystem` not true).
public struct ECSWritableRootFilesystem: TerraformRule {
    public let id = "TF034"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        var out: [TerraformFinding] = []
        for definitions in ContainerDefinitions.all(in: module) {
            for (index, container) in definitions.containers.enumerated() {
                let value = container["readonlyRootFilesystem"] ?? .null
                guard value.isKnown, value.bool != true else { continue }
                out.append(TerraformFinding(path: definitions.task.path, range: definitions.range(ofKey: "readonlyRootFilesystem", container: index), message:
                    "container \(ContainerDefinitions.name(of: container, index: index)) of \(definitions.task.displayName) can write to its "
                    + "root filesystem (\(value.isNull ? "readonlyRootFilesystem is not set" : "readonlyRootFilesystem = false")): set "
                    + "\"readonlyRootFilesystem\": true and mount a volume for the paths the process writes"))
            }
        }
        return out
    }
}
