#!/usr/bin/env python3
"""bench.py BIN CORPUS — time `specql-deploy lint` on the real-world corpus against peer linters, in one run.

For each slice of the corpus (Dockerfiles, compose, Kubernetes, workflows, HCL, everything) it runs our linter
several times (median wall time, peak RSS) and, where installed, the peer tools on the same files once
(hadolint for Dockerfiles; Trivy and Checkov for everything), then prints files/s, peak memory and ratios.
It also times a one-file lint, the pre-commit case.

Knobs: BENCH_RUNS (default 5), BENCH_PEERS (comma list, default "hadolint,trivy,checkov"; "" for none),
VALIDATORS_VENV (default /opt/validators-venv).
"""
import os, shutil, statistics, subprocess, sys, tempfile, time

def run(cmd, cwd=None):
    """Run a command, return (wall seconds, peak RSS MiB, exit code)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    return wall, usage.ru_maxrss / 1024.0, os.waitstatus_to_exitcode(status)

def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr); sys.exit(2)
    binary, corpus = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    runs = int(os.environ.get("BENCH_RUNS", "5"))
    peers = [p for p in os.environ.get("BENCH_PEERS", "hadolint,trivy,checkov").split(",") if p]
    venv_bin = os.path.join(os.environ.get("VALIDATORS_VENV", "/opt/validators-venv"), "bin")
    def tool(name):
        path = os.path.join(venv_bin, name)
        return path if os.access(path, os.X_OK) else shutil.which(name)

    index = os.path.join(corpus, "INDEX.tsv")
    if not os.path.exists(index):
        print(f"no corpus index at {index}", file=sys.stderr); sys.exit(2)
    by_kind = {}
    with open(index) as f:
        next(f)
        for line in f:
            kind, _, path = line.rstrip("\n").split("\t")
            by_kind.setdefault(kind, []).append(os.path.join(corpus, path))
    total_bytes = sum(os.path.getsize(p) for paths in by_kind.values() for p in paths)

    rows = []
    def ours(label, paths, count=None):
        # Findings are expected: --fail-on is irrelevant here, only time and memory count.
        cmd = [binary, "lint", "--format", "json", "--output", os.devnull, *paths]
        samples = [run(cmd) for _ in range(runs)]
        codes = {c for _, _, c in samples}
        if codes - {0, 1}:
            print(f"warning: our linter exited {codes} on {label}", file=sys.stderr)
        wall = statistics.median(s[0] for s in samples)
        rss = max(s[1] for s in samples)
        rows.append((label, "specql-deploy", count or len(paths), wall, rss))
        return wall, rss

    def peer(label, name, cmd, n):
        wall, rss, _ = run(cmd)
        rows.append((label, name, n, wall, rss))
        return wall

    ratios = []
    slices = [("dockerfile", "Dockerfiles"), ("compose", "compose"), ("k8s", "Kubernetes"),
              ("workflow", "workflows"), ("hcl", "HCL")]
    for kind, label in slices:
        paths = by_kind.get(kind, [])
        if not paths:
            continue
        w, _ = ours(label, paths)
        if kind == "dockerfile" and "hadolint" in peers and tool("hadolint"):
            h = peer(label, "hadolint", [tool("hadolint"), "--no-fail", *paths], len(paths))
            ratios.append(f"Dockerfiles: {h / w:.1f}x faster than hadolint")
    everything = [p for paths in by_kind.values() for p in paths]
    w_all, rss_all = ours("whole corpus (dir)", [corpus], count=len(everything))
    with tempfile.TemporaryDirectory() as tmp:
        if "trivy" in peers and tool("trivy"):
            t = peer("whole corpus (dir)", "trivy", [tool("trivy"), "config", "--quiet", "--skip-check-update",
                     "--cache-dir", os.path.join(tmp, "trivy"), "--exit-code", "0", corpus], len(everything))
            ratios.append(f"whole corpus: {t / w_all:.1f}x faster than trivy")
        if "checkov" in peers and tool("checkov"):
            c = peer("whole corpus (dir)", "checkov", [tool("checkov"), "-d", corpus, "--skip-download",
                     "--quiet", "--compact", "-o", "json"], len(everything))
            ratios.append(f"whole corpus: {c / w_all:.1f}x faster than checkov")
    one = by_kind.get("dockerfile", [None])[0]
    if one:
        ours("one Dockerfile (pre-commit)", [one])

    print(f"corpus: {len(everything)} files, {total_bytes / 1e6:.1f} MB; {runs} runs of ours (median), 1 of each peer")
    print(f"{'slice':<28} {'tool':<14} {'files':>6} {'wall s':>9} {'files/s':>10} {'peak MiB':>9}")
    for label, name, n, wall, rss in rows:
        print(f"{label:<28} {name:<14} {n:>6} {wall:>9.3f} {n / wall if wall else 0:>10.0f} {rss:>9.1f}")
    for r in ratios:
        print(r)
    met = w_all < 0.5 and rss_all < 100
    print(f"target: whole corpus under 0.5 s and 100 MiB -> {'MET' if met else 'NOT MET'} ({w_all:.3f} s, {rss_all:.1f} MiB)")

if __name__ == "__main__":
    main()
