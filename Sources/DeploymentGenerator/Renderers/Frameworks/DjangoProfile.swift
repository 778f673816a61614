/// Django: Gunicorn serving `config.wsgi`, static files collected at build time, Celery workers on Redis.
struct DjangoProfile: PythonAppProfile {
    let plan: StackPlan
    var displayName: String { "Django" }
    /// The settings package (`config/settings.py`, `config/wsgi.py`, `config/celery.py`).
    var projectPackage: String { "config" }

    private var workers: Int { max(2, min(9, plan.cpuMillicores * 2 / 1000 + 1)) }

    var needsRust: Bool { false }
    var postInstall: [String] {
        [
            // Settings must import without production secrets here; DJANGO_COLLECTSTATIC tells them it is the build.
            "DJANGO_COLLECTSTATIC=1 \(appDirectory)/.venv/bin/python manage.py collectstatic --noinput",
        ]
    }
    var frameworkEnv: [DockerKeyValue] { [DockerKeyValue("DJANGO_SETTINGS_MODULE", projectPackage + ".settings")] }

    var header: [String] {
        GeneratedHeader.lines + [
            "Django on Python \(plan.runtimeVersion): static files are collected in the builder stage; the runtime",
            "stage serves \(projectPackage).wsgi with Gunicorn on port \(port). Celery workers use the same image.",
        ]
    }

    var frameworkDockerignore: [String] { ["staticfiles/", "media/", "db.sqlite3"] }

    var serveCommand: [String] {
        ["gunicorn", projectPackage + ".wsgi:application", "--bind", "0.0.0.0:\(port)", "--workers", String(workers),
         "--worker-tmp-dir", "/dev/shm", "--forwarded-allow-ips", "*", "--access-logfile", "-"]
    }

    var devCommand: [String] { ["python", "manage.py", "runserver", "0.0.0.0:\(port)"] }

    var migrateCommand: [String]? { ["python", "manage.py", "migrate", "--noinput"] }

    var testScript: String {
        "python manage.py migrate --noinput && if command -v pytest >/dev/null 2>&1; then exec pytest; else exec python manage.py test; fi"
    }

    var workerCommand: [String]? {
        plan.worker == nil ? nil : ["celery", "--app", projectPackage, "worker", "--loglevel", "INFO", "--concurrency", "2"]
    }

    var workerHealthcheck: [String]? {
        plan.worker == nil ? nil : ["celery", "--app", projectPackage, "inspect", "ping", "--timeout", "10"]
    }

    var environment: [ComposeVariable] {
        [
            ComposeVariable(name: "DJANGO_SETTINGS_MODULE", value: projectPackage + ".settings"),
            ComposeVariable(name: "DJANGO_DEBUG", value: "false"),
            ComposeVariable(name: "DJANGO_SECRET_KEY", value: "${DJANGO_SECRET_KEY:?set DJANGO_SECRET_KEY in .env}"),
            ComposeVariable(name: "DJANGO_ALLOWED_HOSTS", value: "${DOMAIN:-\(plan.domain)}"),
            ComposeVariable(name: "DJANGO_CSRF_TRUSTED_ORIGINS", value: "https://${DOMAIN:-\(plan.domain)}"),
        ]
    }

    var devEnvironment: [ComposeVariable] {
        [
            ComposeVariable(name: "DJANGO_DEBUG", value: "true"),
            ComposeVariable(name: "DJANGO_ALLOWED_HOSTS", value: "localhost,127.0.0.1"),
            ComposeVariable(name: "DJANGO_CSRF_TRUSTED_ORIGINS", value: "http://localhost:\(port)"),
        ]
    }

    var testEnvironment: [ComposeVariable] {
        [
            ComposeVariable(name: "DJANGO_SETTINGS_MODULE", value: projectPackage + ".settings"),
            ComposeVariable(name: "DJANGO_SECRET_KEY", value: "${DJANGO_TEST_SECRET_KEY:-test-only-not-a-secret}"),
            ComposeVariable(name: "DJANGO_DEBUG", value: "false"),
        ]
    }

    var envFileVariables: [EnvFileVariable] {
        [EnvFileVariable(
            name: "DJANGO_SECRET_KEY", example: "change-me",
            comment: "Django's SECRET_KEY (sessions, CSRF, signing). Generate: openssl rand -hex 32", isSecret: true)]
    }

    var projectExpectations: [String] {
        [
            "`pyproject.toml` and a committed `uv.lock` (gunicorn, psycopg and, with a worker, celery as dependencies)",
            "the settings package `\(projectPackage)` (`\(projectPackage)/settings.py`, `\(projectPackage)/wsgi.py`, `\(projectPackage)/celery.py`)",
            "settings that read `DJANGO_SECRET_KEY`, `DJANGO_DEBUG`, `DJANGO_ALLOWED_HOSTS`, `DATABASE_URL` and `REDIS_URL` from the environment and import without secrets when `DJANGO_COLLECTSTATIC=1`",
            "static files served by WhiteNoise (`STATIC_ROOT = BASE_DIR / \"staticfiles\"`)",
            "a `\(plan.healthPath)` view answering 200",
        ]
    }

    var privatePaths: [String] { ["/metrics"] }
}
