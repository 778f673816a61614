/// Decides how a string is written in YAML so that it reads back as exactly that string.
///
/// A string stays plain only when no parser could take it for anything else: not a null, boolean or number under
/// YAML 1.1 or 1.2 (`yes`, `on`, `y`, `~`, `1.10`, `0755`, `1:30`, `1e3`, `.inf`), not starting with an
/// indicator (`*`, `&`, `!`, `|`, `>`, `%`, `@`, `` ` ``, `-`, `?`, `:`, `[`, `{`, `#`, quotes, `,`), without
/// `: ` or ` #` inside, without leading or trailing space, not empty, and made of printable characters only.
/// Everything else is double-quoted with escapes.
public enum YAMLScalarQuoting {
    /// The plain text when safe, otherwise a double-quoted scalar.
    public static func render(_ text: String) -> String {
        isPlainSafe(text) ? text : doubleQuoted(text)
    }

    public static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if first.properties.isWhitespace || last.properties.isWhitespace { return false }
        if indicators.contains(first) { return false }
        if text.hasPrefix("...") || text.hasSuffix(":") { return false }
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            if !isPrintable(scalar) || scalar == "\t" || scalar == "\u{FEFF}" { return false }
            if previous == ":" && scalar == " " { return false }
            if previous == " " && scalar == "#" { return false }
            previous = scalar
        }
        return !mayResolveToNonString(text)
    }

    /// True when some YAML parser could read the plain scalar as a null, boolean, number, timestamp, merge or
    /// value key. Deliberately wider than the resolvers: anything that starts like a number counts.
    static func mayResolveToNonString(_ text: String) -> Bool {
        for schema in [YAMLSchema.yaml11, .core] {
            if case .string = YAMLScalarResolver.resolve(YAMLScalar(value: text), tag: nil, schema: schema) {
                continue
            }
            return true
        }
        // YAML 1.1's boolean regexp also lists y/Y/n/N; `<<` is the merge key, `=` the value key.
        switch text {
        case "y", "Y", "n", "N", "<<", "=": return true
        default: break
        }
        let lower = text.lowercased()
        if ["null", "true", "false", "yes", "no", "on", "off", ".inf", "+.inf", "-.inf", ".nan"].contains(lower) {
            return true
        }
        // Numbers, sexagesimals, timestamps and version-like strings (`1.10`, `2024-01-01`, `+1`, `.5`).
        var scalars = text.unicodeScalars.makeIterator()
        guard var c = scalars.next() else { return true }
        if c == "+" || c == "-" {
            guard let next = scalars.next() else { return false }
            c = next
        }
        if c == "." {
            guard let next = scalars.next() else { return false }
            c = next
        }
        return ("0"..."9").contains(c)
    }

    /// `"…"` with YAML escapes for quotes, backslashes and every non-printable character.
    public static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\0": out += "\\0"
            case "\u{07}": out += "\\a"
            case "\u{08}": out += "\\b"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\u{0B}": out += "\\v"
            case "\u{0C}": out += "\\f"
            case "\r": out += "\\r"
            case "\u{1B}": out += "\\e"
            case "\u{85}": out += "\\N"
            case "\u{2028}": out += "\\L"
            case "\u{2029}": out += "\\P"
            default:
                if isPrintable(scalar) && scalar != "\u{FEFF}" {
                    out.unicodeScalars.append(scalar)
                } else if scalar.value <= 0xFF {
                    out += "\\x" + hex(scalar.value, width: 2)
                } else if scalar.value <= 0xFFFF {
                    out += "\\u" + hex(scalar.value, width: 4)
                } else {
                    out += "\\U" + hex(scalar.value, width: 8)
                }
            }
        }
        return out + "\""
    }

    /// True when a `|` / `|-` block literal reproduces `text` exactly: printable, no carriage returns, no
    /// trailing spaces or whitespace-only lines, first content line not indented, at most one final newline.
    public static func fitsBlockLiteral(_ text: String) -> Bool {
        guard !text.isEmpty, !text.hasSuffix("\n\n") else { return false }
        for scalar in text.unicodeScalars where scalar != "\n" {
            if !isPrintable(scalar) || scalar == "\r" || scalar == "\u{FEFF}" { return false }
        }
        var body = Substring(text)
        if body.hasSuffix("\n") { body.removeLast() }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        guard let firstContent = lines.first(where: { !$0.isEmpty }) else { return false }
        if firstContent.first == " " || firstContent.first == "\t" { return false }
        for line in lines where !line.isEmpty {
            if line.last == " " || line.last == "\t" { return false }
        }
        return true
    }

    /// YAML's printable set (`c-printable`) minus the line breaks, which are handled by the caller.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: return true
        case 0x20...0x7E: return true
        case 0xA0...0xD7FF: return scalar.value != 0x2028 && scalar.value != 0x2029
        case 0xE000...0xFFFD: return true
        case 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    private static let indicators: Set<Unicode.Scalar> = [
        "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", "~",
    ]

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
