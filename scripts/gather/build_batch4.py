#!/usr/bin/env python3
"""Rebuild gathered batch 4 (eval/gold/gathered-2025c, 24 texts) into /work/gathered/batch4/.

Sources, commits, dates and cleaning as in warwire's eval/gold/gathered-2025c/SOURCES.md:
  TeamTeenTitan/Hoot                        test-env/dummyNames.js (d2b34494486e),
                                            test-env/dummyData/dummyArticles.js (8236ccbe325b)
  sanshanchuns/economist                    weekly editions (a1f3e2bcb25c)
  andrewkess/beacon                         news_search_cache (3e5c8dfc4e68)
  stevenmouk/purenews2                      post/*.md (7c59428bd71c)
  plan-net/agentic-solution-policiytracker  data/input/policy/2025-05/*.md (8dbebdbc44d9)
Read from the bare mirrors made by the `fetch` tool (/work/.mirror/<owner>+<name>/repo).

    python3 build_batch4.py [--out DIR] [--list]

Standard library only.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gather_common as gc  # noqa: E402

OUT = gc.GATHERED / "batch4"
HOOT = "TeamTeenTitan/Hoot"
NAMES = ("d2b34494486e", "test-env/dummyNames.js")  # news-search API results (non-ASCII stripped)
ARTICLES = ("8236ccbe325b", "test-env/dummyData/dummyArticles.js")

# the eight Economist sections used here (batch 11 excludes them by path)
ECONOMIST_ITEMS = [
    ("economist-2025-08-21-putin-hunger-western-unity.txt",
     "output/TheEconomist-2025-08-23/sections/035_Putins_hunger_to_destroy_Western_unity_rages_on.md"),
    ("economist-2025-09-25-when-ukraine-stops-fighting.txt",
     "output/TheEconomist-2025-09-27/sections/039_What_happens_when_Ukraine_stops_fighting.md"),
    ("economist-2025-10-02-russia-micro-aggressions-europe.txt",
     "output/TheEconomist-2025-10-04/sections/012_Why_Russias_micro-aggressions_against_Europe_are_proliferati.md"),
    ("economist-2025-10-02-russia-dark-fleet-threat.txt",
     "output/TheEconomist-2025-10-04/sections/048_The_flashing_red_threat_from_Russias_dark_fleet.md"),
    ("economist-2025-11-06-czech-shift-right-ukraine.txt",
     "output/TheEconomist-2025-11-08/sections/039_A_Czech_shift_to_the_right_is_worrying_news_for_Ukraine.md"),
    ("economist-2025-11-20-militant-bloggers-jailed.txt",
     "output/TheEconomist-2025-11-22/sections/038_Russias_militant_bloggers_are_clashing_with_their_own_regime.md"),
    ("economist-2025-12-11-russia-not-as-resilient.txt",
     "output/TheEconomist-2025-12-13/sections/037_Russia_is_not_as_resilient_as_it_wants_you_to_think.md"),
    ("economist-2025-12-11-eu-gas-ban-fertiliser.txt",
     "output/TheEconomist-2025-12-13/sections/040_Europe_bans_Russias_gas_exports_but_still_buys_its_gas-based.md"),
]
PURENEWS_ITEMS = [
    ("purenews-2024-12-14-ukraine-sacks-donetsk-commander.txt",
     "post/ukraine-sacks-commander-as-russia-advances-on-key-logistics-hub.md"),
]
BEACON_ITEMS = [  # AP explainer; date = "Published on March 31, 2025" in news_search_ukraine_conflict.md
    ("ap-2025-03-31-why-ukraine-has-not-held-elections.txt", ("citations_ukraine_conflict.json", 12), "2025-03-31"),
]
TRACKER_ITEMS = [
    # Anadolu copy republished by PNA; the tracker's published_date (2025-05-03) is wrong: the text reports the EU's
    # fourth sanctions package, announced "late Monday" 14 March 2022, so the date is inferred as 2022-03-15.
    ("anadolu-pna-2022-03-15-eu-fourth-sanctions-package.txt", "8dbebdbc44d9",
     "data/input/policy/2025-05/20250503_pna-gov-ph_eu-approves-new-set-of-sanctions-vs-russia-over-uk.md",
     "2022-03-15"),
]

# Hoot items: (file, source file, link, date, headline rule, furniture rules).  Dates are the API's published dates
# (UTC), which agree with the URLs and the texts.  Each body is one line per paragraph.
HOOT_ITEMS = [
    ("reuters-2022-04-12-putin-says-talks-dead-end.txt", ARTICLES,
     "https://www.reuters.com/world/europe/putin-flies-into-russian-far-east-ukraine-talks-with-belarusian-leader-"
     "2022-04-12/", "2022-04-12", None,
     dict(drop_prefix=["Russian President Vladimir Putin chairs a meeting on the country's agricultural",  # caption
                       "Summary Peace talks hit a dead end - Putin"],  # summary bullets
          drop=["West's economic Blitzkrieg has failed - Putin", "Putin: Bucha is fake like staged Syrian chemical attack",
                "Russia to achieve 'noble' war aims - Putin",
                "Register now for FREE unlimited access to Reuters.com Register",
                "Our Standards: The Thomson Reuters Trust Principles."],
          drop_re=[r"^Writing by .* Editing by "])),
    ("reuters-cna-2022-04-19-battle-of-donbas-begins.txt", NAMES,
     "https://www.channelnewsasia.com/world/russia-unleashes-battle-donbas-invasion-east-ukraine-west-pledges-more-"
     "support-kyiv-2632686", "2022-04-19", None,
     dict(drop=["LinkedIn", "Source: Reuters/ec"],
          drop_prefix=["A woman pulls a wheel chair while transporting an injured man",  # Reuters photo captions
                       "A local resident sits on a bench in a courtyard damaged",
                       "Ukrainian President Volodymr Zelenskiy shakes hands with EU Ambassador"])),
    ("ap-2022-04-19-russia-pours-in-more-troops-east.txt", NAMES,
     "https://www.mercurynews.com/2022/04/19/russia-pours-in-more-troops-and-presses-attack-in-the-east/",
     "2022-04-19", "first line",  # the page's headline heads the body; the API title is a later one
     dict(drop=["By Associated Press|", "April 19, 2022 at 12:19 p.m.", "| UPDATED:", "By ADAM SCHRECK", "___"],
          drop_prefix=["Associated Press journalists Mstyslav Chernov and Felipe Dana"])),
    ("rferl-2022-04-19-western-leaders-pledge-artillery.txt", NAMES,
     "https://www.rferl.org/a/ukraine-western-artillery-pledge-war/31811550.html", "2022-04-19", None,
     dict(drop=["here", ".",  # the stray "here ." at the start
                "Russian Advances In Eastern Ukraine", "Ukraine Territorial Control",  # map and related-story labels
                "Inside Azovstal: The Ukrainian Metalworks That Has Become A 'Last Stand' Fortress",
                "With reporting by AP, AFP, Reuters, and the BBC"],
          drop_prefix=["Smoke rises above the Azovstal steelworks in Mariupol in this still image",  # photo captions
                       "People look as Ukrainian rescuers put out a fire at an auto service center"])),
    ("reuters-cna-2022-04-19-czech-firms-repair-tanks.txt", NAMES,
     "https://www.channelnewsasia.com/world/czech-companies-repair-damaged-ukrainian-tanks-2634366", "2022-04-19", None,
     dict(drop=["LinkedIn", "Source: Reuters/ec"])),
    ("canadianpress-2022-04-19-canada-artillery-sanctions.txt", NAMES,
     "https://www.winnipegfreepress.com/canada/liberals-name-putins-two-adult-daughters-in-new-round-of-sanctions-"
     "576410892.html", "2022-04-19", None,
     dict(drop=["Save to Read Later", "Want to get a head start on your day?", "Sign Up", "Advertisement",
                "This report by The Canadian Press was first published April 19, 2022.",
                "With files from Jordan Press and The Associated Press"],
          drop_prefix=["Russian President Vladimir Putin listens to Armenian Prime Minister",  # photo caption
                       "Get the days breaking stories, weather forecast",  # sign-up box
                       "I agree to the Terms and Conditions"])),
    ("ap-2022-04-19-us-senators-urge-serbia-sanctions.txt", NAMES,
     "https://www.newindianexpress.com/world/2022/apr/20/ukraine-war-us-urges-serbia-to-join-sanctions-against-ally-"
     "russia-2444024.html", "2022-04-19", "strip - The",
     dict(drop=["Democratic senator Chris Murphy (Photo| AP)", "By", "Associated Press",  # caption, byline
                "Now we are on Telegram too. Follow us for updates", "TAGS"])),
    ("cnn-2022-04-21-western-pressure-putin-provocations.txt", ARTICLES,
     "https://www.cnn.com/2022/04/21/politics/us-putin-pressure-humanitarian-disaster-ukraine/index.html",
     "2022-04-21", None, dict()),
    ("aljazeera-2022-04-22-putin-accuses-ukraine-inconsistency.txt", ARTICLES,
     "https://www.aljazeera.com/news/2022/4/22/russia-putin-ukraine-inconsistency-negotiations", "2022-04-22", None,
     dict(drop_prefix=["Russian president plays down prospect of a meeting with Ukraine’s Zelenskyy",  # standfirst
                       "Call with President Putin @KremlinRussia_E"])),  # embedded tweet
    ("ap-2022-04-22-west-studying-oil-and-gas.txt", ARTICLES, "https://apnews.com/a7f618d26d917d9a713e9dca3dc51afb",
     "2022-04-22", None,
     dict(drop=["ADVERTISEMENT", "___"],
          drop_prefix=["FILE - The tanker Sun Arrows loads its cargo",  # photo caption (printed twice)
                       "Associated Press writers Matthew Lee, Robert Burns and Fatima Hussein contributed"])),
    ("reuters-nypost-2022-04-22-australia-sanctions-putin-daughters.txt", ARTICLES,
     "https://nypost.com/2022/04/22/putin-daughters-russian-senators-targeted-in-fresh-australian-sanctions/",
     "2022-04-22", None,
     dict(drop=["Katerina Tikhonova, one of Russian President Vladimir Putin’s daughters REUTERS",  # photo captions
                "Maria Vorontsova is a pediatric endocrinologist and Vladimir Putin’s eldest daughter. "
                "Dmitry Feoktistov/TASS"])),
    ("aljazeera-2022-04-23-guterres-to-meet-putin-zelenskyy.txt", ARTICLES,
     "https://www.aljazeera.com/news/2022/4/23/un-chief-to-meet-putin-zelenskyy-in-push-for-peace", "2022-04-23", None,
     dict(drop_prefix=["Antonio Guterres will travel first to Moscow and then to Kyiv"])),  # standfirst
    ("dailymail-2022-04-23-odesa-missile-strike-baby-killed.txt", ARTICLES,
     "https://www.dailymail.co.uk/news/article-10745911/Russia-destroys-three-helicopters-airfield-boasts-"
     "obliterating-66-military-targets.html", "2022-04-23", None,
     dict(drop=["Advertisement",
                # photo captions that repeat the opening of a paragraph of the text: matched whole
                "On Thursday, Maxar released photos of what appeared to be rows upon rows of more than 200 freshly "
                "dug mass graves next to a cemetery in the town of Manhush, outside Mariupol",
                "Kharkiv regional governor Oleh Synehubov says two people were killed and 19 more wounded by Russian "
                "shelling in the area"],
          drop_re=[r"\((?i:pictured)"],  # every caption with "(Pictured…)"
          drop_prefix=[  # photo captions without that mark
              "Teams work by a destroyed building in Ukraine's besieged port city of Mariupol",
              "A view of the destruction in Ukraine's besieged port city of Mariupol",
              "This satellite image provided by Maxar Technologies shows a closer view",
              "The site at a cemetery in the town of Vynohradne has several newly dug parallel trenches measuring "
              "about 40 meters",
              "A man runs away from a destroyed building following shelling",
              "A corridor is seen amid the ruins of a destroyed school",
              "A view of the destroyed school in northeast Kharkiv",
              "Local men look at a hole in a corridor of their residential building",
              "Firefighters work on destroyed building following shelling",
              "A man walks past a missile that stuck in the ground",
              "Russian army vehicles are burned outside a damaged church",
              "A metal cross that used to be on the top of the dome",
          ])),
]

# RFE/RL: one sentence that the extraction broke around a stripped link, rejoined (pieces, and the text put between)
REJOINS = {
    "rferl-2022-04-19-western-leaders-pledge-artillery.txt": [
        (("in a statement p", "osted on her Telegram channel", "on April 19."), ("", " ")),
    ],
}

# paragraphs that must survive the caption rules (they share an opening with a caption)
MUST_KEEP = {
    "dailymail-2022-04-23-odesa-missile-strike-baby-killed.txt": [
        "On Thursday, Maxar released photos of what appeared to be rows upon rows of more than 200 freshly dug mass "
        "graves next to a cemetery in the town of Manhush, outside Mariupol. That prompted",
        "However, Kharkiv regional governor Oleh Synehubov says two people were killed",
        "Mariupol has taken on outsize importance in the war. Capturing it would deprive the Ukrainians of a vital "
        "port and complete a land corridor between Russia and the Crimean Peninsula, which Putin seized from Ukraine "
        "in 2014.",
    ],
}


def load_js(src) -> dict:
    """The object literal assigned in one of Hoot's fixture files (it is JSON)."""
    commit, path = src
    text = gc.show(HOOT, commit, path)
    obj, _ = json.JSONDecoder().raw_decode(text, text.index("{"))
    return obj


def hoot_items(src) -> list[dict]:
    obj = load_js(src)
    if "value" in obj:  # dummyNames.js: search results
        return [dict(link=v["url"], title=v["title"], body=v["body"], date=v.get("datePublished")) for v in obj["value"]]
    return [dict(link=v["link"], title=v["title"], body=v["body"], date=v.get("published_date"))
            for grp in obj["articles"] for v in grp]


def rejoin(name: str, paras: list[str]) -> list[str]:
    for pieces, seps in REJOINS.get(name, []):
        for i in range(len(paras) - len(pieces) + 1):
            if paras[i].endswith(pieces[0]) and paras[i + 1:i + len(pieces)] == list(pieces[1:]):
                joined = paras[i]
                for sep, piece in zip(seps, pieces[1:], strict=False):
                    joined += sep + piece
                paras = paras[:i] + [joined] + paras[i + len(pieces):]
                break
        else:
            raise AssertionError(f"{name}: rejoin {pieces} not found")
    return paras


def hoot(name, src, link, date, head_rule, rules):
    items = [it for it in hoot_items(src) if it["link"] == link]
    assert len(items) == 1, (name, len(items))
    it = items[0]
    assert it["date"][:10] == date, (name, it["date"])
    paras = [gc.collapse(line) for line in it["body"].split("\n")]
    paras = [p for p in paras if p]
    title = re.sub(r" - (?:CNN|Reuters|Al Jazeera English|The Associated Press|New York Post|Daily Mail)$", "",
                   it["title"])
    if head_rule == "first line":
        title = paras.pop(0)
    elif head_rule == "strip - The":
        title = re.sub(r"- The$", "", title)
    paras = gc.strip_furniture(paras, name=name, **rules)
    paras = rejoin(name, paras)
    paras = gc.drop_repeats(paras)  # a lede reprinted as standfirst / a paragraph reprinted as a caption
    for keep in MUST_KEEP.get(name, []):
        assert any(p.startswith(keep) for p in paras), (name, keep)
    return gc.collapse(title), date, paras, f"{HOOT}:{src[1]} ({src[0]}), {link}"


def all_items():
    """(file name, builder) in the order of SOURCES.md's table."""
    out = []
    for name, src, link, date, head_rule, rules in HOOT_ITEMS:
        out.append((name, lambda a=(name, src, link, date, head_rule, rules): hoot(*a)))
    for name, commit, path, date in TRACKER_ITEMS:
        def tracker(name=name, commit=commit, path=path, date=date):
            fm, headline, lines = gc.policytracker(gc.show(gc.POLICYTRACKER, commit, path))
            return headline, date, lines, f"{gc.POLICYTRACKER}:{path} ({commit})"
        out.append((name, tracker))
    for name, path in PURENEWS_ITEMS:
        def pn(path=path):
            h, d, p = gc.purenews(gc.show(gc.PURENEWS, gc.PURENEWS_COMMIT, path))
            return h, d, p, f"{gc.PURENEWS}:{path} ({gc.PURENEWS_COMMIT})"
        out.append((name, pn))
    for name, src, date in BEACON_ITEMS:
        def bc(src=src, date=date):
            e = gc.beacon_entry(*src)
            return gc.beacon_headline(e["title"]), date, gc.beacon_ap(e["formatted_content"]), \
                f"{gc.BEACON}:news_search_cache/{src[0]} (entry {src[1]}) ({gc.BEACON_COMMIT}), {e['url']}"
        out.append((name, bc))
    for name, path in ECONOMIST_ITEMS:
        def ec(path=path):
            h, d, p = gc.economist(gc.economist_file(path))
            return h, d, p, f"{gc.ECONOMIST}:{path} ({gc.ECONOMIST_COMMIT})"
        out.append((name, ec))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--list", action="store_true", help="print the table without writing")
    args = ap.parse_args()
    items = all_items()
    assert len(items) == 24 and len({n for n, _ in items}) == 24
    for name, build in items:
        headline, date, paras, origin = build()
        assert name.split("-", 2)[-1].startswith(date) or f"-{date}-" in name, (name, date)
        print(f"{name}\t{date}\t{len(' '.join(paras).split())} words\t{origin}")
        if not args.list:
            gc.write_text(args.out, name, headline, date, paras)
    if not args.list:
        print(f"{len(items)} texts in {args.out}; sha256 of the listing {gc.listing_sha256(args.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
