import DeploySyntax

/// TF038 — a CloudFront distribution accepts viewers on TLS versions older than 1.2: a custom certificate with
/// `minimum_protocol_version` below `TLSv1.2_2019` or unset (`TLSv1`), or the default `*.cloudfront.net`
/// certificate, which always accepts TLS 1.0 (note).
public struct CloudFrontOutdatedTLS: TerraformRule {
    public let id = "TF038"
    public init() {}

    static let modern: Set<String> = ["TLSv1.2_2019", "TLSv1.2_2021", "TLSv1.2_2025", "TLSv1.3_2025"]

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        var out: [TerraformFinding] = []
        for distribution in module.resources(ofType: "aws_cloudfront_distribution") {
            for certificate in module.blocks("viewer_certificate", in: distribution) {
                let minimum = module.setting("minimum_protocol_version", in: certificate)
                let isDefault = BooleanSetting(module.setting("cloudfront_default_certificate", in: certificate)) == .enabled
                let custom = ["acm_certificate_arn", "iam_certificate_id"].contains {
                    let s = module.setting($0, in: certificate)
                    return !s.value.isNull
                }
                if isDefault && !custom {
                    out.append(TerraformFinding(path: certificate.path, range: certificate.headerRange, message:
                        "\(distribution.displayName) uses the default *.cloudfront.net certificate, which accepts TLS 1.0 "
                        + "whatever minimum_protocol_version says: serve an alias with an ACM certificate and "
                        + "minimum_protocol_version = \"TLSv1.2_2021\"", severity: .note))
                    continue
                }
                guard custom else { continue }
                switch minimum.value {
                case .unknown:
                    continue
                case .null:
                    out.append(TerraformFinding(path: certificate.path, range: certificate.headerRange, message:
                        "\(distribution.displayName) sets no minimum_protocol_version, so viewers may connect with TLS 1.0 (TLSv1): "
                        + "set minimum_protocol_version = \"TLSv1.2_2021\""))
                default:
                    guard let v = minimum.string, !Self.modern.contains(v) else { continue }
                    let severity: Severity? = v == "TLSv1.2_2018" ? .note : nil
                    out.append(TerraformFinding(path: certificate.path, range: minimum.reportRange, message:
                        "\(distribution.displayName) accepts viewers with \(v)\(severity == nil ? ", below TLS 1.2" : ", which keeps weaker TLS 1.2 ciphers"): "
                        + "set minimum_protocol_version = \"TLSv1.2_2021\"", severity: severity))
                }
            }
        }
        return out
    }
}
