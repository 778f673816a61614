/// Who issues the TLS certificate.
public enum CertificateProvider: String, SpecEnumeration {
    /// Let's Encrypt through Caddy's automatic HTTPS.
    case letsencrypt
    /// AWS Certificate Manager, attached to the load balancer.
    case awsACM = "aws-acm"
    /// cert-manager in Kubernetes (ACME issuer).
    case certManager = "cert-manager"

    public static let noun = "certificate provider"
    public static let aliases: [String: CertificateProvider] = ["acm": .awsACM, "lets-encrypt": .letsencrypt]
}

/// Where secrets are stored and read from at run time.
public enum SecretsManager: String, SpecEnumeration {
    case awsSecrets = "aws-secrets"
    case vault
    /// A `.env` file on the server, never committed (hobby-project).
    case envFile = "env-file"
    /// Kubernetes Secrets.
    case kubernetes

    public static let noun = "secrets manager"
    public static let aliases: [String: SecretsManager] = ["aws-secrets-manager": .awsSecrets]
}
