/// A dotted version made of numbers (`3.13`, `24`, `16.4`), compared component by component.
public struct VersionNumber: Comparable, Hashable, Sendable, CustomStringConvertible {
    public var components: [Int]

    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.count <= 4 else { return nil }
        var components: [Int] = []
        for part in parts {
            guard !part.isEmpty, part.count <= 6, part.allSatisfy(\.isASCIIDigit), let n = Int(part) else { return nil }
            components.append(n)
        }
        self.components = components
    }

    public var major: Int { components[0] }
    public var minor: Int { components.count > 1 ? components[1] : 0 }

    /// The first `count` components: `3.13.1` -> `3.13`.
    public func prefix(_ count: Int) -> VersionNumber {
        var copy = self
        copy.components = Array(components.prefix(count))
        return copy
    }

    public static func < (lhs: VersionNumber, rhs: VersionNumber) -> Bool {
        let n = max(lhs.components.count, rhs.components.count)
        for i in 0..<n {
            let a = i < lhs.components.count ? lhs.components[i] : 0
            let b = i < rhs.components.count ? rhs.components[i] : 0
            if a != b { return a < b }
        }
        return false
    }

    public var description: String { components.map(String.init).joined(separator: ".") }
}
