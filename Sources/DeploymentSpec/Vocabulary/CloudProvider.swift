/// Where the infrastructure lives.
public enum CloudProvider: String, SpecEnumeration {
    case aws
    case gcp
    case azure
    case digitalocean
    case hetzner
    /// Any Linux server or existing cluster; nothing provider-specific is generated.
    case bareMetal = "bare-metal"

    public static let noun = "provider"
}
