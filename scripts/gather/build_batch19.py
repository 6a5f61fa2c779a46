#!/usr/bin/env python3
"""Draw and build gathered batch 19 (gold: gathered-2025r) into /work/gathered/batch19/.

Standard library only; imports `build_batch18.py` (same directory) and reuses its code: records (`load`),
candidates (`is_candidate`, `candidates`), draws (`draws`, `pick`), page normalisation (`page`), cleaning (`clean`
with `OUTLET_RULES`, `BREAK`, the standfirst break), names (`date`, `headline`, `file_name`), `render`,
`listing_sha256`, `build` and `scan`. So batch 19 is selected and cleaned by the same code as batch 18.

Source: as batch 18, `CodeAKrome/News-Dumpster` at commit b8b78953362420d586ac349968e50267402fd6c2, files
`dedupe0521.jsonl.gz` and `dedupe_05-26.jsonl.gz`, read from the bare mirror made by the `fetch` tool
(/work/.mirror/CodeAKrome+News-Dumpster/repo; `--mirror` overrides).

Selection rule (fixed before the first run):
1. Records and candidates exactly as batch 18 (its rules 1-2, `build_batch18.load` and `build_batch18.candidates`):
   English May-2025 records of both files without ZEIT ONLINE, deduplicated by link; candidates with a body of at
   least 200 words and a war term in the title or six mentions of Ukraine/Kyiv/Zelensky in the body; asserted to be
   batch 18's 1392 records and 92 candidates.
2. Pool: batch 18's candidates minus every link batch 18 looked at (`build_batch18.DRAWN`, its 35 draws, kept and
   replaced alike; `build_batch18.select` is run and asserts its draw against that list), also minus any candidate
   that is the same page as one of those links under a different tracking query (`build_batch18.page`: the link
   without its query string); sorted by link (string order).
3. `random.Random(2039).sample(pool, 30)`, re-drawn by `build_batch18.draws` (the same calls CPython's `sample`
   makes, continued past 30) and asserted equal (`build_batch18.pick`).
4. Replacement exactly as batch 18's rule 4: a drawn article is replaced by the next draw of the same sequence
   only if it is (a) clearly not about the Russia-Ukraine war at all (e.g. a domestic-politics piece that only
   mentions Ukraine in passing) or (b) not an article (a live-blog index, a video page, a list of headlines); a
   draw that is the same page (`page()`) as a text already kept is passed over as a repeat. Every replacement and
   its reason is listed below and in `REPLACED` (a repeat's reason starts "duplicate"; `pick` asserts that it
   repeats a kept page and that no other kept draw does). No other hand-picking. If the pool runs out before 30
   usable texts, all usable ones are taken and the number is recorded here.
5. Date, headline and file name as batch 18's rules 5-6 (`date`, `headline`, `file_name`:
   `<outlet>-<YYYY-MM-DD>-<slug>.txt`), asserted unique within batch 19 and different from batch 18's file names.
After the first run the links of every draw looked at, in draw order, are listed in `DRAWN` as a check.

Cleaning (`build_batch18.clean`; article wording kept verbatim, typos included, only furniture removed): batch 18's
per-outlet rules (`OUTLET_RULES`) apply to batch 19's texts of those outlets as they are; they are not asserted to
remove something in batch 19 (which of them do is recorded below). Then batch 19's per-text `REMOVALS` (furniture
only: photo captions and credits, related-story links, bylines, embedded tweets, promos, video transcripts and the
like), each asserted to occur exactly the stated number of times; every removal leaves a paragraph break.
Paragraph breaks only as batch 18 restores them: at a line break, at two or more spaces after the end of a sentence
(`BREAK`), after the standfirst when the body opens with the record's `summary`, and (`SPLITS`) only at the
"- " list items of a TASS summary as batch 18 did (empty unless such a text is drawn); no break is invented
elsewhere. Furniture is found by reading the drawn texts and with `--scan` (`build_batch18.scan`).

Result of the first run (recorded afterwards; the rule above was not changed): 1392 records, 92 candidates; the pool
holds 54 (92 less batch 18's 35 draws and 3 candidates that are pages of those draws under another feed's `?maca=`
query: DW's Merz piece twice, DW's POW-swap piece once). Replaced (rule 4), see `REPLACED`: draws #7 (Mainichi/AP:
Trump's "Golden Dome" missile defence), #13 (BBC: the arson at Starmer's properties, the war not mentioned, like
batch 18's replaced TASS report), #18 (BBC: young US men joining the Russian Orthodox Church), #19 (TASS: a
Madagascar-Russia football friendly), #24 (DW: Finland summons Russia's ambassador over an airspace breach, the
invasion only as a time reference) and #36 (NYT: Russian deep-cover spies in Brazil, the paywalled text never
mentioning the war); draw #26 repeats the DW page of draw #16 under another `?maca=` query and was passed over as a
repeat. Kept: draws #1-#37 without those seven = 30 texts, 2025-05-20 ... 2025-05-26, 10 outlets (TASS 7, Fox News
4, The Independent 4, NYT 4, BBC 3, CBC 2, DW 2, Le Monde 2, Jerusalem Post 1, Mainichi 1). Judged on the text as it
stands and kept as not clearly unrelated: the NYT's Nathan's hot dogs in wartime Ukraine (#4, cut by the paywall)
and its analysis of Trump's spheres of influence (#27, the war in one clause), the Independent's AP report on the
Starmer arson (#12: it places the fires in Russia's sabotage campaign against Ukraine's supporters), Fox's weekly
Trump roundup (#21, the Putin call one of four items) and CBC's G7 preview (#23, a paragraph on Ukraine). Seven
texts are on the killing of Andriy Portnov on 21 May. Outlet rules that removed something: Fox's notice, sign-up,
promos and app link; all four of the Independent's; DW's video notice; the NYT's header and paywall notice;
Mainichi's header and footer; CBC's footer. Not used: Fox's "Fox News Flash" caption, DW's "Edited by:" credit and
Berlin Briefing promo (the DW promo here has a comma, "newsletter, Berlin Briefing", and is a per-text removal). New
outlets without outlet rules, cleaned by `REMOVALS` alone: BBC (footer, related-story links, a newsletter promo), Le
Monde (page header with the site's headline list, "Le Monde with AFP N min read", the French one-device notice and
footer). `SPLITS`: the 13 list items of TASS's "IN BRIEF" on Portnov (#34). Four TASS texts stay one paragraph (the
source gives no break); three NYT texts end where the paywall cut them (#31, on Portnov, has no paywall notice).
Left as in the source: typos ("atttack", "Emmanual", "crazy”following", "killed in in Zhytomyr", "were killed
Khmelnytskyi region", "confirm that that", "Maskym", "Berdyvhiv", "It's chief executive", "a blue sportswear",
"[Polish Prime Minister Donald ] Tusk"), the missing full stop in "assistance to Ukraine After a joint
investigation" (BBC), Le Monde's spliced sentence "Since US President Donald Trump returned to lift range limits on
arms delivered to Ukraine would be "dangerous", after Germany's announcement." (the Merz piece), TASS's cut-off
"when asked why President Donald Trump's administration." (Rubio), CBC's subheading "In a village engulfed in smoke
and rubble" run into the next sentence, the Independent live blog's "You can see a readout of this conversation
below." (the readout is not in the dump), its Dmytro Guzha excerpt and its repeated summaries, and the paragraph
break inside Medvedchuk's quotation that the page's double space gives (TASS 2025-05-26).
Listing checksum (`cd batch19 && sha256sum * | sha256sum`, CPython 3.11.7):
692f5de56d1674623b538b4b40fadb415ef1589c3d47aa6e88ea861e88129877 -- `CHECKSUM`, asserted before writing.

Usage: python3 build_batch19.py [--out DIR] [--mirror GITDIR] [--list | --scan]   (default /work/gathered/batch19)
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_batch18 as b18  # noqa: E402

OUT = Path("/work/gathered/batch19")
SEED = 2039
N = 30
RECORDS = 1392  # batch 18's records (rule 1) and candidates (rule 2), asserted
CANDIDATES = 92

# link -> reason: drawn, but replaced by the next draw (rule 4; a repeat's reason starts "duplicate")
REPLACED: dict[str, str] = {
    # draw #7
    "https://mainichi.jp/english/articles/20250521/p2g/00m/0in/027000c":
        "(a) Trump's 'Golden Dome' US missile defence plan (concept, cost, space-based interceptors, Chinese and "
        "Russian objections); Ukraine only as a recipient of Patriot batteries, the war not otherwise mentioned",
    # draw #13
    "https://www.bbc.com/news/articles/c79evj9ed9lo":
        "(a) the arson at properties linked to UK Prime Minister Starmer and the Kremlin's denial (the story of "
        "batch 18's replaced draw #14); Ukraine only as the suspects' nationality, the war mentioned only in the "
        "page's related-story links",
    # draw #18
    "https://www.bbc.com/news/articles/c30q5l8d4lro":
        "(a) young American men converting to the Russian Orthodox Church Outside Russia (masculinity, "
        "home-schooling, conservatism); the invasion of Ukraine only in passing (a convert's view of the media, "
        "Patriarch Kirill's backing of it)",
    # draw #19
    "https://tass.com/sports/1961407":
        "(a) a possible friendly football match between Madagascar and Russia; the war only as the ground of "
        "FIFA's and UEFA's bans on Russian teams",
    # draw #24
    "https://www.dw.com/en/finland-summons-russian-ambassador-over-alleged-air-breach/a-72672229"
    "?maca=en-rss-en-all-1573-rdf":
        "(a) Finland summons Russia's ambassador over an alleged airspace breach near Helsinki (Russian military "
        "activity on NATO's border); the invasion of Ukraine only as a time reference (Finland's NATO accession, "
        "the Baltic cable outages)",
    # draw #26
    "https://www.dw.com/en/third-trump-putin-call-paves-the-way-for-trade-not-sanctions/a-72610113"
    "?maca=en-rss-en-world-4025-rdf":
        "duplicate: the same DW page as draw #16 (the links differ only in the feed's ?maca= tracking query)",
    # draw #36
    "https://www.nytimes.com/2025/05/21/world/americas/russia-brazil-spies-deep-cover.html":
        "(a) Russian intelligence officers building deep-cover identities in Brazil; the text (cut by the paywall) "
        "does not mention the war, only the page's 'Russia-Ukraine War' section label",
}

# the links of every draw looked at, in draw order (listed after the first run, as a check)
DRAWN: list[str] | None = [
    "https://www.independent.co.uk/news/world/europe/ukraine-russia-war-map-live-trump-putin-drone"
    "-attack-b2757930.html",  # #1
    "https://www.jpost.com/diaspora/article-854828",  # #2
    "https://www.foxnews.com/politics/gop-lawmaker-blasts-dumb-trump-comment-zelenskyy-despite"
    "-perfect-crticism-putin",  # #3
    "https://www.nytimes.com/2025/05/24/world/europe/ukraine-hot-dogs.html",  # #4
    "https://www.cbc.ca/news/world/kyiv-deaths-russia-ukraine-war-largest-drone-attack-1.7543242"
    "?cmp=rss",  # #5
    "https://www.lemonde.fr/en/europe/article/2025/05/21/pro-russian-former-ukrainian-mp-shot-dead"
    "-near-madrid_6741496_143.html",  # #6
    "https://mainichi.jp/english/articles/20250521/p2g/00m/0in/027000c",  # #7
    "https://www.lemonde.fr/en/germany/article/2025/05/26/germany-s-merz-says-western-allies-no"
    "-longer-impose-range-limits-on-ukrainian-weapons_6741699_146.html",  # #8
    "https://www.foxnews.com/politics/trump-says-hes-not-happy-putin-after-massive-ukraine-strike",  # #9
    "https://tass.com/world/1961605",  # #10
    "https://www.bbc.com/news/articles/c17rrjdr79po",  # #11
    "https://www.independent.co.uk/news/keir-starmer-dmitry-peskov-prime-minister-russia-kremlin"
    "-b2757981.html",  # #12
    "https://www.bbc.com/news/articles/c79evj9ed9lo",  # #13
    "https://www.foxnews.com/world/russia-ukraine-swap-hundreds-prisoners-hours-after-moscow"
    "-launches-massive-aerial-assault",  # #14
    "https://mainichi.jp/english/articles/20250521/p2g/00m/0in/039000c",  # #15
    "https://www.dw.com/en/third-trump-putin-call-paves-the-way-for-trade-not-sanctions/a-72610113"
    "?maca=en-rss-en-all-1573-rdf",  # #16
    "https://tass.com/world/1961433",  # #17
    "https://www.bbc.com/news/articles/c30q5l8d4lro",  # #18
    "https://tass.com/sports/1961407",  # #19
    "https://tass.com/pressreview/1963285",  # #20
    "https://www.foxnews.com/politics/trump-talks-putin-spars-south-african-leader-threatens-eu"
    "-tariff-hike-18th-week-office",  # #21
    "https://www.independent.co.uk/news/world/europe/andriy-portnov-ukraine-shot-spain-b2755182.html",  # #22
    "https://www.cbc.ca/news/canada/calgary/calgary-g7-finance-ministers-meeting-banff-1.7539528"
    "?cmp=rss",  # #23
    "https://www.dw.com/en/finland-summons-russian-ambassador-over-alleged-air-breach/a-72672229"
    "?maca=en-rss-en-all-1573-rdf",  # #24
    "https://www.bbc.com/news/articles/cpd41g661epo",  # #25
    "https://www.dw.com/en/third-trump-putin-call-paves-the-way-for-trade-not-sanctions/a-72610113"
    "?maca=en-rss-en-world-4025-rdf",  # #26
    "https://www.nytimes.com/2025/05/26/us/politics/trump-russia-china.html",  # #27
    "https://tass.com/world/1961533",  # #28
    "https://www.dw.com/en/ukraine-and-russia-will-the-vatican-become-a-mediator/a-72643610?maca=en"
    "-rss-en-world-4025-rdf",  # #29
    "https://tass.com/politics/1963613",  # #30
    "https://www.nytimes.com/2025/05/21/world/europe/andriy-portnov-spain-ukrainian.html",  # #31
    "https://www.independent.co.uk/news/world/europe/russia-air-strike-ukraine-zelensky-b2757580.html",  # #32
    "https://www.bbc.com/news/articles/cx277jklkyzo",  # #33
    "https://tass.com/world/1961363",  # #34
    "https://tass.com/world/1961579",  # #35
    "https://www.nytimes.com/2025/05/21/world/americas/russia-brazil-spies-deep-cover.html",  # #36
    "https://www.nytimes.com/2025/05/26/world/europe/nato-summit-trump-ukraine.html",  # #37
]

CHECKSUM: str | None = "692f5de56d1674623b538b4b40fadb415ef1589c3d47aa6e88ea861e88129877"

# furniture that recurs in batch 19 (each listed below per text, with its count)
BBC_FOOTER = ("Copyright 2025 BBC. All rights reserved. The BBC is not responsible for the content of external sites. "
              "Read about our approach to external linking.")
FOX_GAGGLE = ("President Donald Trump criticized Russian President Vladimir Putin during a press gaggle on Sunday, saying "
              "he \"doesn't like\" Putin's recent actions.")  # Fox News' caption of the same video on three pages
# Le Monde's page header of 21 May: date line and the site's list of headlines
LEMONDE_HEADER_0521 = (
    "Wednesday, May 21, 2025 11:05 pm (Paris) Netanyahu says ready for Gaza 'temporary ceasefire' US accepts "
    "Boeing jet from Qatar for use as Air Force One Aron D'Souza, the tech entrepreneur who dreams of "
    "doping-fueled sports events In Israel, rhetoric dehumanizing Palestinians and calls for eradicating Gaza"
    " have become commonplace Five years after Brexit, UK and EU aim for a fresh start In Lithuania, the fear"
    " of war with Russia lurks just around the corner Unveiling Cartier's hidden treasures in Geneva France "
    "and Europe's economic appeal falters in the face of the US The Marseille police tried to set up a drug "
    "lord with 360 kilos of cocaine. The operation ended in total fiasco French left plans to create a "
    "'progressive international' to fight against the far right At the trial of child abuser Le Scouarnec, "
    "the last words from 'the apology machine' Justice minister sparks outrage with plan for high-security "
    "prison wing in French Guiana How does the conclave pick the new pope? World expos: From Paris 1855 to "
    "Osaka 2025, what purpose do they serve? How the Trump administration is attacking scientific research in"
    " the US Tesla cars set on fire in Las Vegas as calls to boycott Musk's company grow worldwide 'Even "
    "after Trump's concessions, US tariffs are at their highest since the 1930s' The Israeli government must "
    "no longer act with impunity Michel Winock, historian: 'Since World War II, France has lost its position "
    "as an exporter of political ideas' The new leader of the French conservatives will have to choose "
    "between an alliance with the center and the far right The first time Le Monde wrote Kim Kardashian 'The "
    "Art of the Deal' by Donald Trump, or the art of capitalizing on a bestseller Birthday bones and dog "
    "beer: France's growing pet party craze The final throes of São Paolo's Moinho favela Tatiana Trouvé's "
    "poetic workshop Seventeen French delights for Europe's Night of Museums Trendy tycoon Tyler Brûlé opens "
    "a café-bookshop in Paris Paris' Musée de l'Orangerie showcases the vast artistic potential of blurriness"
)
# Le Monde's page header of 26 May: date line and the site's list of headlines
LEMONDE_HEADER_0526 = (
    "Monday, May 26, 2025 6:17 pm (Paris) French President Macron denies being slapped by his wife in Vietnam"
    " In Vietnam, Macron aims to seize on ongoing reforms to boost French investments Ukraine's air defense "
    "is struggling to keep up with intensifying Russian strikes Palestinian pediatrician in Gaza loses nine "
    "of her 10 children when her home is bombed Five years after Brexit, UK and EU aim for a fresh start In "
    "Lithuania, the fear of war with Russia lurks just around the corner Unveiling Cartier's hidden treasures"
    " in Geneva France and Europe's economic appeal falters in the face of the US Macron says he and his wife"
    " were 'just joking,' denying a fight and blaming disinformation Russia takes over a second Orthodox "
    "church in Nice Former French PM faces backlash over proposal to ban headscarves for children Kim "
    "Kardashian robbery trial delivers measured verdict: 'You caused harm. You instilled fear. But the "
    "passage of time was taken into account' Glide bombs: Russia's secret to making cheap weapons How does "
    "the conclave pick the new pope? World expos: From Paris 1855 to Osaka 2025, what purpose do they serve? "
    "How the Trump administration is attacking scientific research in the US The deficit of France's social "
    "security is unsustainable 'For Europe to become the new leader of the free world, it must act with "
    "courage and conviction' The United States's alarming budgetary drift 'Donald Trump's Middle East tour "
    "confirms the erosion of American norms' The Syrian therapist who heals souls broken in Bashar al-Assad's"
    " prisons Warren Buffett in Le Monde: From prosaic investor to finance guru Life after being struck by "
    "lightning: 'I'm sharing my story so future survivors won't feel so alone' The first time Le Monde wrote "
    "Kim Kardashian Seven unmissable festivals in France this summer Tatiana Trouvé's poetic workshop "
    "Seventeen French delights for Europe's Night of Museums Trendy tycoon Tyler Brûlé opens a café-bookshop "
    "in Paris"
)
# Le Monde's agency credit, French one-device notice and footer, closing the page
LEMONDE_FOOTER = (
    "Le Monde with AFP Lecture du Monde en cours sur un autre appareil. Vous pouvez lire Le Monde sur un seul"
    " appareil à la fois Ce message s’affichera sur l’autre appareil. Parce qu’une autre personne (ou vous) "
    "est en train de lire Le Monde avec ce compte sur un autre appareil. Vous ne pouvez lire Le Monde que sur"
    " un seul appareil à la fois (ordinateur, téléphone ou tablette). Comment ne plus voir ce message ? En "
    "cliquant sur « Continuer à lire ici » et en vous assurant que vous êtes la seule personne à consulter Le"
    " Monde avec ce compte. Que se passera-t-il si vous continuez à lire ici ? Ce message s’affichera sur "
    "l’autre appareil. Ce dernier restera connecté avec ce compte. Y a-t-il d’autres limites ? Non. Vous "
    "pouvez vous connecter avec votre compte sur autant d’appareils que vous le souhaitez, mais en les "
    "utilisant à des moments différents. Vous ignorez qui est l’autre personne ? Nous vous conseillons de "
    "modifier votre mot de passe. Lecture restreinte Votre abonnement n’autorise pas la lecture de cet "
    "article Pour plus d’informations, merci de contacter notre service commercial. Subscription Le Monde in "
    "English Follow Le Monde"
)

# link -> [(furniture string, expected count)]: removed in that text only, after the outlet rules and in this order,
# each asserted to occur exactly so often (whitespace matched loosely); found by reading the drawn texts and with
# --scan
REMOVALS: dict[str, list[tuple[str, int]]] = {
    "https://www.independent.co.uk/news/world/europe/ukraine-russia-war-map-live-trump-putin-drone"
    "-attack-b2757930.html": [
        ("Foreign News Reporter Tom Watling reports:", 1),  # byline of an embedded video report
        ("The prime minister’s activities on the world stage have made him of great interest to Moscow, says Katia "
         "Glod, who shows how Russian media activity about him soars every time he sticks his head above the "
         "parapet", 1),  # related-story promo
    ],
    "https://www.jpost.com/diaspora/article-854828": [
        ("The aftermath of the Russian attack on the Poltava State Institute of Communications. (credit: "
         "Courtesy)", 1),  # photo caption
        ("This reporting was supported by the International Women’s Media Foundation’s Women on the Ground: "
         "Reporting from Ukraine’s Unseen Frontlines Initiative in partnership with the Howard G. Buffett "
         "Foundation.", 1),  # funding note
        ("Evelina Riabenko contributed reporting.", 1),  # contributor credit
    ],
    "https://www.foxnews.com/politics/gop-lawmaker-blasts-dumb-trump-comment-zelenskyy-despite"
    "-perfect-crticism-putin": [
        (FOX_GAGGLE, 1),  # video caption
        ("TRUMP SAYS HE'S ‘NOT HAPPY’ WITH PUTIN AFTER MASSIVE UKRAINE STRIKE", 1),  # related link
        ("Rep. Don Bacon, R-Neb., left, and President Donald Trump. (Andrew Harnik/Getty Images | Chris "
         "Kleponis/CNP/Bloomberg via Getty Images)", 1),  # photo caption
        ("RUSSIA, UKRAINE SWAP HUNDREDS OF PRISONERS HOURS AFTER MOSCOW LAUNCHES MASSIVE AERIAL ASSAULT",
         1),  # related link
        ("REPUBLICAN USES GEORGE WASHINGTON, AMERICAN REVOLUTION TO REJECT NOTION UKRAINE SHOULD SURRENDER TO "
         "RUSSIA", 1),  # related link
        ("Fox News' Jennifer Griffin contributed to this report", 1),  # contributor credit
        ("Alex Nitzberg is a writer for Fox News Digital.", 1),  # author note
    ],
    "https://www.nytimes.com/2025/05/24/world/europe/ukraine-hot-dogs.html": [
        ("Ukraine Dispatch", 1),  # rubric label
        ("By Kim Barker Reporting from Kyiv, Ukraine", 1),  # byline
    ],
    "https://www.cbc.ca/news/world/kyiv-deaths-russia-ukraine-war-largest-drone-attack-1.7543242"
    "?cmp=rss": [
        ("Russia unleashes massive wave of aerial attacks across Ukraine", 1),  # video title
        ("Russia's deadly air attack the largest of war so far, Ukraine says", 1),  # related link
    ],
    "https://www.lemonde.fr/en/europe/article/2025/05/21/pro-russian-former-ukrainian-mp-shot-dead"
    "-near-madrid_6741496_143.html": [
        (LEMONDE_HEADER_0521, 1),
        ("Le Monde with AFP 1 min read", 1),  # agency credit and reading time
        (LEMONDE_FOOTER, 1),
    ],
    "https://www.lemonde.fr/en/germany/article/2025/05/26/germany-s-merz-says-western-allies-no"
    "-longer-impose-range-limits-on-ukrainian-weapons_6741699_146.html": [
        (LEMONDE_HEADER_0526, 1),
        ("Le Monde with AFP 2 min read", 1),  # agency credit and reading time
        (LEMONDE_FOOTER, 1),
    ],
    "https://www.foxnews.com/politics/trump-says-hes-not-happy-putin-after-massive-ukraine-strike": [
        (FOX_GAGGLE, 1),  # video caption
        ("FEDERAL JUDGE BLOCKS TRUMP ADMINISTRATION FROM TERMINATING INTERNATIONAL STUDENTS' LEGAL STATUS",
         1),  # related link
        ("President Donald Trump speaks to journalists before boarding Air Force One from Morristown Municipal "
         "Airport in Morristown, New Jersey, May 25, 2025. (SAUL LOEB/AFP via Getty Images)", 1),  # photo caption
        ("TRUMP ADMINISTRATION BEGINS NEW WAVE OF INTERNATIONAL STUDENT VISA REVOCATIONS: ‘NO ONE HAS A RIGHT TO "
         "A VISA'", 1),  # related link
        ("President Donald Trump walks to speak to journalists before boarding Air Force One from Morristown "
         "Municipal Airport in Morristown, New Jersey, May 25, 2025. (SAUL LOEB/AFP via Getty Images)",
         1),  # photo caption
        ("President Donald Trump steps off Marine One in Morristown Municipal Airport in Morristown, New Jersey, "
         "May 25, 2025. (SAUL LOEB/AFP via Getty Images)", 1),  # photo caption
        ("Reuters and Fox News Digital's Brooke Curto and Kyle Schmidbauer contributed to this report.",
         1),  # contributor credit
        ("Andrea Margolis is a writer for Fox News Digital and Fox Business. Readers can follow her on X at "
         "@andreamargs or send story tips to andrea.margolis@fox.com.", 1),  # author note
    ],
    "https://www.bbc.com/news/articles/c17rrjdr79po": [
        ("Sign up for our Tech Decoded newsletter to follow the world's top tech stories and trends. Outside the "
         "UK? Sign up here.", 1),  # newsletter promo
        ("The council's education IT network was hit by a suspected ransomware attack two weeks ago. Andriy "
         "Portnov, 51, had just dropped his children off when he was attacked. The National Crime Agency tells "
         "the BBC how it is trying to find the culprits of the M&S and Co-op hacks. Customers have been unable "
         "to order online for almost a month due to the cyber-attack. Online orders paused, some customer data "
         "stolen - here's what we know about the chaos at M&S.", 1),  # related-story links
        (BBC_FOOTER, 1),
    ],
    "https://www.independent.co.uk/news/keir-starmer-dmitry-peskov-prime-minister-russia-kremlin"
    "-b2757981.html": [
        ("___ Joanna Kozlowska contributed to this report.", 1),  # contributor credit
    ],
    "https://www.foxnews.com/world/russia-ukraine-swap-hundreds-prisoners-hours-after-moscow"
    "-launches-massive-aerial-assault": [
        (FOX_GAGGLE, 1),  # video caption
        ("RUSSIA LAUNCHES LARGEST AERIAL ATTACK OF UKRAINE WAR, KILLING AT LEAST 12", 1),  # related link
        ("A Ukrainian serviceman Vitaly, hugs his wife Olena, after returning from captivity during a POWs "
         "exchange between Russia and Ukraine, in Chernyhiv region, Ukraine, Sunday, May 25, 2025. (AP "
         "Photo/Efrem Lukatsky)", 1),  # photo caption
        ("MAJOR RUSSIA-UKRAINE PRISONER SWAP IS UNDERWAY, OFFICIAL SAYS", 1),  # related link
        ("Relatives show photos of missing soldiers to POWs who came back from Russian captivity during an "
         "exchange of prisoners between Russia and Ukraine, in Chernyhiv region, Ukraine, Sunday, May 25, 2025. "
         "(AP Photo/Efrem Lukatsky)", 1),  # photo caption
        ("RUSSIA BOMBARDS UKRAINE WITH DRONES HOURS AFTER TRUMP ANNOUNCES TALKS WITH PUTIN", 1),  # related link
        ("In this pool photograph distributed by the Russian state agency Sputnik, Russia's President Vladimir "
         "Putin chairs a Security Council meeting via videoconference at the Kremlin in Moscow on March 28, 2025. "
         "(SERGEI ILYIN/POOL/AFP via Getty Images)", 1),  # photo caption
        ("Fox News Digital’s Andrea Margolis and The Associated Press contributed to this report.",
         1),  # contributor credit
        ("Bradford Betz is a Fox News Digital breaking reporter covering crime, political issues, and much more.",
         1),  # author note
    ],
    "https://www.dw.com/en/third-trump-putin-call-paves-the-way-for-trade-not-sanctions/a-72610113"
    "?maca=en-rss-en-all-1573-rdf": [
        ("This article was originally published in German.", 1),  # publication note
    ],
    "https://tass.com/pressreview/1963285": [
        ("TASS is not responsible for the material quoted in these press reviews", 1),  # disclaimer
    ],
    "https://www.foxnews.com/politics/trump-talks-putin-spars-south-african-leader-threatens-eu-tariff"
    "-hike-18th-week-office": [
        ("President Donald Trump and South African President Cyril Ramaphosa hold a meeting at the White House.",
         1),  # video caption
        ("TRUMP TO MEET LEADER OF ‘OUT OF CONTROL' SOUTH AFRICA AT WHITE HOUSE", 1),  # related link
        ("President Donald Trump, right, and Cyril Ramaphosa, South Africa's president, meet in the Oval Office of "
         "the White House in Washington, D.C., on May 21. (Jim Lo Scalzo/EPA/Bloomberg via Getty Images)",
         1),  # photo caption
        ("TRUMP SAYS HE COULD ‘WALK AWAY’ FROM RUSSIA-UKRAINE TALKS, CITES ‘TREMENDOUS HATRED’ ON BOTH SIDES",
         1),  # related link
        ("President Donald Trump, left, and Russian President Vladimir Putin spoke over the phone on Monday to "
         "advance peace negotiations ending the war between Moscow and Kyiv. (Contributor/Getty Images; Bonnie "
         "Cash/UPI/Bloomberg via Getty Images; Fox News Digital)", 1),  # photo caption
        ("WHITE HOUSE DECRIES ‘EVILS OF ANTISEMITISM,’ VOWS JUSTICE AFTER FATAL SHOOTING OF ISRAELI EMBASSY "
         "STAFFERS", 1),  # related link
        ("Yaron Lischinsky and Sarah Lynn Milgrim, who were shot and killed as they left an event at the Capital "
         "Jewish Museum, pose for a picture at an unknown location in this handout image released by the Embassy "
         "of Israel to the U.S. (Embassy of Israel to the USA via X/Handout via Reuters)", 1),  # photo caption
        ("TRUMP SIGNALS CHINA ‘VERY MUCH’ INTERESTED IN SECURING TRADE DEAL AHEAD OF SWITZERLAND NEGOTIATIONS",
         1),  # related link
        # photo caption repeating a paragraph of the body (which is kept, after the app promo)
        ("Treasury Secretary Scott Bessent later said in an interview with Fox News he hoped the warning would "
         "\"light a fire under the EU\" and signaled Trump’s threats stemmed from frustration negotiating with "
         "European countries on trade deals. (Mandel Ngan/AFP via Getty Images)", 1),
        ("Fox News Digital's Greg Norman contributed to this report.", 1),  # contributor credit
        ("Diana Stancy is a politics reporter with Fox News Digital covering the White House.", 1),  # author note
    ],
    "https://www.cbc.ca/news/canada/calgary/calgary-g7-finance-ministers-meeting-banff-1.7539528"
    "?cmp=rss": [
        ("With files from Reuters", 1),  # contributor credit
    ],
    "https://www.bbc.com/news/articles/cpd41g661epo": [
        ("Additional reporting by Hanna Chornous.", 1),  # contributor credit
        ("Putin’s spokesman Dmitry Peskov said there was \"emotional overload at this important moment\" after "
         "Trump's comments. At least 13 people were killed the the latest Russian aerial attack across Ukraine "
         "Play for Ukraine in Reading hopes to provide a vehicle loaded with essential items for Ukraine. On "
         "Ukraine peace talks, the Kremlin has played for time through deflections and side-steps, writes the "
         "BBC's Steve Rosenberg. Volunteer Chris Garrett, 40, died in an incident in Izyum, in the east of the "
         "country, on 6 May.", 1),  # related-story links
        (BBC_FOOTER, 1),
    ],
    "https://www.nytimes.com/2025/05/26/us/politics/trump-russia-china.html": [
        ("news analysis", 1),  # rubric label
        ("By Edward Wong Edward Wong covers U.S. foreign policy and is the author of a new book on China. He "
         "reported this article from Washington and from a trip in the Western Hemisphere with Secretary of State "
         "Marco Rubio.", 1),  # byline
    ],
    "https://www.dw.com/en/ukraine-and-russia-will-the-vatican-become-a-mediator/a-72643610"
    "?maca=en-rss-en-world-4025-rdf": [
        ("This article was originally written in German.", 1),  # publication note
        # newsletter promo (batch 18's outlet rule has no comma after "newsletter")
        ("While you're here: Every Tuesday, DW editors round up what is happening in German politics and society. "
         "You can sign up here for the weekly email newsletter, Berlin Briefing.", 1),
    ],
    "https://www.nytimes.com/2025/05/21/world/europe/andriy-portnov-spain-ukrainian.html": [
        ("By Maria Varenikova and José Bautista Reporting from Kyiv, Ukraine", 1),  # byline
        ("Maria Varenikova covers Ukraine and its war with Russia.", 1),  # author note
        ("Advertisement", 1),  # advertising label closing the page (no paywall notice here)
    ],
    "https://www.bbc.com/news/articles/cx277jklkyzo": [
        (BBC_FOOTER, 1),
    ],
    "https://www.nytimes.com/2025/05/26/world/europe/nato-summit-trump-ukraine.html": [
        ("By Steven Erlanger Steven Erlanger has covered NATO for many years. He reported from Tallinn, Estonia, "
         "and Berlin.", 1),  # byline
    ],
}

# link -> [(regular expression, expected count)]: a paragraph break at each match (TASS summary list items only,
# batch 18's expression)
SPLITS: dict[str, list[tuple[str, int]]] = {
    # the TASS "IN BRIEF" summary's list items ("... about the incident. - Portnov was shot dead ...")
    "https://tass.com/world/1961363": [(r"(?<=\.) (?=- [A-Z])", 13)],
}


def pool(cands: list[dict]) -> list[dict]:
    """Rule 2: batch 18's candidates without the links batch 18 looked at and without their pages."""
    assert b18.DRAWN is not None
    seen = set(b18.DRAWN)
    pages = {b18.page(link) for link in seen}
    assert seen <= {r["link"] for r in cands}, "a batch 18 draw is not a candidate"
    out = [r for r in cands if r["link"] not in seen and b18.page(r["link"]) not in pages]
    assert out == sorted(out, key=lambda r: r["link"])
    return out


def select(records: list[dict], verbose: bool = False) -> tuple[list[tuple[int, dict]], set[str]]:
    """Rules 1-4: (draw number, record) of the texts in draw order, and batch 18's file names."""
    cands = b18.candidates(records)
    assert (len(records), len(cands)) == (RECORDS, CANDIDATES), (len(records), len(cands))
    names18 = {b18.file_name(r) for _, r in b18.select(records)}  # asserts batch 18's DRAWN
    remaining = pool(cands)
    if verbose:
        print(f"{len(records)} records (rule 1), {len(cands)} candidates (rule 2), {len(remaining)} in the pool")
    chosen = b18.pick(remaining, SEED, N, REPLACED, DRAWN, verbose)
    names = [b18.file_name(r) for _, r in chosen]
    assert len(set(names)) == len(names), "file names not unique"
    assert not set(names) & names18, f"file names of batch 18 again: {set(names) & names18}"
    return chosen, names18


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--mirror", type=Path, default=b18.MIRROR)
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--list", action="store_true", help="print counts, the draw order and the table only")
    mode.add_argument("--scan", action="store_true", help="print the places of the cleaned texts that may be furniture")
    args = ap.parse_args()
    records = b18.load(args.mirror)
    chosen, _ = select(records, verbose=not args.scan)
    if args.scan:
        b18.scan(chosen, REMOVALS, SPLITS)
        return 0
    for i, r in sorted(chosen, key=lambda ir: b18.file_name(ir[1])):
        print(f"| `{b18.file_name(r)}` | {r['source']} | {b18.date(r)} | draw #{i} | {r['file']} | {r['link']} |")
    hits = b18.rule_hits([r for _, r in chosen])
    print("outlet rules that remove something in batch 19:",
          ", ".join(f"{o}[{i}] x{n}" for (o, i), n in hits.items() if n) or "none")
    if args.list:
        return 0
    files = b18.build(chosen, REMOVALS, SPLITS, n=N, rules_must_hit=False)
    b18.write_checked(files, args.out, CHECKSUM)
    return 0


if __name__ == "__main__":
    sys.exit(main())
