"""Server-side failures answer in the same JSON error shape, without leaking internals."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import httpx
from web_server import start_server, stop_server


def test_a_damaged_database_gives_a_json_5xx(dev_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "damaged.db"
    shutil.copy(dev_db, db)
    srv = start_server(db)
    try:
        assert httpx.get(srv.url + "/api/events").status_code == 200
        with sqlite3.connect(db) as conn:  # someone drops a table under the running server
            conn.execute("DROP TABLE claims")
        resp = httpx.get(srv.url + "/api/events")
        assert resp.status_code in (500, 503)
        body = resp.json()
        assert set(body) == {"error"} and body["error"]["code"] in ("internal_error", "store_unavailable")
        assert "Traceback" not in body["error"]["message"] and "claims" not in body["error"]["message"]
        assert "content-security-policy" in resp.headers
        assert httpx.get(srv.url + "/healthz").status_code == 200  # the server keeps serving
    finally:
        stop_server(srv)
