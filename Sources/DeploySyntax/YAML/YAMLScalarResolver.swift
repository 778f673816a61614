/// Which rules turn plain scalars into types.
public enum YAMLSchema: Sendable {
    /// YAML 1.1 as PyYAML, Ansible and older tools read it: `yes`/`no`/`on`/`off` are booleans,
    /// `0755` is octal, `1:30` is sexagesimal (90).
    case yaml11
    /// The YAML 1.2 core schema, as GitHub Actions and most current parsers read it.
    case core
}

/// A scalar after type resolution.
public enum YAMLScalarValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
}

/// Resolves plain scalars to types, honouring explicit tags. Quoted and block scalars are strings.
public enum YAMLScalarResolver {
    static let tagPrefix = "tag:yaml.org,2002:"

    public static func resolve(_ scalar: YAMLScalar, tag: String?, schema: YAMLSchema) -> YAMLScalarValue {
        let text = scalar.value
        if let tag, tag != "!" {
            switch tag {
            case tagPrefix + "str": return .string(text)
            case tagPrefix + "null": return .null
            case tagPrefix + "bool": return bool(text, schema: schema).map(YAMLScalarValue.bool) ?? .string(text)
            case tagPrefix + "int": return int(text, schema: schema).map(YAMLScalarValue.int) ?? .string(text)
            case tagPrefix + "float": return float(text, schema: schema).map(YAMLScalarValue.float) ?? .string(text)
            default: return .string(text)
            }
        }
        if tag == "!" || scalar.style != .plain { return .string(text) }
        if isNull(text) { return .null }
        if let b = bool(text, schema: schema) { return .bool(b) }
        if let i = int(text, schema: schema) { return .int(i) }
        if let f = float(text, schema: schema) { return .float(f) }
        return .string(text)
    }

    static func isNull(_ text: String) -> Bool {
        text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    static func bool(_ text: String, schema: YAMLSchema) -> Bool? {
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: break
        }
        guard schema == .yaml11 else { return nil }
        switch text {
        case "yes", "Yes", "YES", "on", "On", "ON": return true
        case "no", "No", "NO", "off", "Off", "OFF": return false
        default: return nil
        }
    }

    /// True when YAML 1.1 reads this plain scalar as a boolean but YAML 1.2 reads it as a string (`on`, `no`…).
    public static func isYAML11OnlyBoolean(_ text: String) -> Bool {
        bool(text, schema: .yaml11) != nil && bool(text, schema: .core) == nil
    }

    private static func splitSign(_ text: Substring) -> (negative: Bool, digits: Substring) {
        if let first = text.first, first == "-" || first == "+" {
            return (first == "-", text.dropFirst())
        }
        return (false, text)
    }

    private static func parseDigits(_ digits: Substring, radix: Int, allowUnderscore: Bool) -> Int? {
        guard !digits.isEmpty else { return nil }
        var value = 0
        var sawDigit = false
        for ch in digits {
            if ch == "_" && allowUnderscore { continue }
            guard let d = ch.hexDigitValue, d < radix else { return nil }
            let (m, o1) = value.multipliedReportingOverflow(by: radix)
            let (a, o2) = m.addingReportingOverflow(d)
            if o1 || o2 { return nil }
            value = a
            sawDigit = true
        }
        return sawDigit ? value : nil
    }

    static func int(_ text: String, schema: YAMLSchema) -> Int? {
        let (negative, body) = splitSign(Substring(text))
        guard !body.isEmpty else { return nil }
        let sign = negative ? -1 : 1
        switch schema {
        case .core:
            if body.hasPrefix("0o") { return parseDigits(body.dropFirst(2), radix: 8, allowUnderscore: false).map { $0 * sign } }
            if body.hasPrefix("0x") { return parseDigits(body.dropFirst(2), radix: 16, allowUnderscore: false).map { $0 * sign } }
            return parseDigits(body, radix: 10, allowUnderscore: false).map { $0 * sign }
        case .yaml11:
            if body.hasPrefix("0b") { return parseDigits(body.dropFirst(2), radix: 2, allowUnderscore: true).map { $0 * sign } }
            if body.hasPrefix("0x") { return parseDigits(body.dropFirst(2), radix: 16, allowUnderscore: true).map { $0 * sign } }
            if body.count > 1 && body.hasPrefix("0") {
                return parseDigits(body.dropFirst(), radix: 8, allowUnderscore: true).map { $0 * sign }
            }
            if body.contains(":") {
                // Sexagesimal: 1:30 is 90. Only the first part may exceed 59.
                let parts = body.split(separator: ":", omittingEmptySubsequences: false)
                guard let first = parts.first, first.first != "0" || first.count == 1 else { return nil }
                var total = 0
                for (i, part) in parts.enumerated() {
                    guard let v = parseDigits(part, radix: 10, allowUnderscore: i == 0) else { return nil }
                    if i > 0 && (v > 59 || part.count > 2) { return nil }
                    total = total * 60 + v
                }
                return total * sign
            }
            return parseDigits(body, radix: 10, allowUnderscore: true).map { $0 * sign }
        }
    }

    static func float(_ text: String, schema: YAMLSchema) -> Double? {
        let (negative, body) = splitSign(Substring(text))
        switch body {
        case ".inf", ".Inf", ".INF": return negative ? -.infinity : .infinity
        case ".nan", ".NaN", ".NAN": return text.first == "-" || text.first == "+" ? nil : .nan
        default: break
        }
        let cleaned = schema == .yaml11 ? body.filter { $0 != "_" } : String(body)
        // Needs a dot or exponent to be a float rather than an int; digits must be present.
        guard cleaned.contains(where: \.isNumber),
              cleaned.contains(".") || (schema == .core && cleaned.lowercased().contains("e")) else { return nil }
        var sawE = false
        var prev: Character = " "
        for ch in cleaned {
            switch ch {
            case "0"..."9", ".": break
            case "e", "E": if sawE { return nil }; sawE = true
            case "+", "-": if prev != "e" && prev != "E" { return nil }
            default: return nil
            }
            prev = ch
        }
        if schema == .yaml11 && sawE {
            // YAML 1.1 requires a signed exponent: 1.0e+3, not 1e3.
            guard cleaned.contains("e+") || cleaned.contains("e-") || cleaned.contains("E+") || cleaned.contains("E-") else { return nil }
        }
        guard let v = Double(cleaned) else { return nil }
        return negative ? -v : v
    }
}
