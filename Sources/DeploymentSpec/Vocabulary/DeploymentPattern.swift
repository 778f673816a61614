/// How and where a deployment runs: the shape of the infrastructure the generator writes.
public enum DeploymentPattern: String, SpecEnumeration {
    /// Docker Compose and Caddy on one server.
    case hobbyProject = "hobby-project"
    /// AWS: ECS Fargate behind an ALB, RDS PostgreSQL.
    case smallSaaS = "small-saas"
    /// AWS: Multi-AZ RDS, autoscaling ECS, Redis, S3 and CloudFront, WAF, full observability.
    case productionSaaS = "production-saas"
    /// Helm chart, CloudNativePG, ingress and cert-manager on an existing cluster.
    case kubernetes

    public static let noun = "pattern"

    /// True for the patterns that generate AWS infrastructure (OpenTofu, ECS, RDS).
    public var requiresAWS: Bool { self == .smallSaaS || self == .productionSaaS }
}

/// Where the application containers run.
public enum Hosting: String, Sendable, Hashable, CaseIterable {
    /// Docker Compose on one Linux server.
    case compose
    /// AWS ECS on Fargate.
    case ecsFargate = "ecs-fargate"
    /// A Kubernetes cluster, through a Helm chart.
    case kubernetes
}

/// What terminates TLS and forwards requests to the application.
public enum ReverseProxy: String, Sendable, Hashable, CaseIterable {
    case caddy
    /// AWS Application Load Balancer.
    case applicationLoadBalancer = "application-load-balancer"
    /// A Kubernetes Ingress (or Gateway API route).
    case ingress
}
