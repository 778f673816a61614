import DeploySyntax

extension SpecRules {
    /// Certificates, WAF, DDoS protection and secrets against pattern and provider.
    mutating func checkSecurity() {
        guard let security = spec.security else { return }
        if let certificate = security.certificateProvider, let pattern {
            switch (certificate.value, pattern) {
            case (.letsencrypt, .smallSaaS), (.letsencrypt, .productionSaaS):
                reportWithPattern("an AWS load balancer serves only ACM certificates; use certificate_provider aws-acm on \(pattern.rawValue)", at: certificate.range)
            case (.awsACM, .hobbyProject):
                reportWithPattern("ACM certificates cannot be exported to a server; hobby-project gets Let's Encrypt certificates through Caddy (certificate_provider letsencrypt)", at: certificate.range)
            case (.awsACM, .kubernetes) where spec.kubernetes?.ingressClass?.value != .alb:
                reportWithPattern("ACM certificates work only with the AWS load balancer; use cert-manager, or ingress class alb", at: certificate.range)
            case (.certManager, let other) where other != .kubernetes:
                reportWithPattern("cert-manager runs in Kubernetes; use \(other == .hobbyProject ? "letsencrypt" : "aws-acm") on \(other.rawValue)", at: certificate.range)
            default:
                break
            }
        }
        for (flag, name) in [(security.waf, "waf"), (security.ddosProtection, "ddos_protection")] {
            guard let flag, flag.value, let pattern, !pattern.requiresAWS else { continue }
            reportWithPattern("\(name) puts AWS WAF/Shield in front of the load balancer; \(pattern.rawValue) has none. Use small-saas or production-saas", at: flag.range)
        }
        if let ddos = security.ddosProtection, ddos.value, isAWSPattern {
            report(SpecDiagnosticCode.discouraged, "ddos_protection subscribes to AWS Shield Advanced (USD 3,000 a month, one-year commitment); Shield Standard protects every AWS account for free",
                   at: ddos.range, severity: .note)
        }
        if let secrets = security.secretsManager {
            switch secrets.value {
            case .awsSecrets where provider != .aws && pattern != .kubernetes:
                report(SpecDiagnosticCode.combination, "aws-secrets needs provider aws; the provider is \(provider?.rawValue ?? "not set")", at: secrets.range)
            case .kubernetes where pattern != nil && pattern != .kubernetes:
                reportWithPattern("Kubernetes Secrets need the kubernetes pattern; use \(isAWSPattern ? "aws-secrets" : "env-file") on \(patternName)", at: secrets.range)
            case .envFile where isAWSPattern:
                reportWithPattern("ECS tasks read secrets from AWS Secrets Manager, not from a .env file on a server; use aws-secrets", at: secrets.range)
            default:
                break
            }
        }
        if pattern == .productionSaaS {
            if let ssl = security.ssl, !ssl.value {
                reportWithPattern("production-saas without TLS sends sessions and passwords in clear text; keep ssl: true", at: ssl.range,
                                  code: SpecDiagnosticCode.discouraged, severity: .warning)
            }
            if let encryption = security.encryptionAtRest, !encryption.value {
                reportWithPattern("production-saas without encryption at rest fails most compliance checks (RDS, S3, EBS are encrypted for free); keep encryption_at_rest: true",
                                  at: encryption.range, code: SpecDiagnosticCode.discouraged, severity: .warning)
            }
        }
    }

    /// CloudWatch only on AWS; the Kubernetes monitoring shorthand only on Kubernetes.
    mutating func checkMonitoring() {
        guard let monitoring = spec.monitoring else { return }
        if let stack = monitoring.kubePrometheusStack, let pattern, pattern != .kubernetes {
            reportWithPattern("kube-prometheus-stack is installed into Kubernetes; on \(pattern.rawValue) write a level: none, basic, standard or enterprise", at: stack.range)
        }
        if let cloudwatch = monitoring.cloudwatch, cloudwatch.value, provider != .aws {
            report(SpecDiagnosticCode.combination, "CloudWatch metrics need provider aws; the provider is \(provider?.rawValue ?? "not set")", at: cloudwatch.range)
        }
        if let aggregator = monitoring.logAggregator, aggregator.value == .cloudwatch, provider != .aws {
            report(SpecDiagnosticCode.combination, "CloudWatch Logs need provider aws; the provider is \(provider?.rawValue ?? "not set"). Use loki", at: aggregator.range)
        }
    }

    /// Pipeline settings that cannot work.
    mutating func checkCICD() {
        guard let cicd = spec.cicd else { return }
        if let provider = cicd.provider, provider.value == .none {
            for (present, what) in [(cicd.triggers?.isEmpty == false, "'triggers'"), (cicd.environments?.isEmpty == false, "'environments'")] where present {
                report(SpecDiagnosticCode.ignored, "\(what) is ignored: cicd provider is none, so no pipeline is generated", at: provider.range, severity: .warning)
            }
        }
        for environment in cicd.environments ?? [] {
            if let approval = environment.approvalRequired, !approval.value, let reviewers = environment.reviewers, let first = reviewers.first {
                report(SpecDiagnosticCode.conflict, "reviewers are listed but approval_required is false; remove them or require approval", at: first.range,
                       related: [.init(path: path, range: approval.range, message: "approval_required is false here")])
            }
        }
    }

    /// Kubernetes settings outside the kubernetes pattern; the ingress-nginx end of maintenance.
    mutating func checkKubernetes() {
        guard let kubernetes = spec.kubernetes else { return }
        if let pattern, pattern != .kubernetes {
            reportIgnored("Kubernetes settings (cluster, namespace, ingress)", at: kubernetes.range, usedBy: "the kubernetes pattern")
            return
        }
        if let ingress = kubernetes.ingressClass, ingress.value == .nginx {
            report(SpecDiagnosticCode.endOfLife, "ingress-nginx reached end of maintenance in March 2026 and gets no security fixes; use traefik or gateway-api",
                   at: ingress.range, severity: .warning)
        }
        if let tls = kubernetes.ingressTLS, tls.value == .none, spec.security?.ssl?.value != false {
            report(SpecDiagnosticCode.combination, "ingress ssl 'none' leaves TLS to something in front of the cluster; set security.ssl: false to say so, or use cert-manager",
                   at: tls.range, severity: .warning)
        }
    }

    /// Values that look like secrets written in clear.
    mutating func checkEnvironments() {
        guard let environments = spec.environments else { return }
        for environment in environments.entries {
            let secretNames = Set(environment.secrets.map(\.value))
            for variable in environment.variables
            where SecretNames.looksSecret(variable.name.value) && !variable.value.value.isEmpty && !secretNames.contains(variable.name.value) {
                let advice = environments.form == .list ? "list '\(variable.name.value)' under 'secrets' of this environment" : "keep it in the secrets manager"
                report(SpecDiagnosticCode.discouraged, "'\(variable.name.value)' looks like a secret but its value is written in deployment.yaml; \(advice) instead",
                       at: variable.value.range, severity: .warning)
            }
        }
    }
}

/// Variable names that usually hold credentials.
enum SecretNames {
    static let markers = ["PASSWORD", "PASSWD", "SECRET", "TOKEN", "PRIVATE_KEY", "API_KEY", "ACCESS_KEY", "CREDENTIALS"]

    static func looksSecret(_ name: String) -> Bool {
        let upper = name.uppercased()
        return markers.contains { upper.contains($0) }
    }
}
