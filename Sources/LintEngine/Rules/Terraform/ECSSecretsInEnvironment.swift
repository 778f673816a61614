import DeploySyntax

/// TF035 — an ECS container receives a secret-looking variable (PASSWORD, SECRET, TOKEN, API_KEY…) through
/// plain `environment`, visible to anyone who can describe the task definition, instead of `secrets`.
public struct ECSSecretsInEnvironment: TerraformRule {
    public let id = "TF035"
    public init() {}

    static let secretWords = ["PASSWORD", "PASSWD", "SECRET", "TOKEN", "API_KEY", "APIKEY", "PRIVATE_KEY", "ACCESS_KEY", "CREDENTIAL"]
    static let harmlessSuffixes = ["_ARN", "_FILE", "_PATH", "_URL", "_URI", "_ENDPOINT", "_NAME", "_TTL", "_LENGTH", "_EXPIRY", "_HEADER"]

    static func looksSecret(_ name: String) -> Bool {
        let upper = name.uppercased()
        guard secretWords.contains(where: { upper.contains($0) }) else { return false }
        return !harmlessSuffixes.contains(where: { upper.hasSuffix($0) })
    }

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        var out: [TerraformFinding] = []
        for definitions in ContainerDefinitions.all(in: module) {
            for (index, container) in definitions.containers.enumerated() {
                for entry in container["environment"]?.tuple ?? [] {
                    guard let name = entry["name"]?.string, Self.looksSecret(name) else { continue }
                    let value = entry["value"] ?? .null
                    if value.isNull || value.string == "" { continue }
                    out.append(TerraformFinding(path: definitions.task.path, range: definitions.range(ofEnvironmentVariable: name, container: index), message:
                        "container \(ContainerDefinitions.name(of: container, index: index)) of \(definitions.task.displayName) gets \(name) "
                        + "as a plain environment variable, readable by anyone who can describe the task definition: move it to "
                        + "\"secrets\" with valueFrom pointing at Secrets Manager or SSM Parameter Store"))
                }
            }
        }
        return out
    }
}
