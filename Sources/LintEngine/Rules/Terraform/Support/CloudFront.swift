import DeploySyntax

/// The cache behaviours of a CloudFront distribution (default and ordered, static and dynamic).
enum CloudFront {
    static func cacheBehaviors(of distribution: TerraformResource, in module: TerraformModule) -> [TerraformBlockInstance] {
        module.blocks("default_cache_behavior", in: distribution) + module.blocks("ordered_cache_behavior", in: distribution)
    }
}
