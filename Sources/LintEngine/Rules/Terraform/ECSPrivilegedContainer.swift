import DeploySyntax

/// TF032 — an ECS container runs privileged (`"privileged": true`): root on the host.
public struct ECSPrivilegedContainer: TerraformRule {
    public let id = "TF032"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        var out: [TerraformFinding] = []
        for definitions in ContainerDefinitions.all(in: module) {
            for (index, container) in definitions.containers.enumerated() where container["privileged"]?.bool == true {
                out.append(TerraformFinding(path: definitions.task.path, range: definitions.range(ofKey: "privileged", container: index), message:
                    "container \(ContainerDefinitions.name(of: container, index: index)) of \(definitions.task.displayName) runs privileged, "
                    + "with every capability and access to the host's devices: remove \"privileged\" and add only the "
                    + "linuxParameters.capabilities it needs"))
            }
        }
        return out
    }
}
