/// Every Dockerfile rule, in id order. `RuleRegistry` includes this list.
public enum DockerfileRules {
    public static let all: [any DockerfileRule] = [
        FinalStageRunsAsRoot(),              // DF001
        MissingHealthcheck(),                // DF002
        HealthcheckToolMissing(),            // DF003
        UnpinnedBaseImage(),                 // DF004
        BaseImageNotPinnedByDigest(),        // DF005
        AddInsteadOfCopy(),                  // DF006
        AddRemoteWithoutChecksum(),          // DF007
        AptGetInstallWithoutYes(),           // DF008
        AptInstallRecommends(),              // DF009
        AptListsNotRemoved(),                // DF010
        UpdateWithoutInstall(),              // DF011
        ApkAddWithoutNoCache(),              // DF012
        PipInstallWithoutNoCacheDir(),       // DF013
        CurlPipedToShell(),                  // DF014
        SudoInRun(),                         // DF015
        CdInsteadOfWorkdir(),                // DF016
        RelativeWorkdir(),                   // DF017
        CopyFromUnknownStage(),              // DF018
        DuplicateStageName(),                // DF019
        RepeatedCmdOrEntrypoint(),           // DF020
        ShellFormEntrypoint(),               // DF021
        WorldWritablePermissions(),          // DF022
        SecretInEnvOrArg(),                  // DF023
        BuildToolchainInFinalImage(),        // DF024
        CopyContextWithoutDockerignore(),    // DF025
        DeprecatedMaintainer(),              // DF026
        InvalidExposePort(),                 // DF027
        BuildKitSyntaxWithoutDirective(),    // DF028
        UseraddWithoutNoLogInit(),           // DF029
        ImageSizeBudget(),                   // DF030
        EndOfLifeBaseImage(),                // DF031
        TLSVerificationDisabled(),           // DF032
        AptInsteadOfAptGet(),                // DF033
        CopyMultipleSourcesToFile(),         // DF034
        NonNumericOrLowUser(),               // DF035
    ]
}
