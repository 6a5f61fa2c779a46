"""Shared helpers for rebuilding the gathered 2025-26 corpora from repository snapshots.

Standard library only.  The repositories are the bare mirrors made by the `fetch` tool
(/work/.mirror/<owner>+<name>/repo); every text is read with `git show COMMIT:PATH`.

Layout of every text written here: line 1 headline, line 2 publication date (YYYY-MM-DD), line 3 blank, then the
body, paragraphs separated by blank lines; the file ends with one newline.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import os
import re
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
# where the texts go: the folder of the scripts (/work/gathered), or, for the copy kept in a warwire clone under
# scripts/gather/, the `gathered` folder beside the clone; WARWIRE_GATHERED overrides both
if "WARWIRE_GATHERED" in os.environ:
    GATHERED = Path(os.environ["WARWIRE_GATHERED"])
elif HERE.name == "gather" and HERE.parent.name == "scripts":
    GATHERED = HERE.parent.parent.parent / "gathered"
else:
    GATHERED = HERE
MIRROR = Path(os.environ.get("WARWIRE_MIRROR", "/work/.mirror"))

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})


# --------------------------------------------------------------------------- repositories

def git_dir(repo: str) -> Path:
    """Bare git directory of the fetched mirror of `owner/name`."""
    d = MIRROR / repo.replace("/", "+") / "repo"
    if not d.is_dir():
        raise SystemExit(f"{d}: missing; bring it here with the fetch tool (github:{repo})")
    return d


def git(repo: str, *args: str) -> str:
    out = subprocess.run(["git", "--git-dir", str(git_dir(repo)), *args], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def show(repo: str, commit: str, path: str) -> str:
    """The file `path` as stored at `commit` (text, UTF-8)."""
    return git(repo, "show", f"{commit}:{path}")


def ls_tree(repo: str, commit: str, under: str = "") -> list[str]:
    args = ["ls-tree", "-r", "-z", "--name-only", commit]
    if under:
        args += ["--", under]
    return [p for p in git(repo, *args).split("\0") if p]


# --------------------------------------------------------------------------- text helpers

def collapse(s: str) -> str:
    """Runs of whitespace (including non-breaking spaces) collapsed to one space; ends stripped."""
    return re.sub(r"\s+", " ", s).strip()


def md_links_to_text(s: str) -> str:
    """Markdown links reduced to their link text; Markdown images dropped."""
    s = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", s)
    return re.sub(r"\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)", r"\1", s)


def paragraphs(text: str) -> list[str]:
    """Blocks separated by blank lines, each with its lines joined by a space."""
    blocks = re.split(r"\n[ \t\u00a0]*\n", text.replace("\r\n", "\n"))
    return [collapse(b) for b in blocks if b.strip()]


def iso(y: int, m: int, d: int) -> str:
    return _dt.date(y, m, d).isoformat()


def parse_date(s: str) -> str:
    """'August 21st 2025', 'Apr 17, 2025 07:30', '2025-05-27', '2025-05-27T10:00:00Z' -> YYYY-MM-DD."""
    s = s.strip().strip('"')
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        return iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.match(r"([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})", s)
    if m:
        return iso(int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2)))
    m = re.match(r"(\d{1,2}) ([A-Za-z]+),? (\d{4})", s)
    if m:
        return iso(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
    raise ValueError(f"unreadable date {s!r}")


def render(headline: str, date: str, paras: list[str]) -> str:
    assert headline and "\n" not in headline, headline
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", date), date
    assert paras and all(p and "\n" not in p for p in paras)
    return f"{headline}\n{date}\n\n" + "\n\n".join(paras) + "\n"


def write_text(out_dir: Path, name: str, headline: str, date: str, paras: list[str]) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / name
    path.write_bytes(render(headline, date, paras).encode("utf-8"))
    return path


def listing_sha256(out_dir: Path) -> str:
    """SHA-256 of the `sha256sum *` listing of a folder, i.e. `cd DIR && sha256sum * | sha256sum`."""
    lines = []
    for p in sorted(out_dir.iterdir(), key=lambda p: p.name.encode()):
        if p.is_file():
            lines.append(f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}\n")
    return hashlib.sha256("".join(lines).encode()).hexdigest()


def slug(headline: str, limit: int = 48) -> str:
    """Lower case, apostrophes dropped, words joined by hyphens, whole words up to `limit` characters."""
    s = headline.lower().replace("’", "").replace("'", "")
    words = re.findall(r"[a-z0-9]+", s)
    out = ""
    for w in words:
        cand = f"{out}-{w}" if out else w
        if len(cand) > limit:
            break
        out = cand
    return out


# --------------------------------------------------------------------------- The Economist (sanshanchuns/economist)

ECONOMIST = "sanshanchuns/economist"
ECONOMIST_COMMIT = "a1f3e2bcb25c"
END_MARK = "■"
# a paragraph that does not end in one of these was split by a page break and is joined to the next one
SENTENCE_END = tuple(".!?:;”\"’)" + END_MARK)
ZLIB = "This article was downloaded by zlibrary"
SPAN = re.compile(r'<span style="([^"]*)">(.*?)</span>')
# the two newsletter promos that economist() knows
KNOWN_PROMOS = (
    "To stay on top of the biggest European stories, sign up to Café Europa, our weekly subscriber-only newsletter.",
    "Subscribers to The Economist can sign up to our Opinion newsletter, which brings together the best of our "
    "leaders, columns, guest essays and reader correspondence.",
)


class NotAnArticle(ValueError):
    pass


def economist_header(text: str) -> tuple[str, str, str, str, list[str]]:
    """(rubric, headline, standfirst, date, body lines) of a section file with the standard four styled lines."""
    lines = text.replace("\r\n", "\n").split("\n")
    if len(lines) < 5 or not all(SPAN.match(line) for line in lines[:4]):
        raise NotAnArticle("header is not four styled lines")
    spans = [SPAN.findall(line) for line in lines[:4]]
    rub_style, rubric = spans[0][0]
    if "E3120B" not in rub_style:
        raise NotAnArticle("first line is not a rubric")
    if len(spans[0]) > 1:
        rubric = rubric + " " + " ".join(t for _, t in spans[0][1:])
    headline = collapse(" ".join(t for _, t in spans[1]))
    standfirst = collapse(" ".join(t for _, t in spans[2]))
    try:
        date = parse_date(collapse(" ".join(t for _, t in spans[3])))
    except (ValueError, KeyError) as e:
        raise NotAnArticle(f"no dateline: {e}") from e
    return collapse(rubric), headline, standfirst, date, lines[4:]


def _economist_raw_paras(body_lines: list[str]) -> list[str]:
    kept = []
    for line in body_lines:
        if ZLIB in line:  # the download note, its wrapped URL and anything after it (next section's heading)
            break
        kept.append(line)
    paras = paragraphs("\n".join(kept))
    return [p for p in paras if not re.fullmatch(r"!\[[^\]]*\]\([^)]*\)", p)]  # image links


def _rejoin(paras: list[str]) -> list[str]:
    out: list[str] = []
    for p in paras:
        if out and not out[-1].endswith(SENTENCE_END):
            out[-1] = out[-1] + " " + p
        else:
            out.append(p)
    return out


def _finish(paras: list[str]) -> list[str]:
    out = []
    for p in _rejoin(paras):
        p = collapse(p.replace(END_MARK, ""))
        if p:
            out.append(p)
    return out


def economist(text: str) -> tuple[str, str, list[str]]:
    """Headline, date, body paragraphs of one Economist section file (gathered-2025 and batch 4 cleaning).

    Removes the styled rubric/headline/standfirst/date lines, image links, the Café Europa and Opinion newsletter
    promos, the end mark and everything from the zlibrary download note on; rejoins paragraphs split by a page
    break.  Refuses a file whose text does not end with the end mark once those promos are gone.
    """
    _, headline, _, date, body = economist_header(text)
    paras = [p for p in _economist_raw_paras(body) if p not in KNOWN_PROMOS]
    if not paras or not paras[-1].endswith(END_MARK):
        raise NotAnArticle("text after the end mark")
    return headline, date, _finish(paras)


def _is_promo(p: str) -> bool:
    return bool(re.search(r"newsletter|sign(?:ing)? up", p, re.I))


def economist_any(text: str) -> tuple[str, str, list[str]]:
    """economist() generalised (batch 11): every paragraph after the one carrying the end mark that mentions a
    newsletter or "sign up" is removed, with any piece of it that a page break split off."""
    _, headline, _, date, body = economist_header(text)
    paras = _economist_raw_paras(body)
    ends = [i for i, p in enumerate(paras) if END_MARK in p]
    if not ends:
        raise NotAnArticle("no end mark")
    head, tail = paras[: ends[-1] + 1], paras[ends[-1] + 1:]
    kept = []
    i = 0
    while i < len(tail):
        p = tail[i]
        if _is_promo(p):
            # pieces split off by a page break: the promo does not end a sentence, so the next block continues it
            while not p.endswith(SENTENCE_END) and i + 1 < len(tail):
                i += 1
                p = tail[i]
            i += 1
            continue
        kept.append(p)
        i += 1
    return headline, date, _finish(head + kept)


def economist_file(path: str, commit: str = ECONOMIST_COMMIT) -> str:
    return show(ECONOMIST, commit, path)


# --------------------------------------------------------------------------- pure.news (stevenmouk/purenews2)

PURENEWS = "stevenmouk/purenews2"
PURENEWS_COMMIT = "7c59428bd71c"


def front_matter(text: str) -> tuple[dict, str]:
    text = text.replace("\r\n", "\n")
    m = re.match(r"---\n(.*?)\n---\n?", text, re.S)
    if not m:
        raise ValueError("no front matter")
    fields = {}
    for line in m.group(1).split("\n"):
        f = re.match(r"\s*([A-Za-z_]+):\s*(.*)$", line)
        if f:
            v = f.group(2).strip()
            if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
                v = v[1:-1]
            fields[f.group(1)] = v
    return fields, text[m.end():]


def purenews(text: str) -> tuple[str, str, list[str]]:
    """Headline (`title`), date (`page_date`) and paragraphs (every non-empty line) of a pure.news post."""
    fm, body = front_matter(text)
    paras = [collapse(md_links_to_text(line)) for line in body.split("\n")]
    return fm["title"], parse_date(fm["page_date"]), [p for p in paras if p]


# --------------------------------------------------------------------------- andrewkess/beacon (news_search_cache)

BEACON = "andrewkess/beacon"
BEACON_COMMIT = "3e5c8dfc4e68"
# photo captions of AP pages end with the credit in brackets: "(AP Photo/…)", "(… via AP)"
AP_CAPTION = re.compile(r"\((?:AP Photo/[^()]*|[^()]*\bvia AP)\)$")


def beacon_entry(cache_file: str, entry: int, commit: str = BEACON_COMMIT) -> dict:
    import json
    data = json.loads(show(BEACON, commit, f"news_search_cache/{cache_file}"))
    return data[entry]


def beacon_headline(title: str) -> str:
    """The cached page title without the site's suffix (" | AP News", " | Russia-Ukraine war News | Al Jazeera")."""
    return collapse(title.split(" | ")[0])


def beacon_ap(content: str) -> list[str]:
    """AP copy: the block of `##` sub-headings and `## ___` that the extraction put before the dateline, photo
    captions ending "(AP Photo/…)" / "(… via AP)" and the closing "Follow AP’s coverage…" promo removed."""
    lines = [collapse(line) for line in content.split("\n") if line.strip()]
    while lines and lines[0].startswith("## "):
        lines.pop(0)
    return [line for line in lines if not AP_CAPTION.search(line) and not line.startswith("Follow AP’s coverage")]


def beacon_markdown(content: str) -> list[str]:
    """BBC / Al Jazeera copy: newsletter promos removed; heading marks and list dashes dropped, the heading or bullet
    text kept as its own paragraph (every line is a paragraph)."""
    out = []
    for line in content.split("\n"):
        line = collapse(line)
        if not line:
            continue
        line = re.sub(r"^#{1,6} ", "", line)
        line = re.sub(r"^- ", "", line)
        if re.search(r"newsletter", line, re.I) and re.search(r"sign up", line, re.I):
            continue
        out.append(line)
    return out


# --------------------------------------------------------------------------- plan-net/agentic-solution-policiytracker

POLICYTRACKER = "plan-net/agentic-solution-policiytracker"


def policytracker(text: str) -> tuple[dict, str, list[str]]:
    """(front matter, `#` title, full-text lines) of a collected article.  The file holds a front matter block, a
    `#` title, an optional "*By …*" byline, a truncated copy of the description ending in "...", then the full text;
    only the full text is returned, one paragraph per non-empty line (runs of spaces collapsed)."""
    fm, body = front_matter(text)
    blocks = re.split(r"\n[ \t]*\n", body.strip("\n"))
    i = 0
    assert blocks[i].startswith("# "), blocks[i][:80]
    title = collapse(blocks[i][2:])
    i += 1
    if re.fullmatch(r"\*By [^*]+\*", blocks[i].strip()):
        i += 1
    # the truncated description: every block up to the first one ending in "..."
    j = i
    while not blocks[j].rstrip().endswith("..."):
        j += 1
    full = "\n\n".join(blocks[j + 1:])
    lines = [collapse(line) for line in full.split("\n")]
    return fm, title, [line for line in lines if line]


# --------------------------------------------------------------------------- per-article furniture

def strip_furniture(paras: list[str], *, drop=(), drop_prefix=(), drop_re=(), cut_from=(), remove=(),
                    name="") -> list[str]:
    """Remove listed furniture from a list of paragraphs; every rule must match at least once.

    drop:        paragraphs equal to one of these strings are removed
    drop_prefix: paragraphs starting with one of these strings are removed
    drop_re:     paragraphs matching (re.search) one of these patterns are removed
    cut_from:    a paragraph holding one of these strings is cut there (the rest, glued-on furniture, removed)
    remove:      these substrings are deleted wherever they occur
    """
    rules = [("drop", s) for s in drop] + [("drop_prefix", s) for s in drop_prefix] + \
        [("drop_re", s) for s in drop_re] + [("cut_from", s) for s in cut_from] + [("remove", s) for s in remove]
    hits = {r: 0 for r in rules}
    out = []
    for p in paras:
        for s in remove:
            if s in p:
                hits[("remove", s)] += 1
                p = p.replace(s, " ")
        for s in cut_from:
            if s in p:
                hits[("cut_from", s)] += 1
                p = p[: p.index(s)]
        p = collapse(p)
        if not p:
            continue
        hit = [r for r in rules if (r[0] == "drop" and p == r[1]) or (r[0] == "drop_prefix" and p.startswith(r[1]))
               or (r[0] == "drop_re" and re.search(r[1], p))]
        if hit:
            hits[hit[0]] += 1
            continue
        out.append(p)
    missing = [k for k, n in hits.items() if not n]
    assert not missing, f"{name}: furniture rules that matched nothing: {missing}"
    return out


def drop_repeats(paras: list[str]) -> list[str]:
    """A paragraph identical to the one before it is dropped once."""
    out: list[str] = []
    for p in paras:
        if out and out[-1] == p:
            continue
        out.append(p)
    return out
