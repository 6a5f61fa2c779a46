"""Where inputs come from: paths, directories, standard input and URLs, decompressed as streams."""
from __future__ import annotations

import errno
import gzip
import io
import os
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO, cast

import httpx

from warwire.errors import FetchError, InputError

MAX_ARTICLE_BYTES = 10 * 1024 * 1024  # one article (or one JSON line) beyond this is refused, not read
FETCH_TIMEOUT = 20.0
PEEK_BYTES = 64 * 1024

KIND_BY_SUFFIX = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
}
COMPRESSIONS = {".gz": "gzip", ".zst": "zstd"}
# Files that sit beside articles in a corpus folder but are not articles themselves.
NON_ARTICLE_STEMS = {"readme", "sources", "license", "licence", "changelog", "contributing", "notice",
                     "authors", "copying"}
NON_ARTICLE_ENDINGS = (".gold.json", ".gold.jsonl")


def is_url(spec: str) -> bool:
    """Whether an input names an http(s) URL rather than a path."""
    return spec.lower().startswith(("http://", "https://"))


def split_suffixes(name: str) -> tuple[str | None, str | None]:
    """The article kind and the compression a file name says: `a.jsonl.gz` -> (`jsonl`, `gzip`)."""
    lower = name.lower()
    compression = None
    for suffix, method in COMPRESSIONS.items():
        if lower.endswith(suffix):
            compression, lower = method, lower[: -len(suffix)]
            break
    return KIND_BY_SUFFIX.get(os.path.splitext(lower)[1]), compression


def is_article_file(name: str) -> bool:
    """Whether a file met inside a directory is read as an article (by its name alone)."""
    lower = name.lower()
    if lower.startswith(".") or lower.endswith(NON_ARTICLE_ENDINGS):
        return False
    kind, _ = split_suffixes(lower)
    if kind is None:
        return False
    stem = lower.split(".", 1)[0]
    return stem not in NON_ARTICLE_STEMS


def walk_directory(directory: str) -> Iterator[str]:
    """Article files under a directory, recursively and sorted, each as `directory/relative/name`."""
    for root, dirs, files in os.walk(directory, onerror=_raise):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if is_article_file(name):
                yield os.path.join(root, name)


def _raise(exc: OSError) -> None:
    raise InputError(f"{exc.filename}: cannot list this folder ({exc.strerror}); check its permissions")


def expand_specs(specs: list[str]) -> list[str]:
    """Inputs with directories replaced by the article files inside them (for counting and progress)."""
    out: list[str] = []
    for spec in specs:
        if spec != "-" and not is_url(spec) and os.path.isdir(spec):
            try:
                found = list(walk_directory(spec))
            except InputError:
                found = []
            # An empty or unreadable folder stays as given, so reading it reports the problem against it.
            out.extend(found or [spec])
        else:
            out.append(spec)
    return out


def open_path(path: str) -> BinaryIO:
    """A buffered, decompressed byte stream of one file; raises InputError naming the path and the fix."""
    p = Path(path)
    if p.is_symlink() and not p.exists():
        try:
            os.stat(p)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise InputError(f"{path}: a symbolic link that loops back on itself; point it at a file") from exc
        raise InputError(f"{path}: a symbolic link to {os.readlink(p)}, which does not exist; fix the link")
    if not p.exists():
        hint = "check the spelling" if not p.parent.exists() or p.parent == Path("") else "check the file name"
        raise InputError(f"{path}: no such file or directory; {hint}")
    if not p.is_file():
        raise InputError(f"{path}: not a regular file; pass an article file, a folder of them, a URL or -")
    try:
        raw: BinaryIO = open(p, "rb", buffering=PEEK_BYTES)  # noqa: SIM115 (the caller closes the stream)
    except OSError as exc:
        raise InputError(f"{path}: cannot be opened ({exc.strerror}); check its permissions") from exc
    _, compression = split_suffixes(p.name)
    return decompress(raw, compression, path)


def decompress(raw: BinaryIO, compression: str | None, source: str) -> BinaryIO:
    """Wrap a raw stream so it reads decompressed bytes (gzip or zstd), buffered for peeking."""
    inner: Any
    if compression == "gzip":
        inner = gzip.GzipFile(fileobj=raw)
    elif compression == "zstd":
        inner = _ZstdFrames(raw, source)
    elif isinstance(raw, io.BufferedReader):
        return raw
    else:
        return cast(BinaryIO, io.BufferedReader(cast(Any, raw), PEEK_BYTES))
    return cast(BinaryIO, io.BufferedReader(_Checked(inner, raw, source, compression), PEEK_BYTES))


class _ZstdFrames:
    """Zstandard frames one after another, decompressed a kilobyte of input at a time (so at most a few tens
    of MB come out of one call, whatever the ratio), and a last frame cut short is an error, not an end."""

    PIECE = 1024

    def __init__(self, raw: BinaryIO, source: str) -> None:
        import zstandard

        self.raw, self.source = raw, source
        self.dctx = zstandard.ZstdDecompressor()
        self.frame = self.dctx.decompressobj()
        self.begun = False  # whether the current frame has had any input
        self.out, self.pos = b"", 0

    def read(self, size: int) -> bytes:
        while self.pos >= len(self.out):
            piece = self.raw.read(self.PIECE)
            if not piece:
                if self.begun and not self.frame.eof:
                    raise InputError(f"{self.source}: truncated zstd data (the last frame ends before its end); "
                                     "the articles before the cut were read; copy the whole file again")
                return b""
            self._feed(piece)
        data = self.out[self.pos:self.pos + size]
        self.pos += len(data)
        return data

    def _feed(self, piece: bytes) -> None:
        out = []
        while piece:
            if self.frame.eof:
                self.frame = self.dctx.decompressobj()
            self.begun = True
            out.append(self.frame.decompress(piece))
            piece = self.frame.unused_data if self.frame.eof else b""
        self.out, self.pos = b"".join(out), 0

    def close(self) -> None:
        self.raw.close()


class _Checked(io.RawIOBase):
    """A decompressing stream whose corrupt-data errors become InputError naming the file."""

    def __init__(self, inner: Any, raw: BinaryIO, source: str, method: str) -> None:
        self.inner, self.raw, self.source, self.method = inner, raw, source, method

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        try:
            data = self.inner.read(len(buffer))
        except InputError:
            raise
        except EOFError as exc:  # gzip's "ended before the end-of-stream marker"
            raise InputError(f"{self.source}: truncated {self.method} data ({exc}); the articles before the cut "
                             "were read; copy the whole file again") from exc
        except (OSError, zlib.error, ValueError) as exc:
            raise InputError(f"{self.source}: not valid {self.method} data ({exc}); "
                             f"check the file is complete, or drop the .{'gz' if self.method == 'gzip' else 'zst'} "
                             "suffix if it is not compressed") from exc
        except Exception as exc:  # zstandard.ZstdError has no common base with the above
            raise InputError(f"{self.source}: not valid {self.method} data ({exc}); check the file is complete") from exc
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        try:
            self.inner.close()
        finally:
            self.raw.close()
            super().close()


def stdin_stream() -> BinaryIO:
    """Standard input as a buffered byte stream."""
    return sys.stdin.buffer


def read_limited(stream: BinaryIO, source: str, limit: int = MAX_ARTICLE_BYTES) -> bytes:
    """All bytes of a stream, refusing (without reading on) one that passes `limit`."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(
            f"{source}: larger than the {limit // (1024 * 1024)} MB limit for one article; "
            "split it into articles, or pass JSON lines (.jsonl, one article per line) for bulk input"
        )
    return data


def fetch_url(url: str, client: httpx.Client | None = None, limit: int = MAX_ARTICLE_BYTES) -> tuple[bytes, str]:
    """The body and content type of a URL, fetched through `client` with a timeout and a size cap."""
    own = client is None
    http = client or httpx.Client(timeout=FETCH_TIMEOUT, follow_redirects=True,
                                  headers={"User-Agent": "warwire/0.1 (+news event extraction)"})
    try:
        with http.stream("GET", url) as response:
            if response.status_code >= 400:
                raise FetchError(f"{url}: HTTP {response.status_code} {response.reason_phrase}; "
                                 "check the address, or save the page and pass the file")
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise FetchError(f"{url}: {int(declared) // (1024 * 1024)} MB is over the "
                                 f"{limit // (1024 * 1024)} MB limit for one article")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise FetchError(f"{url}: larger than the {limit // (1024 * 1024)} MB limit for one article")
                chunks.append(chunk)
            return b"".join(chunks), response.headers.get("content-type", "")
    except httpx.TimeoutException as exc:
        raise FetchError(f"{url}: timed out ({type(exc).__name__}); try again, or save the page and pass the file") from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"{url}: cannot be fetched ({exc}); check the address and your connection") from exc
    finally:
        if own:
            http.close()
