/// A `.env` file: commented `KEY=value` lines in sections, as Docker Compose reads them.
public struct DotenvDocument: Sendable, Hashable {
    public struct Variable: Sendable, Hashable {
        public var name: String
        public var value: String
        public var comment: String?

        public init(_ name: String, _ value: String, comment: String? = nil) {
            self.name = name
            self.value = value
            self.comment = comment
        }
    }

    public struct Section: Sendable, Hashable {
        public var title: String
        public var variables: [Variable]

        public init(_ title: String, _ variables: [Variable]) {
            self.title = title
            self.variables = variables
        }
    }

    public var header: [String]
    public var sections: [Section]

    public init(header: [String], sections: [Section]) {
        self.header = header
        self.sections = sections
    }
}

public enum DotenvWriter {
    public static func render(_ document: DotenvDocument) -> String {
        var lines = document.header.map(comment)
        for section in document.sections where !section.variables.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines.append(comment("--- " + section.title + " ---"))
            for variable in section.variables {
                if let text = variable.comment {
                    lines += text.split(separator: "\n", omittingEmptySubsequences: false).map { comment(String($0)) }
                }
                lines.append(variable.name + "=" + value(variable.value))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// True for names Compose accepts as variables.
    public static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || ("A"..."Z").contains(first) || ("a"..."z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0) }
    }

    /// Bare when made of safe characters; single-quoted (literal, no interpolation) otherwise; double-quoted with
    /// escapes only when the value holds a single quote or a line break.
    public static func value(_ text: String) -> String {
        let safe = text.unicodeScalars.allSatisfy { scalar in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "_", "-", ".", "/", ":", "@", "+", ",", "=", "%": return true
            default: return false
            }
        }
        if safe { return text }
        if !text.contains("'") && !text.contains("\n") && !text.contains("\r") { return "'" + text + "'" }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "$": out += "$$"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func comment(_ text: String) -> String {
        let trimmed = text.trimmingTrailingWhitespace()
        return trimmed.isEmpty ? "#" : "# " + trimmed
    }
}
