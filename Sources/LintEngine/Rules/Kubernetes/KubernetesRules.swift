/// Every Kubernetes rule, by id. `RuleRegistry` lists `KubernetesRules.all` once.
public enum KubernetesRules {
    public static let all: [any Rule] = [
        KubernetesContainerMayRunAsRoot(),          // K8S001
        KubernetesContainerRunsAsUIDZero(),         // K8S002
        KubernetesPrivilegedContainer(),            // K8S003
        KubernetesPrivilegeEscalationAllowed(),     // K8S004
        KubernetesWritableRootFilesystem(),         // K8S005
        KubernetesCapabilitiesNotDropped(),         // K8S006
        KubernetesDangerousCapabilityAdded(),       // K8S007
        KubernetesHostNetwork(),                    // K8S008
        KubernetesHostPID(),                        // K8S009
        KubernetesHostIPC(),                        // K8S010
        KubernetesHostPathVolume(),                 // K8S011
        KubernetesHostPort(),                       // K8S012
        KubernetesMissingResourceRequests(),        // K8S013
        KubernetesMissingMemoryLimit(),             // K8S014
        KubernetesMissingCPULimit(),                // K8S015
        KubernetesMissingLivenessProbe(),           // K8S016
        KubernetesMissingReadinessProbe(),          // K8S017
        KubernetesMutableImageTag(),                // K8S018
        KubernetesPullPolicyMismatch(),             // K8S019
        KubernetesMissingSeccompProfile(),          // K8S020
        KubernetesServiceAccountTokenMounted(),     // K8S021
        KubernetesDefaultNamespace(),               // K8S022
        KubernetesLoadBalancerService(),            // K8S023
        KubernetesNodePortService(),                // K8S024
        KubernetesLiteralSecretEnv(),               // K8S025
        KubernetesSingleReplica(),                  // K8S026
        KubernetesMissingPodDisruptionBudget(),     // K8S027
        KubernetesAutoscalerWithoutRequests(),      // K8S028
        KubernetesIngressWithoutTLS(),              // K8S029
        KubernetesIngressNginxEndOfLife(),          // K8S030
        KubernetesWildcardRBAC(),                   // K8S031
        KubernetesClusterAdminBinding(),            // K8S032
        KubernetesSelectorMismatch(),               // K8S033
        KubernetesReplicasWithAutoscaler(),         // K8S034
        KubernetesDuplicateEnvVar(),                // K8S035
        KubernetesRemovedAPIVersion(),              // K8S036
    ]
}
