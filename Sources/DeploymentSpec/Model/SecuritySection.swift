import DeploySyntax

/// `security:`: TLS, certificates, WAF, DDoS protection, secrets and encryption at rest.
public struct SecuritySection: Hashable, Sendable {
    public var ssl: Located<Bool>?
    public var certificateProvider: Located<CertificateProvider>?
    public var waf: Located<Bool>?
    public var ddosProtection: Located<Bool>?
    public var secretsManager: Located<SecretsManager>?
    public var encryptionAtRest: Located<Bool>?
    public var range: SourceRange

    public init(range: SourceRange) {
        self.range = range
    }
}
