import DeploySyntax

/// The containers of an `aws_ecs_task_definition`: `container_definitions` written as `jsonencode([...])`,
/// a JSON string or heredoc (parsed with `JSONSerialization`), or a local holding either.
struct ContainerDefinitions {
    let task: TerraformResource
    let setting: TerraformSetting
    /// Each container as an object value (unknown leaves where interpolations could not be evaluated).
    let containers: [[String: HCLValue]]

    /// Where findings point: the `container_definitions` attribute.
    var range: SourceRange { setting.reportRange }

    static func all(in module: TerraformModule) -> [ContainerDefinitions] {
        module.resources(ofType: "aws_ecs_task_definition").compactMap { task in
            let setting = module.setting("container_definitions", in: task)
            guard let attribute = setting.attribute,
                  let document = PolicyStatement.document(attribute.expression, module: module, bindings: [:]),
                  let list = document.tuple
            else { return nil }
            let containers = list.compactMap(\.object)
            return containers.isEmpty ? nil : ContainerDefinitions(task: task, setting: setting, containers: containers)
        }
    }

    /// The literal HCL object of container `index` when the definitions are `jsonencode([ {…}, … ])` written out.
    private func containerObject(_ index: Int) -> HCLExpression? {
        guard let attribute = setting.attribute else { return nil }
        var e = attribute.expression.unparenthesized
        if case .functionCall(let name, _, let args, _) = e.kind, name == "jsonencode", args.count == 1 {
            e = args[0].unparenthesized
        }
        guard case .tuple(let items) = e.kind, index < items.count else { return nil }
        let item = items[index].unparenthesized
        guard case .object = item.kind else { return nil }
        return item
    }

    /// Where `key` is written in container `index` (`privileged = true`), else the container's object, else the
    /// `container_definitions` attribute (JSON strings are not mapped back to positions).
    func range(ofKey key: String, container index: Int) -> SourceRange {
        guard let object = containerObject(index), case .object(let fields) = object.kind else { return range }
        for field in fields where field.literalKey == key { return field.key.range.union(field.value.range) }
        return object.range
    }

    /// Where the environment entry named `variable` is written in container `index`.
    func range(ofEnvironmentVariable variable: String, container index: Int) -> SourceRange {
        guard let object = containerObject(index), case .object(let fields) = object.kind,
              let env = fields.first(where: { $0.literalKey == "environment" }),
              case .tuple(let entries) = env.value.unparenthesized.kind
        else { return range(ofKey: "environment", container: index) }
        for entry in entries {
            guard case .object(let items) = entry.unparenthesized.kind else { continue }
            for item in items where item.literalKey == "name" {
                if case .template(let t) = item.value.kind, t.literalValue == variable { return entry.range }
            }
        }
        return env.key.range.union(env.value.range)
    }

    static func name(of container: [String: HCLValue], index: Int) -> String {
        container["name"]?.string.map { "'\($0)'" } ?? "#\(index + 1)"
    }
}
