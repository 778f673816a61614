import DeploySyntax
import Foundation
@testable import LintEngine
import Testing

/// Behaviour of Terraform rules that fixtures do not pin: cost figures in messages, options, severities per
/// finding, redaction, and the rule list itself. (Trigger and pass cases live in `Fixtures/hcl/`.)
@Suite struct TerraformRuleTests {
    static func run(_ rule: any TerraformRule, _ text: String, options: [String: [String: String]] = [:]) -> [Violation] {
        let module = TerraformModule(files: [HCLParser().parse(SourceFile(path: "main.tf", text: text))], isComplete: true)
        return rule.check(module, context: RuleContext(path: "main.tf", ruleOptions: options)).map(\.violation)
    }

    static let bigDatabase = """
        resource "aws_db_instance" "main" {
          engine         = "postgres"
          instance_class = "db.r6g.2xlarge"
          multi_az       = var.multi_az
        }
        """

    @Test func ruleList_isSortedUniqueAndCoversTF001ToTF051() {
        let ids = TerraformRules.all.map(\.id)
        #expect(ids == (1...51).map { String(format: "TF%03d", $0) })
        #expect(TerraformRules.all.allSatisfy { $0.kind == .hcl })
    }

    @Test func instanceBudget_statesTheMonthlyPrice_andSuggestsAFittingSize() throws {
        let findings = Self.run(InstanceClassOverBudget(), Self.bigDatabase)
        let message = try #require(findings.first?.message)
        #expect(findings.count == 1)
        #expect(message.contains("db.r6g.2xlarge, about $656/month (us-east-1 on-demand, prices of 2026-06)"))
        #expect(message.contains("over the $500/month default budget: db.r6g.xlarge costs about $329/month"))
        #expect(findings.first?.range.description == "3:3-3:36")
    }

    @Test func instanceBudget_options_maxInstanceClassAndPattern() {
        #expect(Self.run(InstanceClassOverBudget(), Self.bigDatabase, options: ["TF044": ["max-instance-class": "db.r6g.4xlarge"]]).isEmpty)
        let hobby = Self.run(InstanceClassOverBudget(), """
            resource "aws_instance" "web" {
              instance_type = "t3.large"
            }
            """, options: ["TF044": ["pattern": "hobby-project"]])
        #expect(hobby.map(\.message).first?.contains("over the $50/month pattern hobby-project: t3.medium costs about $30.37/month") == true)
    }

    @Test func multiAZ_doublesTheEstimate() throws {
        let text = Self.bigDatabase.replacingOccurrences(of: "var.multi_az", with: "true")
        let message = try #require(Self.run(InstanceClassOverBudget(), text).first?.message)
        #expect(message.contains("in Multi-AZ (two instances), about $1313/month"))
    }

    @Test func extendedSupport_estimatesFromTheInstanceClassVCPUs() throws {
        let message = try #require(Self.run(RDSExtendedSupportNotDisabled(), Self.bigDatabase).first?.message)
        #expect(message.contains("about $584/month for db.r6g.2xlarge (8 vCPUs) in years 1-2"))
    }

    @Test func deletionProtection_isANoteOutsideProduction() {
        let text = """
            resource "aws_db_instance" "main" {
              engine = "postgres"
              tags   = { Environment = "preview" }
            }
            """
        #expect(Self.run(RDSDeletionProtectionDisabled(), text).map(\.severity) == [.note])
        #expect(Self.run(RDSDeletionProtectionDisabled(), text, options: ["TF004": ["environment": "production"]]).map(\.severity) == [nil])
    }

    @Test func backupRetention_minimumDaysOption() {
        let text = """
            resource "aws_rds_cluster" "main" {
              engine                  = "aurora-postgresql"
              backup_retention_period = 10
            }
            """
        #expect(Self.run(RDSBackupRetentionTooShort(), text).isEmpty)
        #expect(Self.run(RDSBackupRetentionTooShort(), text, options: ["TF003": ["minimum-days": "14"]]).count == 1)
    }

    @Test func literalCredentials_areRedacted_andNotQuoted() throws {
        let violation = try #require(Self.run(ProviderLiteralCredentials(), """
            provider "aws" {
              secret_key = "example-secret-value"
            }
            """).first)
        #expect(violation.redactions.map(\.description) == ["2:16-2:38"])
        #expect(!violation.message.contains("example-secret-value"))
    }

    @Test func securityGroupRules_reportOnlyTheMostSpecificRule() {
        let text = """
            resource "aws_security_group" "web" {
              description = "web"
              ingress {
                description = "everything"
                protocol    = "-1"
                from_port   = 0
                to_port     = 0
                cidr_blocks = ["0.0.0.0/0"]
              }
              ingress {
                description = "ssh and postgres"
                protocol    = "tcp"
                from_port   = 22
                to_port     = 5432
                cidr_blocks = ["0.0.0.0/0"]
              }
            }
            """
        #expect(Self.run(SecurityGroupOpenAllPorts(), text).map(\.range.start.line) == [8])
        #expect(Self.run(SecurityGroupOpenAdminPorts(), text).map(\.range.start.line) == [15])
        #expect(Self.run(SecurityGroupOpenDatabasePorts(), text).map(\.message).first?.contains("SQL Server (1433), Oracle (1521), etcd (2379) and 2 more") == true)
    }

    @Test func unknownValues_neverProduceFindings() {
        let text = """
            variable "encrypted" {}
            variable "policy" {}
            resource "aws_ebs_volume" "v" {
              encrypted = var.encrypted
            }
            resource "aws_lb_listener" "l" {
              protocol   = var.protocol
              ssl_policy = var.policy
            }
            resource "aws_kms_key" "k" {
              enable_key_rotation = var.rotate
            }
            """
        for rule: any TerraformRule in [EBSVolumeNotEncrypted(), LoadBalancerOutdatedTLSPolicy(), ALBHTTPWithoutRedirect(), KMSKeyRotationDisabled()] {
            #expect(Self.run(rule, text).isEmpty, "\(rule.id) reported on unknown values")
        }
    }
}
