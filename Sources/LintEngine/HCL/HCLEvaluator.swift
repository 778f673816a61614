/// Evaluates HCL expressions as far as static analysis allows: literals, operators, conditionals, templates,
/// `for` expressions, `var.*` and `local.*`, bound names (`each`, `count`, dynamic-block iterators) and the
/// pure built-in functions rules meet in practice (`jsonencode`, `merge`, `lookup`, `try`, `coalesce`…).
///
/// Anything else (resource attributes, data sources, `file()`, unknown functions) is `.unknown`. Internally a
/// failed evaluation (an attribute missing from a known object) is `nil`, so `try()` and `can()` behave.
public struct HCLEvaluator {
    /// `var.<name>` values (the defaults of `variable` blocks).
    public var variables: [String: HCLValue]
    /// `local.<name>` values already computed.
    public var locals: [String: HCLValue]
    /// Names bound in scope: `each`, `count`, iterator names, `for` variables.
    public var bindings: [String: HCLValue]
    /// Computes a local on demand (used while the module computes its locals).
    var localLookup: ((String) -> HCLValue)?
    /// Substituted for unknown interpolations by `renderTemplate(_:unknownMarker:)`.
    var unknownMarker: String?
    private var depth = 0

    public init(variables: [String: HCLValue] = [:], locals: [String: HCLValue] = [:], bindings: [String: HCLValue] = [:]) {
        self.variables = variables
        self.locals = locals
        self.bindings = bindings
    }

    /// The value of `expression`, `.unknown` when it cannot be known statically.
    public func evaluate(_ expression: HCLExpression) -> HCLValue {
        var copy = self
        return copy.eval(expression) ?? .unknown
    }

    /// Renders a template to text, writing `marker` wherever an interpolation is unknown; nil when a directive's
    /// condition or collection is unknown. Used to read JSON heredocs that interpolate a few references.
    public func renderTemplate(_ expression: HCLExpression, unknownMarker marker: String) -> String? {
        var copy = self
        copy.unknownMarker = marker
        guard case .template(let t) = expression.kind else { return copy.eval(expression)?.string }
        if let sole = t.soleInterpolation {
            let v = copy.eval(sole) ?? .unknown
            if case .unknown = v { return marker }
            return v.string
        }
        return copy.renderParts(t.parts)
    }

    // MARK: - Core

    mutating func eval(_ e: HCLExpression) -> HCLValue? {
        depth += 1
        defer { depth -= 1 }
        if depth > 64 { return .unknown }
        switch e.kind {
        case .number(let d): return .number(d)
        case .bool(let b): return .bool(b)
        case .null: return .null
        case .template(let t):
            if let sole = t.soleInterpolation { return eval(sole) }
            if let text = renderParts(t.parts) { return .string(text) }
            return .unknown
        case .parenthesized(let inner):
            return eval(inner)
        case .traversal(let root, _, let steps):
            return evalTraversal(root: root, steps: steps)
        case .relativeTraversal(let source, let steps):
            guard let base = eval(source) else { return nil }
            return apply(steps[...], to: base)
        case .splat(let source, let steps, _):
            guard let base = eval(source) else { return nil }
            switch base {
            case .unknown: return .unknown
            case .null: return .tuple([])
            case .tuple(let items):
                var out: [HCLValue] = []
                for item in items {
                    guard let v = apply(steps[...], to: item) else { return nil }
                    out.append(v)
                }
                return .tuple(out)
            default:
                guard let v = apply(steps[...], to: base) else { return nil }
                return .tuple([v])
            }
        case .functionCall(let name, _, let args, let expands):
            return call(name, args, expands: expands)
        case .tuple(let items):
            var out: [HCLValue] = []
            out.reserveCapacity(items.count)
            for item in items {
                guard let v = eval(item) else { return nil }
                out.append(v)
            }
            return .tuple(out)
        case .object(let items):
            var dict: [String: HCLValue] = [:]
            for item in items {
                let key: String
                if let literal = item.literalKey {
                    key = literal
                } else {
                    guard let k = eval(item.key) else { return nil }
                    guard let s = k.string else { return .unknown }
                    key = s
                }
                guard let v = eval(item.value) else { return nil }
                dict[key] = v
            }
            return .object(dict)
        case .unary(let op, let operand):
            guard let v = eval(operand) else { return nil }
            if case .unknown = v { return .unknown }
            switch op {
            case .not:
                guard let b = v.bool else { return nil }
                return .bool(!b)
            case .negate:
                guard let d = v.number else { return nil }
                return .number(-d)
            }
        case .binary(let op, let lhs, let rhs):
            return evalBinary(op, lhs, rhs)
        case .conditional(let c, let t, let f):
            guard let cond = eval(c) else { return nil }
            if case .unknown = cond {
                // Both branches equal and known: the condition does not matter.
                let a = eval(t) ?? .unknown
                let b = eval(f) ?? .unknown
                return a.isWhollyKnown && a == b ? a : .unknown
            }
            guard let flag = cond.bool else { return nil }
            return eval(flag ? t : f)
        case .forExpression(let f):
            return evalFor(f)
        }
    }

    private mutating func evalTraversal(root: String, steps: [HCLTraversalStep]) -> HCLValue? {
        switch root {
        case "var":
            guard let first = steps.first, case .attribute(let name, _) = first else { return .unknown }
            guard let value = variables[name] else { return .unknown }
            return apply(steps.dropFirst(), to: value)
        case "local":
            guard let first = steps.first, case .attribute(let name, _) = first else { return .unknown }
            let value: HCLValue
            if let known = locals[name] {
                value = known
            } else if let lookup = localLookup {
                value = lookup(name)
            } else {
                return .unknown
            }
            return apply(steps.dropFirst(), to: value)
        default:
            if let bound = bindings[root] { return apply(steps[...], to: bound) }
            return .unknown
        }
    }

    private mutating func apply(_ steps: ArraySlice<HCLTraversalStep>, to start: HCLValue) -> HCLValue? {
        var value = start
        for step in steps {
            if case .unknown = value { return .unknown }
            switch step {
            case .attribute(let name, _):
                switch value {
                case .object(let dict):
                    guard let v = dict[name] else { return nil }
                    value = v
                default:
                    return nil
                }
            case .legacyIndex(let k, _):
                guard let next = index(value, .number(Double(k))) else { return nil }
                value = next
            case .index(let expr, _):
                guard let key = eval(expr) else { return nil }
                guard let next = index(value, key) else { return nil }
                value = next
            }
        }
        return value
    }

    private func index(_ collection: HCLValue, _ key: HCLValue) -> HCLValue? {
        if case .unknown = key { return .unknown }
        switch collection {
        case .unknown: return .unknown
        case .tuple(let items):
            guard let k = key.int, k >= 0, k < items.count else { return nil }
            return items[k]
        case .object(let dict):
            guard let k = key.string else { return nil }
            return dict[k]
        default:
            return nil
        }
    }

    private mutating func evalBinary(_ op: HCLBinaryOperator, _ lhs: HCLExpression, _ rhs: HCLExpression) -> HCLValue? {
        guard let l = eval(lhs) else { return nil }
        switch op {
        case .and:
            if l.bool == false { return .bool(false) }
            guard let r = eval(rhs) else { return nil }
            if r.bool == false { return .bool(false) }
            if case .unknown = l { return .unknown }
            if case .unknown = r { return .unknown }
            guard let a = l.bool, let b = r.bool else { return nil }
            return .bool(a && b)
        case .or:
            if l.bool == true { return .bool(true) }
            guard let r = eval(rhs) else { return nil }
            if r.bool == true { return .bool(true) }
            if case .unknown = l { return .unknown }
            if case .unknown = r { return .unknown }
            guard let a = l.bool, let b = r.bool else { return nil }
            return .bool(a || b)
        default:
            break
        }
        guard let r = eval(rhs) else { return nil }
        switch op {
        case .equal, .notEqual:
            guard l.isWhollyKnown && r.isWhollyKnown else { return .unknown }
            let same = HCLEvaluator.equal(l, r)
            return .bool(op == .equal ? same : !same)
        default:
            break
        }
        if case .unknown = l { return .unknown }
        if case .unknown = r { return .unknown }
        guard let a = l.number, let b = r.number else { return nil }
        switch op {
        case .add: return .number(a + b)
        case .subtract: return .number(a - b)
        case .multiply: return .number(a * b)
        case .divide: return b == 0 ? nil : .number(a / b)
        case .modulo: return b == 0 ? nil : .number(a.truncatingRemainder(dividingBy: b))
        case .less: return .bool(a < b)
        case .lessOrEqual: return .bool(a <= b)
        case .greater: return .bool(a > b)
        case .greaterOrEqual: return .bool(a >= b)
        default: return nil
        }
    }

    /// Terraform equality: numbers by value, strings by text, collections element-wise.
    static func equal(_ a: HCLValue, _ b: HCLValue) -> Bool {
        switch (a, b) {
        case (.number(let x), .number(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.null, .null): return true
        case (.tuple(let x), .tuple(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        case (.object(let x), .object(let y)):
            return x.count == y.count && x.allSatisfy { k, v in y[k].map { equal(v, $0) } ?? false }
        default:
            return false
        }
    }

    private mutating func evalFor(_ f: HCLForExpression) -> HCLValue? {
        guard let coll = eval(f.collection) else { return nil }
        var pairs: [(HCLValue, HCLValue)] = []
        switch coll {
        case .unknown: return .unknown
        case .null: return nil
        case .tuple(let items):
            for (k, v) in items.enumerated() { pairs.append((.number(Double(k)), v)) }
        case .object(let dict):
            for k in dict.keys.sorted() { pairs.append((.string(k), dict[k]!)) }
        default:
            return nil
        }
        let saved = bindings
        defer { bindings = saved }
        var tupleOut: [HCLValue] = []
        var objectOut: [String: HCLValue] = [:]
        var groups: [String: [HCLValue]] = [:]
        for (key, value) in pairs {
            if let kv = f.keyVariable { bindings[kv] = key }
            bindings[f.valueVariable] = value
            if let cond = f.condition {
                guard let c = eval(cond) else { return nil }
                if case .unknown = c { return .unknown }
                guard let flag = c.bool else { return nil }
                if !flag { continue }
            }
            guard let v = eval(f.valueExpression) else { return nil }
            if let keyExpr = f.keyExpression {
                guard let k = eval(keyExpr) else { return nil }
                guard let ks = k.string else { return .unknown }
                if f.grouping {
                    groups[ks, default: []].append(v)
                } else {
                    if objectOut[ks] != nil { return nil }  // duplicate key without `...`
                    objectOut[ks] = v
                }
            } else {
                tupleOut.append(v)
            }
        }
        if f.isObject {
            if f.grouping { return .object(groups.mapValues { .tuple($0) }) }
            return .object(objectOut)
        }
        return .tuple(tupleOut)
    }

    // MARK: - Templates

    private mutating func renderParts(_ parts: [HCLTemplatePart]) -> String? {
        var out = ""
        for part in parts {
            switch part {
            case .literal(let s, _):
                out += s
            case .interpolation(let e, _):
                let v = eval(e) ?? .unknown
                if let s = v.string {
                    out += s
                } else if let marker = unknownMarker {
                    out += marker
                } else {
                    return nil
                }
            case .conditional(let c, let t, let f, _):
                guard let cond = eval(c)?.bool else { return nil }
                guard let s = renderParts(cond ? t : f) else { return nil }
                out += s
            case .loop(let keyVar, let valueVar, let collExpr, let body, _):
                guard let coll = eval(collExpr) else { return nil }
                let saved = bindings
                defer { bindings = saved }
                switch coll {
                case .tuple(let items):
                    for (k, v) in items.enumerated() {
                        if let keyVar { bindings[keyVar] = .number(Double(k)) }
                        bindings[valueVar] = v
                        guard let s = renderParts(body) else { return nil }
                        out += s
                    }
                case .object(let dict):
                    for k in dict.keys.sorted() {
                        if let keyVar { bindings[keyVar] = .string(k) }
                        bindings[valueVar] = dict[k]!
                        guard let s = renderParts(body) else { return nil }
                        out += s
                    }
                default:
                    return nil
                }
            }
        }
        return out
    }

    // MARK: - Functions

    private mutating func call(_ rawName: String, _ args: [HCLExpression], expands: Bool) -> HCLValue? {
        let name = rawName.hasPrefix("core::") ? String(rawName.dropFirst(6)) : rawName
        // Lazily evaluated functions first.
        switch name {
        case "try":
            for arg in args {
                guard let v = eval(arg) else { continue }
                return v
            }
            return nil
        case "can":
            guard let arg = args.first else { return nil }
            guard let v = eval(arg) else { return .bool(false) }
            return v.isKnown ? .bool(true) : .unknown
        default:
            break
        }
        var values: [HCLValue] = []
        values.reserveCapacity(args.count)
        for arg in args {
            guard let v = eval(arg) else { return nil }
            values.append(v)
        }
        if expands {
            guard let last = values.popLast() else { return nil }
            guard let items = last.tuple else { return last.isKnown ? nil : .unknown }
            values += items
        }
        return HCLFunctions.call(name, values)
    }
}
