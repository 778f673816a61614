import DeploySyntax

/// Writes `DeploymentShape` as a JSON Schema (draft-07, the newest draft every YAML language server accepts).
///
/// Named shapes go under `definitions` and are referenced, so a section written at the top level or inside
/// `deployment:` has one definition. Nulls are allowed wherever the validator takes them as "empty".
public enum JSONSchemaBuilder {
    public static let schemaID = "https://specql.dev/schemas/deployment.schema.json"

    /// The schema text, pretty-printed JSON.
    public static func render() -> String {
        JSONWriter.render(schema())
    }

    public static func schema() -> YAMLValue {
        var definitions: [String: YAMLValue] = [:]
        var order: [String] = []
        let root = node(DeploymentShape.root, summary: nil, definitions: &definitions, order: &order)
        var entries: [YAMLValue.Entry] = [
            .init("$schema", "http://json-schema.org/draft-07/schema#"),
            .init("$id", .string(schemaID)),
            .init("title", "specql-deploy deployment.yaml"),
            .init("description", "A deployment intent for specql-deploy: a framework, a pattern and the settings that differ from their defaults. Run `specql-deploy validate --resolved` to see every value."),
        ]
        entries += root.entries ?? []
        var definitionEntries = [YAMLValue.Entry("flag", flagSchema)]
        definitionEntries += order.compactMap { name in definitions[name].map { YAMLValue.Entry(name, $0) } }
        entries.append(.init("definitions", .mapping(definitionEntries)))
        return .mapping(entries)
    }

    /// yes/no/on/off/enabled/disabled are strings to a YAML 1.2 parser; the validator accepts them as booleans.
    static let flagSchema: YAMLValue = [
        "description": "true or false (yes/no/on/off/enabled/disabled are accepted too).",
        "anyOf": [
            ["type": "boolean"],
            ["type": "string", "enum": .list(FlagWords.words.map(YAMLValue.string))],
        ],
    ]

    private static func node(_ shape: SpecShape, summary: String?, definitions: inout [String: YAMLValue], order: inout [String]) -> YAMLValue {
        var entries: [YAMLValue.Entry] = []
        if let summary { entries.append(.init("description", .string(summary))) }
        switch shape {
        case .named(let name, let inner):
            if definitions[name] == nil {
                definitions[name] = .null   // reserve: recursion guard and order
                order.append(name)
                definitions[name] = node(inner, summary: nil, definitions: &definitions, order: &order)
            }
            entries.append(.init("$ref", .string("#/definitions/\(name)")))
        case .string(let rule):
            entries.append(.init("type", "string"))
            switch rule {
            case .any: break
            case .vocabulary(let vocabulary): entries.append(.init("enum", .list(vocabulary.all.map(YAMLValue.string))))
            case .format(let format): entries.append(.init("pattern", .string(format.pattern)))
            }
        case .versionText:
            entries.append(.init("type", .list(["string", "number"])))
            entries.append(.init("minLength", 1))
        case .integer(let range, _):
            entries += [.init("type", "integer"), .init("minimum", .int(range.lowerBound)), .init("maximum", .int(range.upperBound))]
        case .number(let range, _):
            entries += [.init("type", "number"), .init("minimum", .double(range.lowerBound)), .init("maximum", .double(range.upperBound))]
        case .flag:
            entries.append(.init("$ref", "#/definitions/flag"))
        case .anyScalar:
            entries.append(.init("type", .list(["string", "number", "boolean", "null"])))
        case .object(let object):
            entries.append(.init("type", .list(["object", "null"])))
            if !object.fields.isEmpty {
                entries.append(.init("properties", .mapping(object.fields.map { field in
                    YAMLValue.Entry(field.key, node(field.shape, summary: field.summary, definitions: &definitions, order: &order))
                })))
            }
            let required = object.fields.filter(\.isRequired).map(\.key)
            if !required.isEmpty { entries.append(.init("required", .list(required.map(YAMLValue.string)))) }
            if object.allowsExtensionKeys {
                entries.append(.init("patternProperties", ["^x-": .mapping([.init("description", "Your own key, e.g. an anchor to reuse with <<; ignored.")])]))
            }
            if let other = object.otherKeys {
                entries.append(.init("propertyNames", ["pattern": .string(other.keyFormat.pattern)]))
                entries.append(.init("additionalProperties", node(other.value, summary: nil, definitions: &definitions, order: &order)))
            } else {
                entries.append(.init("additionalProperties", false))
            }
            if let count = object.keyCount {
                entries += [.init("minProperties", .int(count.lowerBound)), .init("maxProperties", .int(count.upperBound))]
            }
        case .list(let item, let minItems):
            entries.append(.init("type", .list(["array", "null"])))
            entries.append(.init("items", node(item, summary: nil, definitions: &definitions, order: &order)))
            if minItems > 0 { entries.append(.init("minItems", .int(minItems))) }
        case .choice(let alternatives):
            entries.append(.init("anyOf", .list(alternatives.map { node($0, summary: nil, definitions: &definitions, order: &order) })))
        }
        return .mapping(entries)
    }
}
