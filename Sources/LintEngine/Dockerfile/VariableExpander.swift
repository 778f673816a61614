/// Docker's word processing for Dockerfile arguments: removes quotes, applies the escape character and substitutes
/// `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:+alt}`, `${VAR+alt}`, `${VAR:?msg}` from known values.
///
/// Works on UTF-8 bytes. Unknown variables become empty and mark the result incomplete. With `literalReferences`,
/// references are copied as written instead (used for a word's unquoted value before any substitution).
struct VariableExpander {
    var escape: UInt8
    var literalReferences = false

    func expand(_ bytes: [UInt8], variables: [String: String]) -> (value: String, isComplete: Bool) {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var complete = true
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == escape {
                if i + 1 < n {
                    out.append(bytes[i + 1])
                    i += 2
                } else {
                    i += 1
                }
                continue
            }
            if b == Bytes.singleQuote {
                var j = i + 1
                while j < n && bytes[j] != Bytes.singleQuote { j += 1 }
                out.append(contentsOf: bytes[(i + 1)..<j])
                i = min(j + 1, n)
                continue
            }
            if b == Bytes.doubleQuote {
                var j = i + 1
                while j < n && bytes[j] != Bytes.doubleQuote {
                    let c = bytes[j]
                    if c == escape, j + 1 < n, bytes[j + 1] == Bytes.doubleQuote || bytes[j + 1] == Bytes.dollar || bytes[j + 1] == escape {
                        out.append(bytes[j + 1])
                        j += 2
                        continue
                    }
                    if c == Bytes.dollar {
                        j = substitute(bytes, at: j, variables: variables, into: &out, complete: &complete)
                        continue
                    }
                    out.append(c)
                    j += 1
                }
                i = min(j + 1, n)
                continue
            }
            if b == Bytes.dollar {
                i = substitute(bytes, at: i, variables: variables, into: &out, complete: &complete)
                continue
            }
            out.append(b)
            i += 1
        }
        return (String(decoding: out, as: UTF8.self), complete)
    }

    /// Handles a `$` at `i`; returns the index after the reference.
    private func substitute(
        _ bytes: [UInt8], at i: Int, variables: [String: String], into out: inout [UInt8], complete: inout Bool
    ) -> Int {
        let n = bytes.count
        guard i + 1 < n else {
            out.append(Bytes.dollar)
            return i + 1
        }
        let next = bytes[i + 1]
        if next == 0x7B {  // {
            // Find the matching brace, allowing nested ${...} in the word.
            var depth = 1
            var j = i + 2
            while j < n {
                if bytes[j] == 0x7B { depth += 1 } else if bytes[j] == 0x7D {
                    depth -= 1
                    if depth == 0 { break }
                }
                j += 1
            }
            guard j < n else {
                out.append(contentsOf: bytes[i..<n])
                complete = false
                return n
            }
            if literalReferences {
                out.append(contentsOf: bytes[i...j])
                return j + 1
            }
            let inner = Array(bytes[(i + 2)..<j])
            var k = 0
            while k < inner.count && Bytes.isNameByte(inner[k]) { k += 1 }
            let name = String(decoding: inner[0..<k], as: UTF8.self)
            let known = variables[name]
            if k == inner.count {
                emit(known, raw: bytes[i...j], into: &out, complete: &complete)
                return j + 1
            }
            var op = [inner[k]]
            var wordStart = k + 1
            if inner[k] == 0x3A, k + 1 < inner.count {  // ':' followed by the operator
                op.append(inner[k + 1])
                wordStart = k + 2
            }
            let word = Array(inner[min(wordStart, inner.count)...])
            let colon = op.count == 2
            let kind = op.last!
            let isSet = known != nil
            let isNonEmpty = !(known ?? "").isEmpty
            switch kind {
            case Bytes.dash:
                if colon ? isNonEmpty : isSet {
                    out.append(contentsOf: Array(known!.utf8))
                } else {
                    let sub = expand(word, variables: variables)
                    out.append(contentsOf: Array(sub.value.utf8))
                    if !sub.isComplete { complete = false }
                }
            case 0x2B:  // +
                if colon ? isNonEmpty : isSet {
                    let sub = expand(word, variables: variables)
                    out.append(contentsOf: Array(sub.value.utf8))
                    if !sub.isComplete { complete = false }
                } else if !isSet {
                    // Unknown to us: it may be set at build time.
                    complete = false
                }
            case 0x3F:  // ?
                emit(known, raw: bytes[i...j], into: &out, complete: &complete)
            default:
                // Pattern operators (#, %, /): keep the value we know, mark it approximate.
                complete = false
                if let known { out.append(contentsOf: Array(known.utf8)) }
            }
            return j + 1
        }
        if Bytes.isLetter(next) || next == 0x5F {
            var j = i + 1
            while j < n && Bytes.isNameByte(bytes[j]) { j += 1 }
            let name = String(decoding: bytes[(i + 1)..<j], as: UTF8.self)
            emit(variables[name], raw: bytes[i..<j], into: &out, complete: &complete)
            return j
        }
        out.append(Bytes.dollar)
        return i + 1
    }

    private func emit(_ value: String?, raw: ArraySlice<UInt8>, into out: inout [UInt8], complete: inout Bool) {
        if let value {
            out.append(contentsOf: Array(value.utf8))
        } else {
            complete = false
            if literalReferences { out.append(contentsOf: raw) }
        }
    }
}
