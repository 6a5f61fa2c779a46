#!/usr/bin/env python3
"""Rebuild the gathered-2025b corpus (batch 3, 7 texts) into /work/gathered/batch3/.

Sources, commits, dates and cleaning as in warwire's eval/gold/gathered-2025b/SOURCES.md:
  yashasviudayan-py/local-research-agent   output.md (d1f40b024a7a): a saved BBC News page
  plan-net/agentic-solution-policiytracker data/input/policy/2025-05/*.md: collected web articles
Read from the bare mirrors made by the `fetch` tool (/work/.mirror/<owner>+<name>/repo).

    python3 build_batch3.py [--out DIR] [--list]

Standard library only.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gather_common as gc  # noqa: E402

OUT = gc.GATHERED / "batch3"
AGENT = "yashasviudayan-py/local-research-agent"
PT = gc.POLICYTRACKER
P = "data/input/policy/2025-05/"

# Politico photo captions end in "| Photographer/Agency"
POLITICO_CAPTION = r" \| [^|]*/[^|]*$"

ITEMS = [
    {
        "name": "bbc-2026-02-07-us-june-deadline-energy-strikes.txt",
        "kind": "bbc-agent", "repo": AGENT, "commit": "d1f40b024a7a", "path": "output.md",
        # the scrape: agent commit 2026-02-07 19:33 UTC, page "3 hours ago", the text's "Saturday"
        "date": "2026-02-07",
    },
    {
        "name": "efe-2025-05-27-merz-no-range-limits.txt",
        "kind": "tracker", "repo": PT, "commit": "6c9cf788231e",
        "path": P + "20250527_efe-com_germany-defends-ukraines-right-to-hit-russia-with.md",
        "rules": dict(
            drop_prefix=["President of Finland Alexander Stubb (L) welcomes Germany's Chancellor Friedrich Merz"],
            drop=["egw-sk"]),  # opening photo caption; wire initials (the closing "EFE" sign-off is kept)
    },
    {
        "name": "kyivindependent-2025-05-22-hungary-voting-rights.txt",
        "kind": "tracker", "repo": PT, "commit": "49b300fa6d3c",
        "path": P + "20250522_kyivindependent-com_stripping-hungarys-eu-voting-rights-on-agenda-for.md",
        # a teaser for another Kyiv Independent story glued to the end of the article
        "rules": dict(cut_from=["Ukraine’s new drone strategy — cripple Moscow’s airports"]),
    },
    {
        "name": "meduza-2025-05-29-china-drone-sales.txt",
        "kind": "tracker", "repo": PT, "commit": "9aba86224360",
        "path": P + "20250529_meduza-io_china-has-stopped-selling-drones-to-ukraine-while.md",
        "rules": dict(cut_from=["Sign up for Meduza’s daily newsletter"]),  # newsletter sign-up promo
    },
    {
        "name": "politico-2025-05-22-ukraine-eu-tariffs.txt",
        "kind": "tracker", "repo": PT, "commit": "9aba86224360",
        "path": P + "20250522_politico-eu_ukraine-warns-eu-tariffs-will-hammer-economy-and-d.md",
        "rules": dict(
            # section labels and the standfirst (which the file repeats)
            drop=["News", "Agriculture and Food"],
            drop_prefix=["Imminent withdrawal of wartime trade waivers threatens Ukraine’s economic footing"],
            drop_re=[POLITICO_CAPTION]),  # photo captions
    },
    {
        "name": "politico-2025-05-23-kontron-sanctions-exports.txt",
        "kind": "tracker", "repo": PT, "commit": "8dbebdbc44d9",
        "path": P + "20250523_politico-eu_german-firm-shipped-restricted-tech-to-russia-afte.md",
        "rules": dict(
            drop_prefix=["Calls for tightening of bloc’s sanctions regime after Kontron"],  # the standfirst
            drop_re=[POLITICO_CAPTION]),  # photo captions
    },
    {
        "name": "globalnews-2025-05-27-toronto-sanctions-arrest.txt",
        "kind": "tracker", "repo": PT, "commit": "5e769154619e",
        "path": P + "20250527_globalnews-ca_owner-of-toronto-company-arrested-for-allegedly-vi.md",
        "rules": dict(
            remove=["Story continues below advertisement", "Stewart.Bell@globalnews.ca"],  # and the e-mail
            drop=["Get daily National news", "1:07", "Trending Now"],
            drop_prefix=["Get the day's top news, political, economic, and current affairs headlines",  # newsletter
                         "At least 12 dead as Russia continues its aerial assault on Ukraine",  # video promo
                         "Macron’s wife shoves him on plane",  # "Trending Now" list
                         "‘The True North is indeed strong and free,’ King Charles III says",
                         "A photograph released by Ukrainian military shows the wreckage",  # photo caption
                         "© 2025 Global News"]),  # copyright line
    },
]


def bbc_agent(text: str) -> tuple[str, list[str]]:
    """The research agent's Markdown copy of a BBC page: site menu, time stamp, share/save buttons, byline, photo
    credits with their captions, related-story links, topic tags and the closing rule removed; links to text."""
    lines = [line.strip() for line in text.split("\n")]
    start = next(i for i, line in enumerate(lines) if line.startswith("# "))  # everything above: the site menu
    headline = gc.collapse(lines[start][2:])
    body = lines[start + 1:]
    while body and (not body[-1] or body[-1] == "* * *" or re.fullmatch(r"\[[^\]]+\]\([^)]+\)", body[-1])):
        body.pop()  # the rule and the topic tags at the end
    paras = [gc.collapse(gc.md_links_to_text(line)) for line in body if line and not line.startswith("## [")]  # related stories
    paras = gc.strip_furniture(paras, name="bbc", drop=[
        "3 hours ago", "Share", "Save", "Kathryn Armstrong",  # time stamp, buttons, byline
        "State Emergency Service of Ukraine",  # photo credit and caption
        "A fire broke out at a warehouse in the city of Yahotyn as a result of a Russian drone strike",
        "AFP via Getty Images",  # photo credit and caption
        "Kyiv residents have been sleeping in metro stations to avoid Russian air strikes"])
    return headline, paras


def build_item(it: dict):
    text = gc.show(it["repo"], it["commit"], it["path"])
    if it["kind"] == "bbc-agent":
        headline, paras = bbc_agent(text)
        return headline, it["date"], paras
    fm, headline, lines = gc.policytracker(text)
    paras = gc.strip_furniture(lines, name=it["name"], **it["rules"])
    return headline, gc.parse_date(fm["published_date"]), paras


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--list", action="store_true", help="print the table without writing")
    args = ap.parse_args()
    for it in ITEMS:
        headline, date, paras = build_item(it)
        assert it["name"].split("-", 1)[1].startswith(date), (it["name"], date)
        print(f"{it['name']}\t{date}\t{len(' '.join(paras).split())} words\t{it['repo']}:{it['path']} "
              f"({it['commit']})")
        if not args.list:
            gc.write_text(args.out, it["name"], headline, date, paras)
    if not args.list:
        print(f"{len(ITEMS)} texts in {args.out}; sha256 of the listing {gc.listing_sha256(args.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
