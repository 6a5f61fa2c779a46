"""`warwire ingest --workers 2` killed with SIGKILL: its worker processes end too, within seconds."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import dev_objects


def children(pid: int) -> list[int]:
    """Live (not zombie) processes whose parent is `pid`."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(entry))
    return found


def alive(pids: list[int]) -> list[int]:
    out = []
    for p in pids:
        try:
            state = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            out.append(p)
    return out


def test_workers_exit_when_the_ingesting_process_is_killed(tmp_path: Path, dev_dir: Path) -> None:
    archive = tmp_path / "many.jsonl"
    archive.write_text("".join(json.dumps(o) + "\n" for o in dev_objects(dev_dir, 4000)))
    proc = subprocess.Popen([sys.executable, "-m", "warwire", "ingest", str(archive), "--workers", "2",
                             "--db", str(tmp_path / "w.db")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(workers) < 2:
            assert proc.poll() is None, "the ingest ended before its workers could be seen"
            workers = children(proc.pid)
            time.sleep(0.1)
        assert len(workers) >= 2, "the two workers never started"
        time.sleep(1.0)  # let them get busy extracting
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        deadline = time.monotonic() + 10
        while alive(workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert alive(workers) == [], "workers outlived their parent"
    finally:
        if proc.poll() is None:
            proc.kill()
        for p in alive(workers):  # only when the test failed: leave no worker behind
            os.kill(p, signal.SIGKILL)
