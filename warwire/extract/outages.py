"""Infrastructure outages: power, heating, water and communications cut, with how many were affected."""
from __future__ import annotations

import re

from warwire.extract.context import OCCUPIED, SentenceInfo
from warwire.extract.draft import Draft

# What else a list of needs goes without: "trapped without food, water, heat or electricity" is one outage, of
# power, as "without electricity and heat" is.
_NEEDS = r"(?:(?:food|water|heat|heating|gas|medicine|electricity|power)\s*(?:,|\s+or|\s+and)\s*(?:or\s+|and\s+)?){0,4}"
_ITEMS: list[tuple[str, re.Pattern[str]]] = [
    ("power", re.compile(
        r"\b(?:power\s+(?:cuts?|outages?|shortages?|supply\s+(?:was\s+)?(?:cut|disrupted|restored))|blackouts?|"
        rf"(?:without|no|cut\s+off\s+from|lost)\s+(?:a\s+|any\s+|their\s+|its\s+)?{_NEEDS}(?:power|electricity|light)|de-?energi[sz]ed|"
        r"cut(?:ting|s)?\s+(?:off\s+)?(?:the\s+)?(?:power|electricity)|knock(?:ed|ing|s)?\s+out\s+(?:the\s+)?(?:power|electricity)|electricity\s+(?:cuts?|outages?|shortages?)|"
        r"(?:emergency|rolling|scheduled)\s+(?:power\s+)?(?:shutdowns?|outages?|cuts?)|"
        # "severed the last outside power supply to the Zaporizhzhia plant"
        r"sever(?:ed|ing|s)?\s+(?:the\s+)?(?:last\s+)?(?:[\w-]+\s+)?(?:power\s+(?:supply|lines?)|electricity\s+supply)|"
        r"outages?)\b", re.I)),
    ("heating", re.compile(
        r"\b(?:(?<!and\s)(?:without|no|cut\s+off\s+from|lost)\s+(?:a\s+|any\s+|their\s+|its\s+)?heat(?:ing)?|"
        r"heating\s+(?:outages?|cuts?|supply)|"
        r"heat\s+supply|district\s+heating)\b", re.I)),
    ("water", re.compile(
        r"\b(?:(?:without|no|cut\s+off\s+from|lost)\s+(?:a\s+|any\s+|their\s+|its\s+)?(?:running\s+)?water|"
        r"water\s+(?:supply|outages?|cuts?)"
        r"\s*(?:was\s+|were\s+)?(?:cut|disrupted|interrupted|suspended)?)\b", re.I)),
    ("communications", re.compile(
        r"\b(?:(?:without|no|lost)\s+(?:mobile\s+|internet\s+)?(?:communications?|connection|internet|phone\s+service)|"
        r"(?:internet|mobile|communications?)\s+(?:outages?|blackouts?|was\s+cut|were\s+cut|disrupted))\b", re.I)),
]
# "Running water and electricity were disrupted": each utility named is cut.
_DISRUPTED = re.compile(
    r"\b(?P<items>(?:running\s+)?(?:water|electricity|power|heating|heat|gas|internet)(?:\s*(?:,|and)\s*(?:running\s+)?"
    r"(?:water|electricity|power|heating|heat|gas|internet))*)\s+(?:supplies?\s+|supply\s+)?(?:was|were|has\s+been|have\s+been|"
    r"had\s+been)\s+(?:\w+\s+)?(?:disrupted|cut|interrupted|knocked\s+out|lost|suspended|damaged)\b",
    re.I,
)
# "knocked out electricity and water", "cutting power and heating"
_CUT_OFF = re.compile(
    r"\b(?:knock\w*\s+out|cut(?:s|ting)?(?:\s+off)?|disrupt\w*|interrupt\w*)\s+(?P<items>(?:the\s+)?"
    r"(?:power|electricity|water|heating|heat|gas|internet)(?:\s*(?:,|and)\s*(?:power|electricity|water|heating|heat|"
    r"gas|internet))*)\b",
    re.I,
)
_UTILITY = {"water": "water", "electricity": "power", "power": "power", "heating": "heating", "heat": "heating",
            "internet": "communications"}
_AFFECTED = re.compile(
    r"^\s+(?:\w+\s+){0,2}?(?:people|customers|consumers|households|homes|subscribers|residents|families|users|"
    r"apartments|buildings)\b",
    re.I,
)
# "killing at least seven people": victims, not customers cut off.
_CASUALTY_NEAR = re.compile(r"\b(?:kill\w*|wound\w*|injur\w*|dead|died|hurt)\b", re.I)
_NOT_NOW = re.compile(r"\b(?:could|might|may|would|warn\w*|risk|threat\w*|fear\w*|prepare\w*|brac\w*|weather|storms?|"
                      r"snowfall|icing|blizzard|heatwave)\b", re.I)
# "a weekend without scheduled blackouts", "no power cuts were reported": outages that did not happen.
_SPARED = re.compile(r"\b(?:without|no|avoided|avoid)\s+(?:any\s+|further\s+|scheduled\s+|rolling\s+|major\s+)*"
                     r"(?:blackouts?|outages?|power\s+cuts?|shutdowns?)\b", re.I)
_PLANT_AFTER = re.compile(r"\s+(?:NPP|TPP|HPP|CHP|(?:nuclear\s+|thermal\s+|hydroelectric\s+)?(?:power\s+)?(?:plant|station))\b", re.I)
_POWER_CONTEXT = re.compile(r"\b(?:power|electricity|energy|grid|heat|heating|water)\b", re.I)


def read_outages(info: SentenceInfo, russian_held: bool = False) -> list[Draft]:
    """One outage draft per item cut and place named."""
    text = info.text
    if _NOT_NOW.search(text) or _SPARED.search(text):
        return []
    items = []
    for item, pattern in _ITEMS:
        m = pattern.search(text)
        if m and (item != "power" or m.group(0).lower().startswith(("outage",)) is False or _POWER_CONTEXT.search(text)):
            items.append((item, m.start()))
    for m in list(_DISRUPTED.finditer(text)) + list(_CUT_OFF.finditer(text)):
        for word in re.findall(r"water|electricity|power|heating|heat|internet", m.group("items"), re.I):
            item = _UTILITY[word.lower()]
            if all(i != item for i, _ in items):
                items.append((item, m.start()))
    if not items:
        return []
    affected = None
    for q in info.quantities:
        if _AFFECTED.match(text[q.end:]) and not _CASUALTY_NEAR.search(text[max(0, q.start - 25): q.end + 40]):
            affected = q
            break
    places = [p for p in info.places if p.level in ("admin1", "settlement", "region") and not p.relative
              and (p.cued or _PLANT_AFTER.match(text, p.end))]  # "the Zaporizhzhia NPP was completely de-energized"
    if affected is None and not places and not info.explicit_date():
        return []  # "life cannot exist without electricity": no place, no figure, no time, no event
    target = "Russia" if russian_held or any(p.country == "RU" for p in places) else "Ukraine"
    if OCCUPIED.search(text):
        target = "Russia"
    drafts = []
    for n, (item, pos) in enumerate(items):
        date, precision = info.date_near(pos)
        for place in places or [None]:  # type: ignore[list-item]
            d = Draft("infrastructure_outage", info, date=date, date_precision=precision, target=target,
                      item=item, location=place, claimed_by=info.claimant)
            if affected is not None and n == 0 and (place is None or len(places) == 1):
                d.add_count("affected", affected)
            drafts.append(d)
    return drafts
