import DeploySyntax

/// What reading a file as Kubernetes manifests gave.
public enum KubernetesModelOutcome: Sendable {
    /// The objects of the file, and non-fatal YAML problems (duplicate keys).
    case manifest(KubernetesManifest, diagnostics: [Diagnostic])
    /// Recognised but not checked: a Helm (Go) template, which is not YAML until rendered.
    case skipped(reason: String)
    /// The file is not valid YAML.
    case failed(Diagnostic)
}

/// Builds the Kubernetes model over the positioned YAML tree: syntax (YAML) stays in DeploySyntax, meaning
/// (which field is a pod spec, which setting a container inherits) lives here, judging lives in the rules.
///
/// Every document of a multi-document stream is read, and the `items` of `kind: List` (or `…List`) documents.
/// Documents without a string `apiVersion` and `kind` are ignored. The work is one walk over the tree.
public struct KubernetesModelBuilder: Sendable {
    public init() {}

    /// The message of the skipped outcome for Helm templates.
    public static let helmTemplateReason =
        "Helm template (Go template actions '{{ … }}'): not YAML until rendered; lint the output of `helm template` instead"

    /// Reads `file`, reusing `parsed` when the engine already parsed it (to classify it) so no file is parsed twice.
    public func build(_ file: SourceFile, parsed: YAMLStream? = nil) -> KubernetesModelOutcome {
        let mayBeTemplate = Self.containsTemplateAction(file.bytes)
        // Checked before the YAML: many Helm templates happen to parse (`image: "{{ .Values.image }}"`).
        if mayBeTemplate && Self.looksLikeHelmTemplate(file) {
            return .skipped(reason: Self.helmTemplateReason)
        }
        if let parsed { return .manifest(build(parsed), diagnostics: parsed.diagnostics) }
        switch YAMLParser().parse(file) {
        case .success(let stream):
            return .manifest(build(stream), diagnostics: stream.diagnostics)
        case .failure(let error):
            // `{{ … }}` that breaks the YAML is a template of some kind: not ours to report as a YAML error.
            if mayBeTemplate { return .skipped(reason: Self.helmTemplateReason) }
            return .failed(error.diagnostic)
        }
    }

    public func build(_ stream: YAMLStream) -> KubernetesManifest {
        var objects: [KubernetesObject] = []
        for document in stream.documents {
            let root = document.root
            guard root.isMapping, let kind = Self.string(root, "kind"), Self.string(root, "apiVersion") != nil else { continue }
            if kind.value.hasSuffix("List"), let items = root["items"]?.sequence {
                for (i, item) in items.enumerated() {
                    if let object = object(item, documentIndex: document.index, listItemIndex: i) { objects.append(object) }
                }
            } else if let object = object(root, documentIndex: document.index, listItemIndex: nil) {
                objects.append(object)
            }
        }
        return KubernetesManifest(file: stream.file, objects: objects)
    }

    // MARK: Helm detection

    /// True when the bytes hold `{{` anywhere.
    static func containsTemplateAction(_ bytes: [UInt8]) -> Bool {
        var i = 1
        while i < bytes.count {
            if bytes[i] == 0x7B && bytes[i - 1] == 0x7B { return true }
            i += 1
        }
        return false
    }

    /// `{{` alone may be data (Prometheus alert templates in a ConfigMap); these markers only appear in Helm.
    static func looksLikeHelmTemplate(_ file: SourceFile) -> Bool {
        let text = file.text
        let markers = [".Values", ".Release.", ".Chart.", ".Capabilities.", ".Files.", "{{-", "-}}",
                       "include \"", "template \"", "define \"", "toYaml", "nindent", "{{ if ", "{{ range ", "{{ with ", "{{ end"]
        return markers.contains { text.contains($0) }
    }

    // MARK: Objects

    private func object(_ node: YAMLNode, documentIndex: Int, listItemIndex: Int?) -> KubernetesObject? {
        guard node.isMapping, let apiVersion = Self.string(node, "apiVersion"), let kind = Self.string(node, "kind") else { return nil }
        let metadata = node["metadata"]
        var object = KubernetesObject(
            node: node,
            documentIndex: documentIndex,
            listItemIndex: listItemIndex,
            apiVersion: apiVersion,
            kind: kind,
            name: metadata.flatMap { Self.string($0, "name") ?? Self.string($0, "generateName") },
            namespace: metadata.flatMap { Self.string($0, "namespace") },
            labels: metadata?["labels"].map(Self.entries) ?? [],
            annotations: metadata?["annotations"].map(Self.entries) ?? []
        )
        let group = object.apiGroup
        let spec = node["spec"]
        switch kind.value {
        case "Pod" where group == "":
            if let spec, spec.isMapping {
                object.workload = KubernetesWorkload(kind: .pod, replicas: nil, selector: nil,
                                                     podLabels: Self.labelMap(object.labels), pod: podSpec(spec))
            }
        case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet":
            guard group == "apps" || group == "extensions", let spec,
                  let kindValue = KubernetesWorkloadKind(rawValue: kind.value) else { break }
            object.workload = templatedWorkload(kindValue, spec: spec, template: spec["template"], selectorIsMap: false)
        case "ReplicationController" where group == "":
            if let spec { object.workload = templatedWorkload(.replicationController, spec: spec, template: spec["template"], selectorIsMap: true) }
        case "Job" where group == "batch":
            if let spec { object.workload = templatedWorkload(.job, spec: spec, template: spec["template"], selectorIsMap: false) }
        case "CronJob" where group == "batch":
            if let spec, let template = spec["jobTemplate"]?["spec"]?["template"] {
                object.workload = templatedWorkload(.cronJob, spec: nil, template: template, selectorIsMap: false)
            }
        case "Service" where group == "":
            object.service = KubernetesService(
                type: spec.flatMap { Self.string($0, "type") },
                selector: spec?["selector"].map { Self.labelMap(Self.entries($0)) } ?? [:],
                loadBalancerSourceRanges: spec.map { Self.stringList($0, "loadBalancerSourceRanges") } ?? []
            )
        case "Ingress" where group == "networking.k8s.io" || group == "extensions":
            let tlsPair = spec?.pair("tls")
            object.ingress = KubernetesIngress(
                ingressClassName: spec.flatMap { Self.string($0, "ingressClassName") },
                tls: tlsPair?.value.sequence ?? [],
                tlsKeyRange: tlsPair.map(Self.keyRange),
                hosts: (spec?["rules"]?.sequence ?? []).compactMap { Self.string($0, "host") },
                backendServiceNames: spec.map(Self.ingressBackendServices) ?? []
            )
        case "IngressClass" where group == "networking.k8s.io":
            object.ingressClass = KubernetesIngressClass(controller: spec.flatMap { Self.string($0, "controller") })
        case "HorizontalPodAutoscaler" where group == "autoscaling":
            if let spec { object.horizontalPodAutoscaler = horizontalPodAutoscaler(spec) }
        case "PodDisruptionBudget" where group == "policy":
            object.podDisruptionBudget = KubernetesPodDisruptionBudget(
                selector: spec?.pair("selector").flatMap { Self.labelSelector($0, plainMap: false) },
                minAvailable: spec.flatMap { Self.string($0, "minAvailable") },
                maxUnavailable: spec.flatMap { Self.string($0, "maxUnavailable") },
                emptySelectorSelectsAll: apiVersion.value != "policy/v1beta1"
            )
        case "NetworkPolicy" where group == "networking.k8s.io" || group == "extensions":
            object.networkPolicy = KubernetesNetworkPolicy(
                podSelector: spec?.pair("podSelector").flatMap { Self.labelSelector($0, plainMap: false) },
                policyTypes: spec.map { Self.stringList($0, "policyTypes") } ?? [],
                ingressRules: spec?["ingress"]?.sequence,
                egressRules: spec?["egress"]?.sequence
            )
        case "ServiceAccount" where group == "":
            object.serviceAccount = KubernetesServiceAccount(automountServiceAccountToken: Self.bool(node, "automountServiceAccountToken"))
        case "Role", "ClusterRole":
            guard group == "rbac.authorization.k8s.io" else { break }
            let rules = (node["rules"]?.sequence ?? []).filter(\.isMapping).map { rule in
                KubernetesPolicyRule(
                    node: rule,
                    apiGroups: Self.stringList(rule, "apiGroups"),
                    resources: Self.stringList(rule, "resources"),
                    verbs: Self.stringList(rule, "verbs"),
                    resourceNames: Self.stringList(rule, "resourceNames"),
                    nonResourceURLs: Self.stringList(rule, "nonResourceURLs")
                )
            }
            object.role = KubernetesRole(isClusterScoped: kind.value == "ClusterRole", rules: rules)
        case "RoleBinding", "ClusterRoleBinding":
            guard group == "rbac.authorization.k8s.io" else { break }
            let roleRef = node["roleRef"]
            let subjects = (node["subjects"]?.sequence ?? []).filter(\.isMapping).map { subject in
                KubernetesSubject(node: subject, kind: Self.string(subject, "kind"), name: Self.string(subject, "name"),
                                  namespace: Self.string(subject, "namespace"))
            }
            object.roleBinding = KubernetesRoleBinding(
                isClusterScoped: kind.value == "ClusterRoleBinding",
                roleRefKind: roleRef.flatMap { Self.string($0, "kind") },
                roleRefName: roleRef.flatMap { Self.string($0, "name") },
                subjects: subjects
            )
        default:
            break
        }
        if let workload = object.workload,
           workload.pod.containers.isEmpty || workload.pod.containers.contains(where: { $0.image == nil && $0.role != .ephemeralContainer }) {
            // A fragment (kustomize patch): keep the metadata, judge no containers.
            object.workload = nil
            object.isPartial = true
        }
        return object
    }

    private func templatedWorkload(_ kind: KubernetesWorkloadKind, spec: YAMLNode?, template: YAMLNode?, selectorIsMap: Bool) -> KubernetesWorkload? {
        guard let template, let podNode = template["spec"], podNode.isMapping else { return nil }
        let replicas: KubernetesField<Int>? = switch kind {
        case .deployment, .statefulSet, .replicaSet, .replicationController: spec.flatMap { Self.int($0, "replicas") }
        default: nil
        }
        return KubernetesWorkload(
            kind: kind,
            replicas: replicas,
            selector: spec?.pair("selector").flatMap { Self.labelSelector($0, plainMap: selectorIsMap) },
            podLabels: template["metadata"]?["labels"].map { Self.labelMap(Self.entries($0)) } ?? [:],
            pod: podSpec(podNode)
        )
    }

    // MARK: Pod spec and containers

    private func podSpec(_ node: YAMLNode) -> KubernetesPodSpec {
        var containers: [KubernetesContainer] = []
        for pair in node.mapping ?? [] {
            let role: KubernetesContainer.Role
            switch pair.keyString {
            case "containers": role = .container
            case "initContainers": role = .initContainer
            case "ephemeralContainers": role = .ephemeralContainer
            default: continue
            }
            for (i, item) in (pair.value.sequence ?? []).enumerated() where item.isMapping {
                containers.append(container(item, role: role, index: i))
            }
        }
        let nodeSelectorOS = node["nodeSelector"].flatMap { Self.string($0, "kubernetes.io/os") ?? Self.string($0, "beta.kubernetes.io/os") }
        let osName = node["os"].flatMap { Self.string($0, "name") }
        let volumes = (node["volumes"]?.sequence ?? []).filter(\.isMapping).map { item in
            let sourcePair = item.mapping?.first { $0.keyString != "name" }
            let hostPath = item["hostPath"]
            return KubernetesVolume(
                node: item,
                name: Self.string(item, "name"),
                source: sourcePair.flatMap { pair in
                    pair.keyString.map { KubernetesField(value: $0, range: Self.keyRange(pair), keyRange: Self.keyRange(pair), valueRange: pair.value.reportRange) }
                },
                hostPath: hostPath.flatMap { Self.string($0, "path") },
                hostPathType: hostPath.flatMap { Self.string($0, "type") }
            )
        }
        return KubernetesPodSpec(
            node: node,
            containers: containers,
            securityContext: node.pair("securityContext").flatMap { securityContext($0, alias: nil) },
            hostNetwork: Self.bool(node, "hostNetwork"),
            hostPID: Self.bool(node, "hostPID"),
            hostIPC: Self.bool(node, "hostIPC"),
            volumes: volumes,
            serviceAccountName: Self.string(node, "serviceAccountName") ?? Self.string(node, "serviceAccount"),
            automountServiceAccountToken: Self.bool(node, "automountServiceAccountToken"),
            restartPolicy: Self.string(node, "restartPolicy"),
            isWindows: osName?.value.lowercased() == "windows" || nodeSelectorOS?.value.lowercased() == "windows"
        )
    }

    private func container(_ node: YAMLNode, role: KubernetesContainer.Role, index: Int) -> KubernetesContainer {
        // A container written as an alias (`- *base`) is reported where the alias stands.
        let alias = node.aliasRange
        let name = Self.string(node, "name")
        let image = Self.relocated(Self.string(node, "image"), to: alias)
        var resources = KubernetesResources()
        if let pair = node.pair("resources") {
            resources.keyRange = Self.keyRange(pair)
            resources.requests = pair.value["requests"].map(Self.quantities) ?? [:]
            resources.limits = pair.value["limits"].map(Self.quantities) ?? [:]
        }
        let env = (node["env"]?.sequence ?? []).filter(\.isMapping).map { item in
            let value = Self.string(item, "value")
            let source = item.pair("valueFrom").flatMap { pair -> KubernetesField<String>? in
                guard let inner = pair.value.mapping?.first, let key = inner.keyString else { return nil }
                return KubernetesField(value: key, range: Self.pairRange(inner), keyRange: Self.keyRange(inner), valueRange: inner.value.reportRange)
            }
            return KubernetesEnvVar(
                node: item,
                name: Self.string(item, "name"),
                value: value,
                resolvedValue: value != nil ? item["value"]?.resolved(.yaml11) : nil,
                valueFromSource: source
            )
        }
        let ports = (node["ports"]?.sequence ?? []).filter(\.isMapping).map { item in
            KubernetesContainerPort(node: item, containerPort: Self.int(item, "containerPort"), hostPort: Self.int(item, "hostPort"),
                                    hostIP: Self.string(item, "hostIP"), name: Self.string(item, "name"))
        }
        let mounts = (node["volumeMounts"]?.sequence ?? []).filter(\.isMapping).map { item in
            KubernetesVolumeMount(node: item, name: Self.string(item, "name"), mountPath: Self.string(item, "mountPath"),
                                  readOnly: Self.bool(item, "readOnly"))
        }
        let firstKey = node.mapping?.first.map { Self.keyRange($0) }
        return KubernetesContainer(
            role: role,
            index: index,
            node: node,
            name: name,
            image: image,
            imageReference: image.map { KubernetesImageReference($0.value) },
            imagePullPolicy: Self.relocated(Self.string(node, "imagePullPolicy"), to: alias),
            securityContext: node.pair("securityContext").flatMap { securityContext($0, alias: alias) },
            resources: resources,
            livenessProbe: Self.nodeField(node, "livenessProbe"),
            readinessProbe: Self.nodeField(node, "readinessProbe"),
            startupProbe: Self.nodeField(node, "startupProbe"),
            env: env,
            envFrom: node["envFrom"]?.sequence ?? [],
            ports: ports,
            volumeMounts: mounts,
            restartPolicy: Self.string(node, "restartPolicy"),
            anchorRange: alias ?? name?.valueRange ?? image?.valueRange ?? firstKey ?? node.reportRange
        )
    }

    /// A security context, with every field placed at `alias` when the context (or its container) was written
    /// as an alias: the finding then points where this container uses it, not at the shared anchor.
    private func securityContext(_ pair: YAMLPair, alias containerAlias: SourceRange?) -> KubernetesSecurityContext? {
        let node = pair.value
        guard node.isMapping else { return nil }
        let alias = containerAlias ?? (node.aliasRange != nil ? Self.pairRange(pair) : nil)
        let capabilities = node["capabilities"]
        let context = KubernetesSecurityContext(
            node: node,
            keyRange: Self.keyRange(pair),
            runAsNonRoot: Self.bool(node, "runAsNonRoot"),
            runAsUser: Self.int(node, "runAsUser"),
            runAsGroup: Self.int(node, "runAsGroup"),
            privileged: Self.bool(node, "privileged"),
            allowPrivilegeEscalation: Self.bool(node, "allowPrivilegeEscalation"),
            readOnlyRootFilesystem: Self.bool(node, "readOnlyRootFilesystem"),
            capabilitiesAdded: capabilities.map { Self.stringList($0, "add") } ?? [],
            capabilitiesDropped: capabilities.map { Self.stringList($0, "drop") } ?? [],
            capabilitiesDropKeyRange: capabilities?.pair("drop").map(Self.keyRange),
            seccompProfileType: node["seccompProfile"].flatMap { Self.string($0, "type") }
        )
        guard let alias else { return context }
        var moved = context
        moved.keyRange = alias
        moved.runAsNonRoot = Self.relocated(context.runAsNonRoot, to: alias)
        moved.runAsUser = Self.relocated(context.runAsUser, to: alias)
        moved.runAsGroup = Self.relocated(context.runAsGroup, to: alias)
        moved.privileged = Self.relocated(context.privileged, to: alias)
        moved.allowPrivilegeEscalation = Self.relocated(context.allowPrivilegeEscalation, to: alias)
        moved.readOnlyRootFilesystem = Self.relocated(context.readOnlyRootFilesystem, to: alias)
        moved.capabilitiesAdded = context.capabilitiesAdded.compactMap { Self.relocated($0, to: alias) }
        moved.capabilitiesDropped = context.capabilitiesDropped.compactMap { Self.relocated($0, to: alias) }
        moved.capabilitiesDropKeyRange = context.capabilitiesDropKeyRange.map { _ in alias }
        moved.seccompProfileType = Self.relocated(context.seccompProfileType, to: alias)
        return moved
    }

    /// The field reported at `range` (where an alias stands) instead of where its anchor wrote it.
    static func relocated<Value>(_ field: KubernetesField<Value>?, to range: SourceRange?) -> KubernetesField<Value>? {
        guard var field, let range else { return field }
        field.range = range
        return field
    }

    private func horizontalPodAutoscaler(_ spec: YAMLNode) -> KubernetesHorizontalPodAutoscaler {
        let targetPair = spec.pair("scaleTargetRef")
        let target = targetPair?.value
        let metricsPair = spec.pair("metrics")
        let metrics = (metricsPair?.value.sequence ?? []).filter(\.isMapping).map { item -> KubernetesMetric in
            let type = Self.string(item, "type")
            // v2: resource/containerResource with target.type; v2beta1: targetAverageUtilization/targetAverageValue.
            let source = item["resource"] ?? item["containerResource"]
            var targetType = source?["target"].flatMap { Self.string($0, "type") }
            if targetType == nil, let source {
                if let pair = source.pair("targetAverageUtilization") {
                    targetType = KubernetesField(value: "Utilization", range: Self.pairRange(pair), keyRange: Self.keyRange(pair), valueRange: pair.value.reportRange)
                } else if let pair = source.pair("targetAverageValue") {
                    targetType = KubernetesField(value: "AverageValue", range: Self.pairRange(pair), keyRange: Self.keyRange(pair), valueRange: pair.value.reportRange)
                }
            }
            return KubernetesMetric(
                node: item,
                type: type,
                resourceName: source.flatMap { Self.string($0, "name") },
                containerName: source.flatMap { Self.string($0, "container") },
                targetType: targetType
            )
        }
        return KubernetesHorizontalPodAutoscaler(
            targetAPIVersion: target.flatMap { Self.string($0, "apiVersion") },
            targetKind: target.flatMap { Self.string($0, "kind") },
            targetName: target.flatMap { Self.string($0, "name") },
            targetKeyRange: targetPair.map(Self.keyRange),
            minReplicas: Self.int(spec, "minReplicas"),
            maxReplicas: Self.int(spec, "maxReplicas"),
            targetCPUUtilizationPercentage: Self.int(spec, "targetCPUUtilizationPercentage"),
            metrics: metrics,
            metricsKeyRange: metricsPair.map(Self.keyRange)
        )
    }

    /// Service names an Ingress routes to: `service.name` (v1) or `serviceName` (v1beta1) of every backend.
    private static func ingressBackendServices(_ spec: YAMLNode) -> Set<String> {
        var names: Set<String> = []
        func add(_ backend: YAMLNode?) {
            guard let backend else { return }
            if let name = backend["service"]?["name"]?.string ?? backend["serviceName"]?.string { names.insert(name) }
        }
        add(spec["defaultBackend"])
        add(spec["backend"])
        for rule in spec["rules"]?.sequence ?? [] {
            for path in rule["http"]?["paths"]?.sequence ?? [] { add(path["backend"]) }
        }
        return names
    }

    // MARK: Field readers

    /// The whole pair as written, or its `<<` merge key.
    static func pairRange(_ pair: YAMLPair) -> SourceRange {
        if let merge = pair.mergeKeyRange { return merge }
        return SourceRange(start: pair.key.reportRange.start, end: pair.value.reportRange.end)
    }

    static func keyRange(_ pair: YAMLPair) -> SourceRange {
        pair.mergeKeyRange ?? pair.key.reportRange
    }

    private static func field<Value>(_ pair: YAMLPair, _ value: Value) -> KubernetesField<Value> {
        KubernetesField(value: value, range: pairRange(pair), keyRange: keyRange(pair), valueRange: pair.value.reportRange)
    }

    /// A scalar value as written (`8080`, `nginx:1.27`); nil when absent, null or a collection.
    static func string(_ node: YAMLNode, _ key: String) -> KubernetesField<String>? {
        guard let pair = node.pair(key), let scalar = pair.value.scalar, !pair.value.isNull else { return nil }
        return field(pair, scalar.value)
    }

    /// A boolean as the API server's YAML reader (YAML 1.1) resolves it.
    static func bool(_ node: YAMLNode, _ key: String) -> KubernetesField<Bool>? {
        guard let pair = node.pair(key), case .bool(let b)? = pair.value.resolved(.yaml11) else { return nil }
        return field(pair, b)
    }

    static func int(_ node: YAMLNode, _ key: String) -> KubernetesField<Int>? {
        guard let pair = node.pair(key), case .int(let i)? = pair.value.resolved(.yaml11) else { return nil }
        return field(pair, i)
    }

    static func nodeField(_ node: YAMLNode, _ key: String) -> KubernetesField<YAMLNode>? {
        guard let pair = node.pair(key), !pair.value.isNull else { return nil }
        return field(pair, pair.value)
    }

    /// The scalar items of a list; each field's ranges are the item's.
    static func stringList(_ node: YAMLNode, _ key: String) -> [KubernetesField<String>] {
        guard let items = node[key]?.sequence else { return [] }
        return items.compactMap { item in
            guard let scalar = item.scalar else { return nil }
            let range = item.reportRange
            return KubernetesField(value: scalar.value, range: range, keyRange: range, valueRange: range)
        }
    }

    /// The scalar entries of a map (labels, annotations).
    static func entries(_ node: YAMLNode) -> [KubernetesEntry] {
        (node.mapping ?? []).compactMap { pair in
            guard let key = pair.keyString, let value = pair.value.scalar?.value else { return nil }
            return KubernetesEntry(key: key, value: value, field: field(pair, value))
        }
    }

    static func labelMap(_ entries: [KubernetesEntry]) -> [String: String] {
        var map: [String: String] = [:]
        for entry in entries { map[entry.key] = entry.value }
        return map
    }

    private static func quantities(_ node: YAMLNode) -> [String: KubernetesField<String>] {
        var map: [String: KubernetesField<String>] = [:]
        for pair in node.mapping ?? [] {
            guard let key = pair.keyString, let scalar = pair.value.scalar, !pair.value.isNull, !scalar.value.isEmpty else { continue }
            map[key] = field(pair, scalar.value)
        }
        return map
    }

    static func labelSelector(_ pair: YAMLPair, plainMap: Bool) -> KubernetesLabelSelector? {
        let node = pair.value
        guard node.isMapping else { return nil }
        let structured = node["matchLabels"] != nil || node["matchExpressions"] != nil
        var matchLabels: [String: String] = [:]
        var expressions: [KubernetesLabelSelector.Requirement] = []
        if plainMap && !structured {
            matchLabels = labelMap(entries(node))
        } else {
            matchLabels = node["matchLabels"].map { labelMap(entries($0)) } ?? [:]
            for item in node["matchExpressions"]?.sequence ?? [] {
                guard let key = item["key"]?.string else { continue }
                let op = item["operator"]?.string.flatMap(KubernetesLabelSelector.Requirement.Operator.init(rawValue:))
                let values = (item["values"]?.sequence ?? []).compactMap(\.string)
                expressions.append(.init(key: key, op: op, values: values))
            }
        }
        return KubernetesLabelSelector(matchLabels: matchLabels, matchExpressions: expressions,
                                       range: node.reportRange, keyRange: keyRange(pair))
    }
}
