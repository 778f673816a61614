import DeploySyntax

/// TF027 — a database's subnet group holds subnets that give instances public IP addresses
/// (`map_public_ip_on_launch = true`), i.e. public subnets routed to an internet gateway.
public struct DatabaseInPublicSubnet: TerraformRule {
    public let id = "TF027"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        var out: [TerraformFinding] = []
        for db in module.resources(ofTypes: ["aws_db_instance", "aws_rds_cluster", "aws_elasticache_replication_group", "aws_elasticache_cluster"]) {
            let attributeName = db.type.hasPrefix("aws_elasticache") ? "subnet_group_name" : "db_subnet_group_name"
            let groupType = db.type.hasPrefix("aws_elasticache") ? "aws_elasticache_subnet_group" : "aws_db_subnet_group"
            let setting = module.setting(attributeName, in: db)
            guard let attribute = setting.attribute else { continue }
            var groups = module.referencedResources(in: attribute.expression).filter { $0.type == groupType }
            if groups.isEmpty, let literal = setting.string {
                groups = module.resources(ofType: groupType).filter { module.setting("name", in: $0).string == literal }
            }
            guard let group = groups.first, let subnets = group.body.attribute("subnet_ids") else { continue }
            if let (subnetRange, subnetPath, label) = publicSubnet(in: subnets.expression, module: module) {
                out.append(TerraformFinding(path: db.path, range: setting.reportRange, message:
                    "\(db.displayName) is placed in \(label), which assigns public IP addresses "
                    + "(map_public_ip_on_launch = true): give \(group.displayName) private subnets only",
                    related: [Diagnostic.Related(path: subnetPath, range: subnetRange, message: "public IP addresses assigned here")]))
            }
        }
        return out
    }

    private func publicSubnet(in expression: HCLExpression, module: TerraformModule) -> (SourceRange, String, String)? {
        for subnet in module.referencedResources(in: expression) where subnet.type == "aws_subnet" {
            let mapPublic = module.setting("map_public_ip_on_launch", in: subnet)
            if BooleanSetting(mapPublic) == .enabled {
                return (mapPublic.reportRange, subnet.path, "subnet \(subnet.displayName)")
            }
        }
        // terraform-aws-modules/vpc: `module.vpc.public_subnets` with `map_public_ip_on_launch = true`.
        for traversal in expression.traversals {
            guard let path = traversal.referencePath, path.count >= 3, path[0] == "module", path[2] == "public_subnets",
                  let call = module.moduleCalls.first(where: { $0.name == path[1] }),
                  call.source?.contains("terraform-aws-modules/vpc") == true
            else { continue }
            let mapPublic = module.setting("map_public_ip_on_launch", in: call.instance)
            if BooleanSetting(mapPublic) == .enabled {
                return (mapPublic.reportRange, call.path, "the public subnets of module.\(call.name)")
            }
        }
        return nil
    }
}
