"""Ground combat: fighting, assaults and clashes on named directions or near named places."""
from __future__ import annotations

import re

from warwire.extract.context import SentenceInfo, other_side, side_named
from warwire.extract.draft import Draft
from warwire.extract.lexicon import lexicon
from warwire.extract.numbers import Quantity
from warwire.extract.placenames import PlaceHit, place_hit
from warwire.extract.strikes import Casualty, is_total

_FIGHTING = re.compile(
    r"\b(?:fighting|fights?|clash(?:es|ed)?|battles?|battling|combat\s+engagements?|assaults?|stormed|storming|storm|"
    r"offensive\s+(?:actions|operations)|(?:conducted|launched|mounted)\s+(?:\w+\s+)?offensives|(?:attempt(?:ed|s|ing)?|trying|tried|tries)\s+to\s+(?:advance|storm|break\s+through|capture|seize|encircle|surround)|"
    r"repelled|repulsed|counter-?attack(?:s|ed|ing)?|counteroffensive|advance[sd]?|advancing|encircle\w*|besieged|"
    r"street\s+fighting|ground\s+attacks?|(?:eliminat|destroy|wip)\w*\s+(?:out\s+)?(?:a|an|the|\w+)\s+(?:\w+\s+)?(?:assault|sabotage)\s+groups?|attacks?\s+by\s+the\s+invaders|attacked\s+(?:on|near|in)\s+the|"
    r"attacking\s+(?:near|around|in|on)|"
    r"carried\s+out\s+(?:\w+\s+){0,2}(?:attacks|assaults)|"
    r"(?:launched|unleashed|began|started|mounted|opened)\s+(?:a|an|its|their)\s+(?:(?:new|fresh|major|renewed|large-scale|"
    r"spring|summer|winter|autumn)\s+)*offensive|(?:forces|troops|units|soldiers)\s+(?:have\s+|had\s+)?entered|"
    r"made\s+(?:\w+\s+){0,2}gains|(?:Russian|Ukrainian)\s+progress|"
    r"(?:continu\w+|their|its|ongoing)\s+siege\s+of|siege\s+of\s+[A-Z]\w+\s+continues)\b",
    re.I,
)
_DIRECTION_LIST = re.compile(
    r"(?:[Oo]n|[Ii]n|[Aa]long)\s+the\s+(?P<names>(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?\s+(?:and\s+)?)+)"
    r"(?:directions?|sectors?|axis|axes|fronts?)\b"
)
_NOT_NOW = re.compile(r"\b(?:will|would|could|might|may|plans?\s+to|expected\s+to|no\s+longer|since\s+the|"
                      r"(?:did\s+not|didn't|does\s+not|do\s+not|don't|has\s+not|have\s+not)\s+(?:launch|conduct|undertake|attack|carry|storm|"
                      r"attempt|made|make)|fears?|feared|fearing|scenarios?|"
                      r"no\s+(?:attacks|assaults|fighting|combat|offensive))\b", re.I)
# "three weeks ago, there were more assaults on the Bakhmut front than in Avdiivka": fronts compared, no fighting told
_COMPARED = re.compile(r"\b(?:more|fewer|less)\s+(?:\w+\s+){0,2}?(?:assaults?|attacks|fighting|battles|clashes)\b[^.;]{0,80}?\bthan\b",
                       re.I)
# "Bradley fighting vehicle", "a fighting force", "battle cry": the words, not fighting.
_NOT_FIGHTING = re.compile(r"assault\s+(?:helicopters?|rifles?|ships?|boats?|craft|vehicles?|groups?|units?|brigades?|"
                           r"detachments?|teams?)\b|"
                           r"(?:fighting|battle)\s+(?:vehicles?|force|season|spirit|chance|cry|cries|tanks?|group|"
                           r"against\s+(?:corruption|poverty|disinformation))\b|fight(?:s|ing)?\s+(?:against|for)\s+"
                           r"(?:corruption|democracy|freedom|justice|rights|survival|the\s+regime)\b|fighting\s+with\s+the\s+regime\b", re.I)
# Fighting as the time or the setting of something else: "captured during the fighting in Ukraine", "areas of
# intense fighting", "ammunition during the bloody battle of Bakhmut".
# "during the fighting", "areas of fighting", "Mariupol, scene of the war's heaviest fighting": the fighting as a frame
# or a place's description, not fighting told
_FRAME = re.compile(r"\b(?:during|areas\s+of|scenes?\s+of)\s+(?:the\s+|a\s+|some\s+of\s+the\s+)?(?:[\w'’-]+\s+){0,3}$", re.I)
# "an immediate pause in fighting", "a 30-day halt to the fighting", "to stop the fighting": fighting to be ended, a
# truce's subject, not fighting told
_TRUCE_OF = re.compile(r"\b(?:paus\w*|halt\w*|end(?:s|ed|ing)?|stop(?:s|ped|ping)?|freez\w*|cessation|lull|truce)\s+"
                       r"(?:(?:in|to|of)\s+)?(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
# "along the eastern front in Donetsk and Zaporizhzhia": provinces a front runs through, not the two cities.
_FRONT_IN = re.compile(r"\b(?:front|front\s*line|frontline)s?\s+in\s+(?:the\s+)?(?:[\w-]+\s+and\s+)?$", re.I)
# "the besieged city toward Manhush": an adjective for a city not named here.
_BESIEGED_NOUN = re.compile(r"besieged\s+(?:\w+\s+)?(?:city|town|port|plant|enclave)\b(?!\s+of\b)", re.I)
_STRONG = re.compile(r"fighting|clash|combat|assault|counter|street|ground|repelled|repulsed|encircl|besieged|storm|"
                     r"launched|unleashed|began|started|mounted|opened|forces|troops|units|soldiers|made|Russian|Ukrainian",
                     re.I)
# "Battles rage in nearby Kostyantynivka": battles told as going on are fighting, whoever is named
_RAGING = re.compile(r"battles?\s+(?:rag\w+|continu\w+|(?:are|is)\s+(?:still\s+)?(?:under\s?way|going\s+on))", re.I)
_MILITARY = re.compile(r"\b(?:forces|troops|army|armies|soldiers|units|brigades?|battalions?|regiments?|fighters|"
                       r"invaders|occupiers|enemy|defenders|defen[cs]es|positions|front(?:\s*line)?s?|frontline|"
                       r"directions?|axis|offensive|counteroffensive|assaults?|artillery|tanks|infantry|marines|"
                       r"paratroopers|mercenaries|Wagner|militar\w+)\b", re.I)
_SIDE_FORCES = re.compile(r"\b(?P<side>Russian|Ukrainian|Russia['’]s|Ukraine['’]s)\s+(?:\w+\s+)?(?:forces|troops|army|invaders|"
                          r"units|soldiers|military|assault\s+groups?)\b", re.I)


# Russia's Defence Ministry's daily report: "Battlegroup West units gained better lines and positions and inflicted
# losses on formations of two mechanized brigades ... in areas near the settlements of Kupyansk, Glushchenkovo ... in
# the Kharkov Region and Kirovsk in the Donetsk People's Republic": fighting in each region the villages lie in.
_LOSSES_NEAR = re.compile(r"\binflicted\s+losses\s+on\b[^.;]*?\bin\s+(?:the\s+)?areas?\s+(?:near|of)\s+(?:the\s+)?"
                          r"(?:settlements?|villages?|towns?|communities)\s+of\s+(?P<list>[^.;]+)", re.I)
_UNIT_OF_LIST = re.compile(r"\bin\s+the\s+(?P<unit>[A-Z][\w'’-]+\s+(?:Region|Oblast|People['’]s\s+Republic))")


def _losses_by_region(info: SentenceInfo) -> list[Draft]:
    """One ground-combat draft per region a report's "inflicted losses ... in areas near the settlements of" names."""
    m = _LOSSES_NEAR.search(info.text)
    if m is None:
        return []
    regions: dict[str, PlaceHit] = {}
    for u in _UNIT_OF_LIST.finditer(info.text, m.start("list"), m.end("list")):
        hit = place_hit(u.group("unit"), u.start("unit"))
        if hit is not None and hit.level == "admin1":
            regions.setdefault(hit.name, hit)
    # the side inflicting the losses is the subject ("Battlegroup West units"), not the brigades it hit
    subject = [h.actor for h in lexicon().find_actors(info.text[: m.start()]) if h.actor in ("Russia", "Ukraine")]
    side = subject[0] if subject else _side_at(info.text, m)
    date, precision = info.date_near(m.start())
    return [Draft("ground_combat", info, date=date, date_precision=precision, actor=side, target=other_side(side),
                  location=hit, claimed_by=info.claimant) for hit in regions.values()]


def read_ground_combat(info: SentenceInfo) -> list[Draft]:
    """One ground-combat draft per direction or front-line place named with fighting."""
    text = info.text
    by_region = _losses_by_region(info)
    if by_region:
        return by_region
    m = _FIGHTING.search(text)
    while m and (_NOT_FIGHTING.match(text, m.start()) or _FRAME.search(text, max(0, m.start() - 40), m.start())
                 or _TRUCE_OF.search(text, max(0, m.start() - 30), m.start())
                 or _BESIEGED_NOUN.match(text, m.start())):
        m = _FIGHTING.search(text, m.end())
    if not m or _NOT_NOW.search(text) or _COMPARED.search(text) or is_total(text):
        return []  # "30-40 assault actions are recorded per day": a rate, not a day's fighting
    if re.search(r"\b(?:drones?|missiles?|air\s+attacks?|airstrikes?)\b", text, re.I) and not re.search(
        r"\b(?:assaults?|clash|fighting|battles?)\b", text, re.I
    ):
        return []
    names: list[tuple[str, PlaceHit]] = []
    for dm in _DIRECTION_LIST.finditer(text):
        for part in re.split(r",\s*|\s+and\s+", dm.group("names").strip(" ,")):
            part = re.sub(r"^and\s+", "", part.strip())
            if not part or part == "and":
                continue
            hit = next((p for p in info.places if p.mention.startswith(part) or part.startswith(p.mention)), None)
            if hit is None:
                hit = place_hit(part, dm.start("names") + dm.group("names").find(part))
            if hit is not None:
                names.append((hit.name, hit))
    if not names:
        names = [(hit.name, hit) for hit in _colon_list(text, m) or _named_list(text, m)]
    if not names:
        if not (_STRONG.match(m.group(0)) or _RAGING.match(text, m.start())) and not _MILITARY.search(text):
            return []  # "the fight against corruption", "a battle cry", "fighting jihadists in Mali"
        # A place the fighting is told at: in the war's land, and close to the fighting word.
        # "trying to capture the city of Bakhmut": an attempt is told at its object, not at a place named before it
        attempt = re.match(r"attempt|tr(?:y|ie)", m.group(0), re.I) is not None
        settlements = [p for p in info.places if p.level == "settlement" and p.country in ("UA", "RU", None)
                       and min(abs(p.start - m.end()), abs(m.start() - p.end)) <= 90
                       and not (attempt and p.start < m.end())
                       and not _FRONT_IN.search(text[max(0, p.start - 25): p.start])]
        names = [(p.name, p) for p in _listed(text, settlements)]
    if not names:
        return []
    side = _repelled_side(text, m) or _side_at(text, m)
    out = []
    for _, hit in names:
        date, precision = info.date_near(m.start())
        out.append(Draft("ground_combat", info, date=date, date_precision=precision, actor=side,
                         target=other_side(side), location=hit,
                         claimed_by=info.claimant))
    return out


# "fighting similar battles in other towns: Novokalynove, Lastochkyne, Pervomaiske and Avdiivka"
_COLON_LIST = re.compile(r"\b(?:towns?|villages?|settlements?|places|areas|city|cities)\s*:\s*(?P<names>[A-Z][^;.]{2,200})")


def _colon_list(text: str, m: re.Match[str]) -> list[PlaceHit]:
    """The settlements a colon lists after the fighting word."""
    listed = _COLON_LIST.search(text, m.end())
    return _towns(listed) if listed else []


def _towns(listed: re.Match[str]) -> list[PlaceHit]:
    """The towns of the war a match's `names` lists, each found in the gazetteer whether or not a word marks it."""
    hits = []
    for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", listed.group("names")):
        name = part.strip()
        hit = place_hit(name, listed.start("names") + listed.group("names").find(name)) if name else None
        if hit is not None and hit.level == "settlement" and hit.country in ("UA", "RU", None):
            hits.append(hit)
    return hits


# "Battles rage in nearby Kostyantynivka, Chasiv Yar and Pokrovsk": the towns the fighting word is told at, listed.
_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
_NAMED_LIST = re.compile(rf"\s+(?:\w+\s+){{0,2}}?(?:in|near|around|outside|for)\s+(?:nearby\s+|the\s+(?:towns?|villages?|cities)\s+of\s+)?"
                         rf"(?P<names>{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME})\b")


def _named_list(text: str, m: re.Match[str]) -> list[PlaceHit]:
    """The towns a list right after the fighting word names."""
    listed = _NAMED_LIST.match(text, m.end())
    if listed is None or not _SYMMETRIC.match(m.group(0)):
        return []  # a daily report's "offensive actions near Bohdanivka and Ivanivske" names villages on a front
    return _towns(listed)


def _listed(text: str, places: list[PlaceHit]) -> list[PlaceHit]:
    """The first place, and those listed with it ("around Lysychansk and Severodonetsk": both)."""
    ordered = sorted(places, key=lambda p: p.start)
    while ordered and not (ordered[0].cued or ordered[0].relative):
        ordered.pop(0)  # a list starts at a place introduced as one ("around Lysychansk and ...", "west of Orikhiv")
    if not ordered:
        return []
    out = [ordered[0]]
    for p in ordered[1:]:
        # "around Lysychansk and Severodonetsk", "near Bakhmut itself and around Vuhledar"
        if not re.fullmatch(r"[\s,;:]*(?:itself\s+)?(?:and\s+|or\s+)?(?:also\s+)?(?:(?:near|around|in|outside|at)\s+)?",
                            text[out[-1].end:p.start]):
            break
        out.append(p)
    return out if len(out) > 1 or len([p for p in places if p.cued]) <= 2 else []


# Fighting told with no direction: either side's forces may be named near it, defending ("a Ukrainian soldier
# walks past ... the bloodiest fighting"); the war's fighting is Russia's offensive unless a side is its subject.
_SYMMETRIC = re.compile(r"fighting|fights?|clash|battl|combat|street", re.I)


def _side_at(text: str, m: re.Match[str]) -> str:
    """Who attacks: the side whose forces stand right before the fighting word ("Russia's fifth army is ...
    advancing", "a Ukrainian counter-attack"), else, for fighting without a direction, Russia."""
    near = [f for f in _SIDE_FORCES.finditer(text, max(0, m.start() - 80), m.start())
            if not re.search(r"[;:]|\b(?:said|says|where|while|as|and)\b", text[f.end(): m.start()])]
    if near:
        forces = side_named(near[-1].group("side"))
        # "Ukraine's defence forces keep holding their lines in heavy fighting": the defenders, not the attackers
        return other_side(forces) if _HOLDING.search(text, near[-1].end(), m.start()) else forces
    side = re.search(r"\b(?P<side>Russian|Ukrainian)\s+$", text[max(0, m.start() - 12): m.start()])
    if side:  # "a successful Ukrainian counter-attack"
        return side_named(side.group("side"))
    if _SYMMETRIC.match(m.group(0)):
        # the side whose forces push ("Ukrainian forces trying to hold off Russian troops advancing"), else Russia:
        # not the side of "a Ukrainian soldier walks past" the fighting
        pushing = [f for f in _SIDE_FORCES.finditer(text) if _PUSHING.match(text, f.end())]
        return side_named(pushing[0].group("side")) if pushing else "Russia"
    return _attacking_side(text)


_HOLDING = re.compile(r"\b(?:hold\w*|held|defend\w*|keep\w*\s+(?:\w+\s+)?lines?)\b", re.I)


# "repelled numerous Russian attacks", "repulsed 45 enemy assaults": whose attacks were beaten off.
_ATTACKS_OF = re.compile(r"\s+(?:\w+\s+){0,2}?(?P<side>Russian|Ukrainian|Russia['’]s|Ukraine['’]s|enemy|the\s+invaders['’])\s+"
                         r"(?:\w+\s+)?(?:attacks?|assaults?|offensives?|attempts?|advances?|storming)\b", re.I)
_REPELLER = re.compile(r"(?:\b(?P<side>Russian|Ukrainian|Russia['’]s|Ukraine['’]s)\s+(?:[\w-]+\s+){0,2}?(?:forces|troops|army|units|"
                       r"soldiers|military|defenders|defen[cs]e\s+forces|armed\s+forces)|"
                       r"\b(?:forces|troops|army|units|defenders)\s+of\s+(?P<of>Ukraine|Russia))\b[^.;]*$", re.I)


def _repelled_side(text: str, m: re.Match[str]) -> str | None:
    """Who attacked, when the fighting word is a repulse: the side whose attacks were repelled, else the side
    opposite the repelling forces ("Ukrainian defenders repelled 55 attacks": Russia attacked)."""
    if not re.match(r"repelled|repulsed", m.group(0), re.I):
        return None
    whose = _ATTACKS_OF.match(text, m.end())
    if whose:
        word = whose.group("side").lower()
        return "Russia" if word.startswith(("russia", "enemy", "the")) else "Ukraine"
    repeller = _REPELLER.search(text, max(0, m.start() - 80), m.start())
    if repeller:
        return other_side(side_named(repeller.group("side") or repeller.group("of")))
    # forces named further back ("Russian invaders ... repulsed"): the side beside the word repelled the other
    return other_side(_side_at(text, m)) if _SIDE_FORCES.search(text[: m.start()]) else None


_PUSHING = re.compile(r"\s+(?!(?:\w+\s+)?(?:repel|repuls|thwart|fend|fought\s+off|held\s+off|hold\w*\s+off|beat\s+(?:off|back)|"
                      r"stopp|halt))(?:\w+\s+){0,3}?(?:advanc|attack|assault|storm|push|press|counter|launch|captur|seiz|recaptur|"
                      r"liberat|broke|break)", re.I)


def _attacking_side(text: str) -> str:
    # the side named first as acting: "the occupiers continued their assault on Bakhmut, which is held by Ukrainian
    # forces" is Russia's, the forces holding the city being the defenders
    forces = next((f for f in _SIDE_FORCES.finditer(text)
                   if not re.search(r"\b(?:held|defended|manned)\s+by\s+$", text[max(0, f.start() - 20): f.start()])), None)
    invaders = re.search(r"\b(?:invaders|occupiers|enemy|aggressor)\b", text, re.I)
    if invaders and (forces is None or invaders.start() < forces.start()):
        return "Russia"
    if forces:
        return side_named(forces.group("side"))
    for h in lexicon().find_actors(text):
        if h.actor in ("Russia", "Ukraine") and not h.possessive:  # "Ukraine's strongholds": the defender's
            return h.actor
    if re.search(r"\binvaders|occupiers|enemy\b", text, re.I):
        return "Russia"
    return "Russia"


# "Ukrainian border guards killed at least 15 members of a Wagner assault unit", "Ukraine's defence forces killed 540
# Russian soldiers": one side's forces killing the other's fighters is a loss of the fighting, not a strike's toll.
_KILLER = re.compile(r"\b(?P<side>Russian|Ukrainian|Russia['’]s|Ukraine['’]s)\s+(?:[\w-]+\s+){0,2}?(?:forces|troops|army|units|"
                     r"soldiers|defenders|guards|fighters|military|marines|paratroopers|brigades?)|"
                     r"\b(?P<defenders>defenders)\b|\b(?P<occupiers>occupiers|invaders)\b|"
                     r"\b(?P<forces>(?:Armed|Defen[cs]e)\s+Forces)\b", re.I)
_KILLED_FIGHTERS = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:soldiers|troops|servicemen|invaders|occupiers|mercenaries|fighters|"
                              r"militants|paratroopers|marines|military\s+personnel|personnel|members\s+of\s+(?:an?\s+|the\s+)?"
                              r"(?:[\w-]+\s+){0,3}?(?:unit|group|brigade|battalion|company|squad|detachment))\b", re.I)


def read_kills(info: SentenceInfo, found: list[Casualty]) -> tuple[list[Draft], list[Casualty]]:
    """Fighters one side's forces killed, as a ground-combat draft at the place named (or none); returns the
    casualties that are no such losses."""
    text = info.text
    out: list[Draft] = []
    rest = []
    taken: list[Casualty] = []
    for c in found:
        side = _killer_of(text, c) if c.key == "killed" else None
        if side is None:
            if not any(c is t for t in taken):
                rest.append(c)
            continue
        places = [p for p in info.places if p.level in ("settlement", "admin1") and not p.relative and p.start > c.quantity.end]
        date, precision = info.date_near(c.quantity.start)
        d = Draft("ground_combat", info, date=date, date_precision=precision, actor=side, target=other_side(side),
                  location=places[0] if places else None, claimed_by=info.claimant)
        d.add_count("killed", c.quantity)
        out.append(d)
        # "15 occupiers were killed and 65 were wounded": the wounded of the same losses
        wounded = next((w for w in found if w.key == "injured" and w.quantity.start > c.quantity.end
                        and _SAME_LOSSES.fullmatch(text, c.quantity.end, w.quantity.start)), None)
        if wounded is not None:
            d.add_count("injured", wounded.quantity)
            taken.append(wounded)
    return out, rest


def _killer_of(text: str, c: Casualty) -> str | None:
    """The side whose forces killed the fighters a killed-figure counts, or None when it counts no such loss."""
    before = text[max(0, c.quantity.start - 90): c.quantity.start]
    verb = re.search(r"\b(?:killed|eliminated)\s+(?:\w+\s+){0,2}?$", before, re.I)
    if verb is not None:  # "Ukrainian border guards killed at least 15 members of a Wagner assault unit"
        killer = [k for k in _KILLER.finditer(before, 0, verb.start()) if not k.group("forces")]
        if not killer or not _KILLED_FIGHTERS.match(text, c.quantity.end) \
                or re.search(r"[;:]|\b(?:said|says|and|while)\b", before[killer[-1].end(): verb.start()]):
            return None
        k = killer[-1]
        return "Ukraine" if k.group("defenders") else "Russia" if k.group("occupiers") else side_named(k.group("side"))
    # "As a result of the Armed Forces' strikes, 15 occupiers were killed": the fighters killed told first, their
    # killers elsewhere in the sentence
    victims = _FIGHTERS_KILLED.match(text, c.quantity.end)
    if victims is None:
        return None
    fallen = "Ukraine" if victims.group("ukrainian") else "Russia"
    for k in _KILLER.finditer(text):
        if c.quantity.start <= k.start() < victims.end():
            continue
        side = other_side(fallen) if k.group("forces") else "Ukraine" if k.group("defenders") else \
            "Russia" if k.group("occupiers") else side_named(k.group("side"))
        if side != fallen:
            return side
    return None


_FIGHTERS_KILLED = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:occupiers|invaders|enemy\s+soldiers|Russian\s+(?:soldiers|troops|"
                              r"servicemen|military\s+personnel)|(?P<ukrainian>Ukrainian)\s+(?:soldiers|troops|servicemen))\s+"
                              r"(?:were|have\s+been|had\s+been)\s+(?:killed|eliminated)\b", re.I)
_SAME_LOSSES = re.compile(r"[^.;]{0,40}?(?:,|\band\b)\s*(?:[^.;]{0,20}?)$", re.I)


# The General Staff's table of Russian losses, the day's figure in brackets: "approximately 183,750 (+620) military
# personnel". The day's toll of the fighting, told by the side that inflicted it.
_LOSSES_ROW = re.compile(r"\b\d[\d,]*\s*\(\+\s?(?P<delta>\d[\d,]*)\)\s*(?:military\s+)?personnel(?![a-z])", re.I)
_FALLEN_RUSSIANS = re.compile(r"\b(?:Russian|Russia['’]s|occupiers|enemy|invaders)\b", re.I)


def read_daily_losses(info: SentenceInfo) -> list[Draft]:
    """The day's Russian losses of a losses table, as a ground-combat draft with `killed`."""
    m = _LOSSES_ROW.search(info.text)
    if m is None or not _FALLEN_RUSSIANS.search(info.text):
        return []
    value = int(m.group("delta").replace(",", ""))
    if value == 0:
        return []
    d = Draft("ground_combat", info, date=info.default_date, date_precision="day" if info.default_date else "unknown",
              actor="Ukraine", target="Russia", claimed_by=info.claimant)
    d.add_count("killed", Quantity(value, None, m.start("delta"), m.end("delta"), m.group("delta")))
    return [d]
