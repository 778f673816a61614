import Foundation

/// The result of evaluating an expression as far as a linter can without running Terraform.
///
/// `unknown` covers everything that depends on the real world (resource attributes, data sources, variables
/// without defaults, unsupported functions): rules treat it as "cannot tell" and never guess.
public enum HCLValue: Sendable, Hashable {
    case unknown
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case tuple([HCLValue])
    /// Terraform iterates maps in lexical key order; use `sortedKeys` when order matters.
    case object([String: HCLValue])

    public var isKnown: Bool {
        if case .unknown = self { return false }
        return true
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// True when the value and everything inside it is known.
    public var isWhollyKnown: Bool {
        switch self {
        case .unknown: false
        case .tuple(let items): items.allSatisfy(\.isWhollyKnown)
        case .object(let dict): dict.values.allSatisfy(\.isWhollyKnown)
        default: true
        }
    }

    public var bool: Bool? {
        switch self {
        case .bool(let b): b
        case .string(let s): s == "true" ? true : (s == "false" ? false : nil)
        default: nil
        }
    }

    public var number: Double? {
        switch self {
        case .number(let d): d
        case .string(let s): Double(s.trimmingCharacters(in: .whitespaces))
        default: nil
        }
    }

    public var int: Int? {
        guard let d = number, d.isFinite, d == d.rounded(), abs(d) < 1e15 else { return nil }
        return Int(d)
    }

    /// The string form Terraform would use for a primitive (numbers without a trailing `.0`).
    public var string: String? {
        switch self {
        case .string(let s): s
        case .number(let d): HCLValue.format(d)
        case .bool(let b): b ? "true" : "false"
        default: nil
        }
    }

    public var tuple: [HCLValue]? {
        if case .tuple(let items) = self { return items }
        return nil
    }

    public var object: [String: HCLValue]? {
        if case .object(let dict) = self { return dict }
        return nil
    }

    public subscript(key: String) -> HCLValue? {
        object?[key]
    }

    public var sortedKeys: [String] {
        object?.keys.sorted() ?? []
    }

    static func format(_ d: Double) -> String {
        if d.isFinite && d == d.rounded() && abs(d) < 1e15 { return String(Int(d)) }
        return String(d)
    }

    /// A short human rendering for messages: `"gp2"`, `7`, `true`, `null`, `[…]`, `{…}`, `(unknown)`.
    public var displayString: String {
        switch self {
        case .unknown: "(unknown)"
        case .null: "null"
        case .bool(let b): b ? "true" : "false"
        case .number(let d): HCLValue.format(d)
        case .string(let s): "\"\(s)\""
        case .tuple: "[…]"
        case .object: "{…}"
        }
    }
}

// MARK: - JSON

extension HCLValue {
    /// Parses JSON text (a policy document, container definitions) with Foundation's `JSONSerialization`.
    /// Strings equal to or containing `unknownMarker` become `.unknown` (an interpolation we could not evaluate).
    public static func fromJSON(_ text: String, unknownMarker: String? = nil) -> HCLValue? {
        guard let data = text.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return nil }
        return fromJSONObject(object, unknownMarker: unknownMarker)
    }

    static func fromJSONObject(_ object: Any, unknownMarker: String?) -> HCLValue {
        switch object {
        case is NSNull:
            return .null
        case let s as String:
            if let marker = unknownMarker, s.contains(marker) { return .unknown }
            return .string(s)
        case let n as NSNumber:
            // Booleans come back as NSNumber too; their Objective-C type is `c` (char) on every platform.
            if String(cString: n.objCType) == "c" { return .bool(n.boolValue) }
            return .number(n.doubleValue)
        case let a as [Any]:
            return .tuple(a.map { fromJSONObject($0, unknownMarker: unknownMarker) })
        case let d as [String: Any]:
            var out: [String: HCLValue] = [:]
            for (k, v) in d { out[k] = fromJSONObject(v, unknownMarker: unknownMarker) }
            return .object(out)
        default:
            return .unknown
        }
    }

    /// `jsonencode` for wholly known values (keys sorted, as Terraform does); nil when something is unknown.
    public var jsonText: String? {
        var out = ""
        return appendJSON(to: &out) ? out : nil
    }

    private func appendJSON(to out: inout String) -> Bool {
        switch self {
        case .unknown:
            return false
        case .null:
            out += "null"
        case .bool(let b):
            out += b ? "true" : "false"
        case .number(let d):
            out += HCLValue.format(d)
        case .string(let s):
            HCLValue.appendJSONString(s, to: &out)
        case .tuple(let items):
            out += "["
            for (k, item) in items.enumerated() {
                if k > 0 { out += "," }
                if !item.appendJSON(to: &out) { return false }
            }
            out += "]"
        case .object(let dict):
            out += "{"
            for (k, key) in dict.keys.sorted().enumerated() {
                if k > 0 { out += "," }
                HCLValue.appendJSONString(key, to: &out)
                out += ":"
                if !(dict[key] ?? .null).appendJSON(to: &out) { return false }
            }
            out += "}"
        }
        return true
    }

    private static func appendJSONString(_ s: String, to out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            default:
                if u.value < 0x20 {
                    out += "\\u" + String(repeating: "0", count: 4 - String(u.value, radix: 16).count) + String(u.value, radix: 16)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}
