import Foundation
import Testing
@testable import DeploymentGenerator

@Suite("Dockerfile writer")
struct DockerfileWriterTests {
    @Test func everyInstructionKind_rendersExactly() {
        let document = DockerfileDocument(header: ["generated"], instructions: [
            .from(image: "python:3.13-trixie", stage: "builder", platform: "$BUILDPLATFORM"),
            .arg("TARGETARCH"),
            .arg("VERSION", default: "1.0 beta"),
            .env([DockerKeyValue("A", "1"), DockerKeyValue("PATH", "/app/bin:$PATH", expands: true), DockerKeyValue("GREETING", "say \"hi\" to $USER")]),
            .label([DockerKeyValue("org.opencontainers.image.title", "shop")]),
            .run(["apt-get update", "rm -rf /var/lib/apt/lists/*"], mounts: [.cache(target: "/root/.cache", id: "c-${TARGETARCH}", sharing: "locked"), .bind(source: "a.lock", target: "a.lock")]),
            .copy(DockerCopy(["src/"], "/app/", from: "builder", chown: "10001:10001", chmod: "0444", link: true)),
            .copy(DockerCopy(["my file.txt"], "/app/")),
            .workdir("/app"),
            .user("10001:10001"),
            .expose([8000, 9000]),
            .shell(["/bin/bash", "-o", "pipefail", "-c"]),
            .healthcheck(DockerHealthcheck(command: ["python", "-c", "print(\"ok\\n\")"])),
            .entrypoint(["tini", "--"]),
            .cmd(["uvicorn", "app:app"]),
            .stopSignal("SIGTERM"),
            .blank,
            .comment("trailing\nlines"),
        ])
        #expect(DockerfileWriter.render(document) == #"""
        # syntax=docker/dockerfile:1
        # generated
        FROM --platform=$BUILDPLATFORM python:3.13-trixie AS builder
        ARG TARGETARCH
        ARG VERSION="1.0 beta"
        ENV A=1 \
            PATH=/app/bin:$PATH \
            GREETING="say \"hi\" to \$USER"
        LABEL org.opencontainers.image.title="shop"
        RUN --mount=type=cache,id=c-${TARGETARCH},target=/root/.cache,sharing=locked \
            --mount=type=bind,source=a.lock,target=a.lock \
            apt-get update \
            && rm -rf /var/lib/apt/lists/*
        COPY --from=builder --chown=10001:10001 --chmod=0444 --link src/ /app/
        COPY ["my file.txt", "/app/"]
        WORKDIR /app
        USER 10001:10001
        EXPOSE 8000 9000
        SHELL ["/bin/bash", "-o", "pipefail", "-c"]
        HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
            CMD ["python", "-c", "print(\"ok\\n\")"]
        ENTRYPOINT ["tini", "--"]
        CMD ["uvicorn", "app:app"]
        STOPSIGNAL SIGTERM

        # trailing
        # lines

        """#)
    }

    @Test func envValue_withLineBreak_staysOnOneInstruction() {
        let text = DockerfileWriter.render(.env([DockerKeyValue("MOTD", "line one\nline two")]))
        #expect(text == "ENV MOTD=\"line one line two\"")
    }

    @Test func execForm_escapesJSONControlCharacters() throws {
        let words = ["sh", "-c", "printf '%s\\t%s\\n' \"$A\" \u{01}"]
        let rendered = DockerfileWriter.render(.cmd(words))
        #expect(rendered == #"CMD ["sh", "-c", "printf '%s\\t%s\\n' \"$A\" \u0001"]"#)
        let json = try JSONSerialization.jsonObject(with: Data(rendered.dropFirst(4).utf8)) as? [String]
        #expect(json == words)
    }

    @Test func commentsWithControlCharacters_cannotStartAnInstruction() {
        #expect(DockerfileWriter.render(.comment("a\rRUN evil")) == "# a RUN evil")
    }
}

@Suite("Caddyfile writer")
struct CaddyfileWriterTests {
    @Test(arguments: [
        ("nosniff", "nosniff"), ("max-age=1; preload", "\"max-age=1; preload\""), ("", "\"\""), ("{", "\"{\""),
        ("#notacomment", "\"#notacomment\""), ("say \"hi\"", "`say \"hi\"`"), ("C:\\path", "`C:\\path`"),
        ("{http.request.host}", "{http.request.host}"), ("a\tb", "\"a b\""), ("line\nbreak", "\"line break\""),
    ])
    func tokens_areQuotedOnlyWhenNeeded(_ input: String, _ expected: String) {
        #expect(CaddyfileWriter.token(input) == expected)
    }

    @Test func sitesAndBlocks_renderWithTabs() {
        let text = CaddyfileWriter.render(CaddyfileDocument(header: ["generated"], globalOptions: [CaddyDirective("admin", ["off"])], sites: [
            CaddySite(["example.com"], comment: "site", directives: [
                CaddyDirective("encode", ["zstd", "gzip"]),
                CaddyDirective("handle", ["/api/*"], block: [CaddyDirective("reverse_proxy", ["app:8000"])], comment: "api", blankLineBefore: true),
            ]),
        ]))
        #expect(text == "# generated\n\n{\n\tadmin off\n}\n\n# site\nexample.com {\n\tencode zstd gzip\n\n\t# api\n\thandle /api/* {\n\t\treverse_proxy app:8000\n\t}\n}\n")
    }
}

@Suite("Dotenv, Markdown and shell quoting")
struct SmallWriterTests {
    @Test(arguments: [
        ("change-me", "change-me"), ("info", "info"), ("", ""), ("two words", "'two words'"), ("a#b", "'a#b'"),
        ("$HOME", "'$HOME'"), ("it's", "\"it's\""), ("multi\nline", "\"multi\\nline\""),
    ])
    func dotenvValues_areQuotedSoComposeReadsThemLiterally(_ input: String, _ expected: String) {
        #expect(DotenvWriter.value(input) == expected)
    }

    @Test func dotenvDocument_rendersSectionsAndComments() {
        let text = DotenvWriter.render(DotenvDocument(header: ["generated"], sections: [
            .init("Database", [.init("POSTGRES_PASSWORD", "change-me", comment: "Generate: openssl rand -hex 32")]),
            .init("Empty", []),
        ]))
        #expect(text == "# generated\n\n# --- Database ---\n# Generate: openssl rand -hex 32\nPOSTGRES_PASSWORD=change-me\n")
    }

    @Test func dotenvNames_followComposeRules() {
        #expect(DotenvWriter.isValidName("LOG_LEVEL"))
        #expect(DotenvWriter.isValidName("_x1"))
        #expect(!DotenvWriter.isValidName("1X"))
        #expect(!DotenvWriter.isValidName("A-B"))
        #expect(!DotenvWriter.isValidName(""))
    }

    @Test func markdownEscape_neutralisesLinksTablesAndHTML() {
        #expect(MarkdownWriter.escape("[x](http://e) | <b>*") == #"\[x\]\(http://e\) \| \<b\>\*"#)
        #expect(MarkdownWriter.code("a`b") == "``a`b``")
        #expect(MarkdownWriter.code("`x`") == "`` `x` ``")
    }

    @Test func markdownDocument_rendersBlocks() {
        let text = MarkdownWriter.render(MarkdownDocument([
            .comment("generated by specql-deploy 0.1.0 -- do not --edit"),
            .heading(2, "Title"),
            .bullets(["one", "two"]),
            .numbered(["first"]),
            .code(language: "sh", "echo ```\n"),
            .table(header: ["A", "B"], rows: [["1", "2"]]),
        ]))
        #expect(text == "<!-- generated by specql-deploy 0.1.0 - - do not - -edit -->\n\n## Title\n\n- one\n- two\n\n1. first\n\n````sh\necho ```\n````\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n")
    }

    @Test(arguments: [("plain-word_1.2:/x", "plain-word_1.2:/x"), ("two words", "'two words'"), ("it's", "'it'\\''s'"), ("", "''"), ("$(rm)", "'$(rm)'")])
    func shellWords_areSingleQuotedWhenNeeded(_ input: String, _ expected: String) {
        #expect(ShellQuoting.quote(input) == expected)
    }
}
