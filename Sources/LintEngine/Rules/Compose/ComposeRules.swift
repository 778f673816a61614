/// Every compose rule, in id order; `RuleRegistry` adds them with one line.
public enum ComposeRules {
    public static let all: [any Rule] = [
        PrivilegedService(),                    // DC001
        DangerousCapabilityAdded(),             // DC002
        HostNamespaceShared(),                  // DC003
        SensitiveHostPathMounted(),             // DC004
        DatastorePortPublished(),               // DC005
        ServiceWithoutHealthcheck(),            // DC006
        DependencyNotAwaitingHealth(),          // DC007
        ImageNotPinned(),                       // DC008
        NoRestartPolicy(),                      // DC009
        NoResourceLimits(),                     // DC010
        ServiceRunsAsRoot(),                    // DC011
        PrivilegeEscalationAllowed(),           // DC012
        LiteralSecretInEnvironment(),           // DC013
        UnguardedSecretVariable(),              // DC014
        UndefinedServiceReference(),            // DC015
        UndefinedVolume(),                      // DC016
        UndefinedNetwork(),                     // DC017
        DuplicateHostPort(),                    // DC018
        ObsoleteVersionKey(),                   // DC019
        LogRotationMissing(),                   // DC020
        ContainerNameWithReplicas(),            // DC021
        ConfinementDisabled(),                  // DC022
        HealthyConditionWithoutHealthcheck(),   // DC023
        UndefinedSecretOrConfig(),              // DC024
        InvalidInterpolation(),                 // DC025
    ]
}
