import DeploySyntax
import Testing
@testable import LintEngine

@Suite("Kubernetes model")
struct KubernetesModelTests {
    static func manifest(_ text: String, path: String = "manifest.yaml") -> KubernetesManifest {
        switch KubernetesModelBuilder().build(SourceFile(path: path, text: text)) {
        case .manifest(let manifest, _): return manifest
        case .skipped(let reason): Issue.record("skipped: \(reason)")
        case .failed(let diagnostic): Issue.record("failed: \(diagnostic)")
        }
        return KubernetesManifest(file: SourceFile(path: path, text: text), objects: [])
    }

    static func at(_ range: SourceRange?) -> String {
        guard let range else { return "nil" }
        return "\(range.start.line):\(range.start.column)-\(range.end.line):\(range.end.column)"
    }

    // MARK: Documents and lists

    @Test func everyDocumentOfAStream_isAnObjectWithItsOwnPositions() {
        let m = Self.manifest("""
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        ---
        # a comment-only document between objects
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: shop
        spec:
          template:
            spec:
              containers:
                - name: web
                  image: nginx:1.27
        ---
        not: kubernetes
        """)
        #expect(m.objects.map(\.displayName) == ["Service 'web'", "Deployment 'web'"])
        #expect(m.objects.map(\.documentIndex) == [0, 2])
        #expect(Self.at(m.objects[1].kind.range) == "9:1-9:17")
        #expect(Self.at(m.objects[1].name?.valueRange) == "11:9-11:12")
        #expect(Self.at(m.objects[1].namespace?.range) == "12:3-12:18")
        let container = m.objects[1].workload?.pod.containers.first
        #expect(container?.name?.value == "web")
        #expect(Self.at(container?.anchorRange) == "17:17-17:20")
        #expect(Self.at(container?.image?.range) == "18:11-18:28")
        #expect(m.objects[0].service != nil)
        #expect(m.objects[0].workload == nil)
    }

    @Test func listItems_areObjects_withTheirListIndex() {
        let m = Self.manifest("""
        apiVersion: v1
        kind: List
        items:
          - apiVersion: v1
            kind: Pod
            metadata:
              name: a
            spec:
              containers:
                - name: a
                  image: busybox:1.36
          - apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: b
            automountServiceAccountToken: false
        """)
        #expect(m.objects.map(\.kind.value) == ["Pod", "ServiceAccount"])
        #expect(m.objects.map(\.listItemIndex) == [0, 1])
        #expect(m.objects[0].workload?.kind == .pod)
        #expect(m.objects[1].serviceAccount?.automountServiceAccountToken?.value == false)
        #expect(Self.at(m.objects[1].serviceAccount?.automountServiceAccountToken?.range) == "16:5-16:40")
    }

    // MARK: Pod templates

    @Test func cronJob_podSpecIsReadFromTheJobTemplate() {
        let m = Self.manifest("""
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: nightly
        spec:
          schedule: "0 2 * * *"
          jobTemplate:
            spec:
              template:
                metadata:
                  labels:
                    app: nightly
                spec:
                  restartPolicy: OnFailure
                  containers:
                    - name: report
                      image: registry.example.com/report:1.0.0
        """)
        let workload = m.objects.first?.workload
        #expect(workload?.kind == .cronJob)
        #expect(workload?.podLabels == ["app": "nightly"])
        #expect(workload?.pod.containers.map(\.displayName) == ["container 'report'"])
        #expect(workload?.isLongRunning == false)
        #expect(Self.at(workload?.pod.containers.first?.anchorRange) == "16:21-16:27")
    }

    @Test func job_replicationController_andBarePod_areWorkloads() {
        let m = Self.manifest("""
        apiVersion: batch/v1
        kind: Job
        metadata: {name: once}
        spec:
          template:
            spec:
              restartPolicy: Never
              containers: [{name: once, image: "busybox:1.36"}]
        ---
        apiVersion: v1
        kind: ReplicationController
        metadata: {name: rc}
        spec:
          replicas: 3
          selector: {app: rc}
          template:
            metadata: {labels: {app: rc}}
            spec:
              containers: [{name: rc, image: "nginx:1.27"}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: finite}
        spec:
          restartPolicy: Never
          containers: [{name: task, image: "busybox:1.36"}]
        """)
        #expect(m.workloads.map(\.workload.kind) == [.job, .replicationController, .pod])
        let rc = m.objects[1].workload
        #expect(rc?.replicas?.value == 3)
        #expect(rc?.selector?.matchLabels == ["app": "rc"])
        #expect(rc?.selector?.matches(rc?.podLabels ?? [:], emptySelectsAll: false) == true)
        #expect(m.objects[2].workload?.isLongRunning == false)
    }

    @Test func initAndEphemeralContainers_keepTheirRoleAndSourceOrder() {
        let m = Self.manifest("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: roles
        spec:
          initContainers:
            - name: migrate
              image: registry.example.com/migrate:1.0.0
            - name: proxy
              image: registry.example.com/proxy:1.0.0
              restartPolicy: Always
          containers:
            - name: app
              image: registry.example.com/app:1.0.0
          ephemeralContainers:
            - name: debug
              image: busybox:1.36
        """)
        let containers = m.objects[0].workload?.pod.containers ?? []
        #expect(containers.map(\.displayName) == ["init container 'migrate'", "init container 'proxy'", "container 'app'", "ephemeral container 'debug'"])
        #expect(containers.map(\.role) == [.initContainer, .initContainer, .container, .ephemeralContainer])
        #expect(containers.map(\.index) == [0, 1, 0, 0])
        #expect(containers.map(\.isSidecar) == [false, true, false, false])
        #expect(m.objects[0].workload?.pod.regularContainers.map(\.displayName) == ["container 'app'"])
    }

    // MARK: Security context

    @Test func containerSecurityContext_overridesThePods() {
        let m = Self.manifest("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: precedence
        spec:
          securityContext:
            runAsNonRoot: true
            runAsUser: 10001
            seccompProfile:
              type: RuntimeDefault
          containers:
            - name: inherits
              image: registry.example.com/a:1.0.0
            - name: overrides
              image: registry.example.com/b:1.0.0
              securityContext:
                runAsNonRoot: false
                seccompProfile:
                  type: Unconfined
                capabilities:
                  drop: [ALL]
                  add: ["NET_BIND_SERVICE"]
        """)
        let pod = m.objects[0].workload!.pod
        let inherits = pod.containers[0]
        let overrides = pod.containers[1]
        #expect(pod.effective(\.runAsNonRoot, for: inherits)?.value == true)
        #expect(pod.effective(\.runAsNonRoot, for: inherits)?.level == .pod)
        #expect(Self.at(pod.effective(\.runAsNonRoot, for: inherits)?.field.range) == "7:5-7:23")
        #expect(pod.effective(\.runAsNonRoot, for: overrides)?.value == false)
        #expect(pod.effective(\.runAsNonRoot, for: overrides)?.level == .container)
        #expect(Self.at(pod.effective(\.runAsNonRoot, for: overrides)?.field.range) == "17:9-17:28")
        // Not set on the container: inherited.
        #expect(pod.effective(\.runAsUser, for: overrides)?.value == 10001)
        #expect(pod.effective(\.seccompProfileType, for: inherits)?.value == "RuntimeDefault")
        #expect(pod.effective(\.seccompProfileType, for: overrides)?.value == "Unconfined")
        #expect(overrides.securityContext?.capabilitiesDropped.map(\.value) == ["ALL"])
        #expect(overrides.securityContext?.capabilitiesAdded.map(\.value) == ["NET_BIND_SERVICE"])
        #expect(Self.at(overrides.securityContext?.capabilitiesAdded.first?.range) == "22:17-22:35")
    }

    @Test func booleans_areReadAsTheAPIServerReadsThem() {
        let m = Self.manifest("""
        apiVersion: v1
        kind: Pod
        metadata: {name: flags}
        spec:
          hostNetwork: yes
          hostPID: "true"
          containers:
            - name: app
              image: registry.example.com/app:1.0.0
              securityContext: {privileged: on}
        """)
        let pod = m.objects[0].workload!.pod
        #expect(pod.hostNetwork?.value == true)
        // A quoted "true" is a string: the API server rejects it rather than enabling hostPID.
        #expect(pod.hostPID == nil)
        #expect(pod.containers[0].securityContext?.privileged?.value == true)
    }

    @Test func anchorsAndMergeKeys_areResolved_andPointAtTheMergeKey() {
        let m = Self.manifest("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: merged
        spec:
          containers:
            - name: a
              image: registry.example.com/a:1.0.0
              securityContext: &hardened
                allowPrivilegeEscalation: false
                readOnlyRootFilesystem: true
            - name: b
              image: registry.example.com/b:1.0.0
              securityContext:
                <<: *hardened
                privileged: false
        """)
        let containers = m.objects[0].workload!.pod.containers
        #expect(containers[1].securityContext?.allowPrivilegeEscalation?.value == false)
        #expect(containers[1].securityContext?.readOnlyRootFilesystem?.value == true)
        #expect(Self.at(containers[1].securityContext?.allowPrivilegeEscalation?.range) == "15:9-15:11")
        #expect(containers[1].securityContext?.privileged?.value == false)
    }

    // MARK: Containers

    @Test func containerFields_areRead() {
        let m = Self.manifest("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
        spec:
          replicas: 2
          selector:
            matchLabels: {app: api}
          template:
            metadata:
              labels: {app: api}
            spec:
              serviceAccountName: api
              automountServiceAccountToken: false
              volumes:
                - name: sock
                  hostPath:
                    path: /var/run/docker.sock
                - name: tmp
                  emptyDir: {}
              containers:
                - name: api
                  image: registry.example.com:5000/team/api:1.2.3@sha256:abc
                  imagePullPolicy: IfNotPresent
                  ports:
                    - containerPort: 8080
                      hostPort: 80
                  env:
                    - name: MODE
                      value: fast
                    - name: RETRIES
                      value: 3
                    - name: DB_PASSWORD
                      valueFrom:
                        secretKeyRef: {name: db, key: password}
                  envFrom:
                    - configMapRef: {name: api}
                  volumeMounts:
                    - name: tmp
                      mountPath: /tmp
                      readOnly: false
                  resources:
                    requests: {cpu: 250m, memory: 256Mi}
                    limits: {memory: 512Mi}
                  livenessProbe:
                    httpGet: {path: /healthz, port: 8080}
        """)
        let object = m.objects[0]
        let workload = object.workload!
        #expect(workload.replicas?.value == 2)
        #expect(workload.pod.serviceAccountName?.value == "api")
        #expect(workload.pod.automountServiceAccountToken?.value == false)
        #expect(workload.pod.volumes.map { $0.source?.value } == ["hostPath", "emptyDir"])
        #expect(workload.pod.volumes[0].hostPath?.value == "/var/run/docker.sock")
        let c = workload.pod.containers[0]
        #expect(c.imageReference?.repository == "registry.example.com:5000/team/api")
        #expect(c.imageReference?.tag == "1.2.3")
        #expect(c.imageReference?.digest == "sha256:abc")
        #expect(c.imagePullPolicy?.value == "IfNotPresent")
        #expect(c.ports.first?.containerPort?.value == 8080)
        #expect(c.ports.first?.hostPort?.value == 80)
        #expect(c.env.map { $0.name?.value } == ["MODE", "RETRIES", "DB_PASSWORD"])
        #expect(c.env[1].resolvedValue == .int(3))
        #expect(c.env[2].value == nil)
        #expect(c.env[2].valueFromSource?.value == "secretKeyRef")
        #expect(c.envFrom.count == 1)
        #expect(c.volumeMounts.first?.mountPath?.value == "/tmp")
        #expect(c.resources.requests["cpu"]?.value == "250m")
        #expect(c.resources.effectiveRequest("memory")?.value == "256Mi")
        #expect(c.resources.limits["cpu"] == nil)
        #expect(c.livenessProbe != nil)
        #expect(c.readinessProbe == nil)
    }

    @Test func imageReferences_splitTagFromRegistryPort() {
        #expect(KubernetesImageReference("nginx").isLatestOrUntagged)
        #expect(KubernetesImageReference("nginx:latest").isLatestOrUntagged)
        #expect(KubernetesImageReference("registry:5000/app").tag == nil)
        #expect(KubernetesImageReference("registry:5000/app").repository == "registry:5000/app")
        #expect(!KubernetesImageReference("nginx:1.27").isLatestOrUntagged)
        #expect(!KubernetesImageReference("nginx@sha256:abc").isLatestOrUntagged)
        #expect(KubernetesImageReference("nginx:latest@sha256:abc").isPinnedByDigest)
        #expect(KubernetesImageReference("${IMAGE}").isTemplated)
        #expect(KubernetesImageReference("CONTAINER_IMAGE").isTemplated)
        #expect(!KubernetesImageReference("REGION-docker.pkg.dev/PROJECT_ID/app:latest").isTemplated)
    }

    // MARK: Other kinds and cross-object questions

    @Test func autoscalers_budgets_andBindings_relateToWorkloadsOfTheFile() {
        let m = Self.manifest("""
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: shop}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web, tier: front}}
            spec:
              serviceAccountName: web
              containers: [{name: web, image: "nginx:1.27"}]
        ---
        apiVersion: autoscaling/v2beta1
        kind: HorizontalPodAutoscaler
        metadata: {name: web, namespace: shop}
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
          minReplicas: 2
          maxReplicas: 5
          metrics:
            - type: Resource
              resource: {name: cpu, targetAverageUtilization: 60}
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: {name: front, namespace: shop}
        spec:
          maxUnavailable: 1
          selector:
            matchExpressions: [{key: tier, operator: In, values: [front]}]
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: {name: elsewhere, namespace: other}
        spec:
          selector: {matchLabels: {app: web}}
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: {name: web, namespace: shop}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader}
        subjects: [{kind: ServiceAccount, name: web}]
        """)
        let web = m.objects[0]
        #expect(m.horizontalPodAutoscalers(targeting: web).map(\.displayName) == ["HorizontalPodAutoscaler 'web'"])
        #expect(m.scaleTarget(of: m.objects[1])?.displayName == "Deployment 'web'")
        let metrics = m.objects[1].horizontalPodAutoscaler?.utilizationMetrics ?? []
        #expect(metrics.map(\.resource) == ["cpu"])
        #expect(m.podDisruptionBudgets(selecting: web).map(\.displayName) == ["PodDisruptionBudget 'front'"])
        #expect(m.roleBindings(bindingServiceAccount: "web", near: web).map(\.displayName) == ["RoleBinding 'web'"])
        #expect(m.objects[4].roleBinding?.roleRefName?.value == "reader")
    }

    @Test func serviceIngressAndRBACModels_areRead() {
        let m = Self.manifest("""
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec:
          type: NodePort
          selector: {app: web}
        ---
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: {name: web}
        spec:
          ingressClassName: nginx
          tls: [{hosts: [a.example.com], secretName: a}]
          rules:
            - host: a.example.com
              http:
                paths:
                  - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: all}
        rules:
          - apiGroups: ["*"]
            resources: ["*"]
            verbs: ["*"]
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: deny}
        spec:
          podSelector: {}
          policyTypes: [Ingress, Egress]
        """)
        #expect(m.objects[0].service?.type?.value == "NodePort")
        #expect(m.objects[0].service?.selector == ["app": "web"])
        #expect(m.objects[1].ingress?.ingressClassName?.value == "nginx")
        #expect(m.objects[1].ingress?.tls.count == 1)
        #expect(m.objects[1].ingress?.hosts.map(\.value) == ["a.example.com"])
        #expect(m.objects[1].ingress?.backendServiceNames == ["web"])
        #expect(m.objects[2].role?.isClusterScoped == true)
        #expect(m.objects[2].role?.rules.first?.verbs.map(\.value) == ["*"])
        #expect(Self.at(m.objects[2].role?.rules.first?.verbs.first?.range) == "26:13-26:16")
        #expect(m.objects[3].networkPolicy?.podSelector?.isEmpty == true)
        #expect(m.objects[3].networkPolicy?.policyTypes.map(\.value) == ["Ingress", "Egress"])
    }

    // MARK: Helm and invalid YAML

    @Test func helmTemplate_isSkipped_evenWhenItParsesAsYAML() {
        let parses = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: \"{{ .Release.Name }}-config\"\n"
        let breaks = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  {{- toYaml .Values.spec | nindent 2 }}\n"
        for text in [parses, breaks] {
            guard case .skipped(let reason) = KubernetesModelBuilder().build(SourceFile(path: "t.yaml", text: text)) else {
                Issue.record("a Helm template must be skipped")
                continue
            }
            #expect(reason == KubernetesModelBuilder.helmTemplateReason)
        }
    }

    @Test func goTemplateBracesInData_areNotMistakenForHelm() {
        let text = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: alerts
        data:
          rule: "{{ $labels.instance }} is down"
        """
        guard case .manifest(let m, _) = KubernetesModelBuilder().build(SourceFile(path: "alerts.yaml", text: text)) else {
            Issue.record("plain YAML with braces in a value must be read")
            return
        }
        #expect(m.objects.map(\.displayName) == ["ConfigMap 'alerts'"])
    }

    @Test func invalidYAML_failsWithOnePositionedDiagnostic() {
        guard case .failed(let diagnostic) = KubernetesModelBuilder().build(SourceFile(path: "bad.yaml", text: "apiVersion: v1\nkind: [Pod\n")) else {
            Issue.record("invalid YAML must fail")
            return
        }
        #expect(diagnostic.range.start.line >= 2)
        #expect(diagnostic.path == "bad.yaml")
    }
}
