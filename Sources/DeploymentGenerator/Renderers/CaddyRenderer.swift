/// The `Caddyfile`: the spec's domain with automatic HTTPS, compression, security headers, the app behind
/// `reverse_proxy`, explicit `/health` (and `/graphql`) routes, and debug/metrics paths answered with 404.
struct CaddyRenderer {
    let plan: StackPlan
    let profile: any FrameworkProfile

    init(profile: any FrameworkProfile) {
        self.plan = profile.plan
        self.profile = profile
    }

    static let fileName = "Caddyfile"

    var upstream: String { "app:\(plan.appPort)" }

    func file() -> GeneratedFile {
        GeneratedFile(path: Self.fileName, contents: CaddyfileWriter.render(document()), category: .caddy)
    }

    func document() -> CaddyfileDocument {
        var directives: [CaddyDirective] = [
            CaddyDirective("encode", ["zstd", "gzip"]),
            CaddyDirective("header", block: [
                CaddyDirective("Strict-Transport-Security", ["max-age=31536000; includeSubDomains"]),
                CaddyDirective("X-Content-Type-Options", ["nosniff"]),
                CaddyDirective("X-Frame-Options", ["DENY"]),
                CaddyDirective("Referrer-Policy", ["strict-origin-when-cross-origin"]),
                CaddyDirective("Permissions-Policy", ["camera=(), microphone=(), geolocation=()"]),
                CaddyDirective("-Server"),
            ], blankLineBefore: true),
        ]
        let privatePaths = profile.privatePaths.flatMap { [$0, $0 + "/*"] }
        directives += [
            CaddyDirective("@private", ["path"] + privatePaths,
                           comment: "Debug UIs and metrics are never public: Prometheus scrapes the app on the internal network.",
                           blankLineBefore: true),
            CaddyDirective("handle", ["@private"], block: [CaddyDirective("respond", ["404"])]),
            CaddyDirective("handle", [plan.healthPath], block: [CaddyDirective("reverse_proxy", [upstream])],
                           comment: "Health endpoint for uptime monitors.", blankLineBefore: true),
        ]
        if plan.framework == .fraiseql {
            directives.append(CaddyDirective("handle", ["/graphql*"], block: [CaddyDirective("reverse_proxy", [upstream])],
                                             comment: "GraphQL API.", blankLineBefore: true))
        }
        directives += [
            CaddyDirective("handle", block: [
                CaddyDirective("reverse_proxy", [upstream], block: [
                    CaddyDirective("health_uri", [plan.healthPath]),
                    CaddyDirective("health_interval", ["10s"]),
                    CaddyDirective("health_timeout", ["\(max(1, plan.healthTimeoutSeconds))s"]),
                ]),
            ], blankLineBefore: true),
            CaddyDirective("log", block: [
                CaddyDirective("output", ["stdout"]),
                CaddyDirective("format", ["json"]),
            ], blankLineBefore: true),
        ]
        let site = CaddySite(
            ["{$DOMAIN:\(plan.domain)}"],
            comment: "DOMAIN comes from .env (default: the spec's domain). Caddy obtains and renews certificates itself;\nthe DNS record must point at this server and ports 80 and 443 must be reachable.",
            directives: directives)
        return CaddyfileDocument(header: GeneratedHeader.lines, sites: [site])
    }
}
