import DeploySyntax
import Testing

@Suite("Source files and code frames")
struct SourceFileTests {
    @Test func positions_areOneBasedLinesAndScalarColumns() {
        let file = SourceFile(path: "f", text: "ab\ncé d\n")
        #expect(file.position(atOffset: 0) == SourcePosition(line: 1, column: 1, offset: 0))
        #expect(file.position(atOffset: 3) == SourcePosition(line: 2, column: 1, offset: 3))
        // "é" is two bytes: the space after it is column 3, offset 6.
        #expect(file.position(atOffset: 6) == SourcePosition(line: 2, column: 3, offset: 6))
        #expect(file.offset(line: 2, column: 4) == 7)
        #expect(file.lineText(2) == "cé d")
        #expect(file.lineCount == 3)
    }

    @Test func loneCarriageReturns_breakLines() {
        let file = SourceFile(path: "f", text: "a\rb\r\nc")
        #expect(file.lineCount == 3)
        #expect(file.lineText(2) == "b")
        #expect(file.position(atOffset: 5).line == 3)
    }

    @Test func codeFrame_pointsACaretUnderTheRange() {
        let file = SourceFile(path: "deployment.yaml", text: "deployment:\n  instances: zero\n")
        let range = file.range(from: 25, to: 29)
        let frame = CodeFrame(file: file, range: range).render()
        #expect(frame == "2 |   instances: zero\n  |              ^~~~")
    }

    @Test func diagnosticRenderer_printsPathLineColumnSeverityAndFrame() {
        let file = SourceFile(path: "deployment.yaml", text: "name: x\n")
        let diagnostic = Diagnostic(message: "bad name", path: file.path, range: file.range(from: 6, to: 7))
        let text = DiagnosticRenderer().render(diagnostic, file: file)
        #expect(text == "deployment.yaml:1:7: error: bad name\n1 | name: x\n  |       ^")
    }

    @Test func terminalStyle_honoursNoColor() {
        #expect(TerminalStyle.forStream(isTerminal: true, environment: ["NO_COLOR": "1"]).enabled == false)
        #expect(TerminalStyle.forStream(isTerminal: true, environment: [:]).enabled == true)
        #expect(TerminalStyle.forStream(isTerminal: false, environment: [:]).enabled == false)
    }
}
