/// An amount of memory written as `512Mi` or `2Gi` (Kubernetes and ECS units), kept in MiB.
public struct MemorySize: Hashable, Sendable, CustomStringConvertible {
    public var mebibytes: Int

    public init(mebibytes: Int) {
        self.mebibytes = mebibytes
    }

    /// `512Mi`, `1Gi`, `1.5Gi`; nil for anything else.
    public init?(parsing text: String) {
        let unit: Int
        let number: Substring
        if text.hasSuffix("Mi") {
            unit = 1
            number = text.dropLast(2)
        } else if text.hasSuffix("Gi") {
            unit = 1024
            number = text.dropLast(2)
        } else {
            return nil
        }
        guard let amount = DecimalAmount(number), let scaled = amount.scaled(by: unit), scaled > 0 else { return nil }
        self.mebibytes = scaled
    }

    /// The Kubernetes-style spelling: `2Gi` when whole gibibytes, `512Mi` otherwise.
    public var description: String {
        mebibytes % 1024 == 0 ? "\(mebibytes / 1024)Gi" : "\(mebibytes)Mi"
    }
}

/// An amount of CPU, written as a number of vCPUs (`0.5`, `2`) or millicores (`500m`), kept in millicores.
public struct CPUAmount: Hashable, Sendable, CustomStringConvertible {
    public var millicores: Int

    public init(millicores: Int) {
        self.millicores = millicores
    }

    /// `500m`, `0.5`, `2`; nil for anything else.
    public init?(parsing text: String) {
        if text.hasSuffix("m") {
            guard let amount = DecimalAmount(text.dropLast()), amount.fraction.isEmpty,
                  let value = amount.scaled(by: 1), value > 0 else { return nil }
            self.millicores = value
        } else {
            guard let amount = DecimalAmount(Substring(text)), let value = amount.scaled(by: 1000), value > 0 else { return nil }
            self.millicores = value
        }
    }

    /// vCPUs as a number: `0.25`, `2.0`.
    public var vCPUs: Double { Double(millicores) / 1000 }

    /// vCPUs as people write them: `0.25`, `2`.
    public var vCPUText: String {
        millicores % 1000 == 0 ? String(millicores / 1000) : String(vCPUs)
    }

    /// The Kubernetes-style spelling: `2` for whole vCPUs, `500m` otherwise.
    public var description: String {
        millicores % 1000 == 0 ? "\(millicores / 1000)" : "\(millicores)m"
    }
}

/// A non-negative decimal written with digits and at most one dot, scaled exactly by an integer unit.
private struct DecimalAmount {
    var whole: Substring
    var fraction: Substring

    init?(_ text: Substring) {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = parts.first, !first.isEmpty, first.allSatisfy(\.isASCIIDigit) else { return nil }
        whole = first
        fraction = parts.count > 1 ? parts[1] : ""
        if parts.count > 1 && (fraction.isEmpty || !fraction.allSatisfy(\.isASCIIDigit)) { return nil }
        guard whole.count <= 9, fraction.count <= 6 else { return nil }
    }

    /// `value × unit`, or nil when it is not a whole number.
    func scaled(by unit: Int) -> Int? {
        guard let w = Int(whole) else { return nil }
        var total = w * unit
        guard !fraction.isEmpty else { return total }
        var denominator = 1
        for _ in fraction { denominator *= 10 }
        guard let f = Int(fraction) else { return nil }
        let numerator = f * unit
        guard numerator % denominator == 0 else { return nil }
        total += numerator / denominator
        return total
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
