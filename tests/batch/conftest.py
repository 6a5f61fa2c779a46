"""Fixtures for batch tests: a JSON-lines archive made at test time by varying the dev corpus."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest


def dev_objects(dev: Path, count: int) -> list[dict[str, str]]:
    """`count` article objects cycling through the dev texts, each with its own title and date."""
    texts = sorted(dev.glob("*.txt"))
    out = []
    for i in range(count):
        path = texts[i % len(texts)]
        lines = path.read_text(encoding="utf-8").splitlines()
        year, month, day = path.stem.split("-")[1:4]
        out.append({
            "title": f"{lines[0]} (item {i})",
            "text": "\n".join(lines[1:]),
            "published": f"{year}-{month}-{day}",
        })
    return out


@pytest.fixture
def archive(tmp_path: Path, dev_dir: Path) -> Path:
    """A gzip JSON-lines archive: 24 articles, a malformed line, then a corrected copy of article 3."""
    objects = [{"id": f"item-{i}", **o} for i, o in enumerate(dev_objects(dev_dir, 24))]
    lines = [json.dumps(o, ensure_ascii=False) for o in objects]
    lines.append('{"title": "cut off", "text": ')
    corrected = dict(objects[3], text=objects[3]["text"] + "\nThis story has been corrected.")
    lines.append(json.dumps(corrected, ensure_ascii=False))  # the same id in the same archive: a new version
    path = tmp_path / "archive.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    return path
