#!/usr/bin/env python3
"""Latency of the web app under load: 20 concurrent clients, a bounded number of requests.

Usage: python benchmarks/load_web.py [--db FILE] [--clients 20] [--requests 400] [--workers N] [--no-cache]

Without --db, the three shared corpora ($COMMUNIQUE_CORPUS, else ../shared/corpus)
are ingested into a temporary database. The app is served by ``communique serve``
(uvicorn, --workers processes) on a free loopback port; each scenario (full-text search through the API
and the search page, event listings through the API and the timeline page) sends
--requests requests from --clients threads sharing one keep-alive httpx client, and
prints p50/p95/max latency, requests per second, and the CPU the server and this
client used (in cores: the client runs on the same machine, so its share is
taken from the server). ``--no-cache`` serves with ``--cache-mb 0``: every
request is computed, as for users whose queries do not repeat.
"""

from __future__ import annotations

import argparse
import itertools
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from communique.api import ingest_files  # noqa: E402
from communique.store import Database  # noqa: E402

CORPUS = Path(os.environ.get("COMMUNIQUE_CORPUS") or ROOT.parent / "shared" / "corpus")
FILES = ["sco-channel-2023-2024.txt", "mfarussia-telegram-2025-12-to-2026-03.csv", "whitehouse-readouts-2021-2026.jsonl"]
WORDS = ["Lavrov", "Wang Yi", "sanctions", "Ukraine", "climate", "NATO summit", "President Biden", "Israel Gaza",
         "trade", "security cooperation", "Putin", "G7", "BRICS", "nuclear", "telephone conversation"]
EVENT_FILTERS = [{}, {"actor": "RUS"}, {"actor": "USA", "type": "phone_call"}, {"type": "meeting", "since": "2024"},
                 {"org": "NATO"}, {"person": "lavrov"}, {"actor": "CHN", "until": "2023-12-31"}, {"q": "Ukraine"}]
SCENARIOS = {
    "api search": ("/api/posts", [{"q": w, "limit": 20} for w in WORDS]),
    "page search": ("/search", [{"q": w} for w in WORDS]),
    "api events": ("/api/events", [{**f, "limit": 50} for f in EVENT_FILTERS]),
    "page timeline": ("/timeline", EVENT_FILTERS),
}


def build_db(path: Path) -> None:
    with Database(path) as db:
        report = ingest_files(db, [CORPUS / f for f in FILES])
    print(f"ingested {report.new} posts into {path}", file=sys.stderr)


def serve(db_path: Path, workers: int, cache: bool) -> tuple[str, subprocess.Popen]:
    """``communique serve`` in a process of its own (so the clients do not share its GIL)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    command = [sys.executable, "-c", "from communique.cli import cli; cli()", "serve", "--db", str(db_path),
               "--host", "127.0.0.1", "--port", str(port),
               "--workers", str(workers), *([] if cache else ["--cache-mb", "0"])]
    server = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            httpx.get(base + "/api/stats").raise_for_status()
            return base, server
        except httpx.HTTPError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("the server did not start within 20 s")


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) of process ``pid`` and its children (uvicorn's workers), from /proc; None elsewhere."""
    try:
        pids = [pid, *(int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split())]
        ticks = 0
        for p in pids:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])  # utime, stime
        return ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError):
        return None


def run(client: httpx.Client, server_pid: int, path: str, params: list[dict], clients: int, requests: int) -> dict:
    jobs = list(itertools.islice(itertools.cycle(params), requests))

    def one(p: dict) -> float:
        t0 = time.perf_counter()
        response = client.get(path, params=p)
        elapsed = time.perf_counter() - t0
        response.raise_for_status()
        return elapsed

    t0, cpu0, server0 = time.perf_counter(), time.process_time(), cpu_seconds(server_pid)
    with ThreadPoolExecutor(clients) as pool:
        times = sorted(pool.map(one, jobs))
    wall, cpu, server1 = time.perf_counter() - t0, time.process_time() - cpu0, cpu_seconds(server_pid)
    return {"n": len(times), "p50": statistics.median(times) * 1000,
            "p95": times[int(0.95 * (len(times) - 1))] * 1000, "max": times[-1] * 1000, "rps": len(times) / wall,
            "client_cpu": cpu / wall, "server_cpu": (server1 - server0) / wall if server0 is not None and server1 is not None else float("nan")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, help="a database holding the corpora (default: build one)")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=400, help="requests per scenario (at most 5,000)")
    parser.add_argument("--workers", type=int, default=1, help="server processes (communique serve --workers)")
    parser.add_argument("--no-cache", action="store_true", help="serve without the answer cache (--cache-mb 0)")
    args = parser.parse_args()
    args.requests = min(args.requests, 5000)
    with tempfile.TemporaryDirectory() as tmp:
        db_path = args.db or Path(tmp) / "corpora.db"
        if not args.db:
            build_db(db_path)
        base, server = serve(db_path, args.workers, not args.no_cache)
        print(f"{args.clients} clients, {args.requests} requests per scenario, {args.workers} server worker(s), "
              f"cache {'off' if args.no_cache else 'on'}, {os.cpu_count()} CPUs, {base}")
        print(f"{'scenario':<15} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'req/s':>7} {'server CPU':>10} {'client CPU':>10}")
        limits = httpx.Limits(max_connections=args.clients, max_keepalive_connections=args.clients)
        with httpx.Client(base_url=base, limits=limits) as client:
            for name, (path, params) in SCENARIOS.items():
                run(client, server.pid, path, params, args.clients, min(40, args.requests))  # warm up
                r = run(client, server.pid, path, params, args.clients, args.requests)
                print(f"{name:<15} {r['p50']:>8.1f} {r['p95']:>8.1f} {r['max']:>8.1f} {r['rps']:>7.1f}"
                      f" {r['server_cpu']:>10.2f} {r['client_cpu']:>10.2f}")
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
