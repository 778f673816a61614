import DeploySyntax

/// How an `aws_s3_bucket` is configured through its companion resources (`aws_s3_bucket_versioning`,
/// `aws_s3_bucket_public_access_block`, …), matched by reference to the bucket or by the same literal name.
enum S3Buckets {
    static func companions(of bucket: TerraformResource, type: String, in module: TerraformModule) -> [TerraformResource] {
        module.resources(ofType: type, linkedTo: bucket, via: "bucket", targetNameAttribute: "bucket")
    }

    /// True when a companion of `type` exists whose `bucket` cannot be traced (a variable, a module output): it
    /// may configure any bucket, so absence checks stay silent.
    static func hasOpaqueCompanion(type: String, in module: TerraformModule) -> Bool {
        module.resources(ofType: type).contains { r in
            guard let a = r.body.attribute("bucket") else { return false }
            return module.isOpaque(a.expression)
        }
    }

    /// True when absence checks may report for this module: all files known, no untraceable companion.
    static func canReportAbsence(of type: String, in module: TerraformModule) -> Bool {
        module.isComplete && !hasOpaqueCompanion(type: type, in: module)
    }

    static let publicCannedACLs: Set<String> = ["public-read", "public-read-write", "authenticated-read"]
}
