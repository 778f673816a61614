@testable import DeploymentSpec
import Foundation
import Testing

@Suite("docs/deployment-yaml.md covers the shape table")
struct ReferenceDocTests {
    @Test func everyKeyPath_isDocumented() throws {
        let doc = try String(contentsOf: packageRoot.appendingPathComponent("docs/deployment-yaml.md"), encoding: .utf8)
        let events = TriggerEvent.allCases.map(\.rawValue)
        for path in DeploymentShape.allKeyPaths() {
            // Trigger details are documented once for all events: `cicd.triggers[].<event>.branch`.
            var documented = path
            for event in events where path.hasPrefix("cicd.triggers[].\(event).") {
                documented = "cicd.triggers[].<event>." + path.dropFirst("cicd.triggers[].\(event).".count)
            }
            #expect(doc.contains("`\(documented)`"), "docs/deployment-yaml.md does not document `\(documented)`")
        }
    }

    @Test func everyDiagnosticCode_isDocumented() throws {
        let doc = try String(contentsOf: packageRoot.appendingPathComponent("docs/deployment-yaml.md"), encoding: .utf8)
        let codes = [
            SpecDiagnosticCode.unreadable, SpecDiagnosticCode.document, SpecDiagnosticCode.unknownKey, SpecDiagnosticCode.missingKey,
            SpecDiagnosticCode.type, SpecDiagnosticCode.range, SpecDiagnosticCode.enumeration, SpecDiagnosticCode.format,
            SpecDiagnosticCode.region, SpecDiagnosticCode.conflict, SpecDiagnosticCode.combination, SpecDiagnosticCode.endOfLife,
            SpecDiagnosticCode.ignored, SpecDiagnosticCode.yaml11Boolean, SpecDiagnosticCode.discouraged,
        ]
        for code in codes {
            #expect(doc.contains("`\(code)`"), "docs/deployment-yaml.md does not list `\(code)`")
        }
    }
}
