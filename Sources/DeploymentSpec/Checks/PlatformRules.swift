import DeploySyntax

extension SpecRules {
    /// Provider against pattern, AWS region names, regions list, availability zones, networking use.
    mutating func checkPlatform() {
        let platform = spec.platform

        if let pattern, pattern.requiresAWS, let written = platform?.provider, written.value != .aws {
            reportWithPattern("\(pattern.rawValue) runs on AWS (ECS Fargate, RDS, ALB); provider '\(written.value.rawValue)' is not possible. Use provider aws, or the kubernetes pattern on other clouds",
                              at: written.range)
        }

        if provider == .aws {
            for region in [platform?.region].compactMap({ $0 }) + (platform?.regions ?? []) where !AWSRegion.isKnown(region.value) {
                var message = "'\(region.value)' is not an AWS region"
                if let close = KeySuggestion.closest(to: region.value, among: AWSRegion.codes) {
                    message += "; did you mean '\(close)'?"
                } else {
                    message += " (regions look like us-east-1, eu-west-1, ap-southeast-2)"
                }
                report(SpecDiagnosticCode.region, message, at: region.range)
            }
        }

        if let regions = platform?.regions {
            var seen: [String: SourceRange] = [:]
            for region in regions {
                if let first = seen[region.value] {
                    report(SpecDiagnosticCode.conflict, "region '\(region.value)' is listed twice", at: region.range,
                           related: [.init(path: path, range: first, message: "first listed here")])
                }
                seen[region.value] = region.range
            }
            if let region = platform?.region, let primary = regions.first, primary.value != region.value {
                report(SpecDiagnosticCode.conflict, "'region' is '\(region.value)' but the first of 'regions' (the primary) is '\(primary.value)'; keep one",
                       at: primary.range, related: [.init(path: path, range: region.range, message: "'region' is here")])
            }
            if regions.count > 1, let pattern, pattern != .productionSaaS {
                reportIgnored("a second region", at: regions[1].range, usedBy: "production-saas (disaster recovery)")
            }
        }

        if let zones = platform?.availabilityZones {
            if case .names(let names) = zones.value, provider == .aws,
               let region = platform?.region?.value ?? platform?.regions?.first?.value, AWSRegion.isKnown(region) {
                for name in names where !(name.hasPrefix(region) && name.count == region.count + 1) {
                    report(SpecDiagnosticCode.combination, "availability zone '\(name)' is not in region \(region) (zones look like \(region)a)", at: zones.range)
                    break
                }
            }
            if pattern == .hobbyProject, zones.value.count > 1 {
                reportIgnored("more than one availability zone", at: zones.range, usedBy: "small-saas and production-saas")
            }
            if pattern == .productionSaaS, zones.value.count < 2 {
                reportWithPattern("production-saas spreads over at least 2 availability zones; found \(zones.value.count)", at: zones.range)
            }
        }

        if let networking = spec.networking, let pattern, !pattern.requiresAWS {
            reportIgnored("'networking'", at: networking.range, usedBy: "small-saas and production-saas (the AWS VPC)")
        }
        if let certificate = spec.networking?.loadBalancer?.certificate, certificate.value == "letsencrypt" {
            report(SpecDiagnosticCode.combination, "an AWS load balancer serves only ACM certificates; use certificate 'acm' (a certificate is requested for the domain) or an ACM certificate ARN",
                   at: certificate.range)
        }
    }
}
