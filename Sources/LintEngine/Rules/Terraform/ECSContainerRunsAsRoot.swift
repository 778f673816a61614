import DeploySyntax

/// TF033 — an ECS container is told to run as root (`"user": "root"` or `"0"`). A container without `user` runs as
/// its image's `USER`, which this rule cannot see (DF001 checks the Dockerfile), so it is not reported.
public struct ECSContainerRunsAsRoot: TerraformRule {
    public let id = "TF033"
    public init() {}

    static let rootUsers: Set<String> = ["root", "0", "0:0", "root:root", "root:0", "0:root"]

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        var out: [TerraformFinding] = []
        for definitions in ContainerDefinitions.all(in: module) {
            for (index, container) in definitions.containers.enumerated() {
                guard let user = container["user"]?.string, Self.rootUsers.contains(user) else { continue }
                out.append(TerraformFinding(path: definitions.task.path, range: definitions.range(ofKey: "user", container: index), message:
                    "container \(ContainerDefinitions.name(of: container, index: index)) of \(definitions.task.displayName) runs as root "
                    + "(\"user\": \"\(user)\"): use a numeric non-root user such as \"10001:10001\" that owns what the process writes"))
            }
        }
        return out
    }
}
