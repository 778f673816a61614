import DeploySyntax
import Testing
@testable import LintEngine

@Suite("GitHub workflow model")
struct WorkflowModelTests {
    static func build(_ text: String) -> Workflow {
        WorkflowModelBuilder().build(SourceFile(path: ".github/workflows/ci.yml", text: text))
    }

    static func at(_ range: SourceRange?) -> String {
        guard let range else { return "nil" }
        return "\(range.start.line):\(range.start.column)-\(range.end.line):\(range.end.column)"
    }

    static let workflow = #"""
    name: CI
    on:
      pull_request_target:
        types: [opened]
      workflow_dispatch:
        inputs:
          note:
            type: string
          mode:
            type: choice
    permissions:
      contents: read
    jobs:
      build:
        runs-on: [self-hosted, linux]
        timeout-minutes: 10
        steps:
          - uses: actions/checkout@v5 # keep
          - uses: owner/repo/path@0123456789abcdef0123456789abcdef01234567 # v1.2.3
          - uses: docker://alpine:3.20
          - uses: ./.github/actions/local
          - run: |
              echo "${{ github.event.issue.title }}"
                echo ${{ secrets.TOKEN }}
          - run: >
              echo ${{ github.head_ref }}
              and ${{ github.event.pull_request.title }}
          - run: "echo \"${{ github.event.comment.body }}\""
          - run: echo ${{ contains(github.event.issue.title, 'x') }} ${{ github.event.commits[0].message }}
    """#

    @Test func onMapping_listsEventsAndTypedInputs() {
        let w = Self.build(Self.workflow)
        #expect(w.triggers.map(\.name) == ["pull_request_target", "workflow_dispatch"])
        #expect(Self.at(w.triggers[0].range) == "3:3-3:22")
        let inputs = w.trigger("workflow_dispatch")?.inputs ?? []
        #expect(inputs.map(\.name) == ["note", "mode"])
        #expect(inputs.map(\.isFreeText) == [true, false])
    }

    @Test func onStringAndListForms_andTheYAML11OnKeyTrap() {
        #expect(Self.build("on: push\njobs: {}\n").triggers.map(\.name) == ["push"])
        #expect(Self.build("on: [push, pull_request]\njobs: {}\n").triggers.map(\.name) == ["push", "pull_request"])
        // A YAML 1.1 reader turns the unquoted key `on` into the boolean true; GitHub (YAML 1.2) does not.
        let quoted = Self.build("\"on\":\n  push:\n    branches: [main]\njobs: {}\n")
        #expect(quoted.triggers.map(\.name) == ["push"])
        #expect(quoted.trigger("push")?.config?["branches"] != nil)
    }

    @Test func permissionsForms() {
        let w = Self.build(Self.workflow)
        guard case .scopes(let scopes)? = w.permissions?.value else {
            Issue.record("expected scopes")
            return
        }
        #expect(scopes.map(\.name) == ["contents"])
        #expect(scopes.map(\.level) == ["read"])
        let job = Self.build("on: push\njobs:\n  a:\n    permissions: write-all\n    runs-on: x\n  b:\n    permissions: {}\n    runs-on: x\n").jobs
        if case .writeAll? = job[0].permissions?.value {} else { Issue.record("expected write-all") }
        if case .none? = job[1].permissions?.value {} else { Issue.record("expected none") }
        #expect(Self.at(job[0].permissions?.valueRange) == "4:18-4:27")
    }

    @Test func jobsRunsOnAndTimeout() {
        let job = Self.build(Self.workflow).jobs[0]
        #expect(job.id == "build")
        #expect(Self.at(job.idRange) == "14:3-14:8")
        #expect(job.runsOn?.labels.map(\.text) == ["self-hosted", "linux"])
        #expect(Self.at(job.runsOn?.selfHostedLabel?.range) == "15:15-15:26")
        #expect(job.timeoutMinutes?.text == "10")
        #expect(job.steps.count == 8)
    }

    @Test func usesForms_areParsedWithRefRangesAndVersionComments() {
        let steps = Self.build(Self.workflow).jobs[0].steps
        let checkout = steps[0].uses
        #expect(checkout?.slug == "actions/checkout")
        #expect(checkout?.ref == "v5")
        #expect(Self.at(checkout?.refRange) == "18:32-18:34")
        #expect(Self.at(checkout?.range) == "18:15-18:34")
        #expect(checkout?.majorVersion == 5)
        #expect(checkout?.isPinnedToCommit == false)
        let pinned = steps[1].uses
        #expect(pinned?.kind == .repository(owner: "owner", repo: "repo", path: "path"))
        #expect(pinned?.isPinnedToCommit == true)
        #expect(pinned?.versionComment == "v1.2.3")
        #expect(pinned?.majorVersion == 1)
        #expect(steps[2].uses?.kind == .docker(image: "alpine:3.20"))
        #expect(steps[3].uses?.kind == .local(path: "./.github/actions/local"))
    }

    @Test func expressionsInLiteralBlock_haveExactColumns() {
        let w = Self.build(Self.workflow)
        let run = w.jobs[0].steps[4].run!
        let expressions = w.expressions(in: run.node)
        #expect(expressions.map { Self.at($0.range) } == ["23:17-23:48", "24:18-24:38"])
        #expect(expressions.map { $0.references.map(\.path) } == [["github.event.issue.title"], ["secrets.token"]])
        #expect(expressions.map { $0.references.map { Self.at($0.range) } } == [["23:21-23:45"], ["24:22-24:35"]])
    }

    @Test func expressionsInFoldedBlock_mapEachLineExactly() {
        let w = Self.build(Self.workflow)
        let expressions = w.expressions(in: w.jobs[0].steps[5].run!.node)
        #expect(expressions.map { Self.at($0.range) } == ["26:16-26:38", "27:15-27:53"])
    }

    @Test func expressionsInEscapedDoubleQuotedScalar() {
        let w = Self.build(Self.workflow)
        let expressions = w.expressions(in: w.jobs[0].steps[6].run!.node)
        #expect(expressions.map { Self.at($0.range) } == ["28:22-28:54"])
        #expect(expressions.first?.references.first?.path == "github.event.comment.body")
    }

    @Test func contextPaths_areNormalised_andTestedOnlyUsesAreMarked() {
        let w = Self.build(Self.workflow)
        let expressions = w.expressions(in: w.jobs[0].steps[7].run!.node)
        #expect(expressions.count == 2)
        #expect(expressions[0].references.map(\.path) == ["github.event.issue.title"])
        #expect(expressions[0].references.map(\.isTestedOnly) == [true])
        #expect(expressions[1].references.map(\.path) == ["github.event.commits.*.message"])
        #expect(expressions[1].references.map(\.isTestedOnly) == [false])
    }

    @Test func comparisonsAndNegationsOnlyTestValues() {
        let w = Self.build("on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo ${{ github.head_ref == 'main' && 'yes' || github.event['pull_request'].title }} ${{ !github.event.issue.body }}\n")
        let refs = w.expressions(in: w.jobs[0].steps[0].run!.node).flatMap(\.references)
        #expect(refs.map(\.path) == ["github.head_ref", "github.event.pull_request.title", "github.event.issue.body"])
        #expect(refs.map(\.isTestedOnly) == [true, false, true])
    }

    @Test func attackerControlledContexts() {
        for path in ["github.event.issue.title", "github.event.pull_request.body", "github.event.comment.body", "github.head_ref",
                     "github.event.pull_request.head.ref", "github.event.pull_request.head.label", "github.event.commits.*.message",
                     "github.event.head_commit.author.email", "github.event.workflow_run.head_branch", "github.event.review.body"] {
            #expect(UntrustedContext.isAttackerControlled(path), "\(path)")
        }
        for path in ["github.event.pull_request.head.sha", "github.event.issue.number", "github.ref", "github.event.release.body",
                     "github.event.repository.name", "github.event.label.name", "inputs.title", "secrets.token"] {
            #expect(!UntrustedContext.isAttackerControlled(path), "\(path)")
        }
        #expect(UntrustedContext.inputName("github.event.inputs.tag") == "tag")
        #expect(UntrustedContext.inputName("inputs.tag") == "tag")
    }
}
