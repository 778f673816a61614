import Foundation

/// The pure Terraform built-in functions the evaluator folds. Each returns `.unknown` when an argument it needs
/// is unknown and `nil` when Terraform would fail; functions not listed here (I/O, crypto, regex, time) are unknown.
enum HCLFunctions {
    static func call(_ name: String, _ a: [HCLValue]) -> HCLValue? {
        switch name {
        // Identity-like conversions.
        case "tostring":
            guard let v = a.first else { return nil }
            if case .null = v { return .null }
            return known(v) { $0.string.map(HCLValue.string) }
        case "tonumber":
            guard let v = a.first else { return nil }
            if case .null = v { return .null }
            return known(v) { $0.number.map(HCLValue.number) }
        case "tobool":
            guard let v = a.first else { return nil }
            if case .null = v { return .null }
            return known(v) { $0.bool.map(HCLValue.bool) }
        case "tolist", "tomap", "nonsensitive", "sensitive", "type", "ephemeralasnull":
            return a.first
        case "toset":
            guard let v = a.first else { return nil }
            return known(v) { v in
                guard let items = v.tuple else { return nil }
                return .tuple(distinct(items).sorted(by: setOrder))
            }

        // Strings.
        case "lower": return string1(a) { .string($0.lowercased()) }
        case "upper": return string1(a) { .string($0.uppercased()) }
        case "trimspace": return string1(a) { .string($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        case "chomp":
            return string1(a) { s in
                var t = s
                while t.hasSuffix("\n") || t.hasSuffix("\r") { t.removeLast() }
                return .string(t)
            }
        case "trimprefix":
            return strings(a, 2) { s in .string(s[0].hasPrefix(s[1]) ? String(s[0].dropFirst(s[1].count)) : s[0]) }
        case "trimsuffix":
            return strings(a, 2) { s in .string(s[0].hasSuffix(s[1]) ? String(s[0].dropLast(s[1].count)) : s[0]) }
        case "startswith": return strings(a, 2) { .bool($0[0].hasPrefix($0[1])) }
        case "endswith": return strings(a, 2) { .bool($0[0].hasSuffix($0[1])) }
        case "strcontains": return strings(a, 2) { .bool($0[0].contains($0[1])) }
        case "replace":
            return strings(a, 3) { s in
                // `/…/` patterns are regular expressions: not folded.
                if s[1].count >= 2 && s[1].hasPrefix("/") && s[1].hasSuffix("/") { return .unknown }
                return .string(s[0].replacingOccurrences(of: s[1], with: s[2]))
            }
        case "join":
            guard a.count == 2 else { return nil }
            return known(a[0], a[1]) {
                guard let sep = $0.string, let items = $1.tuple else { return nil }
                var parts: [String] = []
                for item in items {
                    guard item.isKnown else { return .unknown }
                    if case .null = item { continue }
                    guard let s = item.string else { return nil }
                    parts.append(s)
                }
                return .string(parts.joined(separator: sep))
            }
        case "split":
            return strings(a, 2) { s in
                if s[1].isEmpty { return .tuple([]) }
                return .tuple(s[1].components(separatedBy: s[0]).map(HCLValue.string))
            }
        case "format":
            return format(a)
        case "substr":
            guard a.count == 3 else { return nil }
            return known(a[0], a[1], a[2]) { s, o, l in
                guard let str = s.string, let off = o.int, let len = l.int else { return nil }
                let chars = Array(str)
                let start = off < 0 ? max(0, chars.count + off) : min(off, chars.count)
                let end = len < 0 ? chars.count : min(chars.count, start + len)
                return .string(String(chars[start..<max(start, end)]))
            }

        // Collections.
        case "length":
            guard let v = a.first else { return nil }
            switch v {
            case .unknown: return .unknown
            case .tuple(let items): return .number(Double(items.count))
            case .object(let dict): return .number(Double(dict.count))
            case .string(let s): return .number(Double(s.count))
            default: return nil
            }
        case "concat":
            var out: [HCLValue] = []
            for v in a {
                switch v {
                case .unknown: return .unknown
                case .tuple(let items): out += items
                default: return nil
                }
            }
            return .tuple(out)
        case "merge":
            var out: [String: HCLValue] = [:]
            for v in a {
                switch v {
                case .unknown: return .unknown
                case .null: continue
                case .object(let dict): out.merge(dict) { _, new in new }
                default: return nil
                }
            }
            return .object(out)
        case "lookup":
            guard a.count >= 2 else { return nil }
            return known(a[0], a[1]) { m, k in
                guard let dict = m.object, let key = k.string else { return nil }
                if let v = dict[key] { return v }
                return a.count >= 3 ? a[2] : nil
            }
        case "contains":
            guard a.count == 2 else { return nil }
            return known(a[0]) { list in
                guard let items = list.tuple else { return nil }
                guard a[1].isWhollyKnown else { return .unknown }
                if items.contains(where: { HCLEvaluator.equal($0, a[1]) }) { return .bool(true) }
                return items.allSatisfy(\.isWhollyKnown) ? .bool(false) : .unknown
            }
        case "keys":
            guard let v = a.first else { return nil }
            return known(v) { $0.object.map { .tuple($0.keys.sorted().map(HCLValue.string)) } }
        case "values":
            guard let v = a.first else { return nil }
            return known(v) { $0.object.map { d in .tuple(d.keys.sorted().map { d[$0]! }) } }
        case "element":
            guard a.count == 2 else { return nil }
            return known(a[0], a[1]) { l, i in
                guard let items = l.tuple, let k = i.int, !items.isEmpty, k >= 0 else { return nil }
                return items[k % items.count]
            }
        case "flatten":
            guard let v = a.first else { return nil }
            return known(v) { v in
                guard v.tuple != nil else { return nil }
                var out: [HCLValue] = []
                func walk(_ x: HCLValue) -> Bool {
                    switch x {
                    case .unknown: return false
                    case .tuple(let items):
                        for item in items where !walk(item) { return false }
                        return true
                    default:
                        out.append(x)
                        return true
                    }
                }
                return walk(v) ? .tuple(out) : .unknown
            }
        case "distinct":
            guard let v = a.first else { return nil }
            return known(v) { $0.tuple.map { .tuple(distinct($0)) } }
        case "compact":
            guard let v = a.first else { return nil }
            return known(v) { v in
                guard let items = v.tuple else { return nil }
                if items.contains(where: { !$0.isKnown }) { return .unknown }
                return .tuple(items.filter { !$0.isNull && $0.string != "" })
            }
        case "coalesce":
            for v in a {
                switch v {
                case .unknown: return .unknown
                case .null: continue
                case .string(let s) where s.isEmpty: continue
                default: return v
                }
            }
            return nil
        case "coalescelist":
            for v in a {
                switch v {
                case .unknown: return .unknown
                case .tuple(let items) where items.isEmpty: continue
                case .tuple: return v
                default: continue
                }
            }
            return nil
        case "one":
            guard let v = a.first else { return nil }
            return known(v) { v in
                guard let items = v.tuple else { return nil }
                if items.isEmpty { return .null }
                return items.count == 1 ? items[0] : nil
            }
        case "zipmap":
            guard a.count == 2 else { return nil }
            return known(a[0], a[1]) { k, v in
                guard let keys = k.tuple, let vals = v.tuple, keys.count == vals.count else { return nil }
                var out: [String: HCLValue] = [:]
                for (key, val) in zip(keys, vals) {
                    guard let s = key.string else { return .unknown }
                    out[s] = val
                }
                return .object(out)
            }
        case "reverse":
            guard let v = a.first else { return nil }
            return known(v) { $0.tuple.map { .tuple($0.reversed()) } }
        case "slice":
            guard a.count == 3 else { return nil }
            return known(a[0], a[1], a[2]) { l, s, e in
                guard let items = l.tuple, let from = s.int, let to = e.int, from >= 0, to <= items.count, from <= to else { return nil }
                return .tuple(Array(items[from..<to]))
            }
        case "sort":
            guard let v = a.first else { return nil }
            return known(v) { v in
                guard let items = v.tuple else { return nil }
                var strings: [String] = []
                for item in items {
                    guard item.isKnown else { return .unknown }
                    guard let s = item.string else { return nil }
                    strings.append(s)
                }
                return .tuple(strings.sorted().map(HCLValue.string))
            }
        case "range":
            let nums = a.map(\.number)
            guard a.allSatisfy(\.isKnown) else { return .unknown }
            guard nums.allSatisfy({ $0 != nil }), !nums.isEmpty else { return nil }
            let (start, limit, step): (Double, Double, Double) = nums.count == 1
                ? (0, nums[0]!, 1) : (nums[0]!, nums[1]!, nums.count > 2 ? nums[2]! : (nums[1]! >= nums[0]! ? 1 : -1))
            guard step != 0, abs((limit - start) / step) <= 1024 else { return step == 0 ? nil : .unknown }
            var out: [HCLValue] = []
            var x = start
            while step > 0 ? x < limit : x > limit {
                out.append(.number(x))
                x += step
            }
            return .tuple(out)
        case "alltrue", "anytrue":
            guard let v = a.first else { return nil }
            return known(v) { v in
                guard let items = v.tuple else { return nil }
                var sawUnknown = false
                for item in items {
                    guard let b = item.bool else {
                        if !item.isKnown { sawUnknown = true; continue }
                        return nil
                    }
                    if name == "alltrue" && !b { return .bool(false) }
                    if name == "anytrue" && b { return .bool(true) }
                }
                return sawUnknown ? .unknown : .bool(name == "alltrue")
            }
        case "sum":
            guard let v = a.first else { return nil }
            return known(v) { v in
                guard let items = v.tuple else { return nil }
                var total = 0.0
                for item in items {
                    guard item.isKnown else { return .unknown }
                    guard let d = item.number else { return nil }
                    total += d
                }
                return .number(total)
            }
        case "max", "min":
            guard !a.isEmpty else { return nil }
            var nums: [Double] = []
            for v in a {
                guard v.isKnown else { return .unknown }
                guard let d = v.number else { return nil }
                nums.append(d)
            }
            return .number(name == "max" ? nums.max()! : nums.min()!)
        case "abs": return number1(a) { .number(abs($0)) }
        case "ceil": return number1(a) { .number($0.rounded(.up)) }
        case "floor": return number1(a) { .number($0.rounded(.down)) }

        // Encoding.
        case "jsonencode":
            guard let v = a.first else { return nil }
            guard let text = v.jsonText else { return .unknown }
            return .string(text)
        case "jsondecode":
            guard let v = a.first else { return nil }
            return known(v) { v in
                guard let s = v.string else { return nil }
                return HCLValue.fromJSON(s)
            }
        default:
            return .unknown
        }
    }

    // MARK: - Helpers

    private static func known(_ v: HCLValue, _ body: (HCLValue) -> HCLValue?) -> HCLValue? {
        if case .unknown = v { return .unknown }
        return body(v)
    }

    private static func known(_ v: HCLValue, _ w: HCLValue, _ body: (HCLValue, HCLValue) -> HCLValue?) -> HCLValue? {
        if case .unknown = v { return .unknown }
        if case .unknown = w { return .unknown }
        return body(v, w)
    }

    private static func known(
        _ v: HCLValue, _ w: HCLValue, _ x: HCLValue, _ body: (HCLValue, HCLValue, HCLValue) -> HCLValue?
    ) -> HCLValue? {
        if !v.isKnown || !w.isKnown || !x.isKnown { return .unknown }
        return body(v, w, x)
    }

    private static func string1(_ a: [HCLValue], _ body: (String) -> HCLValue?) -> HCLValue? {
        guard let v = a.first else { return nil }
        if case .unknown = v { return .unknown }
        guard let s = v.string else { return nil }
        return body(s)
    }

    private static func number1(_ a: [HCLValue], _ body: (Double) -> HCLValue?) -> HCLValue? {
        guard let v = a.first else { return nil }
        if case .unknown = v { return .unknown }
        guard let d = v.number else { return nil }
        return body(d)
    }

    private static func strings(_ a: [HCLValue], _ count: Int, _ body: ([String]) -> HCLValue?) -> HCLValue? {
        guard a.count == count else { return nil }
        if a.contains(where: { !$0.isKnown }) { return .unknown }
        let s = a.compactMap(\.string)
        guard s.count == count else { return nil }
        return body(s)
    }

    private static func distinct(_ items: [HCLValue]) -> [HCLValue] {
        var out: [HCLValue] = []
        for item in items where !out.contains(where: { HCLEvaluator.equal($0, item) }) { out.append(item) }
        return out
    }

    private static func setOrder(_ x: HCLValue, _ y: HCLValue) -> Bool {
        (x.string ?? "") < (y.string ?? "")
    }

    /// `format` with `%s`, `%d`, `%v`, `%q` and `%%` (flags and widths are not folded).
    private static func format(_ a: [HCLValue]) -> HCLValue? {
        guard let spec = a.first else { return nil }
        if a.contains(where: { !$0.isKnown }) { return .unknown }
        guard let pattern = spec.string else { return nil }
        var out = ""
        var argIndex = 1
        var it = pattern.makeIterator()
        while let c = it.next() {
            guard c == "%" else {
                out.append(c)
                continue
            }
            guard let verb = it.next() else { return nil }
            switch verb {
            case "%": out.append("%")
            case "s", "d", "v", "q":
                guard argIndex < a.count, let s = a[argIndex].string else { return .unknown }
                out += verb == "q" ? "\"\(s)\"" : s
                argIndex += 1
            default:
                return .unknown
            }
        }
        return .string(out)
    }
}
