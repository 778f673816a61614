import DeploySyntax

extension TerraformModule {
    /// Resources of `type` whose `attribute` refers to `target`: by reference (`aws_s3_bucket.b.id`, through
    /// locals) or, when `targetNameAttribute` is given, by the same literal value (`bucket = "my-logs"` on both).
    func resources(
        ofType type: String, linkedTo target: TerraformResource, via attribute: String,
        targetNameAttribute: String? = nil
    ) -> [TerraformResource] {
        let targetName = targetNameAttribute.flatMap { setting($0, in: target).string }
        return resources(ofType: type).filter { candidate in
            guard let a = candidate.body.attribute(attribute) else { return false }
            if expression(a.expression, refersTo: target) { return true }
            if let targetName, evaluate(a.expression).string == targetName { return true }
            return false
        }
    }

    /// True when the expression's value or references cannot be traced (a variable without default, a module
    /// output): rules that look for a companion resource stay silent for such links.
    func isOpaque(_ expression: HCLExpression) -> Bool {
        !evaluate(expression).isKnown && referencedResources(in: expression).isEmpty
    }

    /// The `engine` of an RDS resource, lower-cased, when known.
    func engine(of resource: TerraformResource) -> String? {
        setting("engine", in: resource).string?.lowercased()
    }

    /// A finding in `resource`'s file.
    func finding(_ resource: TerraformResource, _ range: SourceRange, _ message: String, severity: Severity? = nil) -> TerraformFinding {
        TerraformFinding(path: resource.path, range: range, message: message, severity: severity)
    }
}

extension TerraformResource {
    /// `aws_db_instance.main` for messages.
    var displayName: String { "\(type).\(name)" }
}

/// RDS facts shared by the database rules.
enum RDSFacts {
    /// Aurora engines keep storage, backups, IAM auth and deletion protection on the cluster.
    static func isAurora(_ engine: String?) -> Bool {
        engine?.hasPrefix("aurora") ?? false
    }

    /// Engines with IAM database authentication (MySQL, MariaDB, PostgreSQL and their Aurora variants).
    static func supportsIAMAuth(_ engine: String?) -> Bool {
        guard let e = engine else { return false }
        return e.contains("mysql") || e.contains("postgres") || e == "mariadb"
    }

    /// Engines that enter paid RDS Extended Support at end of standard support.
    static func hasExtendedSupport(_ engine: String?) -> Bool {
        guard let e = engine else { return false }
        return e == "mysql" || e == "postgres" || e == "aurora-mysql" || e == "aurora-postgresql" || e == "aurora"
    }

    /// A read replica or a restore inherits encryption, backups and engine from its source.
    static func isReplicaOrRestore(_ resource: TerraformResource, in module: TerraformModule) -> Bool {
        for name in ["replicate_source_db", "replication_source_identifier", "snapshot_identifier"] {
            let s = module.setting(name, in: resource)
            if !s.isAbsent && !s.value.isNull { return true }
        }
        return !module.blocks("restore_to_point_in_time", in: resource).isEmpty
            || !module.blocks("s3_import", in: resource).isEmpty
    }
}
