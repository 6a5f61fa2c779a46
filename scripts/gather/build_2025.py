#!/usr/bin/env python3
"""Rebuild the gathered-2025 corpus (49 texts) into /work/gathered/2025/.

Sources, commits, dates and cleaning as in warwire's eval/gold/gathered-2025/SOURCES.md:
  andrewkess/beacon        (AP, BBC, Al Jazeera; news_search_cache, commit 3e5c8dfc4e68)
  sanshanchuns/economist   (The Economist weekly editions, commit a1f3e2bcb25c)
  stevenmouk/purenews2     (pure.news re-posts, commit 7c59428bd71c)
  gtcode-dot-com/l         (Bellingcat RSS-to-Hugo mirror, one commit per article)
Each repository is read from the bare mirror made by the `fetch` tool (/work/.mirror/<owner>+<name>/repo).

    python3 build_2025.py [--out DIR] [--list]

Standard library only.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gather_common as gc  # noqa: E402

OUT = gc.GATHERED / "2025"

CONFLICT = "citations_ukraine_conflict.json"
CEASEFIRE = "citations_ukraine_ceasefire_and_negotiations.json"
TRUMP_PUTIN = "citations_trump_and_putin_negotiations.json"

# (file name, kind, source, date); date None = taken from the source itself (pure.news page_date, Economist dateline)
# beacon: source = (cache file, entry); dates as SOURCES.md gives them (the cache's Published / Publication Date
# fields, or the date in the Al Jazeera URL).
ITEMS = [
    ("ap-2025-02-21-trump-says-ukraine-started-war-fact-check.txt", "ap", (CONFLICT, 8), "2025-02-21"),
    ("ap-2025-02-25-us-refuses-to-blame-russia-un-votes.txt", "ap", (CONFLICT, 9), "2025-02-25"),
    ("bbc-2025-02-25-us-sides-with-russia-un-resolutions.txt", "bbc", (CONFLICT, 0), "2025-02-25"),
    ("aljazeera-2025-03-01-key-events-day-1101.txt", "aljazeera", (CONFLICT, 4), "2025-03-01"),
    ("bbc-2025-03-12-decoding-ceasefire-plan.txt", "bbc", (CEASEFIRE, 0), "2025-03-12"),
    ("aljazeera-2025-03-14-what-are-putins-ceasefire-conditions.txt", "aljazeera", (CEASEFIRE, 4), "2025-03-14"),
    ("bbc-2025-03-14-putin-sets-out-ceasefire-conditions.txt", "bbc", (CEASEFIRE, 1), "2025-03-14"),
    ("bbc-2025-03-18-why-did-putin-invade-explainer.txt", "bbc", (CONFLICT, 1), "2025-03-18"),
    ("purenews-2025-03-18-putin-agrees-halt-energy-strikes.txt", "purenews",
     "post/russia-agreed-to-halt-some-strikes-on-ukraine.md", None),
    ("purenews-2025-03-20-engels-2-air-base-strike.txt", "purenews",
     "post/ukraine-struck-a-key-russian-air-base.md", None),
    ("purenews-2025-03-20-poland-uk-defence-spending.txt", "purenews",
     "post/Poland-and-UK-discuss-defence-spending-as-Europe-moves-to-re-arm.md", None),
    ("ap-2025-03-25-us-separate-talks-with-russians-riyadh.txt", "ap", (CEASEFIRE, 8), "2025-03-25"),
    ("ap-2025-03-26-accusations-breaking-energy-ceasefire.txt", "ap", (CEASEFIRE, 9), "2025-03-26"),
    ("ap-2025-03-27-things-to-know-limited-ceasefire.txt", "ap", (CEASEFIRE, 10), "2025-03-27"),
    ("aljazeera-2025-03-28-key-events-day-1128.txt", "aljazeera", (CONFLICT, 6), "2025-03-28"),
    ("aljazeera-2025-03-28-putin-north-korea-brics-ceasefire-talks.txt", "aljazeera", (CONFLICT, 5), "2025-03-28"),
    ("aljazeera-2025-03-29-dnipro-drone-strike-russia-claims-advances.txt", "aljazeera", (CEASEFIRE, 5),
     "2025-03-29"),
    ("ap-2025-03-29-ukrainians-expect-fresh-russian-offensive.txt", "ap", (CEASEFIRE, 11), "2025-03-29"),
    ("aljazeera-2025-03-30-trump-angry-threatens-oil-tariffs.txt", "aljazeera", (CEASEFIRE, 6), "2025-03-30"),
    ("ap-2025-03-30-trump-faults-putin-and-zelenskyy-kharkiv-drones.txt", "ap", (TRUMP_PUTIN, 4), "2025-03-30"),
    ("purenews-2025-03-30-trump-secondary-tariffs-russian-oil.txt", "purenews",
     "post/trump-threatens-secondary-tariffs-on-russian-oil-if-no-deal-on-ukraine.md", None),
    ("aljazeera-2025-03-31-ukraines-women-wage-war.txt", "aljazeera", (CONFLICT, 7), "2025-03-31"),
    ("ap-2025-03-31-kremlin-drawn-out-process.txt", "ap", (CONFLICT, 11), "2025-03-31"),
    ("ap-2025-03-31-wang-yi-visits-moscow.txt", "ap", (CONFLICT, 10), "2025-03-31"),
    ("bbc-2025-03-31-kremlin-still-working-with-us.txt", "bbc", (TRUMP_PUTIN, 1), "2025-03-31"),
    ("bbc-2025-03-31-trump-very-angry-with-putin.txt", "bbc", (TRUMP_PUTIN, 0), "2025-03-31"),
    ("bbc-2025-04-01-putin-biggest-call-up.txt", "bbc", (CONFLICT, 3), "2025-04-01"),
    ("bbc-2025-04-01-ukraine-election-rumours.txt", "bbc", (CONFLICT, 2), "2025-04-01"),
    ("purenews-2025-04-17-zelensky-accuses-witkoff.txt", "purenews",
     "post/zelensky-accuses-us-envoy-witkoff-of-spreading-russian-narratives.md", None),
    ("purenews-2025-04-18-japan-3bn-loan-russian-assets.txt", "purenews",
     "post/japan-to-provide-ukraine-with-3-bn-from-russian-assets.md", None),
    ("purenews-2025-04-26-russian-losses-kursk-operation.txt", "purenews",
     "post/russia-lost-over-62,400-soldiers-in-kursk-operation-ukraine-says.md", None),
    ("purenews-2025-04-30-pokrovsk-battle-victory-claim.txt", "purenews",
     "post/ukrainians-declare-victory-in-battle-of-pokrovsk.md", None),
    ("economist-2025-08-21-security-guarantees-hazy.txt", "economist",
     "output/TheEconomist-2025-08-23/sections/036_Security_guarantees_for_Ukraine_are_dangerously_hazy.md", None),
    ("economist-2025-09-04-refinery-strikes-petrol-crisis.txt", "economist",
     "output/TheEconomist-2025-09-06/sections/038_Putins_petrostate_faces_a_kamikaze_petrol_crisis.md", None),
    ("economist-2025-09-11-poland-drone-incursion-nato.txt", "economist",
     "output/TheEconomist-2025-09-13/sections/037_Putins_dangerous_drone_probe_is_a_moment_of_truth_for_NATO.md",
     None),
    ("economist-2025-09-25-deepening-problems.txt", "economist",
     "output/TheEconomist-2025-09-27/sections/038_Ukraine_faces_deepening_military_political_and_economic_prob.md",
     None),
    ("economist-2025-09-25-frozen-russian-assets.txt", "economist",
     "output/TheEconomist-2025-09-27/sections/042_Europe_wants_to_turn_frozen_Russian_assets_into_Ukrainian_fi.md",
     None),
    ("economist-2025-10-23-western-drones-underwhelming.txt", "economist",
     "output/TheEconomist-2025-10-25/sections/035_Western_drones_are_underwhelming_on_the_Ukrainian_battlefiel.md",
     None),
    ("economist-2025-11-06-kharkiv-border-city.txt", "economist",
     "output/TheEconomist-2025-11-08/sections/038_War_is_blasting_Ukraines_border_city_of_Kharkiv_but_boosting.md",
     None),
    ("economist-2025-11-06-pokrovsk-defence-nearing-end.txt", "economist",
     "output/TheEconomist-2025-11-08/sections/037_Ukraines_valiant_defence_of_Pokrovsk_is_nearing_its_end.md", None),
    ("economist-2025-11-20-bombing-keepsakes.txt", "economist",
     "output/TheEconomist-2025-11-22/sections/036_Russian_bombing_leaves_no_time_to_search_for_keepsakes.md", None),
    ("economist-2025-11-20-corruption-scandal.txt", "economist",
     "output/TheEconomist-2025-11-22/sections/035_A_huge_corruption_scandal_threatens_Ukraines_government.md", None),
    ("economist-2025-11-27-peace-plan-or-destruction.txt", "economist",
     "output/TheEconomist-2025-11-29/sections/038_Ukraine_may_be_a_step_closer_to_peace_or_to_destruction.md", None),
    ("bellingcat-2025-12-05-cossacks-recruit-young-people.txt", "bellingcat",
     ("37ac55583707", "hugo-site/content/news/comp-journalism/"
      "from-school-to-battlefield-to-grave-how-russian-cossacks-drive-young-people-to-war/index.md"), "2025-12-05"),
    ("economist-2025-12-11-destructive-peace-plan.txt", "economist",
     "output/TheEconomist-2025-12-13/sections/041_Ukraine_struggles_to_cope_with_Americas_destructive_peace_pl.md",
     None),
    ("economist-2025-12-11-ukrainian-railways-money.txt", "economist",
     "output/TheEconomist-2025-12-13/sections/042_Ukraines_trains_the_countrys_lifeline_have_money_problems.md", None),
    ("bellingcat-2025-12-17-invasion-impact-on-youth.txt", "bellingcat",
     ("73901b36f78a", "hugo-site/content/news/comp-journalism/how-russias-invasion-is-impacting-ukraines-youth/"
      "index.md"), "2025-12-17"),
    ("economist-2025-12-18-kupiansk-counter-attack.txt", "economist",
     "output/TheEconomist-2025-12-20/sections/024_Ukraine_scrabbles_for_handholds_against_Russias_massive_assa.md",
     None),
    ("bellingcat-2026-02-24-civilian-harm-four-years.txt", "bellingcat",
     ("a666509115a8", "hugo-site/content/news/comp-journalism/how-russias-war-has-devastated-civilian-life-in-ukraine/"
      "index.md"), "2026-02-24"),
]

ECONOMIST_PATHS = [src for _, kind, src, _ in ITEMS if kind == "economist"]
PURENEWS_PATHS = [src for _, kind, src, _ in ITEMS if kind == "purenews"]

# --------------------------------------------------------------------------- Bellingcat (gtcode-dot-com/l)

BELLINGCAT = "gtcode-dot-com/l"
# Per-article furniture, as paragraphs (after links are reduced to text) that start with these strings:
# image/video credits and captions, the "Support Bellingcat" donation box, "Related videos" and the labels of the
# embedded interactive maps.  Everything after the closing rule (`---`: contributor credits, donation appeal) goes.
BELLINGCAT_FURNITURE = {
    "bellingcat-2025-12-05-cossacks-recruit-young-people.txt": [
        "Credit: ",  # four image credits
    ],
    "bellingcat-2025-12-17-invasion-impact-on-youth.txt": [
        "Bohdan Levchykov, a 15-year-old teenager, walks by a damaged habitation building",  # photo caption / AFP
        "Children leave an underground school in Kharkiv, on October 16, 2025.",  # photo caption / AFP
        "Incidents of civilian harm directly affecting schools and childrens’ leisure facilities",  # map label
    ],
    "bellingcat-2026-02-24-civilian-harm-four-years.txt": [
        "Support Bellingcat",  # donation box heading
        "Your donations directly contribute to our ability to publish",  # donation box text
        "An interactive map detailing incidents of civilian harm",  # map label
        "Related videos from Bellingcat",  # related-videos box heading
        "New apartment complexes are listed for sale on Russian websites.",  # its video description
        "Incidents of civilian harm recorder by Bellingcat in ",  # three map labels
        "Image left shows the village of Opytne in 2021",  # satellite image caption with credits
    ],
}


def _yaml_scalar(fm_text: str, key: str) -> str:
    """A top-level YAML scalar that may be folded over several indented lines."""
    m = re.search(rf"^{key}:[ \t]*(.*(?:\n[ \t]+.*)*)", fm_text, re.M)
    v = collapse_ws(m.group(1))
    if len(v) >= 2 and v[0] == v[-1] == "'":
        v = v[1:-1].replace("''", "'")
    elif len(v) >= 2 and v[0] == v[-1] == '"':
        v = v[1:-1]
    return v


def collapse_ws(s: str) -> str:
    return gc.collapse(s)


def _join_lines(lines: list[str]) -> str:
    """Reflow the lines of one block: the mirror breaks lines around every link; a break before closing
    punctuation or after an opening quote/bracket is joined without a space, any other with one space."""
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not out:
            out = line
        elif re.match(r"[.,;:!?)\]”’]", line) or re.search(r"[“(\[]$", out):
            out += line
        else:
            out += " " + line
    return gc.collapse(out)


def bellingcat(name: str, text: str) -> tuple[str, list[str]]:
    m = re.match(r"---\n(.*?)\n---\n", text, re.S)
    headline = _yaml_scalar(m.group(1), "title")
    body = text[m.end():]
    body = re.split(r"^---[ \t]*$", body, maxsplit=1, flags=re.M)[0]  # closing rule and everything after it
    furniture = BELLINGCAT_FURNITURE[name]
    used = {f: 0 for f in furniture}
    paras = []
    for block in re.split(r"\n[ \t]*\n", body):
        if not block.strip():
            continue
        # Markdown links reduced to their text (link text may run over several lines)
        block = re.sub(r"\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)", lambda mm: mm.group(1), block)
        p = _join_lines(block.split("\n"))
        p = re.sub(r"^#{1,6} ", "", p)  # heading marks
        p = re.sub(r"\*\*([^*]+)\*\*", r"\1", p)  # bold
        p = re.sub(r"^\*(.+)\*$", r"\1", p)  # a paragraph set in italics
        p = gc.collapse(p)
        hit = [f for f in furniture if p.startswith(f)]
        if hit:
            used[hit[0]] += 1
            continue
        if p:
            paras.append(p)
    unused = [f for f, n in used.items() if not n]
    assert not unused, f"{name}: furniture not found: {unused}"
    return headline, paras


# --------------------------------------------------------------------------- build

def build_item(name: str, kind: str, src, date):
    if kind in ("ap", "bbc", "aljazeera"):
        e = gc.beacon_entry(*src)
        headline = gc.beacon_headline(e["title"])
        paras = gc.beacon_ap(e["formatted_content"]) if kind == "ap" else gc.beacon_markdown(e["formatted_content"])
        return headline, date, paras, f"{gc.BEACON}:news_search_cache/{src[0]} (entry {src[1]}, {e['url']})"
    if kind == "economist":
        headline, d, paras = gc.economist(gc.economist_file(src))
        return headline, d, paras, f"{gc.ECONOMIST}:{src}"
    if kind == "purenews":
        headline, d, paras = gc.purenews(gc.show(gc.PURENEWS, gc.PURENEWS_COMMIT, src))
        return headline, d, paras, f"{gc.PURENEWS}:{src}"
    if kind == "bellingcat":
        commit, path = src
        headline, paras = bellingcat(name, gc.show(BELLINGCAT, commit, path))
        return headline, date, paras, f"{BELLINGCAT}:{path} ({commit})"
    raise ValueError(kind)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--list", action="store_true", help="print the table without writing")
    args = ap.parse_args()
    assert len(ITEMS) == 49 and len({i[0] for i in ITEMS}) == 49
    for name, kind, src, date in ITEMS:
        headline, d, paras, origin = build_item(name, kind, src, date)
        assert name.split("-", 1)[1].startswith(d), (name, d)
        words = len(" ".join(paras).split())
        print(f"{name}\t{d}\t{words} words\t{origin}")
        if not args.list:
            gc.write_text(args.out, name, headline, d, paras)
    if not args.list:
        print(f"{len(ITEMS)} texts in {args.out}; sha256 of the listing {gc.listing_sha256(args.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
