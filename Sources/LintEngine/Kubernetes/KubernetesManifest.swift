import DeploySyntax

/// One Kubernetes manifest file: every object of every document (and of `kind: List` items), in source order.
///
/// Cross-object questions (which PodDisruptionBudget selects a Deployment, which HorizontalPodAutoscaler scales
/// it, which ServiceAccount a pod uses) are answered within this file only: objects applied from other files of
/// the same directory or cluster are not known, and rules that depend on them say "in this file".
public struct KubernetesManifest: Sendable {
    public let file: SourceFile
    public var objects: [KubernetesObject]

    public init(file: SourceFile, objects: [KubernetesObject]) {
        self.file = file
        self.objects = objects
    }

    /// Every object that carries a pod template (or is a Pod), with its workload model.
    public var workloads: [(object: KubernetesObject, workload: KubernetesWorkload)] {
        objects.compactMap { object in object.workload.map { (object, $0) } }
    }

    /// Objects whose `kind` is `kind` (exact, case-sensitive as the API is).
    public func objects(ofKind kind: String) -> [KubernetesObject] {
        objects.filter { $0.kind.value == kind }
    }

    /// PodDisruptionBudgets of this file whose selector selects the pods of `object`'s template.
    public func podDisruptionBudgets(selecting object: KubernetesObject) -> [KubernetesObject] {
        guard let workload = object.workload else { return [] }
        return objects.filter { candidate in
            guard let pdb = candidate.podDisruptionBudget, let selector = pdb.selector,
                  candidate.sharesNamespace(with: object) else { return false }
            return selector.matches(workload.podLabels, emptySelectsAll: pdb.emptySelectorSelectsAll)
        }
    }

    /// HorizontalPodAutoscalers of this file whose `scaleTargetRef` names `object`.
    public func horizontalPodAutoscalers(targeting object: KubernetesObject) -> [KubernetesObject] {
        guard let name = object.name?.value else { return [] }
        return objects.filter { candidate in
            guard let hpa = candidate.horizontalPodAutoscaler,
                  hpa.targetKind?.value == object.kind.value, hpa.targetName?.value == name,
                  candidate.sharesNamespace(with: object) else { return false }
            return true
        }
    }

    /// The manifest with controllers that lack a required selector also read as patches: in a directory holding a
    /// kustomization, `apps/v1` objects without `spec.selector` are strategic-merge patches, not broken objects.
    public func readingSelectorlessControllersAsPatches() -> KubernetesManifest {
        var copy = self
        for i in copy.objects.indices {
            let object = copy.objects[i]
            guard let workload = object.workload, workload.selector == nil, object.apiGroup == "apps" else { continue }
            copy.objects[i].workload = nil
            copy.objects[i].isPartial = true
        }
        return copy
    }

    /// The workload of this file an autoscaler scales, if it is defined here.
    public func scaleTarget(of hpaObject: KubernetesObject) -> KubernetesObject? {
        guard let hpa = hpaObject.horizontalPodAutoscaler,
              let kind = hpa.targetKind?.value, let name = hpa.targetName?.value else { return nil }
        return objects.first { $0.kind.value == kind && $0.name?.value == name && $0.workload != nil && $0.sharesNamespace(with: hpaObject) }
    }

    /// The ServiceAccount of this file named `name` in `object`'s namespace.
    public func serviceAccount(named name: String, near object: KubernetesObject) -> KubernetesObject? {
        objects.first { $0.serviceAccount != nil && $0.name?.value == name && $0.sharesNamespace(with: object) }
    }

    /// Role bindings of this file that bind the ServiceAccount `name` (in `object`'s namespace).
    public func roleBindings(bindingServiceAccount name: String, near object: KubernetesObject) -> [KubernetesObject] {
        objects.filter { candidate in
            guard let binding = candidate.roleBinding else { return false }
            return binding.subjects.contains { subject in
                guard subject.kind?.value == "ServiceAccount", subject.name?.value == name else { return false }
                // A subject's namespace defaults to the binding's for RoleBindings; nil stands for "unspecified".
                let subjectNamespace = subject.namespace?.value ?? candidate.namespace?.value
                guard let a = subjectNamespace, let b = object.namespace?.value else { return true }
                return a == b
            }
        }
    }
}

/// A container with the pod and object that hold it: what most rules iterate over.
public struct KubernetesContainerSite: Sendable {
    public var object: KubernetesObject
    public var workload: KubernetesWorkload
    public var container: KubernetesContainer

    public var pod: KubernetesPodSpec { workload.pod }

    /// `container 'web' of Deployment 'api'`, for messages.
    public var subject: String { "\(container.displayName) of \(object.displayName)" }
}

extension KubernetesManifest {
    /// Every container (init, regular, ephemeral) of every workload, in source order.
    public var containerSites: [KubernetesContainerSite] {
        var sites: [KubernetesContainerSite] = []
        for object in objects {
            guard let workload = object.workload else { continue }
            for container in workload.pod.containers {
                sites.append(KubernetesContainerSite(object: object, workload: workload, container: container))
            }
        }
        return sites
    }

    /// Services of this file whose selector selects the pods of `object`.
    public func services(selecting object: KubernetesObject) -> [KubernetesObject] {
        guard let labels = object.workload?.podLabels else { return [] }
        return objects.filter { candidate in
            guard let service = candidate.service, !service.selector.isEmpty, candidate.sharesNamespace(with: object) else { return false }
            return service.selector.allSatisfy { labels[$0.key] == $0.value }
        }
    }
}

/// A value read from a manifest with where it was written.
public struct KubernetesField<Value: Sendable>: Sendable {
    public var value: Value
    /// The whole `key: value` as written (for a pair brought in by a `<<` merge key, the merge key), or the item
    /// itself for a list item. Findings about the value point here.
    public var range: SourceRange
    public var keyRange: SourceRange
    public var valueRange: SourceRange

    public init(value: Value, range: SourceRange, keyRange: SourceRange, valueRange: SourceRange) {
        self.value = value
        self.range = range
        self.keyRange = keyRange
        self.valueRange = valueRange
    }
}

/// A `key: value` entry of a string map (labels, annotations).
public struct KubernetesEntry: Sendable {
    public var key: String
    public var value: String
    public var field: KubernetesField<String>
}

/// One object (`apiVersion` + `kind`) of a manifest.
public struct KubernetesObject: Sendable {
    /// The object's mapping.
    public var node: YAMLNode
    /// Zero-based index of the YAML document that holds the object.
    public var documentIndex: Int
    /// Zero-based index in the `items` of a `kind: List` document; nil for a top-level object.
    public var listItemIndex: Int?
    public var apiVersion: KubernetesField<String>
    public var kind: KubernetesField<String>
    /// `metadata.name` (or `metadata.generateName` when no name is given).
    public var name: KubernetesField<String>?
    public var namespace: KubernetesField<String>?
    public var labels: [KubernetesEntry]
    public var annotations: [KubernetesEntry]

    public var workload: KubernetesWorkload?
    /// True for a workload that cannot be applied as written — its pod template has no containers, or a
    /// container without an image — i.e. a kustomize or strategic-merge patch. Such an object keeps its
    /// metadata but gets no `workload` model, so container and replica rules do not judge a fragment.
    public var isPartial: Bool = false
    public var service: KubernetesService?
    public var ingress: KubernetesIngress?
    public var ingressClass: KubernetesIngressClass?
    public var horizontalPodAutoscaler: KubernetesHorizontalPodAutoscaler?
    public var podDisruptionBudget: KubernetesPodDisruptionBudget?
    public var networkPolicy: KubernetesNetworkPolicy?
    public var serviceAccount: KubernetesServiceAccount?
    public var role: KubernetesRole?
    public var roleBinding: KubernetesRoleBinding?

    /// The API group: `""` for the core group (`v1`), `apps` for `apps/v1`.
    public var apiGroup: String {
        let text = apiVersion.value
        guard let slash = text.lastIndex(of: "/") else { return "" }
        return String(text[..<slash])
    }

    /// Where a finding about the object as a whole points: its name, or its `kind` when it has none.
    public var anchorRange: SourceRange { name?.valueRange ?? kind.valueRange }

    /// `Deployment 'web'`, for messages.
    public var displayName: String {
        if let name = name?.value { return "\(kind.value) '\(name)'" }
        return "unnamed \(kind.value)"
    }

    public func annotation(_ key: String) -> KubernetesEntry? {
        annotations.first { $0.key == key }
    }

    /// True when both objects would land in the same namespace as far as this file tells: equal namespaces,
    /// or at least one left unspecified (applied with `-n` or a kustomization).
    public func sharesNamespace(with other: KubernetesObject) -> Bool {
        guard let a = namespace?.value, let b = other.namespace?.value else { return true }
        return a == b
    }
}

// MARK: - Workloads

public enum KubernetesWorkloadKind: String, Sendable, CaseIterable {
    case pod = "Pod"
    case deployment = "Deployment"
    case statefulSet = "StatefulSet"
    case daemonSet = "DaemonSet"
    case replicaSet = "ReplicaSet"
    case replicationController = "ReplicationController"
    case job = "Job"
    case cronJob = "CronJob"

    /// Run-to-completion kinds: no probes expected, no replicas to keep available.
    public var runsToCompletion: Bool { self == .job || self == .cronJob }
}

/// An object that runs pods: a Pod, or a controller with a pod template.
public struct KubernetesWorkload: Sendable {
    public var kind: KubernetesWorkloadKind
    /// `spec.replicas` (Deployment, StatefulSet, ReplicaSet, ReplicationController).
    public var replicas: KubernetesField<Int>?
    /// `spec.selector`; for a ReplicationController the plain map is read as `matchLabels`.
    public var selector: KubernetesLabelSelector?
    /// The labels its pods carry: the template's `metadata.labels` (a Pod's own labels).
    public var podLabels: [String: String]
    /// The pod spec (for a CronJob, `spec.jobTemplate.spec.template.spec`).
    public var pod: KubernetesPodSpec

    /// Pods that are expected to keep running (probes and availability matter): not Jobs or CronJobs, and not a
    /// bare Pod whose `restartPolicy` lets it finish.
    public var isLongRunning: Bool {
        if kind.runsToCompletion { return false }
        if kind == .pod, let policy = pod.restartPolicy?.value, policy != "Always" { return false }
        return true
    }
}

/// A pod spec with its containers in source order (init containers, containers, ephemeral containers).
public struct KubernetesPodSpec: Sendable {
    public var node: YAMLNode
    public var containers: [KubernetesContainer]
    public var securityContext: KubernetesSecurityContext?
    public var hostNetwork: KubernetesField<Bool>?
    public var hostPID: KubernetesField<Bool>?
    public var hostIPC: KubernetesField<Bool>?
    public var volumes: [KubernetesVolume]
    /// `serviceAccountName` (or the deprecated `serviceAccount`).
    public var serviceAccountName: KubernetesField<String>?
    public var automountServiceAccountToken: KubernetesField<Bool>?
    public var restartPolicy: KubernetesField<String>?
    /// True for pods that declare Windows (`spec.os.name: windows` or a `kubernetes.io/os: windows` node selector):
    /// Linux-only settings (runAsNonRoot, seccomp, capabilities…) do not apply to them.
    public var isWindows: Bool

    public var regularContainers: [KubernetesContainer] { containers.filter { $0.role == .container } }

    /// The security setting that applies to `container`: its own, else the pod's (`runAsNonRoot`, `runAsUser`,
    /// `runAsGroup`, `seccompProfile`), as the kubelet resolves it.
    public func effective<Value: Sendable>(
        _ setting: KeyPath<KubernetesSecurityContext, KubernetesField<Value>?>,
        for container: KubernetesContainer
    ) -> KubernetesEffectiveSetting<Value>? {
        if let own = container.securityContext?[keyPath: setting] {
            return KubernetesEffectiveSetting(field: own, level: .container)
        }
        if let inherited = securityContext?[keyPath: setting] {
            return KubernetesEffectiveSetting(field: inherited, level: .pod)
        }
        return nil
    }
}

/// A security setting and whether the container set it or inherited it from the pod.
public struct KubernetesEffectiveSetting<Value: Sendable>: Sendable {
    public enum Level: Sendable { case container, pod }
    public var field: KubernetesField<Value>
    public var level: Level
    public var value: Value { field.value }
}

public struct KubernetesContainer: Sendable {
    public enum Role: String, Sendable {
        case container
        case initContainer
        case ephemeralContainer
    }

    public var role: Role
    /// Zero-based index in its list (`containers`, `initContainers` or `ephemeralContainers`).
    public var index: Int
    public var node: YAMLNode
    public var name: KubernetesField<String>?
    public var image: KubernetesField<String>?
    public var imageReference: KubernetesImageReference?
    public var imagePullPolicy: KubernetesField<String>?
    public var securityContext: KubernetesSecurityContext?
    public var resources: KubernetesResources
    public var livenessProbe: KubernetesField<YAMLNode>?
    public var readinessProbe: KubernetesField<YAMLNode>?
    public var startupProbe: KubernetesField<YAMLNode>?
    public var env: [KubernetesEnvVar]
    public var envFrom: [YAMLNode]
    public var ports: [KubernetesContainerPort]
    public var volumeMounts: [KubernetesVolumeMount]
    /// `restartPolicy: Always` on an init container makes it a native sidecar that keeps running.
    public var restartPolicy: KubernetesField<String>?
    /// Where a finding about a field the container lacks points: its name, else its image, else its first key.
    public var anchorRange: SourceRange

    /// True for init containers declared as native sidecars (`restartPolicy: Always`).
    public var isSidecar: Bool { role == .initContainer && restartPolicy?.value == "Always" }

    /// `container 'web'`, `init container 'migrate'`, `ephemeral container 'debug'`.
    public var displayName: String {
        let prefix: String = switch role {
        case .container: "container"
        case .initContainer: "init container"
        case .ephemeralContainer: "ephemeral container"
        }
        if let name = name?.value { return "\(prefix) '\(name)'" }
        return "\(prefix) #\(index + 1)"
    }
}

/// A pod- or container-level `securityContext`. Pod-only and container-only fields share the type; the
/// builder fills what is written.
public struct KubernetesSecurityContext: Sendable {
    public var node: YAMLNode
    public var keyRange: SourceRange
    public var runAsNonRoot: KubernetesField<Bool>?
    public var runAsUser: KubernetesField<Int>?
    public var runAsGroup: KubernetesField<Int>?
    public var privileged: KubernetesField<Bool>?
    public var allowPrivilegeEscalation: KubernetesField<Bool>?
    public var readOnlyRootFilesystem: KubernetesField<Bool>?
    /// `capabilities.add` items.
    public var capabilitiesAdded: [KubernetesField<String>]
    /// `capabilities.drop` items.
    public var capabilitiesDropped: [KubernetesField<String>]
    /// The `capabilities.drop` key, when written.
    public var capabilitiesDropKeyRange: SourceRange?
    /// `seccompProfile.type`.
    public var seccompProfileType: KubernetesField<String>?
}

public struct KubernetesResources: Sendable {
    /// The `resources` key, when written.
    public var keyRange: SourceRange?
    public var requests: [String: KubernetesField<String>]
    public var limits: [String: KubernetesField<String>]

    public init(keyRange: SourceRange? = nil, requests: [String: KubernetesField<String>] = [:], limits: [String: KubernetesField<String>] = [:]) {
        self.keyRange = keyRange
        self.requests = requests
        self.limits = limits
    }

    /// The request the scheduler uses: the request, or the limit when only a limit is set (the API server
    /// copies limits into missing requests).
    public func effectiveRequest(_ resource: String) -> KubernetesField<String>? {
        requests[resource] ?? limits[resource]
    }
}

public struct KubernetesEnvVar: Sendable {
    public var node: YAMLNode
    public var name: KubernetesField<String>?
    /// A literal `value:`.
    public var value: KubernetesField<String>?
    /// The literal value as YAML resolves it (an unquoted `3600` is an int, `true` a bool).
    public var resolvedValue: YAMLScalarValue?
    /// The key under `valueFrom` (`secretKeyRef`, `configMapKeyRef`, `fieldRef`, `resourceFieldRef`).
    public var valueFromSource: KubernetesField<String>?
}

public struct KubernetesContainerPort: Sendable {
    public var node: YAMLNode
    public var containerPort: KubernetesField<Int>?
    public var hostPort: KubernetesField<Int>?
    public var hostIP: KubernetesField<String>?
    public var name: KubernetesField<String>?
}

public struct KubernetesVolumeMount: Sendable {
    public var node: YAMLNode
    public var name: KubernetesField<String>?
    public var mountPath: KubernetesField<String>?
    public var readOnly: KubernetesField<Bool>?
}

public struct KubernetesVolume: Sendable {
    public var node: YAMLNode
    public var name: KubernetesField<String>?
    /// The volume source key (`hostPath`, `emptyDir`, `secret`, `persistentVolumeClaim`…).
    public var source: KubernetesField<String>?
    /// `hostPath.path`.
    public var hostPath: KubernetesField<String>?
    /// `hostPath.type`.
    public var hostPathType: KubernetesField<String>?
}

// MARK: - Other kinds

public struct KubernetesService: Sendable {
    /// `spec.type`; absent means ClusterIP.
    public var type: KubernetesField<String>?
    public var selector: [String: String]
    public var loadBalancerSourceRanges: [KubernetesField<String>]
}

public struct KubernetesIngress: Sendable {
    public var ingressClassName: KubernetesField<String>?
    /// `spec.tls` entries.
    public var tls: [YAMLNode]
    public var tlsKeyRange: SourceRange?
    /// `spec.rules[].host` values.
    public var hosts: [KubernetesField<String>]
    /// Names of the Services it routes to (default backend and every path, v1 and v1beta1 forms).
    public var backendServiceNames: Set<String>
}

public struct KubernetesIngressClass: Sendable {
    public var controller: KubernetesField<String>?
}

public struct KubernetesHorizontalPodAutoscaler: Sendable {
    public var targetAPIVersion: KubernetesField<String>?
    public var targetKind: KubernetesField<String>?
    public var targetName: KubernetesField<String>?
    /// The `scaleTargetRef` key.
    public var targetKeyRange: SourceRange?
    public var minReplicas: KubernetesField<Int>?
    public var maxReplicas: KubernetesField<Int>?
    /// autoscaling/v1 `targetCPUUtilizationPercentage`.
    public var targetCPUUtilizationPercentage: KubernetesField<Int>?
    public var metrics: [KubernetesMetric]
    /// The `metrics` key, when written.
    public var metricsKeyRange: SourceRange?

    /// The resources (`cpu`, `memory`) whose utilization — a percentage of the containers' requests — drives
    /// scaling, with where each is named. An autoscaler without metrics scales on 80 % CPU utilization.
    public var utilizationMetrics: [(resource: String, container: String?, range: SourceRange)] {
        var result: [(String, String?, SourceRange)] = []
        if let v1 = targetCPUUtilizationPercentage {
            result.append(("cpu", nil, v1.range))
        }
        for metric in metrics where metric.targetType?.value == "Utilization" {
            if let resource = metric.resourceName {
                result.append((resource.value, metric.containerName?.value, resource.range))
            }
        }
        if result.isEmpty && metrics.isEmpty, let anchor = targetKind?.range ?? targetKeyRange {
            result.append(("cpu", nil, anchor))
        }
        return result
    }
}

/// One entry of an autoscaler's `metrics`.
public struct KubernetesMetric: Sendable {
    public var node: YAMLNode
    /// `Resource`, `ContainerResource`, `Pods`, `Object`, `External`.
    public var type: KubernetesField<String>?
    /// `resource.name` / `containerResource.name`.
    public var resourceName: KubernetesField<String>?
    /// `containerResource.container`.
    public var containerName: KubernetesField<String>?
    /// `target.type` (`Utilization`, `AverageValue`, `Value`); v2beta1's `targetAverageUtilization` reads as
    /// `Utilization` and `targetAverageValue` as `AverageValue`.
    public var targetType: KubernetesField<String>?
}

public struct KubernetesPodDisruptionBudget: Sendable {
    public var selector: KubernetesLabelSelector?
    public var minAvailable: KubernetesField<String>?
    public var maxUnavailable: KubernetesField<String>?
    /// policy/v1 reads an empty selector as "every pod of the namespace"; policy/v1beta1 as "no pod".
    public var emptySelectorSelectsAll: Bool
}

public struct KubernetesNetworkPolicy: Sendable {
    public var podSelector: KubernetesLabelSelector?
    public var policyTypes: [KubernetesField<String>]
    public var ingressRules: [YAMLNode]?
    public var egressRules: [YAMLNode]?
}

public struct KubernetesServiceAccount: Sendable {
    public var automountServiceAccountToken: KubernetesField<Bool>?
}

public struct KubernetesRole: Sendable {
    /// True for a ClusterRole.
    public var isClusterScoped: Bool
    public var rules: [KubernetesPolicyRule]
}

public struct KubernetesPolicyRule: Sendable {
    public var node: YAMLNode
    public var apiGroups: [KubernetesField<String>]
    public var resources: [KubernetesField<String>]
    public var verbs: [KubernetesField<String>]
    public var resourceNames: [KubernetesField<String>]
    public var nonResourceURLs: [KubernetesField<String>]
}

public struct KubernetesRoleBinding: Sendable {
    /// True for a ClusterRoleBinding.
    public var isClusterScoped: Bool
    public var roleRefKind: KubernetesField<String>?
    public var roleRefName: KubernetesField<String>?
    public var subjects: [KubernetesSubject]
}

public struct KubernetesSubject: Sendable {
    public var node: YAMLNode
    public var kind: KubernetesField<String>?
    public var name: KubernetesField<String>?
    public var namespace: KubernetesField<String>?
}

/// Small pieces of English shared by the Kubernetes rules' messages.
enum KubernetesWording {
    /// `a`, `a and b`, `a, b and c`.
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }

    /// The singular or plural form of a verb for `count` subjects (`inherits` / `inherit`).
    static func verb(_ singular: String, _ plural: String, count: Int) -> String {
        count == 1 ? singular : plural
    }
}
