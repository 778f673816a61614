import Foundation
import Testing
@testable import DeploymentGenerator

@Suite("SHA-256")
struct SHA256Tests {
    // Expected digests computed with Python's hashlib.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        (String(repeating: "a", count: 55), "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (String(repeating: "a", count: 56), "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (String(repeating: "a", count: 64), "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (String(repeating: "a", count: 1000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
    ])
    func digest_matchesTheReferenceImplementation(_ input: String, _ expected: String) {
        #expect(SHA256.hexDigest(input) == expected)
    }
}

@Suite("Line diff")
struct LineDiffTests {
    @Test func unifiedDiff_showsSeparateHunksWithThreeLinesOfContext() {
        let old = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\nn\n"
        let new = "a\nb\nc\nD\ne\nf\ng\nh\ni\nj\nk\nl\nm\nn\no\n"
        #expect(LineDiff.unified(old: old, new: new, oldPath: "a/x", newPath: "b/x") == """
        --- a/x
        +++ b/x
        @@ -1,7 +1,7 @@
         a
         b
         c
        -d
        +D
         e
         f
         g
        @@ -12,3 +12,4 @@
         l
         m
         n
        +o

        """)
    }

    @Test func changesCloserThanTwiceTheContext_shareOneHunk() {
        let diff = LineDiff.unified(old: "1\n2\n3\n4\n5\n6\n7\n8\n", new: "x\n2\n3\n4\n5\n6\n7\ny\n", oldPath: "a", newPath: "b")
        #expect(diff.components(separatedBy: "@@ -").count == 2)
        #expect(diff.contains("@@ -1,8 +1,8 @@"))
    }

    @Test func equalTexts_haveNoDiff() {
        #expect(LineDiff.unified(old: "x\ny\n", new: "x\ny\n", oldPath: "a", newPath: "b") == "")
    }

    @Test func newFile_isOneHunkOfInsertions() {
        #expect(LineDiff.unified(old: "", new: "one\ntwo\n", oldPath: "/dev/null", newPath: "b/f") == "--- /dev/null\n+++ b/f\n@@ -0,0 +1,2 @@\n+one\n+two\n")
    }

    @Test(arguments: [
        ("", "a\nb\n"), ("a\nb\n", ""), ("a\nb\nc\n", "c\nb\na\n"), ("x\ny\nz\n", "x\nq\nz\nw\n"),
        ("1\n2\n3\n4\n5\n6\n", "2\n3\n4\n5\n6\n7\n"), ("same\n", "same\n"),
    ])
    func editScript_turnsOldIntoNew(_ old: String, _ new: String) {
        let a = LineDiff.lines(old), b = LineDiff.lines(new)
        let script = LineDiff.edits(from: a, to: b)
        var rebuiltOld: [String] = [], rebuiltNew: [String] = []
        for edit in script {
            switch edit {
            case .keep(let line): rebuiltOld.append(line); rebuiltNew.append(line)
            case .delete(let line): rebuiltOld.append(line)
            case .insert(let line): rebuiltNew.append(line)
            }
        }
        #expect(rebuiltOld == a)
        #expect(rebuiltNew == b)
        // Myers finds a shortest script: never more changes than deleting and inserting everything.
        let changes = script.filter { if case .keep = $0 { return false } else { return true } }.count
        #expect(changes <= a.count + b.count)
    }

    @Test func shortestScript_forOneChangedLine_hasTwoEdits() {
        let script = LineDiff.edits(from: ["a", "b", "c"], to: ["a", "x", "c"])
        #expect(script == [.keep("a"), .delete("b"), .insert("x"), .keep("c")])
    }
}

@Suite("Relative paths")
struct RelativePathTests {
    @Test(arguments: [
        ("/work/app/generated", "/work/app", ".."), ("/work/app", "/work/app/generated", "generated"),
        ("/work/app", "/work/app", "."), ("/a/b/c", "/a/x", "../../x"), ("/a/./b/../c", "/a/c/d", "d"),
    ])
    func relativePath_leadsFromOneDirectoryToTheOther(_ from: String, _ to: String, _ expected: String) {
        #expect(RelativePath.from(from, to: to) == expected)
    }

    @Test func layout_fromSpecInAppRoot_andDefaultOutput() {
        let layout = OutputLayout(outputDirectory: "/srv/shop/generated", specDirectory: "/srv/shop")
        #expect(layout == OutputLayout(contextFromOutput: "..", outputFromContext: "generated"))
        #expect(layout.fromContext("Dockerfile") == "generated/Dockerfile")
    }
}
