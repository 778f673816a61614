import DeploySyntax

/// Checks a YAML tree against a `SpecShape` and reports every problem at once: unknown keys (with a suggestion),
/// missing required keys, wrong types, values out of range, unknown words and malformed strings.
///
/// It judges each value on its own; rules that relate several values (min ≤ max, pattern vs provider) live in
/// `SpecRules`.
public struct ShapeValidator {
    public let path: String
    public private(set) var diagnostics: [Diagnostic] = []

    public init(path: String) {
        self.path = path
    }

    /// Validates a whole document root against `DeploymentShape.root`.
    public static func validate(_ root: YAMLNode, path: String) -> [Diagnostic] {
        var validator = ShapeValidator(path: path)
        validator.check(root, against: DeploymentShape.root, at: .root)
        return validator.diagnostics
    }

    /// Where a value stands, for messages: the key it is under, or "each item of 'key'".
    struct Place {
        var key: String?
        var parentPath: String
        var isListItem: Bool
        var keyRange: SourceRange?

        static let root = Place(key: nil, parentPath: "", isListItem: false, keyRange: nil)

        /// `'instances'`, `each item of 'buckets'`, `the document`.
        var label: String {
            guard let key else { return "the document" }
            return isListItem ? "each item of '\(key)'" : "'\(key)'"
        }

        var path: String {
            guard let key else { return "" }
            if isListItem { return parentPath }
            return parentPath.isEmpty ? key : parentPath + "." + key
        }
    }

    // MARK: - Dispatch

    mutating func check(_ node: YAMLNode, against shape: SpecShape, at place: Place) {
        switch shape {
        case .named(_, let inner):
            check(node, against: inner, at: place)
        case .object(let object):
            checkObject(node, object, at: place)
        case .list(let item, let minItems):
            checkList(node, item: item, minItems: minItems, at: place)
        case .choice(let alternatives):
            checkChoice(node, alternatives, at: place)
        default:
            if let problems = scalarProblems(node, shape, at: place) { diagnostics += problems }
        }
    }

    private mutating func report(_ code: String, _ message: String, at range: SourceRange, severity: Severity = .error, related: [Diagnostic.Related] = []) {
        diagnostics.append(Diagnostic(severity: severity, code: code, message: message, path: path, range: range, related: related))
    }

    // MARK: - Collections

    private mutating func checkObject(_ node: YAMLNode, _ object: ObjectShape, at place: Place) {
        let pairs: [YAMLPair]
        if node.isNull {
            pairs = []
        } else if let mapping = node.mapping {
            pairs = mapping
        } else {
            report(SpecDiagnosticCode.type, "\(place.label) must be a mapping, found \(node.kindDescription)", at: node.reportRange)
            return
        }
        let ownPath = place.path
        for pair in pairs {
            guard let key = pair.key.scalar?.value, pair.key.isScalar else {
                report(SpecDiagnosticCode.type, "keys in \(place.label) must be plain strings, found \(pair.key.kindDescription)", at: pair.key.reportRange)
                continue
            }
            let childPlace = Place(key: key, parentPath: ownPath, isListItem: false, keyRange: pair.key.reportRange)
            if object.allowsExtensionKeys, key.hasPrefix("x-") {
                continue
            } else if let field = object.field(key) {
                check(pair.value, against: field.shape, at: childPlace)
            } else if let other = object.otherKeys {
                if let problem = other.keyFormat.problem(with: key) {
                    report(SpecDiagnosticCode.format, "'\(key)' \(problem)", at: pair.key.reportRange)
                }
                check(pair.value, against: other.value, at: childPlace)
            } else {
                report(SpecDiagnosticCode.unknownKey, unknownKeyMessage(key, in: object, at: place), at: pair.key.reportRange)
            }
        }
        for field in object.fields where field.isRequired && !pairs.contains(where: { $0.key.scalar?.value == field.key }) {
            report(SpecDiagnosticCode.missingKey, missingKeyMessage(field, object: object, at: place), at: missingKeyRange(node, place))
        }
        if let count = object.keyCount, !count.contains(pairs.count), !node.isNull {
            let noun = object.noun ?? "mapping"
            let names = object.fields.map(\.key).joined(separator: ", ")
            report(SpecDiagnosticCode.type, "each \(noun) must name exactly \(count.lowerBound == count.upperBound ? "\(count.lowerBound)" : "\(count.lowerBound) to \(count.upperBound)") of \(names); this one has \(pairs.count)", at: node.reportRange)
        }
    }

    private func missingKeyRange(_ node: YAMLNode, _ place: Place) -> SourceRange {
        // Point at the key that owns the mapping (`deployment:`), or at the mapping's first line for list items.
        if !place.isListItem, let keyRange = place.keyRange { return keyRange }
        if let first = node.mapping?.first { return first.key.reportRange }
        return SourceRange(at: node.reportRange.start)
    }

    private func missingKeyMessage(_ field: FieldShape, object: ObjectShape, at place: Place) -> String {
        let owner: String
        if place.key == nil {
            owner = "the file"
        } else if place.isListItem, let noun = object.noun {
            owner = "this \(noun)"
        } else {
            owner = "'\(place.path)'"
        }
        var message = "\(owner) is missing the required key '\(field.key)'"
        if case .string(.vocabulary(let vocabulary)) = field.shape.base {
            message += "; choose one of \(vocabulary.canonical.joined(separator: ", "))"
        }
        return message
    }

    private func unknownKeyMessage(_ key: String, in object: ObjectShape, at place: Place) -> String {
        let owner = place.key == nil ? "at the top level" : "in '\(place.path)'"
        var message = "unknown key '\(key)' \(owner)"
        if let close = KeySuggestion.closest(to: key, among: object.fields.map(\.key)) {
            return message + "; did you mean '\(close)'?"
        }
        if let elsewhere = DeploymentShape.keyPaths[key]?.first(where: { $0 != place.path + "." + key }),
           let dot = elsewhere.lastIndex(of: ".") {
            return message + "; it belongs under '\(elsewhere[..<dot])'"
        }
        message += "; expected one of " + object.fields.map(\.key).joined(separator: ", ")
        return message
    }

    private mutating func checkList(_ node: YAMLNode, item: SpecShape, minItems: Int, at place: Place) {
        if node.isNull { return }
        guard let items = node.sequence else {
            report(SpecDiagnosticCode.type, "\(place.label) must be a list, found \(node.kindDescription)", at: node.reportRange)
            return
        }
        if items.count < minItems {
            report(SpecDiagnosticCode.range, "\(place.label) must have at least \(minItems) item\(minItems == 1 ? "" : "s")", at: node.reportRange)
        }
        let itemPlace = Place(key: place.key, parentPath: place.path, isListItem: true, keyRange: place.keyRange)
        for element in items {
            check(element, against: item, at: itemPlace)
        }
    }

    private mutating func checkChoice(_ node: YAMLNode, _ alternatives: [SpecShape], at place: Place) {
        let bases = alternatives.map(\.base)
        if node.isNull, bases.contains(where: { if case .object = $0 { return true }; return false }) { return }
        if node.isMapping, let object = bases.first(where: { if case .object = $0 { return true }; return false }) {
            check(node, against: object, at: place)
            return
        }
        if node.isSequence, let list = bases.first(where: { if case .list = $0 { return true }; return false }) {
            check(node, against: list, at: place)
            return
        }
        if node.isScalar {
            var typed: [[Diagnostic]] = []
            for alternative in bases where !isCollection(alternative) {
                guard let problems = scalarProblems(node, alternative, at: place) else { continue }
                if !problems.contains(where: { $0.severity == .error }) {
                    diagnostics += problems
                    return
                }
                if acceptsType(of: node, alternative) { typed.append(problems) }
            }
            if typed.count == 1 {
                diagnostics += typed[0]
                return
            }
        }
        let expected = alternatives.map { describe($0) }.joined(separator: ", or ")
        report(SpecDiagnosticCode.type, "\(place.label) must be \(expected); found \(found(node))", at: node.reportRange)
    }

    private func isCollection(_ shape: SpecShape) -> Bool {
        switch shape.base {
        case .object, .list: true
        default: false
        }
    }

    // MARK: - Scalars

    /// Problems of a scalar against a scalar shape; nil when the shape is not a scalar shape.
    private func scalarProblems(_ node: YAMLNode, _ shape: SpecShape, at place: Place) -> [Diagnostic]? {
        func error(_ code: String, _ message: String) -> [Diagnostic] {
            [Diagnostic(severity: .error, code: code, message: message, path: path, range: node.reportRange)]
        }
        let value = node.resolved(.core)
        let mismatch = { error(SpecDiagnosticCode.type, "\(place.label) must be \(describe(shape)), found \(found(node))") }
        switch shape.base {
        case .string(let rule):
            guard case .string(let text)? = value else { return mismatch() }
            switch rule {
            case .any:
                return yaml11Warning(node, at: place)
            case .vocabulary(let vocabulary):
                if vocabulary.contains(text) { return [] }
                return error(SpecDiagnosticCode.enumeration, vocabularyMessage(text, vocabulary, at: place))
            case .format(let format):
                if let problem = format.problem(with: text) {
                    return error(SpecDiagnosticCode.format, "\(place.label) \(problem); found '\(text)'")
                }
                return yaml11Warning(node, at: place)
            }
        case .versionText:
            switch value {
            case .string(let text)?:
                if text.isEmpty { return mismatch() }
                return []
            case .int?, .float?: return []
            default: return mismatch()
            }
        case .integer(let range, let unit):
            guard case .int(let n)? = value else { return mismatch() }
            if range.contains(n) { return [] }
            return error(SpecDiagnosticCode.range, "\(place.label) \(rangeText(Double(range.lowerBound), Double(range.upperBound), isInteger: true, unit: unit)), found \(n)")
        case .number(let range, let unit):
            let number: Double
            switch value {
            case .int(let n)?: number = Double(n)
            case .float(let d)?: number = d
            default: return mismatch()
            }
            if range.contains(number) { return [] }
            return error(SpecDiagnosticCode.range, "\(place.label) \(rangeText(range.lowerBound, range.upperBound, isInteger: false, unit: unit)), found \(node.string ?? "")")
        case .flag:
            if FlagWords.value(of: node) != nil { return [] }
            return mismatch()
        case .anyScalar:
            if value == .null { return [] }
            return yaml11Warning(node, at: place)
        case .object, .list, .choice, .named:
            return nil
        }
    }

    /// True when the node's YAML type is the one the shape is about (a string for string shapes…).
    private func acceptsType(of node: YAMLNode, _ shape: SpecShape) -> Bool {
        switch (shape.base, node.resolved(.core)) {
        case (.string, .string?), (.versionText, .string?), (.versionText, .int?), (.versionText, .float?): true
        case (.integer, .int?), (.number, .int?), (.number, .float?), (.flag, .bool?): true
        case (.anyScalar, _): true
        default: false
        }
    }

    private func vocabularyMessage(_ text: String, _ vocabulary: Vocabulary, at place: Place) -> String {
        let allowed = vocabulary.canonical.joined(separator: ", ")
        let message = "'\(text)' is not a valid \(vocabulary.noun)"
        if let close = KeySuggestion.closest(to: text, among: vocabulary.all) {
            return message + "; did you mean '\(close)'? Allowed: \(allowed)"
        }
        return message + "; allowed: \(allowed)"
    }

    /// Plain `yes`/`no`/`on`/`off` where a string is expected: kept as the word, but YAML 1.1 tools disagree.
    private func yaml11Warning(_ node: YAMLNode, at place: Place) -> [Diagnostic] {
        guard let scalar = node.scalar, scalar.style == .plain, node.tag == nil,
              YAMLScalarResolver.isYAML11OnlyBoolean(scalar.value) else { return [] }
        return [Diagnostic(
            severity: .warning, code: SpecDiagnosticCode.yaml11Boolean,
            message: "\(place.label) is the string '\(scalar.value)' here, but YAML 1.1 tools (PyYAML, older Compose) read a plain \(scalar.value) as a boolean; quote it: \"\(scalar.value)\"",
            path: path, range: node.reportRange)]
    }

    private func rangeText(_ low: Double, _ high: Double, isInteger: Bool, unit: String?) -> String {
        func show(_ value: Double) -> String {
            isInteger || value == value.rounded() ? String(Int(value)) : String(value)
        }
        let suffix = unit.map { " \($0)" } ?? ""
        return "must be between \(show(low)) and \(show(high))\(suffix)"
    }

    /// "an integer", "one of a, b, c", "a mapping": what a shape expects, for messages.
    func describe(_ shape: SpecShape) -> String {
        switch shape.base {
        case .string(.any): "a string"
        case .string(.vocabulary(let vocabulary)): "one of " + vocabulary.canonical.joined(separator: ", ")
        case .string(.format(let format)): "a string such as '\(format.example)'"
        case .versionText: "a version such as \"3.13\""
        case .integer: "an integer"
        case .number: "a number"
        case .flag: "true or false"
        case .anyScalar: "a string, number or boolean"
        case .object: "a mapping"
        case .list: "a list"
        case .choice(let alternatives): alternatives.map { describe($0) }.joined(separator: ", or ")
        case .named: "a value"
        }
    }

    private func found(_ node: YAMLNode) -> String {
        if case .string(let text)? = node.resolved(.core) {
            return text.isEmpty ? "an empty string" : "'\(text)'"
        }
        return node.kindDescription
    }
}
