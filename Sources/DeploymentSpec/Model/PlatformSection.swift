import DeploySyntax

/// `platform:` (or the shorthand `platform: aws`): provider, region, zones and domain.
public struct PlatformSection: Hashable, Sendable {
    public var provider: Located<CloudProvider>?
    public var region: Located<String>?
    /// `regions: [primary, dr…]`: the first is the primary region.
    public var regions: [Located<String>]?
    public var availabilityZones: Located<AvailabilityZones>?
    public var domain: Located<String>?
    public var range: SourceRange

    public init(range: SourceRange) {
        self.range = range
    }
}

/// `availability_zones:` is a count (`2`) or explicit zone names (`[us-east-1a, us-east-1b]`).
public enum AvailabilityZones: Hashable, Sendable {
    case count(Int)
    case names([String])

    public var count: Int {
        switch self {
        case .count(let n): n
        case .names(let names): names.count
        }
    }
}
