import DeploySyntax

/// The Terraform/OpenTofu meaning of one module directory's files: resources, data sources, module calls,
/// providers, variables (with their defaults) and locals (evaluated once), plus reference resolution between them.
///
/// Built from every `.tf`/`.tofu` file of a directory by the directory pass (`TerraformLinter.lint(directory:)`),
/// or from a single file when the engine lints file by file. `isComplete` tells rules whether the module holds
/// the whole directory: checks that need the *absence* of a companion resource (no versioning resource for a
/// bucket, no flow log for a VPC) only report when it is true.
public struct TerraformModule: Sendable {
    public let files: [HCLFile]
    /// True when `files` are all the Terraform files of the directory.
    public let isComplete: Bool
    /// Managed resources and data sources, in file then source order; never-created ones (`count = 0`) excluded.
    public let resources: [TerraformResource]
    public let dataSources: [TerraformResource]
    public let moduleCalls: [TerraformModuleCall]
    public let providers: [TerraformBlockInstance]
    public let variables: [String: TerraformVariable]
    /// `var.<name>` → default value (variables without a default are absent: unknown).
    public let variableValues: [String: HCLValue]
    public let localExpressions: [String: HCLExpression]
    public let localValues: [String: HCLValue]
    private let byAddress: [String: Int]
    private let dataByAddress: [String: Int]

    public init(files: [HCLFile], isComplete: Bool) {
        self.files = files
        self.isComplete = isComplete
        var variables: [String: TerraformVariable] = [:]
        var localExpressions: [String: HCLExpression] = [:]
        var resourceBlocks: [(HCLBlock, String)] = []
        var dataBlocks: [(HCLBlock, String)] = []
        var moduleBlocks: [(HCLBlock, String)] = []
        var providerBlocks: [(HCLBlock, String)] = []
        for file in files {
            let path = file.source.path
            for block in file.body.blocks {
                switch block.type {
                case "variable":
                    guard let name = block.labels.first?.value else { continue }
                    variables[name] = TerraformVariable(name: name, block: block, path: path)
                case "locals":
                    for attribute in block.body.attributes where localExpressions[attribute.name] == nil {
                        localExpressions[attribute.name] = attribute.expression
                    }
                case "resource" where block.labels.count >= 2:
                    resourceBlocks.append((block, path))
                case "data" where block.labels.count >= 2:
                    dataBlocks.append((block, path))
                case "module" where !block.labels.isEmpty:
                    moduleBlocks.append((block, path))
                case "provider" where !block.labels.isEmpty:
                    providerBlocks.append((block, path))
                default:
                    continue
                }
            }
        }
        self.variables = variables
        self.localExpressions = localExpressions

        let constant = HCLEvaluator()
        var variableValues: [String: HCLValue] = [:]
        for (name, variable) in variables {
            if let d = variable.block.body.attribute("default") {
                variableValues[name] = constant.evaluate(d.expression)
            }
        }
        self.variableValues = variableValues

        // Locals: evaluated once, on demand, in dependency order (cycles and deep chains give unknown).
        final class LocalResolver {
            let expressions: [String: HCLExpression]
            let variables: [String: HCLValue]
            var values: [String: HCLValue] = [:]
            var inProgress: Set<String> = []

            init(expressions: [String: HCLExpression], variables: [String: HCLValue]) {
                self.expressions = expressions
                self.variables = variables
            }

            func value(_ name: String) -> HCLValue {
                if let v = values[name] { return v }
                guard let e = expressions[name], !inProgress.contains(name), inProgress.count < 16 else { return .unknown }
                inProgress.insert(name)
                var evaluator = HCLEvaluator(variables: variables)
                evaluator.localLookup = { [unowned self] in self.value($0) }
                let v = evaluator.evaluate(e)
                inProgress.remove(name)
                values[name] = v
                return v
            }
        }
        let resolver = LocalResolver(expressions: localExpressions, variables: variableValues)
        for name in localExpressions.keys.sorted() { _ = resolver.value(name) }
        self.localValues = resolver.values

        let evaluator = HCLEvaluator(variables: variableValues, locals: resolver.values)
        func make(_ entry: (HCLBlock, String), mode: TerraformResource.Mode) -> TerraformResource {
            let (block, path) = entry
            var existence = TerraformResource.Existence.single
            if let count = block.body.attribute("count") {
                let v = evaluator.evaluate(count.expression)
                if let n = v.int {
                    existence = n <= 0 ? .never : (n == 1 ? .single : .multiple(n))
                } else {
                    existence = .unknownCount
                }
            } else if let forEach = block.body.attribute("for_each") {
                switch evaluator.evaluate(forEach.expression) {
                case .tuple(let items): existence = items.isEmpty ? .never : (items.count == 1 ? .single : .multiple(items.count))
                case .object(let dict): existence = dict.isEmpty ? .never : (dict.count == 1 ? .single : .multiple(dict.count))
                case .null: existence = .never
                default: existence = .unknownCount
                }
            }
            return TerraformResource(
                mode: mode, type: block.labels[0].value, name: block.labels[1].value, block: block, path: path,
                existence: existence)
        }
        let allResources = resourceBlocks.map { make($0, mode: .managed) }.filter { $0.existence != .never }
        let allData = dataBlocks.map { make($0, mode: .data) }.filter { $0.existence != .never }
        self.resources = allResources
        self.dataSources = allData
        var index: [String: Int] = [:]
        for (k, r) in allResources.enumerated() where index[r.address] == nil { index[r.address] = k }
        self.byAddress = index
        var dataIndex: [String: Int] = [:]
        for (k, r) in allData.enumerated() where dataIndex[r.address] == nil { dataIndex[r.address] = k }
        self.dataByAddress = dataIndex

        self.moduleCalls = moduleBlocks.compactMap { block, path in
            let call = TerraformModuleCall(name: block.labels[0].value, block: block, path: path)
            if let count = block.body.attribute("count"), evaluator.evaluate(count.expression).int == 0 { return nil }
            return call
        }
        self.providers = providerBlocks.map { TerraformBlockInstance(block: $0.0, path: $0.1) }
    }

    // MARK: - Lookup

    /// Managed resources of one type (`aws_db_instance`), in source order.
    public func resources(ofType type: String) -> [TerraformResource] {
        resources.filter { $0.type == type }
    }

    /// Managed resources of any of these types.
    public func resources(ofTypes types: Set<String>) -> [TerraformResource] {
        resources.filter { types.contains($0.type) }
    }

    public func resource(type: String, name: String) -> TerraformResource? {
        byAddress["\(type).\(name)"].map { resources[$0] }
    }

    public func dataSource(type: String, name: String) -> TerraformResource? {
        dataByAddress["data.\(type).\(name)"].map { dataSources[$0] }
    }

    /// The file of a path, for messages that quote source text.
    public func file(at path: String) -> HCLFile? {
        files.first { $0.source.path == path }
    }

    // MARK: - Evaluation

    /// An evaluator with this module's variables and locals, plus extra bindings (`each`, iterators).
    public func evaluator(bindings: [String: HCLValue] = [:]) -> HCLEvaluator {
        HCLEvaluator(variables: variableValues, locals: localValues, bindings: bindings)
    }

    public func evaluate(_ expression: HCLExpression, bindings: [String: HCLValue] = [:]) -> HCLValue {
        evaluator(bindings: bindings).evaluate(expression)
    }

    /// The argument `name` of a block instance: its attribute (if written) and its value (`.null` when absent).
    public func setting(_ name: String, in instance: TerraformBlockInstance) -> TerraformSetting {
        guard let attribute = instance.body.attribute(name) else {
            return TerraformSetting(attribute: nil, value: .null, owner: instance)
        }
        return TerraformSetting(attribute: attribute, value: evaluate(attribute.expression, bindings: instance.bindings), owner: instance)
    }

    public func setting(_ name: String, in resource: TerraformResource) -> TerraformSetting {
        setting(name, in: resource.instance)
    }

    /// The nested blocks of one type, static and `dynamic "<type>"` alike. A dynamic block yields one instance per
    /// element of a known `for_each` (with its iterator bound), none for a known empty one, and one instance
    /// with an unknown iterator when `for_each` is unknown.
    public func blocks(_ type: String, in instance: TerraformBlockInstance) -> [TerraformBlockInstance] {
        var out: [TerraformBlockInstance] = []
        for block in instance.body.blocks {
            if block.type == type {
                out.append(TerraformBlockInstance(block: block, path: instance.path, bindings: instance.bindings))
                continue
            }
            guard block.type == "dynamic", block.labels.first?.value == type,
                  let content = block.body.block("content") else { continue }
            let iterator = block.body.attribute("iterator").flatMap { $0.expression.referencePath?.first } ?? type
            let collection = block.body.attribute("for_each").map { evaluate($0.expression, bindings: instance.bindings) } ?? .unknown
            func instanceFor(key: HCLValue, value: HCLValue) -> TerraformBlockInstance {
                var bindings = instance.bindings
                bindings[iterator] = .object(["key": key, "value": value])
                return TerraformBlockInstance(
                    body: content.body, range: block.range, headerRange: block.headerRange, path: instance.path,
                    bindings: bindings, isDynamic: true)
            }
            switch collection {
            case .tuple(let items):
                for (k, item) in items.enumerated() { out.append(instanceFor(key: .number(Double(k)), value: item)) }
            case .object(let dict):
                for key in dict.keys.sorted() { out.append(instanceFor(key: .string(key), value: dict[key]!)) }
            case .null:
                continue
            default:
                out.append(instanceFor(key: .unknown, value: .unknown))
            }
        }
        return out
    }

    public func blocks(_ type: String, in resource: TerraformResource) -> [TerraformBlockInstance] {
        blocks(type, in: resource.instance)
    }

    // MARK: - References

    /// The managed resources and data sources an expression refers to, following `local.*` definitions.
    public func referencedResources(in expression: HCLExpression) -> [TerraformResource] {
        var out: [TerraformResource] = []
        var seenLocals: Set<String> = []
        collectReferences(expression, into: &out, seenLocals: &seenLocals, depth: 0)
        return out
    }

    private func collectReferences(
        _ expression: HCLExpression, into out: inout [TerraformResource], seenLocals: inout Set<String>, depth: Int
    ) {
        for traversal in expression.traversals {
            guard let path = traversal.referencePath, path.count >= 2 else { continue }
            switch path[0] {
            case "local":
                guard depth < 6, !seenLocals.contains(path[1]), let e = localExpressions[path[1]] else { continue }
                seenLocals.insert(path[1])
                collectReferences(e, into: &out, seenLocals: &seenLocals, depth: depth + 1)
            case "data":
                guard path.count >= 3, let r = dataSource(type: path[1], name: path[2]) else { continue }
                if !out.contains(where: { $0.address == r.address }) { out.append(r) }
            case "var", "module", "each", "count", "path", "terraform", "self":
                continue
            default:
                guard let r = resource(type: path[0], name: path[1]) else { continue }
                if !out.contains(where: { $0.address == r.address }) { out.append(r) }
            }
        }
    }

    /// True when `expression` refers to `resource` (directly or through locals).
    public func expression(_ expression: HCLExpression, refersTo resource: TerraformResource) -> Bool {
        referencedResources(in: expression).contains { $0.address == resource.address }
    }

    // MARK: - Environment

    /// Production or not, from (in order) the rule's `environment` option, the resource's `Environment`-like tag,
    /// the AWS provider's `default_tags`, then a variable or local named `environment`/`env`/`stage`.
    public func environment(of resource: TerraformResource?, context: RuleContext, ruleID: String) -> TerraformEnvironment {
        if let option = context.option("environment", for: ruleID) { return TerraformEnvironment(name: option) }
        if let resource, let env = environmentTag(in: setting("tags", in: resource).value) { return env }
        for provider in providers where provider.block?.labels.first?.value == "aws" {
            for defaults in blocks("default_tags", in: provider) {
                if let env = environmentTag(in: setting("tags", in: defaults).value) { return env }
            }
        }
        for name in TerraformEnvironment.names {
            if let s = variableValues[name]?.string ?? localValues[name]?.string, !s.isEmpty {
                return TerraformEnvironment(name: s)
            }
        }
        return .unknown
    }

    private func environmentTag(in tags: HCLValue) -> TerraformEnvironment? {
        guard let dict = tags.object else { return nil }
        for key in dict.keys.sorted() where TerraformEnvironment.names.contains(key.lowercased()) {
            if let s = dict[key]?.string, !s.isEmpty { return TerraformEnvironment(name: s) }
        }
        return nil
    }
}

/// Whether a deployment is production, as far as the configuration says.
public enum TerraformEnvironment: Sendable, Hashable {
    case production(String)
    case nonProduction(String)
    case unknown

    /// Tag, variable and local names read as the environment (case-insensitive for tags).
    static let names = ["environment", "env", "stage", "environment_name", "env_name"]

    /// `prod`, `production`, `prd`, `live` (any case, any suffix after `prod`) are production.
    public init(name: String) {
        let lower = name.lowercased()
        if lower.hasPrefix("prod") || lower == "prd" || lower == "live" {
            self = .production(name)
        } else {
            self = .nonProduction(name)
        }
    }

    public var isProduction: Bool? {
        switch self {
        case .production: true
        case .nonProduction: false
        case .unknown: nil
        }
    }

    public var name: String? {
        switch self {
        case .production(let n), .nonProduction(let n): n
        case .unknown: nil
        }
    }
}

/// A `resource` or `data` block.
public struct TerraformResource: Sendable {
    public enum Mode: Sendable, Hashable {
        case managed
        case data
    }

    /// How many instances `count`/`for_each` create, when known.
    public enum Existence: Sendable, Hashable {
        case single
        case multiple(Int)
        case never
        /// `count`/`for_each` depends on something unknown: zero or more instances.
        case unknownCount
    }

    public let mode: Mode
    public let type: String
    public let name: String
    public let block: HCLBlock
    public let path: String
    public let existence: Existence

    public var body: HCLBody { block.body }

    /// `aws_s3_bucket.logs` or `data.aws_iam_policy_document.p`.
    public var address: String { mode == .data ? "data.\(type).\(name)" : "\(type).\(name)" }

    /// The resource's own body as a block instance (no iterator bound; `each`/`count` stay unknown).
    public var instance: TerraformBlockInstance { TerraformBlockInstance(block: block, path: path) }

    /// Where findings about the whole resource point: `resource "type" "name"`.
    public var headerRange: SourceRange { block.headerRange }
}

/// A `module "name" { source = … }` call.
public struct TerraformModuleCall: Sendable {
    public let name: String
    public let block: HCLBlock
    public let path: String

    public var instance: TerraformBlockInstance { TerraformBlockInstance(block: block, path: path) }

    /// The literal `source`, e.g. `terraform-aws-modules/vpc/aws`.
    public var source: String? {
        guard case .template(let t)? = block.body.attribute("source")?.expression.kind else { return nil }
        return t.literalValue
    }
}

/// A `variable "name"` block.
public struct TerraformVariable: Sendable {
    public let name: String
    public let block: HCLBlock
    public let path: String
}

/// A body to read settings from, with the names bound around it: a resource, a nested block, or the `content`
/// of one `dynamic` block instance.
public struct TerraformBlockInstance: Sendable {
    public let body: HCLBody
    /// The block (for a dynamic instance: the `dynamic` block).
    public let range: SourceRange
    public let headerRange: SourceRange
    public let path: String
    public let bindings: [String: HCLValue]
    public let isDynamic: Bool
    /// The block itself, when this is a static block.
    public let block: HCLBlock?

    public init(block: HCLBlock, path: String, bindings: [String: HCLValue] = [:]) {
        self.body = block.body
        self.range = block.range
        self.headerRange = block.headerRange
        self.path = path
        self.bindings = bindings
        self.isDynamic = false
        self.block = block
    }

    public init(
        body: HCLBody, range: SourceRange, headerRange: SourceRange, path: String, bindings: [String: HCLValue],
        isDynamic: Bool
    ) {
        self.body = body
        self.range = range
        self.headerRange = headerRange
        self.path = path
        self.bindings = bindings
        self.isDynamic = isDynamic
        self.block = nil
    }
}

/// One argument of a block as rules see it: the attribute as written (nil when absent) and its value
/// (`.null` when absent, as Terraform treats an omitted optional argument).
public struct TerraformSetting: Sendable {
    public let attribute: HCLAttribute?
    public let value: HCLValue
    public let owner: TerraformBlockInstance

    public var isAbsent: Bool { attribute == nil }
    /// Absent or explicitly `null`: the provider default applies.
    public var usesDefault: Bool { value.isNull }
    public var isKnown: Bool { value.isKnown }
    public var bool: Bool? { value.bool }
    public var string: String? { value.string }
    public var number: Double? { value.number }

    /// The attribute when written, else the owning block's header: where a finding about this setting points.
    public var reportRange: SourceRange { attribute?.range ?? owner.headerRange }

    /// The expression's range when written (to point at a value), else the owner's header.
    public var valueRange: SourceRange { attribute?.expression.range ?? owner.headerRange }
}
