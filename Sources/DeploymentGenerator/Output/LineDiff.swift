/// A line diff (Myers' O(ND) algorithm) and its unified-diff rendering, for `generate --diff`.
public enum LineDiff {
    public enum Edit: Equatable, Sendable {
        case keep(String)
        case delete(String)
        case insert(String)
    }

    /// Splits text into lines without their terminators; a missing final newline is not an extra line.
    public static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The shortest edit script turning `old` into `new`.
    public static func edits(from old: [String], to new: [String]) -> [Edit] {
        let n = old.count, m = new.count
        let maxD = n + m
        if maxD == 0 { return [] }
        let offset = maxD
        var v = [Int](repeating: 0, count: 2 * maxD + 2)
        var trace: [[Int]] = []
        var finalD = 0
        search: for d in 0...maxD {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = v[offset + k + 1]
                } else {
                    x = v[offset + k - 1] + 1
                }
                var y = x - k
                while x < n && y < m && old[x] == new[y] {
                    x += 1
                    y += 1
                }
                v[offset + k] = x
                if x >= n && y >= m {
                    finalD = d
                    break search
                }
            }
        }
        // Walk the trace backwards to recover the path.
        var script: [Edit] = []
        var x = n, y = m
        for d in stride(from: finalD, through: 1, by: -1) {
            let vd = trace[d]
            let k = x - y
            let prevK: Int
            if k == -d || (k != d && vd[offset + k - 1] < vd[offset + k + 1]) {
                prevK = k + 1
            } else {
                prevK = k - 1
            }
            let prevX = vd[offset + prevK]
            let prevY = prevX - prevK
            while x > prevX && y > prevY {
                script.append(.keep(old[x - 1]))
                x -= 1
                y -= 1
            }
            if x == prevX {
                script.append(.insert(new[y - 1]))
                y -= 1
            } else {
                script.append(.delete(old[x - 1]))
                x -= 1
            }
        }
        while x > 0 && y > 0 {
            script.append(.keep(old[x - 1]))
            x -= 1
            y -= 1
        }
        return script.reversed()
    }

    /// A unified diff (`--- a/…`, `+++ b/…`, `@@ -l,n +l,n @@` hunks with `context` lines around changes);
    /// empty when the texts are equal.
    public static func unified(old: String, new: String, oldPath: String, newPath: String, context: Int = 3) -> String {
        let a = lines(old), b = lines(new)
        let script = edits(from: a, to: b)
        guard script.contains(where: { if case .keep = $0 { return false } else { return true } }) else {
            return old == new ? "" : "--- \(oldPath)\n+++ \(newPath)\n(only the final newline differs)\n"
        }
        // Line numbers before each edit.
        var positions: [(old: Int, new: Int)] = []
        var oi = 0, ni = 0
        for edit in script {
            positions.append((oi, ni))
            switch edit {
            case .keep: oi += 1; ni += 1
            case .delete: oi += 1
            case .insert: ni += 1
            }
        }
        let changed = script.indices.filter { if case .keep = script[$0] { return false } else { return true } }
        // Group changes whose context overlaps into hunks.
        var hunks: [ClosedRange<Int>] = []
        for index in changed {
            let lower = max(0, index - context), upper = min(script.count - 1, index + context)
            if let last = hunks.last, lower <= last.upperBound + 1 {
                hunks[hunks.count - 1] = last.lowerBound...max(last.upperBound, upper)
            } else {
                hunks.append(lower...upper)
            }
        }
        var out = "--- \(oldPath)\n+++ \(newPath)\n"
        for hunk in hunks {
            var oldCount = 0, newCount = 0
            var body = ""
            for i in hunk {
                switch script[i] {
                case .keep(let line): body += " " + line + "\n"; oldCount += 1; newCount += 1
                case .delete(let line): body += "-" + line + "\n"; oldCount += 1
                case .insert(let line): body += "+" + line + "\n"; newCount += 1
                }
            }
            let start = positions[hunk.lowerBound]
            let oldStart = oldCount == 0 ? start.old : start.old + 1
            let newStart = newCount == 0 ? start.new : start.new + 1
            out += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n" + body
        }
        return out
    }
}
