import DeploySyntax
@testable import LintEngine
import Testing

/// The Terraform layer over the HCL tree: variables and locals, `count`/`for_each`/`dynamic`, references between
/// resources, the environment, built-in functions, and the per-file and per-directory lint passes.
@Suite struct TerraformModuleTests {
    static func module(_ files: [String: String], complete: Bool = true) -> TerraformModule {
        let parsed = files.keys.sorted().map { HCLParser().parse(SourceFile(path: $0, text: files[$0]!)) }
        return TerraformModule(files: parsed, isComplete: complete)
    }

    static func ids(_ outcome: RuleRunner.Outcome) -> [String] {
        outcome.violations.map { "\($0.ruleID) \($0.violation.range.start)" }
    }

    // MARK: - Variables and locals

    @Test func variablesResolveToDefaults_andLocalsChainAcrossFiles() throws {
        let m = Self.module([
            "variables.tf": """
                variable "env" {
                  default = "prod"
                }
                variable "no_default" {}
                """,
            "main.tf": """
                locals {
                  name   = "${local.prefix}-db"
                  prefix = "app-${var.env}"
                  loop_a = local.loop_b
                  loop_b = local.loop_a
                  later  = var.no_default
                }
                """,
        ])
        #expect(m.variableValues["env"] == .string("prod"))
        #expect(m.variableValues["no_default"] == nil)
        #expect(m.localValues["name"] == .string("app-prod-db"))
        #expect(m.localValues["loop_a"] == .unknown)
        #expect(m.localValues["later"] == .unknown)
    }

    @Test func builtInFunctions_foldPureCalls_andStayUnknownOtherwise() throws {
        let m = Self.module(["main.tf": """
            variable "tags" {
              default = { Team = "core" }
            }
            locals {
              merged    = merge(var.tags, { Environment = "staging" })
              looked    = lookup(local.merged, "Missing", "fallback")
              tried     = try(var.tags.Nope, "default")
              can_ok    = can(var.tags.Team)
              coalesced = coalesce(null, "", "x")
              joined    = join(",", compact(["a", null, "", "b"]))
              json      = jsonencode({ b = [1, true], a = null })
              decoded   = jsondecode("{\\"k\\": [1, \\"two\\"]}").k[1]
              formatted = format("%s-%d", "web", 3)
              counted   = length(keys(local.merged))
              flat      = flatten([[1], [2, [3]]])
              io        = file("policy.json")
              ranged    = range(3)
              contained = contains(["a", "b"], "b")
            }
            """])
        let v = m.localValues
        #expect(v["merged"] == .object(["Team": .string("core"), "Environment": .string("staging")]))
        #expect(v["looked"] == .string("fallback"))
        #expect(v["tried"] == .string("default"))
        #expect(v["can_ok"] == .bool(true))
        #expect(v["coalesced"] == .string("x"))
        #expect(v["joined"] == .string("a,b"))
        #expect(v["json"] == .string(#"{"a":null,"b":[1,true]}"#))
        #expect(v["decoded"] == .string("two"))
        #expect(v["formatted"] == .string("web-3"))
        #expect(v["counted"] == .number(2))
        #expect(v["flat"] == .tuple([.number(1), .number(2), .number(3)]))
        #expect(v["io"] == .unknown)
        #expect(v["ranged"] == .tuple([.number(0), .number(1), .number(2)]))
        #expect(v["contained"] == .bool(true))
    }

    // MARK: - count, for_each, dynamic

    @Test func countAndForEach_decideWhetherResourcesExist() throws {
        let m = Self.module(["main.tf": """
            variable "create" {
              default = false
            }
            variable "unknown" {}
            resource "aws_sns_topic" "off" {
              count = var.create ? 1 : 0
            }
            resource "aws_sns_topic" "maybe" {
              count = var.unknown ? 1 : 0
            }
            resource "aws_sns_topic" "each" {
              for_each = toset(["a", "b"])
            }
            resource "aws_sns_topic" "none" {
              for_each = {}
            }
            """])
        #expect(m.resources.map(\.name) == ["maybe", "each"])
        #expect(m.resources.map(\.existence) == [.unknownCount, .multiple(2)])
    }

    @Test func dynamicBlocks_expandKnownCollections_andBindTheIterator() throws {
        let m = Self.module(["main.tf": """
            locals {
              rules = { ssh = 22, https = 443 }
            }
            variable "extra" {}
            resource "aws_security_group" "web" {
              ingress {
                from_port = 80
              }
              dynamic "ingress" {
                for_each = local.rules
                iterator = rule
                content {
                  from_port   = rule.value
                  description = rule.key
                }
              }
              dynamic "ingress" {
                for_each = var.extra
                content {
                  from_port = ingress.value.port
                }
              }
            }
            """])
        let sg = try #require(m.resources.first)
        let blocks = m.blocks("ingress", in: sg)
        #expect(blocks.count == 4)
        #expect(blocks.map { m.setting("from_port", in: $0).value } == [.number(80), .number(443), .number(22), .unknown])
        #expect(blocks.map { m.setting("description", in: $0).string } == [nil, "https", "ssh", nil])
        #expect(blocks.map(\.isDynamic) == [false, true, true, true])
        #expect(blocks[1].headerRange.description == "9:3-9:20")
    }

    // MARK: - References and environment

    @Test func references_followLocalsSplatsAndDataSources() throws {
        let m = Self.module(["main.tf": """
            resource "aws_s3_bucket" "b" {}
            resource "aws_subnet" "private" {
              count = 2
            }
            data "aws_iam_policy_document" "p" {}
            locals {
              bucket_id = aws_s3_bucket.b.id
            }
            resource "aws_s3_bucket_versioning" "v" {
              bucket = local.bucket_id
            }
            resource "aws_db_subnet_group" "g" {
              subnet_ids = aws_subnet.private[*].id
            }
            resource "aws_iam_policy" "p" {
              policy = data.aws_iam_policy_document.p.json
            }
            """])
        let versioning = try #require(m.resource(type: "aws_s3_bucket_versioning", name: "v"))
        let group = try #require(m.resource(type: "aws_db_subnet_group", name: "g"))
        let policy = try #require(m.resource(type: "aws_iam_policy", name: "p"))
        #expect(m.referencedResources(in: try #require(versioning.body.attribute("bucket")).expression).map(\.address) == ["aws_s3_bucket.b"])
        #expect(m.referencedResources(in: try #require(group.body.attribute("subnet_ids")).expression).map(\.address) == ["aws_subnet.private"])
        #expect(m.referencedResources(in: try #require(policy.body.attribute("policy")).expression).map(\.address) == ["data.aws_iam_policy_document.p"])
    }

    @Test func environment_comesFromOptionTagsDefaultTagsThenVariables() throws {
        let m = Self.module(["main.tf": """
            variable "environment" {
              default = "staging"
            }
            provider "aws" {
              default_tags {
                tags = { Env = "Production" }
              }
            }
            resource "aws_db_instance" "tagged" {
              tags = { Environment = "dev" }
            }
            resource "aws_db_instance" "untagged" {}
            """])
        let tagged = try #require(m.resource(type: "aws_db_instance", name: "tagged"))
        let untagged = try #require(m.resource(type: "aws_db_instance", name: "untagged"))
        let plain = RuleContext(path: "main.tf")
        #expect(m.environment(of: tagged, context: plain, ruleID: "TF006") == .nonProduction("dev"))
        #expect(m.environment(of: untagged, context: plain, ruleID: "TF006") == .production("Production"))
        let configured = RuleContext(path: "main.tf", ruleOptions: ["TF006": ["environment": "qa"]])
        #expect(m.environment(of: tagged, context: configured, ruleID: "TF006") == .nonProduction("qa"))
        let variableOnly = Self.module(["main.tf": "variable \"environment\" {\n  default = \"prod-eu\"\n}\n"])
        #expect(variableOnly.environment(of: nil, context: plain, ruleID: "TF006") == .production("prod-eu"))
        #expect(Self.module(["main.tf": ""]).environment(of: nil, context: plain, ruleID: "TF006") == .unknown)
    }

    // MARK: - Lint passes

    @Test func directoryPass_combinesFiles_forVariablesAndCompanionResources() throws {
        let files = [
            SourceFile(path: "infra/main.tf", text: """
                resource "aws_db_instance" "db" {
                  engine            = "postgres"
                  storage_encrypted = var.encrypt
                }
                resource "aws_s3_bucket" "b" {
                  bucket = "example"
                }
                """),
            SourceFile(path: "infra/variables.tf", text: "variable \"encrypt\" {\n  default = false\n}\n"),
            SourceFile(path: "infra/versioning.tf", text: """
                resource "aws_s3_bucket_versioning" "b" {
                  bucket = aws_s3_bucket.b.id
                  versioning_configuration {
                    status = "Enabled"
                  }
                }
                """),
        ]
        let rules: [any Rule] = [RDSStorageNotEncrypted(), S3BucketVersioningDisabled()]
        let outcomes = TerraformLinter.lint(directory: files, rules: rules) { RuleContext(path: $0) }
        #expect(outcomes.keys.sorted() == ["infra/main.tf", "infra/variables.tf", "infra/versioning.tf"])
        #expect(Self.ids(outcomes["infra/main.tf"]!) == ["TF001 3:3"])
        #expect(outcomes["infra/variables.tf"]!.violations.isEmpty)

        // Without the versioning file the bucket is reported, in main.tf.
        let withoutVersioning = TerraformLinter.lint(directory: Array(files.prefix(2)), rules: rules) { RuleContext(path: $0) }
        #expect(Self.ids(withoutVersioning["infra/main.tf"]!) == ["TF001 3:3", "TF021 5:1"])
    }

    @Test func perFilePass_withSiblingTerraformFiles_skipsAbsenceChecksAndUnknownVariables() throws {
        let main = SourceFile(path: "main.tf", text: """
            resource "aws_db_instance" "db" {
              engine            = "postgres"
              storage_encrypted = var.encrypt
            }
            resource "aws_s3_bucket" "b" {}
            """)
        let rules: [any Rule] = [RDSStorageNotEncrypted(), S3BucketVersioningDisabled()]
        let alone = TerraformLinter.lint(file: main, rules: rules, context: RuleContext(path: "main.tf", siblingFileNames: ["main.tf"]))
        #expect(Self.ids(alone) == ["TF021 5:1"])
        let withSiblings = TerraformLinter.lint(
            file: main, rules: rules, context: RuleContext(path: "main.tf", siblingFileNames: ["main.tf", "variables.tf"]))
        #expect(withSiblings.violations.isEmpty)
    }

    @Test func rulesStillRunOnBlocksThatParse_whenAnotherBlockIsBroken() throws {
        let file = SourceFile(path: "main.tf", text: """
            resource "aws_sns_topic" "broken" {
              name = [
            }

            resource "aws_sns_topic" "ok" {
              name = "alerts"
            }
            """)
        let outcome = TerraformLinter.lint(file: file, rules: [SNSTopicNotEncrypted()], context: RuleContext(path: "main.tf"))
        #expect(outcome.parseDiagnostics.count == 1)
        #expect(Self.ids(outcome) == ["TF014 5:1"])
    }

    @Test func jsonDocuments_areReadFromJSONEncodeHeredocsAndStrings() throws {
        let m = Self.module(["main.tf": """
            resource "aws_iam_policy" "a" {
              policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "*", Resource = var.arn }] })
            }
            resource "aws_iam_policy" "b" {
              policy = <<-JSON
                {"Statement": {"Action": ["s3:*"], "Resource": "${var.arn}/*"}}
              JSON
            }
            resource "aws_iam_policy" "c" {
              policy = "{\\"Statement\\": []}"
            }
            """])
        let statements = m.resources.map { PolicyStatement.statements(of: m.setting("policy", in: $0), in: m) }
        #expect(statements.map(\.count) == [1, 1, 0])
        #expect(statements[0][0].actions == .string("*"))
        #expect(statements[0][0].resources == .unknown)
        #expect(statements[1][0].effect == "Allow")
        #expect(statements[1][0].resources == .unknown)
    }
}
