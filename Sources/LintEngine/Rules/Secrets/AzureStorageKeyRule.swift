/// SEC018 — Azure storage or shared access key. Docs: `Rules/secrets/SEC018.md`; fixtures: `Fixtures/secrets/SEC018/`.
public struct AzureStorageKeyRule: SecretRule {
    public let id = "SEC018"
    public init() {}
    public var detectors: [SecretDetector] { Self.catalog }

    static let catalog: [SecretDetector] = [
        SecretDetector(
            name: "azure-storage-account-key", ruleID: "SEC018", label: "Azure storage account key",
            anchors: [.literal("AccountKey=")],
            pattern: #"AccountKey=([A-Za-z0-9+/]{86}==)"#
        ),
        SecretDetector(
            name: "azure-shared-access-key", ruleID: "SEC018", label: "Azure shared access key",
            anchors: [.literal("SharedAccessKey=")],
            pattern: #"SharedAccessKey=([A-Za-z0-9+/]{42,44}={0,2})"#
        ),
    ]
}
