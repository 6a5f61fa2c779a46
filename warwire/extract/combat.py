"""Ground combat: fighting, assaults and clashes on named directions or near named places."""
from __future__ import annotations

import re

from warwire.extract.context import SentenceInfo
from warwire.extract.draft import Draft
from warwire.extract.lexicon import lexicon
from warwire.extract.placenames import PlaceHit, place_hit

_FIGHTING = re.compile(
    r"\b(?:fighting|fights?|clash(?:es|ed)?|battles?|battling|combat\s+engagements?|assaults?|stormed|storm|"
    r"offensive\s+(?:actions|operations)|attempt(?:ed|s)?\s+to\s+(?:advance|storm|break\s+through)|"
    r"repelled|repulsed|counter-?attacks?|counteroffensive|advance[sd]?|advancing|encircle\w*|besieged|"
    r"street\s+fighting|ground\s+attacks?|attacks?\s+by\s+the\s+invaders|attacked\s+(?:on|near|in)\s+the|"
    r"attacking\s+(?:near|around|in|on)|"
    r"carried\s+out\s+(?:\w+\s+){0,2}(?:attacks|assaults))\b",
    re.I,
)
_DIRECTION_LIST = re.compile(
    r"(?:on|in|along)\s+the\s+(?P<names>(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?\s+(?:and\s+)?)+)"
    r"(?:directions?|sectors?|axis|axes|fronts?)\b"
)
_NOT_NOW = re.compile(r"\b(?:will|would|could|might|may|plans?\s+to|expected\s+to|no\s+longer|since\s+the|"
                      r"(?:did\s+not|didn't|does\s+not|has\s+not)\s+(?:launch|conduct|attack|carry|storm|attempt)|"
                      r"no\s+(?:attacks|assaults|fighting|combat|offensive))\b", re.I)
_SIDE_FORCES = re.compile(r"\b(?P<side>Russian|Ukrainian|Russia's|Ukraine's)\s+(?:\w+\s+)?(?:forces|troops|army|invaders|"
                          r"units|soldiers|military|assault\s+groups?)\b", re.I)


def read_ground_combat(info: SentenceInfo) -> list[Draft]:
    """One ground-combat draft per direction or front-line place named with fighting."""
    text = info.text
    m = _FIGHTING.search(text)
    if not m or _NOT_NOW.search(text):
        return []
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
        settlements = [p for p in info.places if p.level == "settlement" and p.cued]
        if 0 < len(settlements) <= 2:
            names = [(p.name, p) for p in settlements[:1]]
    if not names:
        return []
    side = _attacking_side(text)
    out = []
    for _, hit in names:
        date, precision = info.date_near(m.start())
        out.append(Draft("ground_combat", info, date=date, date_precision=precision, actor=side,
                         target="Ukraine" if side == "Russia" else "Russia", location=hit,
                         claimed_by=info.claimant))
    return out


def _attacking_side(text: str) -> str:
    forces = _SIDE_FORCES.search(text)
    if forces:
        return "Russia" if forces.group("side").lower().startswith("russia") else "Ukraine"
    if re.search(r"\b(?:invaders|occupiers|enemy|aggressor)\b", text, re.I):
        return "Russia"
    for h in lexicon().find_actors(text):
        if h.actor in ("Russia", "Ukraine"):
            return h.actor
    if re.search(r"\binvaders|occupiers|enemy\b", text, re.I):
        return "Russia"
    return "Russia"
