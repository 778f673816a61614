import DeploySyntax
import Testing
@testable import LintEngine

/// The Dockerfile parser: every syntax feature with exact positions (`line:col-line:col`, columns in scalars).
@Suite struct DockerfileParserTests {
    func parse(_ text: String) -> Dockerfile {
        DockerfileParser().parse(SourceFile(path: "Dockerfile", text: text))
    }

    // MARK: - Directives and comments

    @Test func parserDirectives_atTheTop_areReadWithPositions() {
        let d = parse("# syntax=docker/dockerfile:1\n#escape = `\nFROM alpine:3.22\n")
        #expect(d.directives.map(\.name) == ["syntax", "escape"])
        #expect(d.directives[0].value == "docker/dockerfile:1")
        #expect("\(d.directives[0].valueRange)" == "1:10-1:29")
        #expect("\(d.directives[1].nameRange)" == "2:2-2:8")
        #expect(d.escapeCharacter == "`")
        #expect(d.comments.isEmpty)
        #expect(d.diagnostics.isEmpty)
    }

    @Test func directiveAfterAnEmptyLineOrComment_isAnOrdinaryComment() {
        let afterBlank = parse("\n# syntax=docker/dockerfile:1\nFROM alpine:3.22\n")
        #expect(afterBlank.directives.isEmpty)
        #expect(afterBlank.comments.map(\.text) == [" syntax=docker/dockerfile:1"])
        let afterComment = parse("# hello\n# escape=`\nFROM alpine:3.22\n")
        #expect(afterComment.directives.isEmpty)
        #expect(afterComment.escapeCharacter == "\\")
    }

    @Test func repeatedOrInvalidDirective_isDiagnosed() {
        let d = parse("# escape=\\\n# escape=`\n# syntax=x\n# syntax=y\nFROM alpine:3.22\n")
        #expect(d.diagnostics.map(\.code) == [DockerfileDiagnosticCode.invalidDirective, DockerfileDiagnosticCode.invalidDirective])
        #expect("\(d.diagnostics[0].range)" == "2:1-2:11")
        let bad = parse("# escape=x\nFROM alpine:3.22\n")
        #expect(bad.diagnostics.first?.code == DockerfileDiagnosticCode.invalidDirective)
        #expect("\(bad.diagnostics[0].range)" == "1:10-1:11")
    }

    @Test func byteOrderMark_isSkipped() {
        let d = DockerfileParser().parse(SourceFile(path: "Dockerfile", bytes: [0xEF, 0xBB, 0xBF] + Array("# syntax=docker/dockerfile:1\nFROM scratch\n".utf8)))
        #expect(d.directives.count == 1)
        #expect(d.instructions.first?.keyword == .from)
    }

    // MARK: - Continuations and positions

    @Test func lineContinuation_joinsLines_skippingCommentAndEmptyLines() {
        let d = parse("FROM alpine:3.22\nRUN apk add \\\n# a comment inside\n\n    curl \\\n    jq\nUSER 10001\n")
        let run = d.instructions[1]
        #expect(run.keyword == .run)
        #expect("\(run.keywordRange)" == "2:1-2:4")
        #expect("\(run.range)" == "2:1-6:7")
        #expect(run.argumentText == "apk add     curl     jq")
        #expect(d.comments.map(\.text) == [" a comment inside"])
        let words = run.script?.commands.first?.words ?? []
        #expect(words.map(\.value) == ["apk", "add", "curl", "jq"])
        #expect(words.map { "\($0.range)" } == ["2:5-2:8", "2:9-2:12", "5:5-5:9", "6:5-6:7"])
        #expect(d.instructions[2].keyword == .user)
    }

    @Test func backtickEscape_continuesLines_andLeavesBackslashesAlone() {
        let d = parse("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\app\nRUN echo a `\n    b\n")
        #expect(d.instructions[1].argumentText == "C:\\app")
        #expect("\(d.instructions[2].range)" == "4:1-5:6")
        #expect(d.instructions[2].script?.commands.first?.words.map(\.value) == ["echo", "a", "b"])
    }

    @Test func crlfInput_givesTheSamePositions() {
        let lf = parse("FROM alpine:3.22 AS base\nRUN apk add \\\n  curl\nCOPY <<EOF /a\nbody\nEOF\n")
        let crlf = parse("FROM alpine:3.22 AS base\r\nRUN apk add \\\r\n  curl\r\nCOPY <<EOF /a\r\nbody\r\nEOF\r\n")
        #expect(crlf.diagnostics.isEmpty)
        #expect(lf.instructions.map { "\($0.range)" } == crlf.instructions.map { "\($0.range)" })
        #expect(lf.instructions.map { "\($0.range.start.line):\($0.range.start.column)" } == ["1:1", "2:1", "4:1"])
        #expect(crlf.instructions[1].script?.commands.first?.words.last.map { "\($0.range)" } == "3:3-3:7")
        #expect(crlf.instructions[2].heredocs.first.map { "\($0.terminatorRange!)" } == "6:1-6:4")
    }

    @Test func multiByteCharacterBeforeAToken_countsColumnsInUnicodeScalars() {
        let d = parse("FROM alpine:3.22\nLABEL description=\"café ☕\" version=1\n")
        let pairs = d.instructions[1].keyValues
        #expect(pairs.map(\.key) == ["description", "version"])
        #expect(pairs[0].value == "café ☕")
        #expect("\(pairs[1].keyRange)" == "2:28-2:35")
        #expect(pairs[1].keyRange.start.offset == 17 + 30)  // line 2 starts at byte 17; é adds one byte, ☕ two
    }

    // MARK: - Heredocs

    @Test func heredoc_bodyAndTerminator_havePositions() throws {
        let d = parse("# syntax=docker/dockerfile:1\nFROM debian:trixie-slim\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\nUSER 10001\n")
        let run = d.instructions[1]
        let heredoc = try #require(run.heredocs.first)
        #expect(heredoc.delimiter == "EOF")
        #expect(heredoc.expandsVariables)
        #expect(!heredoc.stripsLeadingTabs)
        #expect("\(heredoc.markerRange)" == "3:5-3:10")
        #expect("\(heredoc.bodyRange)" == "4:1-6:1")
        #expect("\(heredoc.terminatorRange!)" == "6:1-6:4")
        #expect(heredoc.body == "apt-get update\napt-get install -y curl\n")
        #expect("\(run.range)" == "3:1-6:4")
        #expect(d.instructions[2].keyword == .user)
    }

    @Test func severalQuotedAndTabStrippedHeredocs_inOneInstruction() {
        let d = parse("FROM alpine:3.22\nCOPY <<-\"A\" /a.txt <<'B' /b.txt\n\thello $X\n\tA\nworld\nB\n")
        let copy = d.instructions[1]
        #expect(copy.heredocs.map(\.delimiter) == ["A", "B"])
        #expect(copy.heredocs.map(\.stripsLeadingTabs) == [true, false])
        #expect(copy.heredocs.map(\.expandsVariables) == [false, false])
        #expect(copy.heredocs.map { "\($0.markerRange)" } == ["2:6-2:12", "2:20-2:25"])
        #expect(copy.heredocs.map { "\($0.terminatorRange!)" } == ["4:1-4:3", "6:1-6:2"])
        #expect(copy.copySources.map(\.value) == ["<<-A", "/a.txt", "<<B"])
    }

    @Test func heredocWithAFileDescriptorAndACommand_isRecognised() {
        let d = parse("FROM alpine:3.22\nRUN 3<<EOF cat /dev/fd/3\nx\nEOF\n")
        #expect(d.instructions[1].heredocs.first?.fileDescriptor == 3)
        #expect(d.diagnostics.isEmpty)
    }

    @Test func unterminatedHeredoc_isDiagnosedAtTheMarker() {
        let d = parse("FROM alpine:3.22\nRUN <<EOF\necho hi\n")
        #expect(d.diagnostics.map(\.code) == [DockerfileDiagnosticCode.unterminatedHeredoc])
        #expect("\(d.diagnostics[0].range)" == "2:5-2:10")
    }

    @Test func heredocMarkers_areOnlyReadForRunCopyAndAdd() {
        let d = parse("FROM alpine:3.22\nCMD cat <<EOF\nUSER 10001\n")
        #expect(d.instructions[1].heredocs.isEmpty)
        #expect(d.instructions.map(\.keyword) == [.from, .cmd, .user])
    }

    // MARK: - Exec and shell form

    @Test func execForm_isAJSONArrayOfStrings_withDecodedValuesAndPositions() {
        let d = parse("FROM alpine:3.22\nCMD [\"echo\", \"a \\\"b\\\"\", \"\\u00e9\"]\n")
        guard case .exec(let arguments, let range)? = d.instructions[1].command else {
            Issue.record("expected exec form")
            return
        }
        #expect(arguments.map(\.value) == ["echo", "a \"b\"", "é"])
        #expect(arguments.map { "\($0.range)" } == ["2:6-2:12", "2:14-2:23", "2:25-2:33"])
        #expect("\(range)" == "2:5-2:34")
    }

    @Test func malformedJSON_fallsBackToShellForm() {
        let d = parse("FROM alpine:3.22\nCMD [\"echo\", 'single']\nENTRYPOINT [\"a\",]\n")
        #expect(d.instructions[1].command?.isExec == false)
        #expect(d.instructions[2].command?.isExec == false)
        #expect(d.instructions[1].script?.commands.first?.words.first?.value == "[echo,")
    }

    // MARK: - Flags

    @Test func flags_haveNamesValuesAndRanges() {
        let d = parse("FROM alpine:3.22\nCOPY --from=build --chown=10001:10001 --chmod=755 --link src/ /app/\n")
        let copy = d.instructions[1]
        #expect(copy.flags.map(\.name) == ["from", "chown", "chmod", "link"])
        #expect(copy.flags.map(\.value) == ["build", "10001:10001", "755", nil])
        #expect(copy.flags.map { "\($0.range)" } == ["2:6-2:18", "2:19-2:38", "2:39-2:50", "2:51-2:57"])
        #expect(copy.flags.map { "\($0.nameRange)" } == ["2:6-2:12", "2:19-2:26", "2:39-2:46", "2:51-2:57"])
        #expect(copy.flags[0].valueRange.map { "\($0)" } == "2:13-2:18")
        #expect(copy.flag("link")?.isEnabled == true)
        #expect(copy.copySources.map(\.value) == ["src/"])
        #expect(copy.copyDestination?.value == "/app/")
        #expect("\(copy.argumentRange)" == "2:58-2:68")
    }

    @Test func mountFlag_optionsAreSplitAndAliased() {
        let d = parse("FROM alpine:3.22\nRUN --mount=type=cache,dst=/root/.cache,sharing=locked --network=none pip install x\n")
        let run = d.instructions[1]
        #expect(run.flag("mount")?.options == ["type": "cache", "target": "/root/.cache", "sharing": "locked"])
        #expect(run.flag("network")?.value == "none")
        #expect(run.script?.commands.first?.words.first.map { "\($0.range)" } == "2:71-2:74")
    }

    @Test func unknownFlag_isAWarningDiagnostic() {
        let d = parse("FROM alpine:3.22\nCOPY --form=build a /b/\n")
        #expect(d.diagnostics.map(\.code) == [DockerfileDiagnosticCode.unknownFlag])
        #expect(d.diagnostics[0].severity == .warning)
        #expect("\(d.diagnostics[0].range)" == "2:6-2:12")
    }

    // MARK: - ENV, ARG, LABEL

    @Test func envPairs_inKeyValueAndLegacyForm_withQuotes() {
        let d = parse("FROM alpine:3.22\nENV A=1 B=\"two words\" C='$A'\nENV LEGACY value with  spaces\n")
        let pairs = d.instructions[1].keyValues
        #expect(pairs.map(\.key) == ["A", "B", "C"])
        #expect(pairs.map(\.value) == ["1", "two words", "$A"])
        #expect(pairs.map { "\($0.valueRange!)" } == ["2:7-2:8", "2:11-2:22", "2:25-2:29"])
        let legacy = d.instructions[2].keyValues
        #expect(legacy.count == 1)
        #expect(legacy[0].isLegacyForm)
        #expect(legacy[0].key == "LEGACY")
        #expect(legacy[0].value == "value with  spaces")
        #expect("\(legacy[0].valueRange!)" == "3:12-3:30")
    }

    @Test func argWithoutDefault_hasNoValue() {
        let d = parse("ARG VERSION\nARG A=1 B\nFROM alpine:3.22\n")
        #expect(d.instructions[0].keyValues.map(\.value) == [nil])
        #expect(d.instructions[1].keyValues.map(\.key) == ["A", "B"])
        #expect(d.instructions[1].keyValues.map(\.value) == ["1", nil])
    }

    // MARK: - Variables and stages

    @Test func globalArgs_substituteIntoFrom_withDefaults() throws {
        let d = parse("ARG PY=3.13\nARG VARIANT\nFROM python:${PY}-${VARIANT:-slim} AS build\nFROM python:${PY}-$VARIANT\n")
        let first = try #require(d.instructions[2].from)
        #expect(first.expandedImage == "python:3.13-slim")
        #expect(first.isResolved)
        #expect(first.image?.tag == "3.13-slim")
        #expect("\(first.imageWord.range)" == "3:6-3:35")
        let second = try #require(d.instructions[3].from)
        #expect(!second.isResolved)
        #expect(second.image == nil)
    }

    @Test func envAndArg_valuesFlowIntoLaterInstructions_andEnvIsInheritedByDerivedStages() {
        let d = parse("ARG UID=10001\nFROM alpine:3.22 AS base\nARG UID\nENV HOME_DIR=/home/app APP=$HOME_DIR/x\nUSER ${UID}\nFROM base\nWORKDIR $HOME_DIR\n")
        let user = d.instructions[4]
        #expect(d.expand(user.argumentText, at: user).value == "10001")
        #expect(d.expand(user.argumentText, at: user).isComplete)
        #expect(d.instructions[3].keyValues.map(\.key) == ["HOME_DIR", "APP"])
        #expect(user.variables["APP"] == "/x")  // ENV pairs expand with the values from before the instruction
        let workdir = d.instructions[6]
        #expect(d.expand(workdir.argumentText, at: workdir).value == "/home/app")
        #expect(workdir.variables["UID"] == nil)  // ARGs are not inherited by derived stages
    }

    @Test func stages_haveNamesIndexesBasesAndCopySources() {
        let d = parse("""
            FROM golang:1.27 AS Build
            RUN go build -o /out/app .
            FROM build AS test
            RUN go test ./...
            FROM alpine:3.22
            COPY --from=build /out/app /app
            COPY --from=1 /x /x
            RUN --mount=from=test,source=/r,target=/r true

            """)
        #expect(d.stages.map(\.index) == [0, 1, 2])
        #expect(d.stages.map(\.name) == ["build", "test", nil])
        #expect(d.stages.map(\.instructionIndices) == [0..<2, 2..<4, 4..<8])
        #expect(d.stages[1].baseStageIndex == 0)
        #expect(d.stages[1].baseImage == nil)
        #expect(d.stages[2].copiesFromStages == [0, 1])
        #expect(d.finalStage?.index == 2)
        #expect(d.finalLineage == [2])
        #expect(d.lineage(ofStage: 1) == [0, 1])
        #expect(d.rootImage(ofStage: 1)?.repository == "golang")
        #expect(d.instructions.map(\.stageIndex) == [0, 0, 1, 1, 2, 2, 2, 2])
        #expect(d.resolveCopySource("BUILD", inStage: 2) == .stage(0))
        #expect(d.resolveCopySource("test", inStage: 0) == .laterStage(1))
        #expect(d.resolveCopySource("2", inStage: 2) == .ownStage)
        #expect(d.resolveCopySource("nginx", inStage: 2) == .image)
        #expect(d.stages[0].nameRange.map { "\($0)" } == "1:21-1:26")
    }

    @Test func onbuild_wrapsAnInstruction() throws {
        let d = parse("FROM alpine:3.22\nONBUILD RUN sudo make install\nONBUILD FROM x\n")
        let trigger = try #require(d.instructions[1].trigger?.instruction)
        #expect(trigger.keyword == .run)
        #expect("\(trigger.keywordRange)" == "2:9-2:12")
        #expect(trigger.script?.commands.first?.words.map(\.value) == ["sudo", "make", "install"])
        #expect(d.instructions[1].effective.keyword == .run)
        #expect(d.diagnostics.map(\.code) == [DockerfileDiagnosticCode.invalidArguments])
        #expect("\(d.diagnostics[0].range)" == "3:9-3:13")
    }

    @Test func healthcheck_noneAndCmdWithOptions() {
        let d = parse("FROM alpine:3.22\nHEALTHCHECK NONE\nHEALTHCHECK --interval=30s --retries=3 CMD wget -q --spider http://127.0.0.1/ || exit 1\n")
        #expect(d.instructions[1].healthcheck?.isNone == true)
        #expect(d.instructions[1].command == nil)
        let check = d.instructions[2]
        #expect(check.healthcheck?.isNone == false)
        #expect(check.healthcheck.map { "\($0.typeRange)" } == "3:40-3:43")
        #expect(check.flags.map(\.name) == ["interval", "retries"])
        #expect(check.command.map { "\($0.range)" } == "3:44-3:88")
        #expect(check.script?.commands.map { $0.words.first?.value } == ["wget", "exit"])
    }

    @Test func maintainerAndShell_areParsed() {
        let d = parse("FROM alpine:3.22\nMAINTAINER Jane <jane@example.com>\nSHELL [\"/bin/ash\", \"-eo\", \"pipefail\", \"-c\"]\n")
        #expect(d.instructions[1].keyword == .maintainer)
        #expect(d.instructions[1].argumentText == "Jane <jane@example.com>")
        #expect(d.instructions[2].jsonArguments?.map(\.value) == ["/bin/ash", "-eo", "pipefail", "-c"])
        #expect(d.diagnostics.isEmpty)
    }

    // MARK: - Problems

    @Test func unknownInstruction_isAnErrorWithASuggestion() {
        let d = parse("FROM alpine:3.22\nRUNN echo hi\n")
        #expect(d.instructions[1].keyword == .unknown)
        #expect(d.diagnostics.map(\.code) == [DockerfileDiagnosticCode.unknownInstruction])
        #expect(d.diagnostics[0].severity == .error)
        #expect(d.diagnostics[0].message == "unknown instruction 'RUNN': did you mean RUN?")
        #expect("\(d.diagnostics[0].range)" == "2:1-2:5")
    }

    @Test func instructionBeforeFrom_andEmptyFile_areDiagnosed() {
        #expect(parse("RUN echo hi\nFROM alpine:3.22\n").diagnostics.map(\.code) == [DockerfileDiagnosticCode.instructionBeforeFrom])
        #expect(parse("# only a comment\n").diagnostics.map(\.code) == [DockerfileDiagnosticCode.empty])
        #expect(parse("ARG X=1\n").diagnostics.map(\.code) == [DockerfileDiagnosticCode.noFrom])
    }

    @Test func fromWithWrongArgumentCount_andInvalidStageName_areDiagnosed() {
        #expect(parse("FROM alpine:3.22 build\n").diagnostics.map(\.code) == [DockerfileDiagnosticCode.invalidArguments])
        #expect(parse("FROM alpine:3.22 AS 1st\n").diagnostics.map(\.code) == [DockerfileDiagnosticCode.invalidArguments])
    }

    // MARK: - Image references

    @Test func imageReferences_splitRegistryRepositoryTagAndDigest() throws {
        let cases: [(String, String?, String, String?, String?)] = [
            ("python:3.13-slim", nil, "python", "3.13-slim", nil),
            ("localhost:5000/team/app:1.2", "localhost:5000", "team/app", "1.2", nil),
            ("ghcr.io/astral-sh/uv@sha256:abc", "ghcr.io", "astral-sh/uv", nil, "sha256:abc"),
            ("docker.io/library/node:24@sha256:def", "docker.io", "library/node", "24", "sha256:def"),
            ("bitnami/postgresql", nil, "bitnami/postgresql", nil, nil),
        ]
        for (text, registry, repository, tag, digest) in cases {
            let image = try #require(ImageReference(parsing: text))
            #expect(image.registry == registry, "\(text)")
            #expect(image.repository == repository, "\(text)")
            #expect(image.tag == tag, "\(text)")
            #expect(image.digest == digest, "\(text)")
        }
        #expect(ImageReference(parsing: "docker.io/library/node:24")?.normalizedRepository == "node")
        #expect(ImageReference(parsing: "gcr.io/distroless/static-debian12")?.normalizedRepository == "gcr.io/distroless/static-debian12")
        #expect(ImageReference(parsing: "scratch")?.isScratch == true)
        #expect(ImageReference(parsing: "node")?.isUnpinnedTag == true)
        #expect(ImageReference(parsing: "node@sha256:abc")?.isUnpinnedTag == false)
    }
}
