"""Place names in a sentence: candidate phrases checked against the gazetteer.

The extractor only needs to know *where* a sentence puts its event; coordinates and
disambiguation come later, in `warwire.resolve.places.locate_events`.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

from warwire.models import Location
from warwire.resolve.dates_patterns import MONTH_FULL, WEEKDAY

_REGION_WORD = r"(?:region|regions|oblast|oblasts|province|provinces|krai|kray|republic|district|area|peninsula)"
# "Rostov-on-Don", "Frankfurt am Main"; "Kotliary on Thursday" is a name and a day
_NAME = rf"[A-Z][\w-]*(?:['’](?!s\b)[\w-]+)?(?:[- ](?:on|upon|de|la|am)[- ](?!(?:{WEEKDAY}|{MONTH_FULL})\b)[A-Z][\w-]*)?"
# "the southern city of Kherson", "the village of Rozdolne", "the Kherson region", "Kherson and Mykolaiv regions"
# A run of capitalised words; what stands before it ("city of") and after it ("region") is read separately,
# which keeps this scan linear in the sentence.
_RUN = re.compile(rf"(?<![\w'’-])(?P<name>{_NAME}(?:\s+{_NAME}){{0,3}})")
_CUE_BEFORE = re.compile(r"(?:city|town|village|settlement|port|capital|region|province|oblast|district)\s+of\s+$")
# "the Yunakivka hromada", "the Nikopol community": a name told as a municipality is a place, however small.
_UNIT_AFTER = re.compile(r"\s+(?:hromadas?|communit(?:y|ies)|municipalit(?:y|ies)|village\s+councils?)\b")
_REGION_AFTER = re.compile(rf"^\s+(?:border\s+)?{_REGION_WORD}\b")
_LIST_OF_REGIONS = re.compile(
    rf"(?P<names>(?:{_NAME},\s+)*{_NAME},?\s+and\s+{_NAME})\s+(?:border\s+)?{_REGION_WORD}s?\b"
)
# "the border regions of Bryansk, Kursk and Belgorod": each name a region.
_REGIONS_OF_LIST = re.compile(
    rf"\b(?:regions|oblasts|provinces|region|oblast|province)\s+of\s+(?P<names>(?:{_NAME},\s+)*{_NAME},?\s+and\s+{_NAME})\b"
)
_PREPOSITION_BEFORE = re.compile(r"(?:\b(?:in|near|on|over|at|outside|around|across|into|to|of|from|towards?|hit|struck|"
                                 r"targeted|targeting|attacked|pounded|shelled|including|storm(?:ed|ing)?|captur(?:e|ed|ing)|"
                                 r"seiz(?:e|ed|ing)|encircl(?:e|ed|ing)|surround(?:ed|ing)?|liberat(?:e|ed|ing)|recaptur(?:e|ed|ing))"
                                 r"\s+(?:the\s+)?(?:(?:Ukraine|Russia)['’]s\s+)?"
                                 r"(?:\w+ern\s+|central\s+|front-?line\s+|capital\s+|port\s+|nearby\s+)?)$", re.IGNORECASE)
_NOT_PLACES = frozenset(
    """Russian Ukrainian Russia's Ukraine's American British European Soviet Western NATO The A An In On At But
    And Air Moscow's Kyiv's Kiev's President Prime Minister General Governor Mayor Sunday Monday Tuesday Wednesday
    Thursday Friday Saturday January February March April May June July August September October November
    December Christmas Easter Mr Mrs Ms He She They It We I Officials Authorities""".split()
)


@dataclass(frozen=True)
class PlaceHit:
    """A place named in a sentence."""

    name: str          # normalised name (gazetteer name when known)
    mention: str       # as written
    start: int         # offsets into the sentence
    end: int
    level: str         # settlement, admin1, region, country
    country: str | None
    cued: bool         # introduced as a place ("in", "city of", "region"), not merely a capitalised word
    relative: bool = False  # a reference point ("north of Kyiv"), not where something happened


@cache
def _gazetteer() -> Any:
    try:
        from warwire.resolve.places import Gazetteer
    except ImportError:
        return None
    return Gazetteer.default()


@lru_cache(maxsize=65536)
def _resolve(mention: str) -> Any:
    gaz = _gazetteer()
    if gaz is None:
        return None
    try:
        return gaz.resolve(mention)
    except Exception:  # a gazetteer bug must not cost the sentence its events
        return None


def _respelled(name: str) -> Any:
    """A Ukrainian village told as one, under a spelling that swaps i and y ("Kotliary" for Kotliari, "Miropillia"
    for Myropillia): the one spelling that names a Ukrainian settlement, or None."""
    variants = {name.replace("y", "i")}
    variants |= {name[:i] + ("i" if c == "y" else "y") + name[i + 1:] for i, c in enumerate(name) if c in "iy" and i}
    # spellings of other languages: "Oleksijevo" (j for i), "Scherbaky" (German sch for shch)
    variants |= {name.replace("j", "i"), name.replace("j", "y"), re.sub(r"^Sch", "Shch", name).replace("sch", "shch")}
    # Russian forms of Ukrainian names: "Umanskoye" for Umanske, "Novoye" for Nove, "Andreyevka" for Andriivka
    variants |= {re.sub(r"(?:sk)?oye$", lambda m: "ske" if m.group(0) == "skoye" else "e", name),
                 re.sub(r"(?:yev|ev|ov)ka$", "ivka", name)}
    found = [loc for v in sorted(variants - {name}) if (loc := _resolve(v)) is not None
             and getattr(loc, "country", None) == "UA" and getattr(loc, "precision", None) in ("settlement", "raion")]
    if len({f.name for f in found}) == 1:
        return found[0]
    if found:
        return None
    # "the city of Sevirodontsk": a town of some size a machine translation misspelled, named as the gazetteer spells
    # it (a slip is no spelling to keep)
    gaz = _gazetteer()
    near = gaz.near_spelling(name) if gaz is not None else None
    return near.to_location(near.name) if near is not None else None


_RUSSIAN_DISTRICT = re.compile(r"[a-z](?:sky|skiy|tsky|zky)$")  # Russian romanisation; Ukrainian districts end in "-skyi"
_REGION_NAMED = re.compile(r"\b([A-Z][\w'’-]+)\s+(?:Oblast|region|province)\b")


def _community_in_region(name: str, text: str) -> Any:
    """The settlement a community is named after, in the oblast the sentence names: hromadas go by an adjective of
    their centre ("Semeniv" for Semenivka, "Krasnopil" for Krasnopillia), which the gazetteer alone resolves to a
    namesake elsewhere. None when the sentence names no oblast or the choice is not one place."""
    gaz = _gazetteer()
    regions = {getattr(r, "name", None) for m in _REGION_NAMED.finditer(text) if (r := _resolve(m.group(1) + " Oblast"))}
    if gaz is None or not regions:
        return None
    stems = {name, name + "ka", name + "ia", name + "lia", name.replace("y", "i"), name.replace("i", "y")}
    try:
        found = {p.name: p for v in sorted(stems) for p in gaz.lookup(v)
                 if getattr(p, "country", None) == "UA" and getattr(p, "precision", None) == "settlement"
                 and getattr(p, "admin1", None) in regions}
    except Exception:  # a gazetteer bug must not cost the sentence its places
        return None
    return next(iter(found.values())) if len(found) == 1 else None


@lru_cache(maxsize=65536)
def _population(mention: str) -> int:
    gaz = _gazetteer()
    try:
        places = gaz.lookup(mention) if gaz is not None else []
    except Exception:
        return 0
    return max((getattr(p, "population", 0) or 0 for p in places), default=0)


def is_large_city(name: str) -> bool:
    """Whether a place is a city of districts (400,000 people or more: Kyiv, Kharkiv, Odesa, Zaporizhzhia...)."""
    return _population(name) >= 400_000


# A bare capitalised word that a gazetteer knows is a place only when it is a town people have heard of;
# small villages share their names with surnames and common words ("Sadovyi", "Mayor").
_NOTABLE = 50_000
# "Kyiv Post", "Lviv Mayor Andriy Sadoviy", "Kharkiv Regional Prosecutor's Office": a place inside a name or title.
_INSIDE_NAME = re.compile(r"^\s+(?:Regional|City|Oblast|State|Military|Post|Independent|Times|River|river|Reservoir|"
                          r"reservoir|Dam|dam|"
                          r"Prosecutor|Administration|Council|Court|University|Airport|Region's|Oblast's)\b")


# A city that speaks or owns forces is its government ("Moscow claims", "Kyiv's forces"), not a place.
_SPEAKS = re.compile(r"(?:\s+(?:(?:has|have|had|is|was|will)\s+(?:\w+ly\s+)?)?(?:claims?|claimed|says|said|insists?|insisted|"
                     r"denies|denied|accuses|accused|wants|wanted|demands?|demanded|warned|warns|responded|announced|"
                     r"vowed|vows|refused|rejected|agreed|fighting|seeking|sought|pushing|hoping|planning|insisting|"
                     r"renewed|resumed|launched|stepped\s+up|intensified)\b|"
                     r"['’]s\s+(?:forces|troops|army|military|claims?|position|demands?|officials|government|(?:defen[cs]e\s+|foreign\s+)?"
                     r"ministry|envoys?|ambassadors?|allies|leaders?|president|spokes\w+)\b)")


_LEVEL = {"settlement": "settlement", "raion": "settlement", "admin1": "admin1", "region": "region",
          "country": "country"}


def find_places(text: str) -> list[PlaceHit]:
    """Known places named in `text`, in order, without overlaps."""
    hits: list[PlaceHit] = []
    taken: list[tuple[int, int]] = []
    for m in (*_LIST_OF_REGIONS.finditer(text), *_REGIONS_OF_LIST.finditer(text)):
        for nm in re.finditer(_NAME, m.group("names")):
            if nm.group(0) in ("and",):
                continue
            loc = _resolve(nm.group(0) + " region")
            if loc is not None:
                s = m.start("names") + nm.start()
                hits.append(_hit(loc, nm.group(0) + " region", s, s + len(nm.group(0)), True))
        taken.append((m.start(), m.end()))
    for m in _RUN.finditer(text):
        if any(a <= m.start("name") < b for a, b in taken):
            continue
        hit = _best_hit(text, m)
        if hit is not None:
            hits.append(hit)
            taken.append((hit.start, hit.end))
    for m in _CAPITAL.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        named = m.group("named")
        if named and (_resolve(named) is not None or _another_capital(text[m.start(): m.start("named")], named)):
            continue  # "the capital, Kyiv": the name itself is read as a place; "the capital, Tbilisi": another capital
        russian = (m.group("which") or "").lower().startswith("russia") or (
            not m.group("which") and _RUSSIAN_CAPITAL.search(text) and not re.search(r"\bKyiv\b", text))
        loc = _resolve("Moscow" if russian else "Kyiv")
        if loc is not None:
            end = m.start() + len(re.match(r"the\s+(?:\w+'?s?\s+)?capital", m.group(0)).group(0))  # type: ignore[union-attr]
            hits.append(_hit(loc, text[m.start(): end], m.start(), end, True))
    hits.sort(key=lambda h: h.start)
    return _directions_are_relative(text, _qualifiers_are_relative(text, _ranges_are_relative(text, hits)))


# "On the Horlivka front, one person was killed in the Chasiv Yar hromada": a front names a sector of the line,
# not where a shell fell; the fighting readers take directions by their own pattern.
_DIRECTION_AFTER = re.compile(r"(?:(?:\s*,\s*|,?\s+and\s+)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)*\s+"
                              r"(?:front|direction|axis|sector)s?\b")


def _directions_are_relative(text: str, hits: list[PlaceHit]) -> list[PlaceHit]:
    return [replace(h, cued=False, relative=True) if _DIRECTION_AFTER.match(text, h.end) else h for h in hits]


# "in regions spanning from Volyn, Rivne, Lviv in the west to the Dnipropetrovsk region": a sweep, no one place.
_RANGE = re.compile(r"\bfrom\s+(?:the\s+)?(?:[A-Z][^;.]{0,80}?)\s+to\s+(?:the\s+)?(?:\w+\s+){0,2}[A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+)*"
                    r"(?:\s+(?:regions?|oblasts?))?")


def _qualifiers_are_relative(text: str, hits: list[PlaceHit]) -> list[PlaceHit]:
    """"Rylsk in the Kursk region", "Kupiansk, Kharkiv Oblast": the region only says where the town is."""
    out = list(hits)
    places = [i for i, h in enumerate(out) if h.level != "country"]  # "Hroza in Ukraine's Kharkiv region"
    for i, j in itertools.pairwise(places):
        a, b = out[i], out[j]
        if a.level == "settlement" and b.level == "admin1" and re.fullmatch(
                r"(?:\s+(?:hromada|community|district|raion))?(?:\s*\[[^\]]{0,120}\]|\s*\([^)]{0,120}\))?"
                r"\s*(?:,|in|of)\s+(?:the\s+)?(?:(?:Ukraine|Russia)['’]s\s+)?(?:\w+ern\s+)?", text[a.end: b.start]) \
                and _can_be_in(a.name, b.name):
            out[j] = replace(b, cued=False, relative=True)
    return out


def _ranges_are_relative(text: str, hits: list[PlaceHit]) -> list[PlaceHit]:
    spans = [(m.start(), m.end()) for m in _RANGE.finditer(text)]
    if not spans:
        return hits
    return [replace(h, cued=False, relative=True) if any(a <= h.start < b for a, b in spans) else h for h in hits]


_CALENDAR = re.compile(rf"{WEEKDAY}|{MONTH_FULL}")  # "the capital, Sunday's attack": a day, not another capital
# "the capital" in war reporting is Kyiv unless the text says it is Russia's.
_CAPITAL = re.compile(r"\bthe\s+(?P<which>Ukrainian\s+|Russian\s+|Russia's\s+|Ukraine's\s+)?capital\b"
                      r"(?:\s*,?\s*(?P<named>[A-Z][\w-]+)\b(?![’']s))?")
_RUSSIAN_CAPITAL = re.compile(r"\bMoscow\b|\bSobyanin\b|\bRussian\s+capital\b|\bRussia's\s+capital\b")


def _another_capital(before: str, named: str) -> bool:
    """"the capital, Tbilisi": a name set off by a comma that is no place we know, country or day names another
    capital."""
    return before.rstrip().endswith(",") and named not in _NOT_PLACES and named not in _COUNTRIES_OWNING \
        and not _CALENDAR.match(named)


def region_of(name: str) -> str | None:
    """The admin1 region the gazetteer puts a settlement in ("Odesa" -> "Odesa Oblast")."""
    loc = _resolve(name)
    return getattr(loc, "admin1", None) if loc is not None else None


def _can_be_in(name: str, admin1: str) -> bool:
    """Whether some place of this name lies in `admin1` (there are Hrozas in more than one oblast)."""
    gaz = _gazetteer()
    if gaz is None:
        return False
    try:
        loc = gaz.resolve(name, admin1_hint=admin1)
    except Exception:  # a gazetteer bug must not cost the sentence its events
        return False
    return getattr(loc, "admin1", None) == admin1


def place_hit(name: str, start: int = 0, settlement: bool = False) -> PlaceHit | None:
    """A place hit for a name the text itself marks as a place (a front direction, a claimed village); with
    `settlement`, marked as a settlement, another spelling of a Ukrainian village is looked for too ("Scherbaky")."""
    loc = _resolve(name) or (_respelled(name) if settlement else None)
    return _hit(loc, name, start, start + len(name), True) if loc is not None else None


_GOVERNMENT_AFTER = re.compile(r"\s+(?:regime|junta|leadership|Operational[-\s]Strategic\s+Group)\b", re.I)
_OF_FORCES = re.compile(r"\s+of\s+(?:Forces|Troops)\b")


def _best_hit(text: str, m: re.Match[str]) -> PlaceHit | None:
    words = m.group("name").split()
    if all(w.isupper() and len(w) > 2 for w in words):
        return None  # "KYIV, Nov 17 (Reuters)": a dateline or a headline in capitals, not the event's place
    if _GOVERNMENT_AFTER.match(text, m.end()) or (m.group("name").endswith(" Group") and _OF_FORCES.match(text, m.end())):
        return None  # "the Kyiv regime", "the Kherson Group of Forces": a government or a command, not a place
    # "A Kyiv apartment block", "The Kherson region": leading capitalised function words are not the name.
    skipped = 0
    while words and words[0] in _NOT_PLACES and len(words) > 1:
        skipped += len(words[0]) + 1
        words = words[1:]
    if words and words[-1].lower() in ("river", "reservoir", "lake", "canal", "dam"):
        return None  # "across the Dnipro River": a river is a boundary, not where an event happened
    after = _REGION_AFTER.match(text[m.end(): m.end() + 30])
    region = after.group(0) if after else ""
    # "In Lviv Oblast, ...": the leading "In" skipped above is the preposition before the name
    before = text[max(0, m.start() - 40): m.start() + skipped]
    cue = _CUE_BEFORE.search(before)
    cued = bool(cue or region or _PREPOSITION_BEFORE.search(before) or _UNIT_AFTER.match(text, m.end())
                or re.search(r"\b(?:city|town|village|settlement|hub|port|capital),?\s+$", before))
    # Try the longest phrase first, then shorter ones from the left ("Kherson Mykolaiv" -> "Kherson").
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[:n])
        if phrase in _NOT_PLACES or (n == 1 and words[0] in _NOT_PLACES):
            continue
        with_region = n == len(words) and region
        mention = phrase + region if with_region else phrase
        loc = None
        if cue and re.match(r"(?:region|province|oblast)\s+of", cue.group(0)):
            loc = _resolve(phrase + " region")  # "the central region of Vinnytsia" is the oblast
        if loc is None and n == len(words) and _UNIT_AFTER.match(text, m.end()):
            loc = _community_in_region(phrase, text)  # "the Semeniv hromada ... in Chernihiv Oblast": Semenivka there
        loc = loc or _resolve(mention)
        if loc is None and with_region:
            loc = _resolve(phrase)
        if loc is None and with_region and _RUSSIAN_DISTRICT.search(phrase) and re.match(r"\s+(?:district|raion)", region) \
                and not re.search(r"\b(?:city|town)['’]s\s+(?:\w+\s+)?$", text[max(0, m.start() - 30): m.start("name") + skipped]):
            # "The Valuisky district was attacked": a Russian district named by its adjective, which the gazetteer
            # lacks; told as the text names it (not "the city's southern Krasnoarmeysky district": a part of a city)
            loc = Location(name=f"{phrase} district", mention=mention, precision="raion", country="RU")
        if loc is None and re.search(r"-\d+$", phrase) and n == 1:
            loc = _resolve(phrase.rsplit("-", 1)[0])  # "the Engels-2 air base" is at Engels
        if loc is None and n == len(words) and (_UNIT_AFTER.match(text, m.end()) or (
                cue and re.match(r"(?:city|town|village|settlement)\s+of", cue.group(0)))):
            loc = _respelled(phrase)  # "the village of Kotliary", "the Miropillia hromada"
            if loc is None and cue and re.match(r"(?:town|village|settlement)\s+of", cue.group(0)):
                # "In the village of Nezhegol": a village the text names as one, though the gazetteer lacks it
                loc = Location(name=phrase, mention=phrase, precision="settlement")
        if loc is not None:
            start = m.start("name") + skipped
            end = start + len(mention)
            if _INSIDE_NAME.match(text[end:]) and not with_region:
                return None
            if re.search(r"\bthe\s+$", text[max(0, start - 4): start]) and not region \
                    and getattr(loc, "precision", None) == "settlement" and _resolve(phrase + " River") is not None:
                return None  # "crossed the Dnieper": the river, not the city of Dnipro
            if _SPEAKS.match(text[end:]) and getattr(loc, "precision", None) == "settlement" and _population(mention) > 1_000_000:
                return None  # "as Moscow claims gains", "Kyiv says": a capital standing for its government
            if re.search(r"\bbank\s+of\s+(?:the\s+)?$", text[max(0, start - 20): start]):
                return None  # "the left bank of the Dnipro": a river
            if _in_another_unit(loc, text, end):
                return None  # "the Dniprovskyi district of the Kherson region": a city's district, not Dnipro Raion
            owner = re.search(r"(?P<owner>[A-Z][\w-]+)['’]s\s+(?:\w+\s+)?$", text[max(0, start - 30): start])
            if owner and owner.group("owner") not in _COUNTRIES_OWNING:
                return None  # "Kyiv's northern Obolon district": a part of the place just named
            if re.search(r"\bfrom\s+(?:(?!(?:was|were|been|is|are)\b)\w+\s+){0,2}?(?:ships?|warships?|vessels?|boats?|"
                         r"submarines?|aircraft|planes?|bombers?|jets?|launchers?|positions?|bases?|airfields?|territory)\s+"
                         r"(?:in|over)\s+(?:the\s+)?$", text[max(0, start - 60): start]) \
                    or re.search(r"\b(?:fired|launched|shot|struck|shelled|attacked|flew|flown|took\s+off|sent|came)\b"
                                 r"[^.;]{0,40}?\bfrom\s+(?:(?!(?:was|were|been|is|are)\b)\w+\s+){0,3}(?:in|over)\s+"
                                 r"(?:the\s+)?$", text[max(0, start - 90): start]):
                # "missiles fired from ships in the Black Sea": where they came from ("explosions from mortars were
                # recorded in Vorozhba" is where they fell, "three children from the same family in the Zhytomyr
                # region" where they lived)
                return None
            precision = getattr(loc, "precision", None)
            if not cued and precision in ("settlement", "raion") and _population(mention) < _NOTABLE:
                return None
            relative = re.search(r"\b(?:(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|"
                                 r"northwest|southeast|southwest)\s+of|across\s+the\s+border\s+(?:from|with)|"
                                 # "the village of Markhalivka, just outside Kyiv": a landmark the place is told by
                                 r"(?<=\w),\s+(?:just\s+|right\s+|not\s+far\s+)?(?:outside|near|from)(?:\s+of)?)\s+"
                                 r"(?:the\s+)?(?:(?:Ukraine|Russia)['’]s\s+)?$", text[:start], re.I)
            return _hit(loc, mention, start, end, cued and not relative, relative=bool(relative))
    return None


# "... district of the Kherson region", "... district of Kharkiv": the unit a district is told to lie in.
_DISTRICT_OF = re.compile(r"\s+of\s+(?:the\s+)?(?P<unit>[A-Z][\w'’-]+(?:\s+(?:region|oblast|province))?)")


def _in_another_unit(loc: Any, text: str, end: int) -> bool:
    """Whether a raion is told to lie in a unit it is not in: then it is a district of that city, which the
    gazetteer does not list, and bears a raion's name elsewhere ("the Dniprovskyi district of the Kherson region")."""
    if not re.search(r"\b(?:district|raion)$", text[:end], re.I):
        return False
    if re.match(r"\s+of\s+the\s+(?:city|town|capital)\b", text[end:]):
        return True  # "a guided bomb struck the Kyiv district of the city" (Kharkiv): a district of the city told before
    if getattr(loc, "precision", None) != "raion":
        return False
    of = _DISTRICT_OF.match(text, end)
    unit = _resolve(of.group("unit")) if of else None
    if unit is None or not getattr(unit, "admin1", None) or not getattr(loc, "admin1", None):
        return False
    return str(unit.admin1).split()[0] != str(loc.admin1).split()[0]


# "Russia's Belgorod region", "Ukraine's Kharkiv region": a country's possessive says where the place is.
_COUNTRIES_OWNING = frozenset({"Russia", "Ukraine", "Belarus", "Moldova", "Poland", "Romania", "Georgia"})


def _hit(loc: Any, mention: str, start: int, end: int, cued: bool, relative: bool = False) -> PlaceHit:
    level = _LEVEL.get(getattr(loc, "precision", None) or "", "settlement")
    return PlaceHit(loc.name, mention, start, end, level, getattr(loc, "country", None), cued, relative)
