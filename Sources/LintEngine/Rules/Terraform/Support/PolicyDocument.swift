import DeploySyntax

/// An IAM or resource policy statement, read from `jsonencode({...})`, a JSON string or heredoc, or a
/// `data "aws_iam_policy_document"` `statement` block. Values that could not be evaluated are `.unknown`.
struct PolicyStatement {
    /// `Allow` unless the statement says otherwise (an unknown effect is nil).
    let effect: String?
    let actions: HCLValue
    let notActions: HCLValue
    let resources: HCLValue
    /// The principal as JSON would have it: `"*"`, `{"AWS": "*"}`, `{"Service": [...]}`.
    let principal: HCLValue
    let hasCondition: Bool
    /// Where to point: the statement block for data sources, the policy attribute for JSON documents.
    let range: SourceRange
    let path: String

    var isAllow: Bool { effect == "Allow" }

    /// True when `value` (a string or a list) holds `*` literally.
    static func containsWildcard(_ value: HCLValue, also extra: Set<String> = []) -> Bool {
        let items = value.tuple ?? [value]
        return items.contains { item in
            guard let s = item.string else { return false }
            return s == "*" || extra.contains(s)
        }
    }

    /// Principal `*` or `{"AWS": "*"}` (or a list containing `*`): anyone, including anonymous callers.
    var allowsAnyPrincipal: Bool {
        if PolicyStatement.containsWildcard(principal) { return true }
        if let aws = principal["AWS"], PolicyStatement.containsWildcard(aws) { return true }
        return false
    }

    /// All statements of a policy-valued attribute (`policy = …`); empty when the document cannot be read or
    /// comes from a data source (whose statements are read from the data source itself).
    static func statements(of setting: TerraformSetting, in module: TerraformModule) -> [PolicyStatement] {
        guard let attribute = setting.attribute else { return [] }
        guard let document = document(attribute.expression, module: module, bindings: setting.owner.bindings) else { return [] }
        return fromJSON(document, range: attribute.range, path: setting.owner.path)
    }

    /// The JSON document an expression builds, as a value with unknown leaves.
    static func document(_ expression: HCLExpression, module: TerraformModule, bindings: [String: HCLValue]) -> HCLValue? {
        let e = expression.unparenthesized
        switch e.kind {
        case .functionCall(let name, _, let args, _) where name == "jsonencode" && args.count == 1:
            return module.evaluate(args[0], bindings: bindings)
        case .template:
            // Printable (JSON forbids raw control characters in strings) and unlikely in real documents.
            let marker = "__specql_deploy_unknown__"
            guard let text = module.evaluator(bindings: bindings).renderTemplate(e, unknownMarker: marker) else { return nil }
            return HCLValue.fromJSON(text, unknownMarker: marker)
        case .traversal(let root, _, let steps) where root == "local" && !steps.isEmpty:
            guard case .attribute(let name, _) = steps[0], steps.count == 1,
                  let local = module.localExpressions[name] else { return nil }
            return document(local, module: module, bindings: [:])
        default:
            let v = module.evaluate(e, bindings: bindings)
            if let s = v.string { return HCLValue.fromJSON(s) }
            return nil
        }
    }

    static func fromJSON(_ document: HCLValue, range: SourceRange, path: String) -> [PolicyStatement] {
        guard let object = document.object else { return [] }
        let raw = object["Statement"] ?? .null
        let list: [HCLValue] = raw.tuple ?? (raw.object != nil ? [raw] : [])
        return list.compactMap { s in
            guard let o = s.object else { return nil }
            let effect: String? = o["Effect"].map { $0.string ?? "" } ?? "Allow"
            return PolicyStatement(
                effect: effect?.isEmpty == true ? nil : effect,
                actions: o["Action"] ?? .null, notActions: o["NotAction"] ?? .null,
                resources: o["Resource"] ?? .null, principal: o["Principal"] ?? .null,
                hasCondition: o["Condition"].map { !$0.isNull } ?? false, range: range, path: path)
        }
    }

    /// The `statement` blocks of a `data "aws_iam_policy_document"`.
    static func statements(ofDocument data: TerraformResource, in module: TerraformModule) -> [PolicyStatement] {
        module.blocks("statement", in: data).map { block in
            let effect = module.setting("effect", in: block)
            var principal: HCLValue = .null
            var principalObject: [String: HCLValue] = [:]
            for p in module.blocks("principals", in: block) {
                let type = module.setting("type", in: p).string ?? ""
                principalObject[type] = module.setting("identifiers", in: p).value
            }
            if !principalObject.isEmpty { principal = .object(principalObject) }
            if principalObject.count == 1, let star = principalObject["*"] { principal = star }
            return PolicyStatement(
                effect: effect.isAbsent ? "Allow" : effect.string,
                actions: module.setting("actions", in: block).value,
                notActions: module.setting("not_actions", in: block).value,
                resources: module.setting("resources", in: block).value,
                principal: principal,
                hasCondition: !module.blocks("condition", in: block).isEmpty,
                range: block.headerRange, path: block.path)
        }
    }
}
