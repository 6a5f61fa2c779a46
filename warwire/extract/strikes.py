"""Strikes at named places: casualties, and what was hit."""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

from warwire.extract.context import SIDE_OF_COUNTRY, SentenceInfo, can_be_hit_here, direction
from warwire.extract.draft import Draft
from warwire.extract.lexicon import _rows
from warwire.extract.numbers import Quantity
from warwire.extract.placenames import PlaceHit, region_of

_PERSON_NOUNS = (
    r"people|persons?|civilians?|residents?|children|child|kids?|infants?|babies|baby|women|woman|men|man|"
    r"girls?|boys?|teenagers?|teens?|adults?|pensioners?|soldiers|troops|servicemen|serviceman|others|other\s+people|"
    r"employees?|workers?|passengers?|rescuers?|firefighters?|police\s+officers?|policemen|medics?|doctors?|"
    r"journalists?|volunteers?|victims?|family|members|individuals?|drivers?|farmers?|miners?|students?|"
    r"generals?|officers?|officials?|prosecutors?|commanders?|mayors?|collaborators?|bloggers?|policem[ae]n|guards?|"
    r"nurses?|priests?|teachers?|invaders|occupiers|mercenaries|fighters|militants|aides?|politicians?|lawmakers?|advis[eo]rs?"
)
# "was shot dead", "was gunned down": a killing told of one person (a targeted killing is a strike where it happened)
_KILLINGS = r"shot\s+dead|shot\s+and\s+killed|gunned\s+down|assassinated"
_KILLING = re.compile(rf"\b(?:{_KILLINGS}|gunm[ae]n\s+(?:\w+\s+)?killed|killed\s+by\s+(?:\w+\s+){{0,2}}gunm[ae]n)\b", re.I)
# "Andriy Portnov, 51, was gunned down": one victim told by name
_NAMED_VICTIM = re.compile(rf"\b(?P<art>(?!(?:He|She|They|It|The|This|That)\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){{0,3}})(?:,\s+\d{{1,3}},)?\s+"
                           rf"(?:was|has\s+been|had\s+been)\s+(?:(?:reportedly|fatally)\s+)?"
                           rf"(?P<cue>{_KILLINGS}|killed\s+by\s+(?:\w+\s+){{0,2}}gunm[ae]n)\b")
_KILLED = rf"{_KILLINGS}|killed|dead|died|die|deaths?|lost\s+(?:their|his|her)\s+lives?|fatalities|fatally\s+(?:wounded|injured)|perished"
_INJURED = r"injured|wounded|hurt|injuries|hospitali[sz]ed|taken\s+to\s+(?:a\s+)?hospital"
_RIGHT_CUE = re.compile(
    rf"^(?:\s+(?:[\w'-]+\s+){{0,4}}?(?:{_PERSON_NOUNS})(?:\s+(?:in|at|on|near|inside)\s+(?:a|an|the|his|her|their)\s+[\w-]+"
    # "A 60-year-old woman from Dvorichna, Kupiansk district, was killed": where the victim lived
    rf"|\s+from\s+(?:the\s+)?(?:(?:village|town|city)\s+of\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,\s+[A-Z][^,.;]{{1,40}},)?)?)?"
    rf"(?:\s*,?\s*(?:including|among\s+them)[^,.;]*?,|\s*[-–—]\s*(?:including|among\s+them)[^-–—.;]*?[-–—])?"
    rf"\s*(?:(?:were|was|have\s+been|had\s+been|has\s+been|are|is|being|got|reportedly|reported|also|all|later|been|"
    rf"left|more|others?|additional|further|seriously|critically|severely|lightly|slightly)\s+)*"
    rf"(?P<cue>{_KILLED}|{_INJURED})\b",
    re.I,
)
_LEFT_CUE = re.compile(
    r"\b(?P<cue>killing|killed|kills|kill|wounding|wounded|injuring|injured|injures|hurting|leaving|left|"
    r"(?:death\s+toll|number\s+of\s+(?:\w+\s+)?(?:dead|deaths|fatalities|victims|people\s+killed)|fatalities)"
    r"\s+(?:[\w'’-]+\s+){0,16}?(?:to|at|of|stands\s+at|reached)|claimed\s+the\s+lives\s+of|took\s+the\s+lives\s+of|"
    # "The dead included three children", "Among those killed were three children from one family"
    r"(?:the\s+)?(?:dead|killed)\s+(?:included|include|were)|among\s+(?:those\s+|the\s+)?(?:killed|dead)\s+(?:were|was|are))"
    r"\s+(?:(?!and\b|or\b|with\b|but\b)\w+\s+){0,2}?$",
    re.I,
)
_PERSON_AFTER = re.compile(rf"^\s+(?:[\w'-]+\s+){{0,3}}?(?:{_PERSON_NOUNS})\b", re.I)
_SINGLE_PERSON = re.compile(
    r"\b(?P<art>an?|one|another)\s+(?:(?:\d+-year-old|elderly|young|local|pregnant|teenage|\w+-year-old|Russian|Ukrainian|"
    r"pro-Russian?|pro-Kremlin|senior|top|retired|former|off-duty|leading|prominent|high-ranking|well-known)\s+){0,3}"
    r"(?P<noun>woman|man|child|girl|boy|person|teenager|resident|civilian|pensioner|driver|rescuer|soldier|"
    r"police\s+officer|employee|worker|volunteer|journalist|infant|baby|general|officer|official|prosecutor|"
    r"commander|mayor|collaborator|blogger|serviceman|policeman|guard|farmer|doctor|nurse|priest|teacher|aide|politician|"
    r"lawmaker|MP|adviser|advisor|businessman|activist|lawyer)\b",
    re.I,
)
TOTALS = re.compile(
    # "a day" as a rate ("25,000 troops a day"), not a span ("for more than a day", "within a day")
    r"\b(?:(?:(?<!than\s)(?<!for\s)(?<!within\s)(?<!half\s)(?<!in\s)a|each|every)\s+(?:month|day|week)"
    r"(?!\s+(?:after|before|earlier|later|ago|and|or))|per\s+(?:month|day|week|hour)|(?:each|every)\s+hour|"
    r"monthly|daily|so\s+far|since\s+the\s+(?:start|beginning)|record\s+of|previous\s+record|"
    r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+alone|"
    r"during\s+the\s+(?:past\s+|last\s+)?(?:week|month|year)|in\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:days|weeks|months|years)|"
    r"over\s+the\s+(?:course\s+of|past|last)(?!\s+(?:the\s+)?(?:(?:past\s+|previous\s+)?day|24\s+hours|night|today|yesterday|tonight|"
    r"\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+[A-Z][a-z]+|[A-Z][a-z]+day))|every\s+(?:day|night|week|month)|"
    r"since\s+(?:February|the\s+invasion|the\s+war|(?:19|20)\d\d\b)|since\s+(?:Russia['’]s\s+|the\s+)(?:full[- ]scale\s+)?(?:invasion|war)|in\s+total|total\s+of|throughout\s+the\s+war|during\s+the\s+war|"
    r"over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|months?|weeks?)|since\s+the\s+start\s+of\s+the\s+year|"
    r"casualties\s+(?:since|in|among)|total\s+(?:casualties|losses|death\s+toll)|"
    r"since\s+(?:Russia|Moscow|Putin)\s+(?:launched|began|started)\s+(?:its|the|his)\s+(?:full[- ]scale\s+)?(?:invasion|war)|"
    r"between\s+(?:19|20)\d\d\s*(?:-|–|and)\s*(?:19|20)?\d\d|killed\s+fighting|"
    r"(?:in|during|over|throughout)\s+the\s+(?:\w+\s+)?[\w-]+-(?:day|week|month|year)(?:-long|-old)?\s+"
    r"(?:siege|war|battle|offensive|occupation|fighting|blockade|conflict|invasion))\b",
    re.I,
)
_STRIKE_CUE = re.compile(
    r"\b(?:strikes?|struck|striking|hit|hits|hitting|"
    r"attack(?:s|ed|ing)?(?!\s+(?:and\s+[\w-]+\s+)?(?:helicopters?|aircraft|planes?|jets?|submarines?|boats?))|"
    r"shelling|shelled|bombard\w*|explosions?|blasts?|damag\w*|destroy\w*|"
    r"slamm\w+|crash\w*|landed|ripp\w+|smash\w*|pound\w*|blew\s+up|detonated|"
    r"blown\s+up(?!\s+by\s+(?:\w+\s+)?(?:Ukrainian|Russian)\s+(?:troops|forces|army))|"
    r"ablaze|fire\s+broke\s+out|caught\s+fire|debris|drone|missile|rocket|bomb\w*|target\w*)\b",
    re.I,
)
# A sentence telling a hit at all (not only a toll): "five people had been injured in Uman" tells none.
HIT_TOLD = re.compile(r"\b(?:hit|struck|strikes?|attack\w*|shell\w*|explo\w*|blast|bomb\w*|missiles?|drones?|rockets?|"
                      r"debris|fire)\b", re.I)
# "Russia has continued to strike Kyiv's energy infrastructure": a pattern, not a strike.
_HABITUAL = re.compile(r"\b(?:continu\w+\s+to(?!\s+(?:operate|work|function|burn|smoulder))|(?:the\s+)?continuing\s+(?:\w+\s+)?(?:attacks|strikes|shelling)|repeatedly|regularly|routinely|frequently|often|keeps?\s+|kept\s+|"
                       r"has\s+been\s+\w+ing|have\s+been\s+\w+ing|throughout|campaign)\b", re.I)
# "explosions could be heard", "could be seen": what witnesses perceived, not a supposition
_HYPOTHETICAL = re.compile(r"\b(?:could(?!\s+(?:be\s+)?(?:heard|seen|felt))|might|may|would|threaten\w*|warn\w*|if|must|"
                           r"should|needs?\s+to|argues?|scenarios?)\b", re.I)


@dataclass
class Casualty:
    key: str
    quantity: Quantity


@cache
def _target_heads() -> re.Pattern[str]:
    alternation = "|".join(sorted((r[0] for r in _rows("lexicon_targets.tsv")), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})(?:e?s)?\b", re.I)


_MODIFIERS = re.compile(r"(?:(?:[a-z][\w-]*|[A-Z][\w-]+)\s+){0,2}$")


@dataclass(frozen=True)
class Target:
    """Something a strike hit, with the words qualifying it ("health care clinic")."""

    mod: str
    head: str
    start: int


def _targets(text: str) -> list[Target]:
    out = []
    for m in _target_heads().finditer(text):
        mod = _MODIFIERS.search(text[max(0, m.start() - 40): m.start()])
        out.append(Target(mod.group(0) if mod else "", m.group(0), m.start()))
    return out


_ING_NOUNS = frozenset("living housing shopping training processing pumping parking building heating".split())
_MOD_STOP = frozenset(
    """a an the of in on at to and or its their his her by from with for was were is are that which this these those
    one two three four five six seven eight nine ten several many some other another local capital city town
    village region russian ukrainian near into struck hit damaged destroyed targeted attack attacks strike strikes
    about also said says were was when where after before during while drone missile drones missiles rockets bombs
    attacked sparking causing as well plus
    hitting striking targeting damaging destroying""".split()
)


_ASIDE = re.compile(r"\((?:an?|the|aged|born)\b[^()]{0,30}\)")


def casualties(info: SentenceInfo) -> list[Casualty]:
    """Killed / injured figures of one sentence."""
    # "one civilian (a woman) was injured": an aside between the figure and its verb, blanked to keep offsets
    text = _ASIDE.sub(lambda a: " " * len(a.group(0)), info.text)
    if is_total(text) or info.is_running_total():
        return []
    out: list[Casualty] = []
    quantities = list(info.quantities)
    for m in _SINGLE_PERSON.finditer(text):
        if m.group("art").lower() == "one":
            continue
        quantities.append(Quantity(1, None, m.start(), m.start("art") + len(m.group("art")), m.group("art")))
    quantities.sort(key=lambda q: q.start)
    seen: set[int] = set()
    for q in quantities:
        if q.start in seen or re.search(r"\bno\s+$|\bany\s+$", text[max(0, q.start - 4): q.start], re.I):
            continue  # "no one was hurt"
        after = text[q.end:]
        before = text[max(0, q.start - 160): q.start]
        key = None
        if re.match(r"\s+(?:\w+\s+){0,4}?(?:reported\s+)?missing\b", after) or re.search(
                r"\b(?:bodies|remains)\s+of\s+$", before) or _ADJECTIVAL_KILLED.match(after):
            continue  # "the bodies of 1,000 killed soldiers": a count of the dead returned, not a strike
        right = _RIGHT_CUE.match(after)
        if right and not re.match(r"\s*(?:drones?|missiles?)", after, re.I):
            key = _key(right.group("cue"))
        else:
            lm = _LEFT_CUE.search(before)
            if lm and out and out[-1].key == _key(lm.group("cue")) and _PART_OF.search(before[lm.end("cue"):]):
                continue  # "23 people were killed including four children": a part of the toll just told
            if lm and (_PERSON_AFTER.match(after) or re.match(r"\s*(?:and|,|;|\.|$|others|people|more\b|in\b|on\b|at\b|across\b|after\b|"
                                                              r"near\b|around\b|throughout\b|over\b)", after)):
                cue = lm.group("cue").lower()
                if cue.startswith(("leaving", "left")):
                    tail = _RIGHT_CUE.match(after)
                    key = _key(tail.group("cue")) if tail else None
                else:
                    key = _key(cue)
        if key is None and out and q.start - out[-1].quantity.end < 45 and re.search(r"\band\s+$", before) \
                and (_PERSON_AFTER.match(after) or re.match(r"\s+(?:more\s+)?(?:in|at|near)\s+[A-Z]", after)):
            key = out[-1].key  # "four people were killed in Kyiv and one in Kharkiv"
            if _PERSON_AFTER.match(after) and _GROUPS_JOINED.fullmatch(text, out[-1].quantity.end, q.start):
                # "killed nine children and 11 adults": one toll of two groups
                group = out.pop().quantity
                summed = Quantity(group.value + q.value, group.hedge or q.hedge, group.start, q.end, text[group.start: q.end])
                out.append(Casualty(key, summed))
                seen.add(q.start)
                continue
        if key and not any(c.key == key and c.quantity.start == q.start for c in out):
            out.append(Casualty(key, q))
            seen.add(q.start)
    for m in _ANOTHER.finditer(text):  # "One person was killed and another injured": one more, its own verb
        if out and not any(c.quantity.start == m.start("art") for c in out):
            out.append(Casualty(_key(m.group("cue")), Quantity(1, None, m.start("art"), m.end("art"), m.group("art"))))
    for m in _NAMED_VICTIM.finditer(text) if _KILLING.search(text) else ():
        if not out:
            out.append(Casualty("killed", Quantity(1, None, m.start("art"), m.end("art"), m.group("art"))))
    for m in _ONE_DEATH.finditer(text):  # "with another fatality reported in the Mykolaiv region": one killed
        if not any(c.quantity.start <= m.start("art") < c.quantity.end + 1 for c in out):
            out.append(Casualty("killed", Quantity(1, None, m.start("art"), m.end("art"), m.group("art"))))
    singles = [m for m in _SINGLE_PERSON.finditer(text) if m.group("art").lower() != "one"]
    for first, second in itertools.pairwise(singles):
        # "A young woman and a three-year-old child were killed": the first shares the second's verb
        told = next((c for c in out if c.quantity.start == second.start()), None)
        if told and re.fullmatch(r"\s+and\s+", text[first.end(): second.start()]) \
                and not any(c.quantity.start == first.start() for c in out):
            a = first.start("art") + len(first.group("art"))
            out.append(Casualty(told.key, Quantity(1, None, first.start(), a, first.group("art"))))
    out.sort(key=lambda c: c.quantity.start)
    for m in _DEFINITE_VICTIM.finditer(text):
        if not any(c.quantity.start <= m.start("art") < c.quantity.end + 30 for c in out):
            out.append(Casualty(_key(m.group("cue")), Quantity(1, None, m.start("art"), m.end("art"), m.group("art"))))
    out.sort(key=lambda c: c.quantity.start)
    if _TOLL_NOW.search(text):
        # "The death toll rose to five after another woman died": the toll counts her; she is not a figure of her own
        tolls = {c.key for c in out if c.quantity.text.lower() not in _SINGLES}
        out = [c for c in out if not (c.key in tolls and c.quantity.text.lower() in _SINGLES)]
    return _pair_singles(out, text)


_SINGLES = ("a", "an", "another")
_PART_OF = re.compile(r"^\s*,?\s*(?:including|among\s+them|of\s+(?:them|whom))\s+$", re.I)
_GROUPS_JOINED = re.compile(rf"\s+(?:[\w'-]+\s+){{0,2}}?(?:{_PERSON_NOUNS})\s+and\s+", re.I)
_TOLL_NOW = re.compile(r"\btoll\b[^.;]{0,40}?\b(?:rose|risen|climbed|increased|grew|reached|now\s+stands|stands|is\s+now)\b",
                       re.I)


_ONE_DEATH = re.compile(r"\b(?P<art>an?|one|another)\s+(?:more\s+|further\s+|civilian\s+)?(?:fatality|death)\b(?!\s+(?:toll|sentence|penalty|threats?))",
                        re.I)
_ANOTHER = re.compile(r"\b(?:and|,)\s+(?P<art>another)(?:\s+(?:one|person|man|woman|civilian|resident))?\s+"
                      r"(?:was\s+|has\s+been\s+)?(?P<cue>injured|wounded|hurt|killed)\b", re.I)


# "killed the driver", "wounding its pilot": one named victim.
_DEFINITE_VICTIM = re.compile(
    r"\b(?P<cue>killed|killing|wounded|wounding|injured|injuring)\s+(?P<art>the|its|his|her|their)\s+(?:\w+\s+)?"
    r"(?:driver|pilot|owner|man|woman|boy|girl|child|resident|passenger|worker|employee|guard|farmer)\b", re.I)


def _pair_singles(found: list[Casualty], text: str) -> list[Casualty]:
    """"injuring a 10-year-old boy and a 70-year-old woman": two people, one figure."""
    out: list[Casualty] = []
    for c in found:
        prev = out[-1] if out else None
        if prev and prev.key == c.key and c.quantity.text.lower() in ("a", "an") and re.fullmatch(
                r"[\w\s'-]*?\s+and\s+", text[prev.quantity.end: c.quantity.start]) and len(
                text[prev.quantity.end: c.quantity.start]) < 40:
            q = prev.quantity
            out[-1] = Casualty(c.key, Quantity(q.value + 1, q.hedge, q.start, c.quantity.end, text[q.start: c.quantity.end]))
            continue
        out.append(c)
    return out


def is_total(text: str) -> bool:
    """True when the sentence counts over a period ("25,000 troops a month", "since the start of the war"),
    but not when "since" only measures a superlative ("the deadliest attack since the start of the war")."""
    if _months_tally(text):
        return True
    for m in TOTALS.finditer(text):
        if re.fullmatch(r"in\s+total|total\s+of", m.group(0), re.I) and _ONE_NIGHT.search(text):
            continue  # "destroyed 18 Shaheds that night; in total, Russia used up to 24": one night's wave, summed
        if re.fullmatch(r"so\s+far", m.group(0), re.I) and re.search(r"\b(?:no|not|any)\s+(?:[\w-]+\s+){0,6}$",
                                                                    text[max(0, m.start() - 50): m.start()], re.I):
            continue  # "there were no injured or reports of damage so far": nothing counted over a span
        if not _SUPERLATIVE.search(text[max(0, m.start() - 70): m.start()]):
            return True
    return False


def _months_tally(text: str) -> bool:
    """"in September, Russian troops fired 53 times at Kharkiv, injuring 188 people": a month's tally, no strike."""
    return " times" in text and bool(_TIMES_IN_MONTH.search(text))


_TIMES_IN_MONTH = re.compile(r"\bin\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
                             r"December)\b[^.;]{0,80}?\b\d[\d,]*\s+times\b")
_ONE_NIGHT = re.compile(r"\b(?:overnight|(?:that|last|one)\s+night|tonight|on\s+the\s+night\s+of|during\s+the\s+night|"
                        r"this\s+morning|(?:during|in)\s+(?:the|this|that)\s+(?:\w+\s+)?(?:attack|barrage|strike|assault)|"
                        r"(?:during|over|in)\s+the\s+(?:past|last)\s+(?:day|24\s+hours)|"
                        # "a total of 69 missiles and 298 drones - the largest single aerial attack of the war"
                        r"(?:single|one|this|the)\s+(?:[\w-]+\s+){0,2}?(?:attack|barrage|strike|assault|onslaught)\s+of\s+the\s+war)\b", re.I)


_SUPERLATIVE = re.compile(r"\b(?:\w+est|most\s+\w+|first|worst|biggest|largest)\b[^,;]*$", re.I)
_NATIONWIDE = re.compile(r"\bacross\s+(?:the\s+country|Ukraine|Russia|the\s+nation|(?:several|many|multiple|\d+)\s+regions)|"
                         r"\bnationwide\b|\band\s+(?:several|many|other|multiple|\d+)\s+(?:other\s+)?(?:regions|cities|oblasts)\b",
                         re.I)
_ADJECTIVAL_KILLED = re.compile(r"\s+(?:killed|wounded|injured|dead)\s+(?:Ukrainian|Russian|soldiers|troops|servicemen|"
                                r"civilians|fighters|people)\b", re.I)


def _key(cue: str) -> str:
    return "injured" if re.match(r"wound|injur|hurt|hospitali", cue, re.I) else "killed"





def read_strikes(info: SentenceInfo, found: list[Casualty]) -> tuple[list[Draft], list[Casualty]]:
    """Strike drafts at the places the sentence names; returns the casualties no place took."""
    text = info.text
    # A person shot dead abroad ("outside a school in Madrid") was killed there: a killing has no front line.
    killing = bool(found) and bool(_KILLING.search(text))
    places = [p for p in info.places if p.level != "country" and not p.relative
              and (killing or can_be_hit_here(p, info))]
    if not places:
        return [], [] if killing else found  # a killing told without its place is no wave's toll either
    if _no_hit_told(text) and not found:
        return [], found  # "agreed to halt strikes on energy facilities": a truce, not a strike
    if _months_tally(text):
        return [], found
    targets = _targets(text)
    has_cue = bool(_STRIKE_CUE.search(text))
    hit_places = _places_hit(text, places)
    if not found and not (targets and has_cue) and not hit_places:
        return [], found
    # who shot a person is not known unless the sentence tells it; the one shot is of the country it happened in
    attacker, attacked = direction(text, info.places, default=(None, SIDE_OF_COUNTRY.get(places[0].country or ""))) \
        if killing else direction(text, info.places)
    weapon = _weapon(info)
    drafts: dict[str, Draft] = {}
    for place, at in hit_places:
        # "strikes also hit the Kharkiv, Sumy and Odesa regions": each place named as hit is a strike there.
        drafts[place.name] = _new(info, place, attacker, attacked, weapon, at)
    leftover = []
    for c in found:
        told = _told_in(text, c.quantity, places)
        place = _where_they_lived(text, _finest(told or min(places, key=lambda p: _distance(p, c.quantity)), places),
                                  places)
        span = text[min(place.end, c.quantity.end): max(place.start, c.quantity.start)]
        if _NATIONWIDE.search(span):
            leftover.append(c)  # "a strike on Kyiv ... across the country, killing seven": the wave's toll
            continue
        if len(_series(text, places, place)) > 3:
            leftover.append(c)  # "killed in attacks that struck Sumy, Kharkiv, Dnipro and Odesa": the wave's toll
            continue
        d = drafts.get(place.name) or _new(info, place, attacker, attacked, weapon, c.quantity.start)
        d.add_count(c.key, c.quantity)
        drafts[place.name] = d
    if targets and has_cue:
        hit_targets = _targets_hit(text, targets)
        for t in targets:
            if t not in hit_targets:
                continue  # "across the river from the nuclear plant": named, not hit
            nearest = _place_of(text, t, places)
            series = _series(text, places, nearest)
            if len(series) > 3:
                # "Russia struck the Dnipro, Zhytomyr, Zaporizhzhia and Kharkiv regions": the wave, not a strike.
                continue
            for place in series:
                d = drafts.get(place.name) or _new(info, place, attacker, attacked, weapon, t.start)
                if d.item is None:
                    d.item = _item(t)
                drafts[place.name] = d
    if not drafts and found:
        return [], found
    return list(drafts.values()), leftover


def _no_hit_told(text: str) -> bool:
    """Whether the sentence tells hits only as supposed, habitual, halted, denied, a backdrop or all stopped."""
    return bool(_HYPOTHETICAL.search(text) or _HABITUAL.search(text) or _TRUCE.search(text) or _DENIED.search(text)
                or _BACKDROP.search(text) or _ALL_STOPPED.search(text))


def _is_hit(text: str, t: Target) -> bool:
    """Whether the sentence tells the target as hit, not only named."""
    return bool(_STRIKE_CUE.search(text, max(0, t.start - 60), t.start)
                or _STRIKE_CUE.search(text[t.start: t.start + len(t.mod) + len(t.head) + 40])
                or _PASSIVE_HIT.match(text, t.start + len(t.mod) + len(t.head)))


# Between two things hit, the words that join them: "an electricity substation in the Odesa region, as well as a
# school building in ...", "an electric facility in the Bryansk region early Wednesday and a power grid facility".
_NEXT_HIT = re.compile(r"[^.;:()]{0,80}?(?:,?\s+and|,?\s+as\s+well\s+as|,\s+plus)\s+(?:(?:an?|the|another|its|their)\s+)?(?:[\w-]+\s+){0,2}$",
                       re.I)


# "a school building in the southern Zaporizhzhia region": the place a target stands in, told right after it
_IN_PLACE = re.compile(r"\s+(?:in|at|near)\s+(?:the\s+)?(?:(?:city|town|village|region|port)\s+of\s+|"
                       r"(?:northern|southern|eastern|western|central|north-?\w+|south-?\w+)\s+)?$", re.I)


def _place_of(text: str, t: Target, places):  # type: ignore[no-untyped-def]
    """The place a target is told to stand in, else the place named nearest to it."""
    end = t.start + len(t.head)
    named = [p for p in places if p.end <= t.start and not text[p.end: t.start].strip()]  # "the Starokostiantyniv airbase"
    if named and named[-1].level == "settlement":
        return named[-1]
    after = [p for p in places if p.start >= end and _IN_PLACE.fullmatch(text, end, p.start)]
    return after[0] if after else min(places, key=lambda p: abs(p.start - t.start))


def _targets_hit(text: str, targets: list[Target]) -> list[Target]:
    """The targets the sentence tells as hit: each hit on its own, and each joined to a hit one before it."""
    out: list[Target] = []
    for t in targets:
        if _FROM_THERE.search(text, max(0, t.start - 40), t.start):
            continue  # "took off from the Morozovsk airfield and attacked Kherson Oblast": where the attack came from
        if _is_hit(text, t) or (out and _NEXT_HIT.fullmatch(text, out[-1].start + len(out[-1].head), t.start)):
            out.append(t)
    return out


_FROM_THERE = re.compile(r"\bfrom\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def target_hit(info: SentenceInfo) -> str | None:
    """What a sentence naming no place tells as hit ("One of them hit two apartment buildings"), for a strike at the
    place the sentence before attacked."""
    text = info.text
    if _no_hit_told(text) or not _STRIKE_CUE.search(text):
        return None
    return next((_item(t) for t in _targets(text) if _is_hit(text, t)), None)


# A hit-verb whose object is the place list itself ("hit the Kharkiv, Sumy and Odesa regions", "struck Kharkiv").
_HIT_OBJECT = re.compile(r"\b(?:hit|hits|struck|strike|strikes|attacked|shelled|pounded|pumm?elled|pummeled|bombarded|"
                         r"(?<=of\s)(?:attacking|striking|shelling|hitting|bombing)|"
                         r"(?<!were\s)(?<!was\s)(?<!been\s)fired\s+(?:from\s+)?(?:[\w-]+\s+){0,4}?(?:\([^)]{0,40}\)\s+)?(?:at|on)|"
                         r"(?<=to\s)(?:shell|attack|bomb|fire\s+(?:on|at))|"
                         r"dropped\s+(?:\d+\s+|[\w-]+\s+){0,3}(?:mines|bombs|bomblets|grenades|explosives|shells|munitions)\s+on)\s+"
                         r"(?:the\s+territory\s+of\s+)?"
                         r"(?:(?:the|several|other|parts\s+of|(?:(?:northern|southern|eastern|western|central|port|"
                         r"frontline|front-line)\s+)?(?:city|town|village|port)\s+of|areas\s+(?:of|in|around|near)|cities\s+(?:of|in)|targets\s+in|"
                         r"regions?\s+of|towns\s+(?:of|in))\s+)*$", re.I)


# What stands before a hit-verb when a weapon or a side does the hitting: "drones struck", "Russia hit",
# "the occupiers fired at Sloviansk and hit".
_HITTERS_BEFORE = [
    re.compile(r"\b(?:drones?|missiles?|rockets?|shells?|bombs?)\s+(?:\w+\s+){0,2}$", re.I),
    re.compile(r"\b(?:forces|troops|soldiers|army|strikes?|attacks?|shelling|barrage|artillery|bombers?|jets|aircraft|Russia|"
               r"Ukraine|Russians|Moscow|Kyiv|occupiers|invaders|attackers|aggressors?|enemy)(?:\s+(?:also|again|then|have|has|had|reportedly))*\s*$",
               re.I),
    # "Russia also said it struck areas around Zaporizhzhia": the side a claim speaks for
    re.compile(r"\b(?:said|says|claimed|claims|announced)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?$",
               re.I),
    # a daily report's "They fired 10 mortar bombs on the Esman hromada": the forces of the sentence before
    re.compile(r"(?:^|[.;:]\s+)They(?:\s+(?:also|again|then))?\s+$"),
    re.compile(r"\b(?:occupiers|invaders|enemy|Russian\s+(?:forces|troops|army))\b[^.;]{0,80}\band\s+(?:also\s+)?$", re.I),
    # "Russia's Ministry of Defence accused Ukraine of attacking": the side accused does the hitting
    re.compile(r"\baccus\w+\s+(?:[\w’'-]+\s+){1,3}of\s+$", re.I),
]


def _something_hits(before: str) -> bool:
    """Whether a weapon or a side is what hits ("prices hit Kyiv's markets" and "a bid to hit Moscow's
    revenue" are no strikes; "the occupiers used artillery to strike" is one)."""
    if re.search(r"\bto\s+$", before):
        return bool(_WEAPON_USED.search(before))
    return any(p.search(before) for p in _HITTERS_BEFORE)


# "The occupiers used artillery to strike the Seredyna-Buda hromada", "deployed mortars to strike".
_WEAPON_USED = re.compile(r"\b(?:used|deployed|using|deploying|employed)\s+(?:[\w-]+\s+){0,3}?(?:artillery|mortars?|"
                          r"drones?|missiles?|rockets?|bombs?|launchers?|systems?|tanks?|aircraft|helicopters?)\s+to\s+$", re.I)


# Shelling told as it happens, with the places it fell on: "reported powerful shelling in Maryinka, Slovyansk and
# Kramatorsk", "heavy shelling of Kharkiv".
_REPORTED_HITS = re.compile(r"\b(?:reported|heavy|powerful|intense|massive|fresh|renewed|overnight)\s+(?:\w+\s+)?"
                            r"(?:shelling|bombardment|explosions|missile\s+strikes|air\s*strikes)\s+(?:in|on|of|at)\s+"
                            r"(?:the\s+)?(?:[\w-]+\s+){0,4}?$", re.I)
# A place as the subject of a hit told in the passive or as suffered: "the village of Kotliary was also shelled at
# night", "The Yunakivka hromada was subjected to artillery shelling", "The Bilopillia hromada suffered mortar attacks",
# "Kryvyi Rih, Zelenskyy's hometown, came under the "most massive kamikaze drone attack"".
_HIT_SUBJECT = re.compile(r"(?:\s+(?:hromada|community|district|raion))?(?:,\s+[^,.;]{1,40},)?"
                          # "Kharkiv and its suburbs were also under attack"
                          r"(?:\s+and\s+its\s+(?:suburbs|outskirts|surroundings|environs|outlying\s+areas))?"
                          r"(?:\s+in\s+[A-Z][\w'’-]+\s+(?:Oblast|region|province),?)?\s+"
                          r"(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
                          r"(?:also\s+|again\s+|repeatedly\s+)?(?:shelled|struck|hit|bombed|attacked|fired\s+(?:on|at|upon)|"
                          r"affected\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|shelling|terror|bombing|missiles?|"
                          r"drones?)|subjected\s+to\s+"
                          r"(?:\w+\s+){0,2}(?:shelling|attacks?|strikes?|fire|bombardment))|(?:also\s+)?(?:came\s+under|(?:were|was)\s+(?:also\s+|again\s+)?under|suffered|"
                          r"sustained)\s+(?:\d+\s+|[\w“”\"'-]+\s+){0,5}?(?:shelling|attacks?|strikes?|fire|bombardment))\b", re.I)
# How an attack was made, told between it and its place: "an airstrike (seven explosions) on", "four strikes using
# artillery on", "Five explosions from mortars were recorded in".
_HOW = r"(?:\([^)]{0,40}\)\s+|(?:using|with|from|by)\s+(?:[\w-]+\s+){1,3}?)?"
# A tally of attacks aimed at a place: "carried out two missile strikes and an MLRS attack on the centre of the city of
# Kostiantynivka", "Artillery shelling was recorded in the Seredyna-Buda hromada".
_AIMED_AT = re.compile(rf"\b(?:(?:strikes?|attacks?|shelling|fire|explosions|bombs)\s+(?:\([^)]{{0,60}}\)\s+)?{_HOW}"
                       r"(?:(?:was|were)\s+(?:also\s+)?)?"
                       r"recorded\s+in|(?:\d[\d,]*|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|"
                       rf"[Ee]leven|[Tt]welve|\w+teen|\w+ty)\s+(?:[\w-]+\s+){{0,3}}?(?:strikes|attacks|explosions)\s+{_HOW}on|"
                       rf"there\s+(?:were|was)\s+(?:\d+\s+|\w+\s+){{0,3}}?(?:explosions|strikes|fire|shelling)\s+{_HOW}in|"
                       r"(?<!last\s)(?:carried\s+out|delivered|perform(?:ed)?|deployed|used|launched|conducted|made|mounted)\s+"
                       rf"(?:[\w-]+\s+){{0,6}}?(?:(?:air)?strikes?|attacks?)\s+{_HOW}on)\s+(?:(?:civilian\s+|residential\s+)?(?:settlements|towns|cities|villages)\s*:\s*)?"
                       # "missile strikes on civilian facilities in Druzhkivka", "on the peaceful cities of Sloviansk"
                       r"(?:(?:civilian\s+|residential\s+|critical\s+|energy\s+)?(?:facilities|infrastructure|objects|buildings)\s+in\s+)?"
                       r"(?:the\s+)?(?:(?:centre|outskirts|territory)\s+of\s+"
                       r"(?:the\s+)?)?(?:(?:peaceful\s+|civilian\s+)?(?:city|town|village|settlement|cities|towns|villages)\s+of\s+)?$", re.I)
# A community's tally told after it: "In Bilopillia hromada, 31 strikes from mortars ... were recorded", "In
# Znob-Novhorodske hromada, Russian troops fired mortars (9 explosions)".
_FIRE_IN_COMMUNITY = re.compile(r"\s+(?:hromada|community),\s+[^.;]{0,80}?\b(?:fired|shelled|struck|strikes|explosions|"
                                r"shelling|attacks)\b", re.I)
_IN_ITS_TOWN = re.compile(r"\s+(?:region|oblast|province)?\s*,?\s*(?:in|at)\s+(?:the\s+)?(?:town|city|village)?\s*[A-Z]")


def _places_hit(text: str, places):  # type: ignore[no-untyped-def]
    """Places the sentence names as the object of a hit-verb, with every place listed beside them."""
    if _HYPOTHETICAL.search(text) or _HABITUAL.search(text):
        return []
    hit: list[tuple[PlaceHit, int]] = []
    for place in places:
        m = _HIT_OBJECT.search(text, max(0, place.start - 60), place.start)
        if m is not None and not _something_hits(text[:m.start()]):
            m = None
        if m is None:
            m = _REPORTED_HITS.search(text, max(0, place.start - 60), place.start) \
                or _AIMED_AT.search(text, max(0, place.start - 90), place.start)
            if m is not None and place.level == "admin1" and _IN_ITS_TOWN.match(text, place.end):
                continue  # "shelling in the Donetsk region in Maryinka": the towns, not the region framing them
        if m is None and place.level == "settlement":
            m = _HIT_SUBJECT.match(text, place.end)
            if m is None and re.search(r"\bIn\s+(?:the\s+)?$", text[max(0, place.start - 8): place.start]):
                m = _FIRE_IN_COMMUNITY.match(text, place.end)
            if m is not None:
                place = _village_in(place, places, text)
        if m is None or place.level not in ("settlement", "admin1") or any(p is place for p, _ in hit):
            continue
        series = _series(text, places, place)
        if len(series) > 3 or _NATIONWIDE.search(text[:m.start()]) or _listed(text, place.start) > 3:
            # "attacks across the country that struck Sumy, Kharkiv, Dnipro, ...": the wave itself; "the Russians
            # shelled Pobieda, Novomykhailivka, Vuhledar, ..." in a daily report: a roll of names, not a strike each
            return []
        # "fired at Sloviansk ... and hit Kramatorsk": each hit-verb's places
        hit += [(p, p.start) for p in series if not any(p is q for q, _ in hit)]
    return hit


def _village_in(place, places, text: str):  # type: ignore[no-untyped-def]
    """"the village of Kotliary in Kharkiv district was shelled": the village, not the district framing it."""
    if not re.search(r"\b(?:district|raion|oblast|region)\b", place.mention, re.I):
        return place
    framed = [p for p in places if p.end <= place.start and re.fullmatch(r"\s+in\s+(?:the\s+)?", text[p.end: place.start])]
    return framed[0] if framed else place


# Strikes as the backdrop of other news: "despite Russian strikes on the port", "visited ... the debris left by
# shelling", "told him about the recent Russian attacks on its port cities".
_BACKDROP = re.compile(r"\bdespite\s+(?:the\s+)?(?:\w+\s+){0,2}(?:strikes|attacks|shelling|bombardments?)\b|"
                       r"\b(?:visited|toured|was\s+taken\s+to|tour\s+(?:\w+\s+)?took\s+(?:him|her|them))\b|"
                       r"\brecent\s+(?:\w+\s+)?(?:attacks|strikes)\s+on\b", re.I)
# "air defence forces had shot down all the Russian drones and missiles that attacked Kyiv": nothing hit the city
_ALL_STOPPED = re.compile(r"(?:\b(?:shot\s*down|downed|destroyed|intercepted|repelled)\s+all\s+(?:of\s+)?(?:the\s+)?"
                          r"(?:[\w-]+\s+){0,5}?(?:drones|missiles|targets|UAVs|weapons|attacks)|"
                          r"\ball\s+(?:of\s+them\s+)?(?:were|had\s+been)\s+(?:shot\s*down|downed|destroyed|intercepted))\b"
                          r"(?![^.;]*\b(?:debris|wreckage|fragments|damag\w*|fell|fallen))", re.I)
# "neither Ukraine nor Russia had attacked each other's energy facilities", "did not directly hit them"
_DENIED = re.compile(r"\b(?:neither|never|(?:has|have|had|did|does|do)\s+not|(?:has|have|had|did|does|do)n[’']t)\s+"
                     r"(?:[\w’']+\s+){0,4}?(?:attack|strik|struck|hit|shell|target|bomb)\w*", re.I)
_TRUCE = re.compile(r"\b(?:halt|stop|pause|end|suspend|cease|refrain\s+from|moratorium\s+on|ceasefire\s+on|truce\s+on|ban\s+on)\s+"
                    r"(?:\w+\s+){0,2}(?:attacks|strikes|striking|attacking)\b", re.I)
# What was hit told as the subject, the places between it and its verb: "Civilian infrastructure facilities in
# Kupiansk (Kharkiv Oblast) and Druzhkivka (Donetsk Oblast) were damaged in shelling."
_PASSIVE_HIT = re.compile(r"[^.;]{0,100}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?"
                          r"(?:damaged|destroyed|hit|struck|shelled)\b", re.I)
# "the town of Komyshuvakha in Zaporizhzhia Oblast, and the town of Snihurivka": a town's region and the next town's
# "the town of" stand between two places of one list too.
_SERIES_GAP = re.compile(r"^(?:\s*\([^()]{1,40}\))?(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]+\s+(?:Oblast|region|province|Krai))?"
                         r"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s*,?\s+as\s+well\s+as\s+|\s*,?\s*(?:(?:north|south|east|west)(?:-?\w+)?\s+of\s+"
                         r"(?:the\s+)?[\w\s]{1,20}?),?\s*(?:and\s+)?)(?:the\s+(?:city|town|village|settlement)\s+of\s+)?$", re.I)


# A run of capitalised names joined by commas and "and", resolved in the gazetteer or not; a daily report groups
# them by region ("Leonivka and Hremiach (Chernihiv Oblast); Prohres, Zarutske and Rivne (Sumy Oblast)").
_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*"
_NAME_SEP = (r"(?:\s*\([^()]{1,40}\)|\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:Oblast|[Rr]egion))?"
             r"(?:\s*[;,]\s+(?:and\s+)?|\s+and\s+)(?:the\s+(?:city|town|village)\s+of\s+)?")
_NAME_RUN = re.compile(rf"{_NAME}(?:{_NAME_SEP}{_NAME})*")


def _listed(text: str, at: int) -> int:
    """How many names the list holding the name at `at` has ("Pobieda, Novomykhailivka, Vuhledar and ..." -> 4+;
    "... in Donetsk Oblast; Huliaipole and Orikhiv in Zaporizhzhia Oblast; and the city of Kherson were attacked")."""
    run = next((m for m in _NAME_RUN.finditer(text) if m.start() <= at < m.end()), None)
    return len(re.split(_NAME_SEP, run.group(0))) if run else 0


def _series(text: str, places, nearest):  # type: ignore[no-untyped-def]
    """The places listed together with `nearest` ("in Chernihiv, Zhytomyr and Lviv"), reference points left out."""
    # "Kupiansk (Kharkiv Oblast) and Druzhkivka (Donetsk Oblast)": the regions in brackets only say where each lies
    ordered = [p for p in places if not p.relative and not (text[p.start - 1: p.start] == "(" and p is not nearest)]
    if nearest not in ordered:
        return [nearest]
    i = ordered.index(nearest)
    lo = hi = i
    while lo > 0 and _SERIES_GAP.match(text[ordered[lo - 1].end: ordered[lo].start]):
        lo -= 1
    while hi + 1 < len(ordered) and _SERIES_GAP.match(text[ordered[hi].end: ordered[hi + 1].start]):
        hi += 1
    return ordered[lo: hi + 1]


def _where_they_lived(text: str, place, places):  # type: ignore[no-untyped-def]
    """"killed two residents of Donetsk Oblast in Shakhtarske": the town they were killed in, not the region they
    were residents of."""
    if place.level != "admin1" or not re.search(r"\b(?:residents?|people|inhabitants|civilians|citizens)\s+of\s+(?:the\s+)?$",
                                                 text[max(0, place.start - 30): place.start], re.I):
        return place
    return next((p for p in places if p.start >= place.end and p.level == "settlement" and re.fullmatch(
        r"\s+in\s+(?:the\s+)?(?:(?:city|town|village|settlement)\s+of\s+)?", text[place.end: p.start])), place)


def _finest(place, places):  # type: ignore[no-untyped-def]
    """"In Kharkiv Oblast, a man was killed in shelling of the village of Kupiansk-Vuzlovyi": the village,
    not the oblast that frames it."""
    if place.level != "admin1":
        return place
    inside = [p for p in places if p.level == "settlement" and p.start > place.start and region_of(p.name) == place.name]
    return inside[0] if len(inside) == 1 else place


def _new(info: SentenceInfo, place, attacker: str | None, attacked: str | None, weapon: str | None, pos: int) -> Draft:  # type: ignore[no-untyped-def]
    date, precision = info.date_near(pos)
    return Draft("strike", info, date=date, date_precision=precision, actor=attacker, target=attacked,
                 weapon=weapon, location=place, claimed_by=info.claimant)


_COMBINED = re.compile(r"\bcombined\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|assaults?)\b", re.I)


def _weapon(info: SentenceInfo) -> str | None:
    """The weapon a strike's sentence names: one class, or "mixed" for "a drone and missile attack"."""
    classes = {w.weapon for w in info.weapons}
    if len(classes) == 1:
        return classes.pop()
    if classes == {"drone", "missile"} or _COMBINED.search(info.text):
        return "mixed"  # "a combined Russian attack damaged private houses"
    return None


def _item(t: Target) -> str:
    mods = [w for w in t.mod.split()
            if w.lower() not in _MOD_STOP and not w[0].isdigit() and len(w) > 1 and "'" not in w and "’" not in w
            and not (w.endswith("ing") and w.lower() not in _ING_NOUNS)]
    return " ".join(mods + [t.head]).strip()


# "... and one person was killed in Mykolaiv": the place the figure's own clause puts it in
_IN_ITS_CLAUSE = re.compile(r"[^,;]{0,50}?\b(?:in|at|near|outside)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)


def _told_in(text: str, q: Quantity, places: list):  # type: ignore[no-untyped-def]
    """The first place after a figure that its own clause tells it in ("one person was killed in Mykolaiv"), if any:
    nearer in grammar than a place just before the figure ("four were killed in Kharkiv and one ...")."""
    after = [p for p in places if p.start >= q.end]
    first = min(after, key=lambda p: p.start) if after else None
    if first is None or re.search(r"\band\b", text[q.end: first.start]):
        return None
    return first if _IN_ITS_CLAUSE.fullmatch(text, q.end, first.start) else None


def _distance(place, q: Quantity) -> int:  # type: ignore[no-untyped-def]
    return min(abs(place.start - q.end), abs(q.start - place.end))
