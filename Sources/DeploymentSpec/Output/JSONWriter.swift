import DeploySyntax

/// Writes a `YAMLValue` tree as JSON, keeping mapping order (comments are dropped): the resolved spec and the
/// JSON Schema are built once as ordered trees and printed as YAML or JSON from the same tree.
public enum JSONWriter {
    /// Pretty-printed with two-space indentation and a trailing newline.
    public static func render(_ value: YAMLValue) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        return out + "\n"
    }

    private static func write(_ value: YAMLValue, indent: Int, into out: inout String) {
        let pad = String(repeating: "  ", count: indent + 1)
        let closing = String(repeating: "  ", count: indent)
        switch value {
        case .string(let s), .literal(let s):
            out += quoted(s)
        case .int(let i):
            out += String(i)
        case .double(let d):
            out += d.isFinite ? (d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)) : "null"
        case .bool(let b):
            out += b ? "true" : "false"
        case .null:
            out += "null"
        case .sequence(let items, _):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += pad
                write(item.value, indent: indent + 1, into: &out)
                out += index + 1 < items.count ? ",\n" : "\n"
            }
            out += closing + "]"
        case .mapping(let entries):
            guard !entries.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (index, entry) in entries.enumerated() {
                out += pad + quoted(entry.key) + ": "
                write(entry.value, indent: indent + 1, into: &out)
                out += index + 1 < entries.count ? ",\n" : "\n"
            }
            out += closing + "}"
        }
    }

    /// A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
