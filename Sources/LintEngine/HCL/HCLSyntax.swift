import DeploySyntax

/// One parsed HCL2 native-syntax file (`*.tf`, `*.tofu`, `*.hcl`): its body, its comments and its parse problems.
///
/// Every node keeps its `SourceRange`. Comments are kept aside (not in the tree) so the suppression scanner can
/// read `# specql-deploy ignore=…`, `// …` and `/* … */` without re-lexing.
public struct HCLFile: Sendable {
    public let source: SourceFile
    public var body: HCLBody
    public var comments: [HCLComment]
    /// Problems met while parsing (code `hcl-syntax`); a broken top-level block is dropped and parsing resumes.
    public var diagnostics: [Diagnostic]

    public init(source: SourceFile, body: HCLBody, comments: [HCLComment] = [], diagnostics: [Diagnostic] = []) {
        self.source = source
        self.body = body
        self.comments = comments
        self.diagnostics = diagnostics
    }
}

/// A comment with its delimiters: `# …`, `// …` or `/* … */`.
public struct HCLComment: Sendable, Hashable {
    public enum Style: Sendable, Hashable {
        case hash
        case doubleSlash
        case block
    }

    public var style: Style
    public var range: SourceRange
    /// The text between the delimiters (for `/* */` without them; for line comments without the leading marker).
    public var content: String

    public init(style: Style, range: SourceRange, content: String) {
        self.style = style
        self.range = range
        self.content = content
    }
}

/// The inside of a file or a block: arguments (`name = expr`) and nested blocks, each in source order.
public struct HCLBody: Sendable {
    public var attributes: [HCLAttribute]
    public var blocks: [HCLBlock]
    public var range: SourceRange

    public init(attributes: [HCLAttribute] = [], blocks: [HCLBlock] = [], range: SourceRange) {
        self.attributes = attributes
        self.blocks = blocks
        self.range = range
    }

    /// The argument with this name, if any (HCL forbids duplicates; the first one wins here).
    public func attribute(_ name: String) -> HCLAttribute? {
        for attribute in attributes where attribute.name == name { return attribute }
        return nil
    }

    /// The nested blocks of one type, in source order.
    public func blocks(_ type: String) -> [HCLBlock] {
        blocks.filter { $0.type == type }
    }

    /// The first nested block of one type.
    public func block(_ type: String) -> HCLBlock? {
        for block in blocks where block.type == type { return block }
        return nil
    }
}

/// `name = expression`.
public struct HCLAttribute: Sendable {
    public var name: String
    public var nameRange: SourceRange
    public var expression: HCLExpression
    /// From the name to the end of the expression.
    public var range: SourceRange

    public init(name: String, nameRange: SourceRange, expression: HCLExpression, range: SourceRange) {
        self.name = name
        self.nameRange = nameRange
        self.expression = expression
        self.range = range
    }
}

/// `type "label" label { body }`.
public struct HCLBlock: Sendable {
    public var type: String
    public var typeRange: SourceRange
    public var labels: [HCLLabel]
    public var body: HCLBody
    /// From the type to the closing brace.
    public var range: SourceRange

    public init(type: String, typeRange: SourceRange, labels: [HCLLabel], body: HCLBody, range: SourceRange) {
        self.type = type
        self.typeRange = typeRange
        self.labels = labels
        self.body = body
        self.range = range
    }

    /// The type and labels (`resource "aws_s3_bucket" "logs"`): where findings about a whole block point.
    public var headerRange: SourceRange {
        guard let last = labels.last else { return typeRange }
        return typeRange.union(last.range)
    }
}

/// A block label, quoted (`"aws_s3_bucket"`) or bare (`aws_s3_bucket`).
public struct HCLLabel: Sendable, Hashable {
    public var value: String
    public var range: SourceRange
    public var isQuoted: Bool

    public init(value: String, range: SourceRange, isQuoted: Bool) {
        self.value = value
        self.range = range
        self.isQuoted = isQuoted
    }
}

public enum HCLUnaryOperator: String, Sendable, Hashable {
    case not = "!"
    case negate = "-"
}

public enum HCLBinaryOperator: String, Sendable, Hashable {
    case or = "||"
    case and = "&&"
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case modulo = "%"

    /// HCL precedence, higher binds tighter: `||` 1, `&&` 2, `== !=` 3, `< <= > >=` 4, `+ -` 5, `* / %` 6.
    public var precedence: Int {
        switch self {
        case .or: 1
        case .and: 2
        case .equal, .notEqual: 3
        case .less, .lessOrEqual, .greater, .greaterOrEqual: 4
        case .add, .subtract: 5
        case .multiply, .divide, .modulo: 6
        }
    }
}

/// One step of a traversal: `.name`, `[expr]` or the legacy `.0` index.
public enum HCLTraversalStep: Sendable {
    case attribute(String, SourceRange)
    case index(HCLExpression, SourceRange)
    case legacyIndex(Int, SourceRange)

    public var range: SourceRange {
        switch self {
        case .attribute(_, let r), .index(_, let r), .legacyIndex(_, let r): r
        }
    }

    /// The attribute name, for `.name` steps.
    public var attributeName: String? {
        if case .attribute(let name, _) = self { return name }
        return nil
    }
}

/// An item of an object constructor: `key = value` or `key: value`.
public struct HCLObjectItem: Sendable {
    public var key: HCLExpression
    public var value: HCLExpression

    public init(key: HCLExpression, value: HCLExpression) {
        self.key = key
        self.value = value
    }

    /// The key as written when it is a bare identifier or a literal string (`name`, `"Name"`); nil for computed keys.
    public var literalKey: String? {
        switch key.kind {
        case .traversal(let root, _, let steps) where steps.isEmpty: return root
        case .template(let t): return t.literalValue
        default: return nil
        }
    }
}

/// `for k, v in collection : …` in a tuple (`[ … ]`) or an object (`{ … => … }`).
public struct HCLForExpression: Sendable {
    public var keyVariable: String?
    public var valueVariable: String
    public var collection: HCLExpression
    /// Only for object `for` expressions: the key before `=>`.
    public var keyExpression: HCLExpression?
    public var valueExpression: HCLExpression
    /// `...` after the value: group values with the same key.
    public var grouping: Bool
    public var condition: HCLExpression?
    public var isObject: Bool

    public init(
        keyVariable: String?, valueVariable: String, collection: HCLExpression, keyExpression: HCLExpression?,
        valueExpression: HCLExpression, grouping: Bool, condition: HCLExpression?, isObject: Bool
    ) {
        self.keyVariable = keyVariable
        self.valueVariable = valueVariable
        self.collection = collection
        self.keyExpression = keyExpression
        self.valueExpression = valueExpression
        self.grouping = grouping
        self.condition = condition
        self.isObject = isObject
    }
}

/// A string template: a quoted string or a heredoc, made of literal text, `${…}` interpolations and
/// `%{if}` / `%{for}` directives.
public struct HCLTemplate: Sendable {
    public enum Style: Sendable, Hashable {
        case quoted
        /// `<<MARKER` or, when `indented`, `<<-MARKER`.
        case heredoc(marker: String, indented: Bool)
    }

    public var style: Style
    public var parts: [HCLTemplatePart]

    public init(style: Style, parts: [HCLTemplatePart]) {
        self.style = style
        self.parts = parts
    }

    /// The text when the template has no interpolation or directive (`"us-east-1"`), nil otherwise.
    public var literalValue: String? {
        if parts.isEmpty { return "" }
        if parts.count == 1, case .literal(let s, _) = parts[0] { return s }
        var out = ""
        for part in parts {
            guard case .literal(let s, _) = part else { return nil }
            out += s
        }
        return out
    }

    /// `"${expr}"` alone: HCL yields the value of `expr` itself, not its string form.
    public var soleInterpolation: HCLExpression? {
        if parts.count == 1, case .interpolation(let e, _) = parts[0] { return e }
        return nil
    }
}

public enum HCLTemplatePart: Sendable {
    /// Literal text with escapes (`\n`, `$${`, `%%{`) already decoded.
    case literal(String, SourceRange)
    /// `${ expr }`; the range covers the delimiters.
    case interpolation(HCLExpression, SourceRange)
    /// `%{ if cond }…%{ else }…%{ endif }`.
    case conditional(condition: HCLExpression, then: [HCLTemplatePart], else: [HCLTemplatePart], range: SourceRange)
    /// `%{ for k, v in coll }…%{ endfor }`.
    case loop(keyVariable: String?, valueVariable: String, collection: HCLExpression, body: [HCLTemplatePart], range: SourceRange)
}

/// An expression node. A class so large trees share nodes cheaply; every node is immutable and positioned.
public final class HCLExpression: Sendable {
    public enum Kind: Sendable {
        case number(Double)
        case bool(Bool)
        case null
        case template(HCLTemplate)
        /// A reference rooted at a name: `var.x`, `local.y`, `aws_s3_bucket.b.id`, `each.value`, `count.index`,
        /// `data.aws_iam_policy_document.p.json`, `module.m.out`; `steps` may hold `[index]` steps.
        case traversal(root: String, rootRange: SourceRange, steps: [HCLTraversalStep])
        /// A traversal applied to a computed value: `func(x).a[0]`, `(expr).name`.
        case relativeTraversal(source: HCLExpression, steps: [HCLTraversalStep])
        /// `source[*].a.b` (full) or `source.*.a` (attribute-only, legacy).
        case splat(source: HCLExpression, steps: [HCLTraversalStep], full: Bool)
        /// `name(args...)`; `name` may be namespaced (`provider::aws::arn_parse`); `expandsFinal` for `f(xs...)`.
        case functionCall(name: String, nameRange: SourceRange, arguments: [HCLExpression], expandsFinal: Bool)
        case tuple([HCLExpression])
        case object([HCLObjectItem])
        case unary(HCLUnaryOperator, HCLExpression)
        case binary(HCLBinaryOperator, HCLExpression, HCLExpression)
        case conditional(HCLExpression, HCLExpression, HCLExpression)
        case forExpression(HCLForExpression)
        case parenthesized(HCLExpression)
    }

    public let kind: Kind
    public let range: SourceRange

    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// For `var.x`, `local.y` and other plain references: the root and the attribute names, stopping at the first
    /// non-attribute step (`aws_s3_bucket.b[0].id` gives `["aws_s3_bucket", "b"]` plus nothing after the index).
    public var referencePath: [String]? {
        guard case .traversal(let root, _, let steps) = kind else { return nil }
        var path = [root]
        for step in steps {
            guard case .attribute(let name, _) = step else { break }
            path.append(name)
        }
        return path
    }

    /// Every name-rooted traversal inside this expression (depth-first, source order).
    public var traversals: [HCLExpression] {
        var out: [HCLExpression] = []
        collectTraversals(into: &out)
        return out
    }

    private func collectTraversals(into out: inout [HCLExpression]) {
        switch kind {
        case .number, .bool, .null:
            return
        case .template(let t):
            HCLExpression.collect(parts: t.parts, into: &out)
        case .traversal(_, _, let steps):
            out.append(self)
            for case .index(let e, _) in steps { e.collectTraversals(into: &out) }
        case .relativeTraversal(let source, let steps), .splat(let source, let steps, _):
            source.collectTraversals(into: &out)
            for case .index(let e, _) in steps { e.collectTraversals(into: &out) }
        case .functionCall(_, _, let args, _):
            for a in args { a.collectTraversals(into: &out) }
        case .tuple(let items):
            for a in items { a.collectTraversals(into: &out) }
        case .object(let items):
            for item in items {
                item.key.collectTraversals(into: &out)
                item.value.collectTraversals(into: &out)
            }
        case .unary(_, let e), .parenthesized(let e):
            e.collectTraversals(into: &out)
        case .binary(_, let l, let r):
            l.collectTraversals(into: &out)
            r.collectTraversals(into: &out)
        case .conditional(let c, let t, let f):
            c.collectTraversals(into: &out)
            t.collectTraversals(into: &out)
            f.collectTraversals(into: &out)
        case .forExpression(let f):
            f.collection.collectTraversals(into: &out)
            f.keyExpression?.collectTraversals(into: &out)
            f.valueExpression.collectTraversals(into: &out)
            f.condition?.collectTraversals(into: &out)
        }
    }

    private static func collect(parts: [HCLTemplatePart], into out: inout [HCLExpression]) {
        for part in parts {
            switch part {
            case .literal:
                continue
            case .interpolation(let e, _):
                e.collectTraversals(into: &out)
            case .conditional(let c, let t, let f, _):
                c.collectTraversals(into: &out)
                collect(parts: t, into: &out)
                collect(parts: f, into: &out)
            case .loop(_, _, let coll, let body, _):
                coll.collectTraversals(into: &out)
                collect(parts: body, into: &out)
            }
        }
    }

    /// The function name when this is a call (`jsonencode`), nil otherwise.
    public var functionName: String? {
        if case .functionCall(let name, _, _, _) = kind { return name }
        return nil
    }

    /// Strips redundant parentheses.
    public var unparenthesized: HCLExpression {
        var e = self
        while case .parenthesized(let inner) = e.kind { e = inner }
        return e
    }
}
