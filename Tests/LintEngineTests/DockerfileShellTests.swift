import DeploySyntax
import Testing
@testable import LintEngine

/// The shell splitter behind `RUN`, shell-form `CMD`/`ENTRYPOINT`/`HEALTHCHECK` and heredoc scripts.
@Suite struct DockerfileShellTests {
    /// The commands of the `RUN` on line 2 of `FROM alpine:3.22\nRUN <script>`.
    func commands(_ script: String) -> [ShellCommand] {
        let d = DockerfileParser().parse(SourceFile(path: "Dockerfile", text: "FROM alpine:3.22\nRUN " + script + "\n"))
        return d.instructions[1].script?.commands ?? []
    }

    func words(_ c: ShellCommand) -> [String] { c.words.map(\.value) }

    @Test func operators_splitCommands_andRecordWhatJoinsThem() {
        let c = commands("a && b || c; d | e |& f & g")
        #expect(c.map(words) == [["a"], ["b"], ["c"], ["d"], ["e"], ["f"], ["g"]])
        #expect(c.map(\.separatorBefore) == [.none, .and, .or, .semicolon, .pipe, .pipeAll, .background])
        #expect(c.map(\.separatorAfter) == [.and, .or, .semicolon, .pipe, .pipeAll, .background, .none])
        #expect(c[3].pipelineID == c[4].pipelineID && c[4].pipelineID == c[5].pipelineID)
        #expect(c[2].pipelineID != c[3].pipelineID)
        #expect(c.map { "\($0.range)" } == ["2:5-2:6", "2:10-2:11", "2:15-2:16", "2:18-2:19", "2:22-2:23", "2:27-2:28", "2:31-2:32"])
    }

    @Test func quotesAndEscapes_areRemovedFromValues_butRangesCoverTheWrittenWord() {
        let c = commands(#"echo "a b" 'c $d' e\ f "x\"y" $HOME"#)
        #expect(words(c[0]) == ["echo", "a b", "c $d", "e f", "x\"y", "$HOME"])
        #expect(c[0].words.map { "\($0.range)" } == ["2:5-2:9", "2:10-2:15", "2:16-2:22", "2:23-2:27", "2:28-2:34", "2:35-2:40"])
        #expect(c[0].words.map(\.isQuoted) == [false, true, true, false, true, false])
        #expect(c[0].words.last?.hasExpansion == true)
    }

    @Test func commandSubstitution_yieldsItsCommandsBeforeTheCommandThatUsesThem() {
        let c = commands("VERSION=$(curl -fsSL https://example.com/v | tr -d v) && echo `date` done")
        #expect(c.map(words) == [["curl", "-fsSL", "https://example.com/v"], ["tr", "-d", "v"], [], ["date"], ["echo", "`date`", "done"]])
        #expect(c.map(\.context) == [.commandSubstitution, .commandSubstitution, .commandLine, .commandSubstitution, .commandLine])
        #expect(c[2].assignments.map(\.value) == ["VERSION=$(curl -fsSL https://example.com/v | tr -d v)"])
        #expect(c[0].pipelineID == c[1].pipelineID)
        #expect("\(c[0].range)" == "2:15-2:47")
    }

    @Test func shDashC_scriptIsSplitWithPositionsInsideTheString() {
        let c = commands(#"sh -ec "apt-get update && apt-get install -y curl""#)
        #expect(c.map(words) == [["sh", "-ec", "apt-get update && apt-get install -y curl"], ["apt-get", "update"], ["apt-get", "install", "-y", "curl"]])
        #expect(c.map(\.context) == [.commandLine, .shellString, .shellString])
        #expect(c[2].words.map { "\($0.range)" } == ["2:31-2:38", "2:39-2:46", "2:47-2:49", "2:50-2:54"])
    }

    @Test func execFormShellString_isSplitToo() {
        let d = DockerfileParser().parse(SourceFile(path: "Dockerfile", text: "FROM alpine:3.22\nRUN [\"/bin/sh\", \"-c\", \"sudo apk add curl\"]\n"))
        let c = d.instructions[1].script?.commands ?? []
        #expect(c.map(words) == [["sudo", "apk", "add", "curl"]])
        #expect(c.first.map { "\($0.range)" } == "2:24-2:41")
    }

    @Test func lineContinuations_keepWordPositionsOnTheirOwnLines() {
        let d = DockerfileParser().parse(SourceFile(path: "Dockerfile", text: "FROM alpine:3.22\nRUN apk add \\\n      curl \\\n && rm -rf /var/cache/apk/*\n"))
        let c = d.instructions[1].script?.commands ?? []
        #expect(c.map(words) == [["apk", "add", "curl"], ["rm", "-rf", "/var/cache/apk/*"]])
        #expect(c[0].words.map { "\($0.range)" } == ["2:5-2:8", "2:9-2:12", "3:7-3:11"])
        #expect("\(c[0].range)" == "2:5-3:11")
        #expect(c[1].words.map { "\($0.range)" } == ["4:5-4:7", "4:8-4:11", "4:12-4:28"])
    }

    @Test func heredocScript_isSplitIntoCommands_withPositionsInTheBody() {
        let text = "# syntax=docker/dockerfile:1\nFROM debian:trixie-slim\nRUN <<EOF\nset -eux\napt-get update && \\\n  apt-get install -y curl\nEOF\n"
        let d = DockerfileParser().parse(SourceFile(path: "Dockerfile", text: text))
        let c = d.instructions[1].script?.commands ?? []
        #expect(c.map(words) == [[], ["set", "-eux"], ["apt-get", "update"], ["apt-get", "install", "-y", "curl"]])
        #expect(c.map(\.context) == [.commandLine, .heredocScript, .heredocScript, .heredocScript])
        #expect(c[0].redirections.map(\.operatorText) == ["<<"])
        #expect(c[3].words.map { "\($0.range)" } == ["6:3-6:10", "6:11-6:18", "6:19-6:21", "6:22-6:26"])
        #expect(c[1].separatorAfter == .newline)
    }

    @Test func heredocFedToAnotherProgram_isNotAScript() {
        let text = "FROM python:3.13-slim\nRUN python3 <<EOF\nimport os\nEOF\nRUN <<EOF\n#!/usr/bin/env python3\nprint(1)\nEOF\n"
        let d = DockerfileParser().parse(SourceFile(path: "Dockerfile", text: text))
        #expect(d.instructions[1].script?.commands.map(words) == [["python3"]])
        #expect(d.instructions[2].script?.commands.map(words) == [[]])
    }

    @Test func redirections_areNotArguments_andHeredocBodiesInScriptsAreSkipped() {
        let text = "FROM alpine:3.22\nRUN <<EOF\ncat > /etc/app.conf <<CONF\nkey = value\nCONF\nmake 2>&1 >/dev/null\nEOF\n"
        let d = DockerfileParser().parse(SourceFile(path: "Dockerfile", text: text))
        let c = (d.instructions[1].script?.commands ?? []).filter { $0.context == .heredocScript }
        #expect(c.map(words) == [["cat"], ["make"]])
        #expect(c[0].redirections.map(\.operatorText) == [">", "<<"])
        #expect(c[0].redirections.map { $0.target?.value } == ["/etc/app.conf", "CONF"])
        #expect(c[1].redirections.map(\.operatorText) == ["2>&", ">"])
        #expect(c[1].redirections.map { $0.target?.value } == ["1", "/dev/null"])
    }

    @Test func reservedWords_areDropped_soTheRealCommandComesFirst() {
        let c = commands("if [ -f /x ]; then rm /x; else touch /y; fi; for f in a b; do echo $f; done")
        #expect(c.map(words) == [["[", "-f", "/x", "]"], ["rm", "/x"], ["touch", "/y"], ["for", "f", "in", "a", "b"], ["echo", "$f"]])
    }

    @Test func subshells_countTheirDepth() {
        let c = commands("(cd docs && make html) && pip install .")
        #expect(c.map(words) == [["cd", "docs"], ["make", "html"], ["pip", "install", "."]])
        #expect(c.map(\.subshellDepth) == [1, 1, 0])
    }

    @Test func comments_endAtTheLineBreak() {
        let text = "FROM alpine:3.22\nRUN <<EOF\necho a # not an argument\necho b#c\nEOF\n"
        let d = DockerfileParser().parse(SourceFile(path: "Dockerfile", text: text))
        let c = (d.instructions[1].script?.commands ?? []).filter { $0.context == .heredocScript }
        #expect(c.map(words) == [["echo", "a"], ["echo", "b#c"]])
    }

    @Test func wrappers_areSeenThrough() {
        let c = commands("sudo -E -u root env DEBIAN_FRONTEND=noninteractive /usr/bin/apt-get install -y curl")
        #expect(c[0].name == "sudo")
        #expect(c[0].effectiveName == "apt-get")
        #expect(c[0].unwrappedWords.map(\.value) == ["/usr/bin/apt-get", "install", "-y", "curl"])
        let assignments = commands("DEBIAN_FRONTEND=noninteractive apt-get install -y curl")
        #expect(assignments[0].assignments.map(\.value) == ["DEBIAN_FRONTEND=noninteractive"])
        #expect(assignments[0].name == "apt-get")
    }

    @Test func packageManagerCommands_areRead_fromTheScript() {
        let d = DockerfileParser().parse(SourceFile(path: "Dockerfile", text: "FROM python:3.13-slim\nRUN apt-get -o Dpkg::Options::=--force-confold install -qy --no-install-recommends curl=8.5.0-2 libpq5:amd64 && python3 -m pip install --no-cache-dir -r req.txt 'uvicorn[standard]==0.32' && apk add --virtual .deps gcc\n"))
        let p = d.instructions[1].script?.packageCommands ?? []
        #expect(p.map(\.manager) == [.aptGet, .pip, .apk])
        #expect(p[0].action == "install")
        #expect(p[0].hasOption("-y"))
        #expect(p[0].packages.map(\.name) == ["curl", "libpq5"])
        #expect(p[0].optionValues("-o").map(\.value) == ["Dpkg::Options::=--force-confold"])
        #expect(p[1].managerWord.value == "pip")
        #expect(p[1].packages.map(\.name) == ["uvicorn"])
        #expect(p[1].hasOption("--no-cache-dir"))
        #expect(p[2].optionValues("--virtual").map(\.value) == [".deps"])
        #expect(p[2].packages.map(\.name) == ["gcc"])
    }

    @Test func packageLedger_knowsWhatASameRunRemovalTakesAway() {
        let text = """
            FROM debian:trixie-slim
            RUN apt-get update && apt-get install -y --no-install-recommends gcc curl \\
             && apk add --virtual .b musl-dev && apk del .b \\
             && apt-get purge -y gcc

            """
        let d = DockerfileParser().parse(SourceFile(path: "Dockerfile", text: text))
        let installed = PackageLedger.installations(in: d.instructions[1].script!)
        #expect(installed.map(\.name) == ["gcc", "curl", "musl-dev"])
        #expect(installed.map(\.removedLater) == [true, false, true])
    }
}
