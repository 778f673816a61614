/// The AWS region codes a deployment may name, checked when the provider is `aws`.
///
/// Commercial regions as listed by AWS at the end of 2026, plus GovCloud and China (which need separate
/// accounts but are real targets). Opt-in regions are included: the account must enable them first.
public enum AWSRegion {
    public static let codes: [String] = [
        "us-east-1", "us-east-2", "us-west-1", "us-west-2",
        "ca-central-1", "ca-west-1", "mx-central-1", "sa-east-1",
        "eu-central-1", "eu-central-2", "eu-west-1", "eu-west-2", "eu-west-3",
        "eu-south-1", "eu-south-2", "eu-north-1",
        "il-central-1", "me-south-1", "me-central-1", "af-south-1",
        "ap-east-1", "ap-east-2", "ap-south-1", "ap-south-2",
        "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
        "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4",
        "ap-southeast-5", "ap-southeast-6", "ap-southeast-7",
        "us-gov-east-1", "us-gov-west-1", "cn-north-1", "cn-northwest-1",
    ]

    private static let known = Set(codes)

    public static func isKnown(_ code: String) -> Bool { known.contains(code) }

    /// The region used when a spec on AWS names none.
    public static let defaultRegion = "us-east-1"
}
