"""Helpers of the web tests: fill a store from the dev corpus, run `warwire serve` on a free port."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "eval" / "dev"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


def fill_store(path: Path) -> int:
    """Read every dev article, extract its events with the real pipeline and store them; returns events added."""
    from warwire.ingest import InputFailure, read_inputs
    from warwire.pipeline import extract_events
    from warwire.store import open_store

    added = 0
    with open_store(str(path)) as store:
        for item in read_inputs([str(DEV)]):
            if isinstance(item, InputFailure):
                continue
            added += store.add_article(item, extract_events(item)).events_added
    return added


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    """A `warwire serve` process on 127.0.0.1."""

    url: str
    db: Path
    token: str | None
    process: subprocess.Popen[bytes]

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=20)


def start_server(db: Path | str, token: str | None = None, log_path: Path | None = None) -> Server:
    """`warwire serve` over a SQLite file or a database URL; its log goes to `log_path` (default: beside the file)."""
    log_path = log_path or Path(db).with_suffix(".serve.log")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "WARWIRE_API_TOKEN"}
    if token:
        env["WARWIRE_API_TOKEN"] = token
    # The server's log goes to a file beside its database: a pipe nobody reads could fill and stall it.
    log = open(log_path, "wb")  # noqa: SIM115 (closed with the process)
    proc = subprocess.Popen(
        [sys.executable, "-m", "warwire", "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)],
        env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log)
    log.close()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            tail = log_path.read_text(errors="replace")[-2000:]
            raise RuntimeError(f"warwire serve exited {proc.returncode}: {tail}")
        try:
            if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                return Server(url, db, token, proc)
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("warwire serve did not answer within 30 s")


def stop_server(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(10)
    except subprocess.TimeoutExpired:
        server.process.kill()
