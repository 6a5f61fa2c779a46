"""Air attacks: waves of drones, missiles and glide bombs with launched / intercepted / lost / hit figures."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from warwire.extract.context import (
    AIRSPACE_VERBS,
    SentenceInfo,
    can_be_hit_here,
    direction,
    other_side,
    side_named,
)
from warwire.extract.draft import Draft
from warwire.extract.numbers import Quantity, find_quantities
from warwire.extract.strikes import is_total

_BE = r"(?:(?:were|was|had\s+been|have\s+been|has\s+been|being|are|is|got)\s+)?(?:(?:reportedly|successfully|all|also|then|later)\s+)*"
ROLE_CUES: list[tuple[str, str]] = [
    ("lost", r"(?:locationally\s+|location-?\s*)?lost|failed\s+to\s+reach|did\s+not\s+reach|didn't\s+reach|"
             r"jammed|redirected|suppressed\s+by\s+electronic|disappeared\s+from\s+radar|went\s+off\s+radar"),
    ("intercepted", r"shot\s*down|downed|(?<=to\s)down|destroyed|intercepted|neutrali[sz]ed|repelled|suppressed|taken\s+down|"
                    r"disabling|disabled|shooting\s+down|intercepting|destroying|downing|took\s+out|taken\s+out|"
                    r"take\s+out|taking\s+out|knocked\s+down|knocked\s+out|neutrali[sz]ing|"
                    r"brought\s+down|eliminated|knocked\s+out|defeated|thwarted"),
    ("hit", r"hit\s+(?:their\s+|its\s+)?targets?|struck\s+(?:their\s+|its\s+)?targets?|reached\s+(?:their\s+|its\s+)?targets?|"
            r"got\s+through|hit\s+\w+\s+locations?"),
    ("launched", r"fired|launched|unleashed|sent|used|lobbed|hurled|deployed|dispatched|flew|released|dropped|"
                 rf"(?:{AIRSPACE_VERBS})(?=\s+(?:[\w’'-]+\s+){{0,2}}airspace)|"
                 r"(?:hit|struck|targeted|attacked|pounded)\s+by|"
                 r"attacked(?:\s+\w+){0,3}\s+with|struck(?:\s+\w+){0,3}\s+with|targeted(?:\s+\w+){0,3}\s+with|"
                 r"hit(?:\s+\w+){0,3}\s+with|involving|including|consisting\s+of|comprising|featuring|"
                 r"barrage\s+of|wave\s+of|swarm\s+of|salvo\s+of|total\s+of|with|firing|launching|using|involved|included|"
                 r"comprised|consisted\s+of"),
]
# Told after the figure only: "Two missiles hit the city of Uman" is two that reached their targets ("hit by" is
# the launch told from the other end).
_HIT_AFTER = r"(?:hit|hits|struck|slammed\s+into|crashed\s+into|landed\s+(?:in|on))(?!\s+by\b)"
_ROLE_RIGHT = [(key, re.compile(rf"^[\s,]*(?:\([^()]{{1,20}}\)\s*)?(?:others?\s+|more\s+|additional\s+)?(?:all\s+(?:of\s+)?)?(?:which\s+|that\s+|"
                                rf"of\s+them\s+|of\s+which\s+|them\s+)?{_BE}[\"“'‘]?(?:{cue})\b", re.I))
               for key, cue in ROLE_CUES[:2] + [("hit", ROLE_CUES[2][1] + "|" + _HIT_AFTER)] + ROLE_CUES[3:]]
_ROLE_LEFT = [(key, re.compile(rf"\b(?:{cue})\b", re.I)) for key, cue in ROLE_CUES]
_BETWEEN_NUMBER_AND_WEAPON = re.compile(
    r"^(?:\s+(?:of\s+the\s+|of\s+)?(?:[A-Za-z][\w'-]*\s+){0,3}?)?\s*$|^-\s*$"
)
_GAP_BREAK = re.compile(r"\b(?:and|or|to|were|was|by|percent|per\s+cent|times|km|miles|in|on|at|from|into|"
                        r"injured|killed|wounded|dead|died|people|civilians|children|adults|women|men|residents|when|"
                        r"as|after|while)\b|[%:;()]", re.I)
_OUT_OF = re.compile(r"^\s+(?:out\s+of|of)\s+(?:the\s+|those\s+|these\s+)?$", re.I)
# "destroyed 21 Russian Shahed drones out of the 26 Russia launched": the share, its weapon, then the wave's size.
_OUT_OF_NAMED = re.compile(r"^\s+(?:[\w-]+\s+){0,3}?(?:drones|missiles|UAVs|Shaheds|rockets)\s+(?:out\s+of|of)\s+"
                           r"(?:the\s+|those\s+|these\s+)?$", re.I)
# "18 of those 24 launched were destroyed": the wave's size told by its verb, the weapon named before.
_LAUNCHED_NOUNLESS = re.compile(r"\s+(?:(?:Russia|Moscow|Ukraine|Kyiv|the\s+enemy|the\s+occupiers|the\s+Russians|they|it)\s+"
                                r"(?:had\s+|has\s+)?)?(?:launched|fired|used)\b", re.I)
_OF_THEM = re.compile(r"^\s+(?:of\s+them|of\s+these|of\s+those|of\s+the\s+\w+)\b", re.I)
_OF_WHICH = re.compile(r"(?:of\s+which|of\s+them|of\s+these)[\s,\"“]*$", re.I)
_AIR_CONTEXT = re.compile(
    r"\b(?:attack|attacks|attacked|barrage|strikes?|struck|hit|fired|launched|air\s+defen[cs]es?|shot\s*down|downed|"
    r"intercept\w*|overnight|wave|salvo|raid|bombard\w*|pummel\w*|pound\w*)\b",
    re.I,
)
# "Russia launched 355 drones overnight. There were also 9 cruise missiles.": more of the wave just told
_THERE_WERE_ALSO = re.compile(r"\s*(?:[\"“]\s*)?(?:there\s+(?:were|was)\s+also|(?:also|in\s+addition),?\s+there\s+(?:were|was))\b",
                              re.I)
_ATTACKS_COUNTED = re.compile(r"\s+(?:massive|large-scale|major|combined|heavy|huge|big)\s+(?:[\w-]+\s+){0,4}?"
                              r"(?:attacks|waves|barrages|raids|assaults|bombardments)\b", re.I)
_NOT_WEAPON_FIGURE = re.compile(
    r"^\s+(?:\w+\s+){0,2}?(?:people|persons?|civilians?|regions?|locations?|sites?|times|cities|towns|villages|"
    r"homes|houses|buildings|days|hours|minutes|years|months|weeks|km|kilometres|kilometers|miles|percent|%|"
    r"per\s+cent|aircraft|planes|jets|bombers|ships|vessels|targets?)\b",
    re.I,
)


@dataclass
class AirFigure:
    """One figure about a wave: the count key, value, hedge, the weapon it counts, and where, when it says."""

    key: str
    quantity: Quantity
    weapon: str
    kind: str
    place: Any = None
    side: str | None = None  # the attacker, where the figure's own phrase names it ("the Ukrainian Air Force delivered")


def read_air_attacks(info: SentenceInfo, last_weapon: tuple[str, str] | None) -> list[Draft]:
    """Air-attack drafts for one sentence (one per weapon named with its own figures)."""
    text = info.text
    if is_total(text) or _HYPOTHETICAL.search(text) or info.is_running_total():
        return []
    figures = _figures(info, last_weapon)
    figures += [f for f in _tally(info) if all(g.quantity.start != f.quantity.start for g in figures)]
    if not figures:
        return []
    attacker, attacked = direction(text, info.places)
    figures = _by_region(info, figures)
    groups: list[tuple[str, str, list[AirFigure]]] = []
    for f in figures:
        for weapon, kind, figs in groups:
            # A second figure for the same key is another wave ("13 ballistic missiles, one Oreshnik missile").
            if (weapon, kind) == (f.weapon, f.kind) and all(g.key != f.key for g in figs) \
                    and all(g.place is f.place for g in figs):
                figs.append(f)
                break
        else:
            groups.append((f.weapon, f.kind, [f]))
    regional = any(f.place is not None for f in figures)
    drafts = []
    for weapon, kind, figs in groups:
        date, precision = info.date_near(figs[0].quantity.start)
        side = figs[0].side or _downed_by(text, figs)
        d = Draft("air_attack", info, date=date, date_precision=precision, actor=side or attacker,
                  target=other_side(side) if side else attacked, weapon=weapon or None, kind=kind,
                  claimed_by=info.claimant)
        for f in figs:
            d.add_count(f.key, f.quantity)
        d.location = figs[0].place if regional else _attacked_place(info)
        drafts.append(d)
    return drafts


# The side whose forces downed the figure, told before it: "Ukraine's defence forces killed 540 Russian soldiers ...
# and destroyed seven artillery systems and five drones".
_DOWNER = re.compile(r"\b(?P<side>Ukrainian|Russian|Ukraine['’]s|Russia['’]s)\s+(?:[\w-]+\s+){0,3}?(?:forces|defenders|"
                     r"defen[cs]es|troops|military|army|units)\b[^.;:]{0,120}?\b(?:downed|shot\s*down|destroyed|intercepted|"
                     r"neutrali[sz]ed)\s+(?:[\w-]+\s+){0,6}?$", re.I)


def _downed_by(text: str, figs: list[AirFigure]) -> str | None:
    """The attacker of a wave told only by what one side's forces downed: the other side."""
    if any(f.key != "intercepted" for f in figs):
        return None
    start = figs[0].quantity.start
    downer = _DOWNER.search(text, max(0, start - 200), start)
    return other_side(side_named(downer.group("side"))) if downer else None


# A daily report's tally of strikes by kind: "launched 3 missile and 57 air strikes", "28 air and six missile strikes",
# "the Air Force delivered 10 strikes on clusters of personnel". Air strikes name no weapon of the contract's.
_TALLY_KIND = re.compile(r"\s+(?P<kind>missile|air)(?:\s+strikes|strikes)\b|\s+(?P<elided>missile|air)\s+and\s+", re.I)
_TALLY_STRIKES = re.compile(r"\s+(?:missile|air)(?:\s+strikes|strikes)\b", re.I)
_AVIATION_STRIKES = re.compile(r"\b(?:(?:(?P<side>Ukrainian|Russian|Ukraine['’]s|Russia['’]s)\s+)?(?:air\s+force|aviation|aircraft)|"
                               r"air\s+force\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?P<of>Ukrain\w*|Russia\w*))\s+"
                               r"(?:\w+\s+){0,2}?(?:delivered|carried\s+out|launched|made|conducted|performed)\s+$", re.I)


def _aviation_side(text: str, q_start: int) -> tuple[bool, str | None]:
    """Whether an air force's own strikes lead up to the figure, and whose ("the Ukrainian Air Force delivered
    10 strikes on clusters of occupiers' personnel": Ukraine attacks, not the air force meeting a wave)."""
    aviation = _AVIATION_STRIKES.search(text, max(0, q_start - 60), q_start)
    if aviation is None:
        return False, None
    side = aviation.group("side") or aviation.group("of")
    return True, side_named(side) if side else None


def _tally(info: SentenceInfo) -> list[AirFigure]:
    text = info.text
    quantities = info.quantities
    out: list[AirFigure] = []
    for i, q in enumerate(quantities):
        m = _TALLY_KIND.match(text, q.end)
        aviation, side = _aviation_side(text, q.start)
        if m is None:
            if aviation and re.match(r"\s+strikes\b", text[q.end:]):
                out.append(AirFigure("launched", q, "", "", side=side))
            continue
        kind = (m.group("kind") or m.group("elided")).lower()
        if m.group("elided"):  # "28 air and six missile strikes": the noun comes after the next figure
            nxt = quantities[i + 1] if i + 1 < len(quantities) else None
            if nxt is None or nxt.start != m.end() or not _TALLY_STRIKES.match(text, nxt.end):
                continue
        out.append(AirFigure("launched", q, "missile" if kind == "missile" else "", "", side=side))
    return out


# "20 over the Bryansk region", "13 over Russia's Kursk region", "30 drones destroyed in the air over the Voronezh region"
_REGION_FIGURE = re.compile(r"^\s+(?:(?:[\w-]+\s+){0,3}?(?:drones?|uavs?|missiles?)\s+)?(?:(?:were\s+)?\w+\s+(?:(?:down\s+)?in\s+the\s+(?:air|sky)\s+)?)?"
                            r"(?:over|above|in|near)\s+(?:the\s+)?(?:(?:Russia|Ukraine)['’]s\s+)?$")


def _by_region(info: SentenceInfo, figures: list[AirFigure]) -> list[AirFigure]:
    """Figures per region ("41 drones: 20 over the Bryansk region, 12 over the Kursk region"): one figure each,
    with its place; a total they add up to exactly is not counted again (one figure, one event)."""
    text = info.text
    places = [p for p in info.places if p.level in ("admin1", "region", "settlement")]
    if not places or not figures:
        return figures
    used = {f.quantity.start for f in figures}
    told = list(figures)  # a figure placed itself still owns the bare figures after it ("nine over A and 13 over B")
    regional: list[AirFigure] = []
    for q in info.quantities:
        place = next((p for p in places if _REGION_FIGURE.match(text[q.end: p.start])), None)
        if place is None:
            continue
        owner = max((f for f in told if f.quantity.start < q.start), key=lambda f: f.quantity.start, default=None)
        own = next((f for f in told if f.quantity.start == q.start), None)
        if own is not None and (owner is None or own.weapon != owner.weapon):
            owner = own  # "shot down 11 missiles and 2 drones in Kyiv Oblast": the drones' own figure, placed
        if owner is None:
            continue
        if q.start in used:
            figures = [f for f in figures if f.quantity.start != q.start]
        regional.append(AirFigure(owner.key, q, owner.weapon, owner.kind, place))
    if not regional:
        return figures
    for f in list(figures):
        parts = [r for r in regional if (r.key, r.weapon) == (f.key, f.weapon) and r.quantity.start > f.quantity.start]
        if parts and sum(r.quantity.value for r in parts) == f.quantity.value:
            figures.remove(f)
    return figures + regional


_WAVE = re.compile(
    r"\b(?:(?:a|an|the|its|this|that|another|Russian|Ukrainian|[A-Z]\w+'s|[A-Z]\w+day's)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:air|aerial|missile|drone|rocket|combined|massive|large-scale|overnight|ballistic|cruise|night)\s+"
    r"(?:attacks?|strikes?|barrages?|bombardments?|assaults?|raids?)|"
    r"(?:Russia|Moscow|Russian\s+forces|Ukraine|Kyiv|Ukrainian\s+forces)\s+(?:\w+\s+)?(?:attacked|struck|pounded|"
    r"bombarded|hammered|targeted)|"
    r"(?:launched|fired|unleashed)\s+(?:\w+\s+){0,3}?(?:missiles|drones|rockets)|"
    r"(?:missiles|drones|rockets)\s+(?:\w+\s+)?(?:hit|struck|slammed|pounded|rained|targeted))\b",
    re.I,
)
_SPECIFIC = re.compile(r"\b(?:overnight|last\s+night|this\s+morning|early\s+(?:on\s+)?\w+day|in\s+the\s+night)\b", re.I)
_GENERIC = re.compile(r"\b(?:repeated|frequent|regular|continued|ongoing|current|constant|such|campaign|waves\s+of|any|every|would|could|"
                      r"will|might|may|if|threat\w*|warn\w*|expect\w*|fear\w*|possible|since|speculat\w*|"
                      r"suspect\w*|possibly|allegedly|reportedly\s+caused|brac(?:e|ed|es|ing)\s+for)\b", re.I)


_COMMUNITIES = re.compile(r"\b(?:hromadas?|communities|settlements|villages)\b", re.I)


def read_wave_mentions(info: SentenceInfo) -> list[Draft]:
    """A wave told without figures ("Russia launched a massive missile attack overnight"): one draft per weapon."""
    text = info.text
    m = _WAVE.search(text)
    if not m or _GENERIC.search(text) or is_total(text) or not (info.explicit_date() or _SPECIFIC.search(text)):
        return []
    if (info.explicit_date() or (None, "day"))[1] != "day":
        return []  # a raid of last month told without figures is background, not news
    if not info.weapons and _COMMUNITIES.search(text):
        return []  # "Russian forces attacked seven hromadas in Sumy Oblast": border shelling, told per community
    attacker, attacked = direction(text, info.places)
    classes = sorted({w.weapon for w in info.weapons}) or [None]
    date, precision = info.date_near(m.start())
    return [Draft("air_attack", info, date=date, date_precision=precision, actor=attacker, target=attacked,
                  weapon=c, claimed_by=info.claimant, location=_attacked_place(info)) for c in classes[:2]]


_HARM_BEFORE = re.compile(r"\b(?:kill|wound|injur|damag|destroy)\w*", re.I)


def _attacked_place(info: SentenceInfo):  # type: ignore[no-untyped-def]
    """The region or city a wave was aimed at ("fired at the Kyiv region"), not where its victims were."""
    for p in info.places:
        if p.level in ("admin1", "settlement") and can_be_hit_here(p, info) \
                and _BOUND_FOR.search(info.text[max(0, p.start - 40): p.start].lower()):
            return p  # "downed a drone in the Ramenskoye district that was flying towards Moscow": Moscow's
    for p in info.places:
        if _HARM_BEFORE.search(info.text, 0, p.start):
            break  # "..., killing a woman in Kherson": the places after the harm are the strikes'
        if p.level in ("admin1", "settlement", "region") and p.cued and can_be_hit_here(p, info):
            before = info.text[max(0, p.start - 40): p.start].lower()
            if re.search(r"\b(?:at|over|on|targeting|targeted|against|in|across)\s+(?:the\s+)?"
                         r"(?:(?!from\b|to\b)\w+\s+){0,2}$", before) or _PARTS_OF.search(before):
                return p
            if p.level == "admin1" and re.search(r"\bgovernor\s+of\s+(?:the\s+)?(?:\w+\s+)?$", before) \
                    and _WITHIN_THE_REGION.search(info.text, p.end):
                return p  # "The governor of the Cherkasy region said 25 drones were downed within the region"
    return None


# "two combat drones that were trying to reach Moscow", "a drone flying towards Moscow": the place they were sent at
_BOUND_FOR = re.compile(r"\b(?:towards?|to\s+reach|heading\s+(?:for|to))\s+(?:the\s+)?$")
# "launched 69 drones at nine districts of the Belgorod Region": the region whose parts were attacked
_PARTS_OF = re.compile(r"\b(?:at|on|against|targeting)\s+(?:[\w-]+\s+)?(?:districts?|communities|settlements|areas|parts|"
                       r"towns|villages|cities)\s+(?:of|in)\s+(?:the\s+)?(?:russia['’]s\s+|ukraine['’]s\s+)?(?:\w+\s+)?$")
_WITHIN_THE_REGION = re.compile(r"\b(?:within|over|in|across)\s+the\s+(?:region|oblast|province)\b", re.I)


# "shot down a Russian drone over Dnipropetrovsk Oblast": one weapon downed, a figure as much as "one" is.
_DOWNED_ONE = re.compile(r"\b(?:shot\s*down|downed|destroyed|intercepted|brought\s+down|took\s+out)\s+(?P<one>an?)\s+"
                         r"(?:[\w-]+\s+){0,3}?$", re.I)


def _one_downed(text: str, weapons: list[Any]) -> list[Quantity]:
    out = []
    for w in weapons:
        m = _DOWNED_ONE.search(text, max(0, w.start - 60), w.start)
        if m and not re.search(r"\bUkrainian\b|\bown\b", text[m.end("one"): w.start]):  # not its own Bayraktar
            out.append(Quantity(1, None, m.start("one"), m.end("one"), m.group("one")))
            continue
        told = _ONE_WAS_DOWNED.search(text, max(0, w.start - 30), w.start)
        if told and _WAS_DOWNED.match(text, w.end):  # "a drone had been downed"
            out.append(Quantity(1, None, told.start("one"), told.end("one"), told.group("one")))
    return out


_ONE_WAS_DOWNED = re.compile(r"\b(?P<one>an?|another)\s+(?:[\w-]+\s+){0,2}?$", re.I)
# "a drone had been downed", "Another drone that tried to carry out an attack on Moscow was shot down"
_WAS_DOWNED = re.compile(r"(?:\s+(?:that|which)\s+[^,.;]{0,60}?)?\s+(?:had\s+been|has\s+been|was)\s+(?:also\s+|later\s+)?(?:downed|shot\s*down|destroyed|intercepted)\b",
                         re.I)


_BOUGHT = re.compile(r"\b(?:procurement|purchas\w+|buy\w*|bought|order(?:ed|ing)?|production|produc\w+|manufactur\w+)\s+"
                     r"(?:of\s+)?(?:\w+\s+){0,2}$", re.I)
# "a submarine equipped with four Kalibr missiles", "ships armed with a total of up to 24 Kalibrs", "a total salvo of
# up to 16 missiles": weapons on board, ready, not fired.
_ON_BOARD = re.compile(r"\b(?:(?:equipped|armed|loaded)\s+with\s+(?:a\s+total\s+(?:salvo\s+)?of\s+)?|carr(?:y|ies|ying)\s+|"
                       r"total\s+salvo\s+of\s+)(?:up\s+to\s+)?$", re.I)
# Weapons handed to an ally: "will deliver 4 IRIS-T systems", "supplied 300 missiles"; "sent" only with its recipient
# ("send 5,000 missiles to Ukraine"), since "Russia sent 100 drones at Kyiv" is an attack.
_GIVEN = re.compile(r"\b(?:deliver(?:s|ed|ing)?|suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|transfer(?:s|red|ring)?|"
                    r"donat(?:e|es|ed|ing)|giv(?:e|es|ing)|gave|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|ship(?:s|ped|ping)?)\s+"
                    r"(?:\w+\s+){0,3}?(?:(?:up\s+to|another|more\s+than|over|about|some)\s+)?$", re.I)
_SENT = re.compile(r"\b(?:send|sends|sending|sent)\s+(?:\w+\s+){0,2}?(?:(?:up\s+to|another|more\s+than|over|about|some)\s+)?$", re.I)
_SENT_TO = re.compile(r"\s+to\s+(?:the\s+)?(?:Ukraine|Kyiv|Kiev|Ukrainian|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b(?!\s+(?:overnight|region|oblast)))",
                      re.I)
_STRIKES_AFTER = re.compile(r"\s*(?:attacks?|strikes?)\b", re.I)  # "delivered four missile attacks": fired
_RECONNAISSANCE = re.compile(r"\b(?:reconnaissance|surveillance|Orlan(?:-\d+)?|Zala|Supercam|Merlin|Forpost|Eleron)\b", re.I)


def _weapon_told_before(pos: int, weapons: list) -> tuple[str, str] | None:  # type: ignore[type-arg]
    """The (class, kind) of the last weapon the sentence names before `pos`."""
    before = [w for w in weapons if w.end <= pos]
    return (before[-1].weapon, before[-1].kind if before[-1].weapon == "missile" else "") if before else None


def _figures(info: SentenceInfo, last_weapon: tuple[str, str] | None) -> list[AirFigure]:
    text = info.text
    weapons = info.weapons
    all_but = _ALL_BUT_CLAUSE.search(text)
    quantities = [q for q in info.quantities if not (all_but and all_but.start() <= q.start < all_but.end())
                  and not (q.value == 1 and re.match(r"\s+of\s+(?:the|its|their)\s", text[q.end:]))]  # "one of the largest"
    if not weapons and not (last_weapon and _OF_WHICH_ANY.search(text)):
        return []
    downed_ones = _one_downed(text, weapons)
    quantities = sorted(quantities + downed_ones, key=lambda q: q.start)
    consumed: list[tuple[int, int]] = []
    figures: list[AirFigure] = []
    prev_weapon: tuple[str, str] | None = last_weapon
    along: set[int] = set()  # figures told "along with" one before, sharing its role
    for i, q in enumerate(quantities):
        after = text[q.end:]
        weapon = _weapon_after(q, weapons, text)
        if weapon is None:
            told = _weapon_told_before(q.start, weapons) or prev_weapon
            # "104 out of 120 missiles": the first figure counts the weapon named after the second.
            nxt = quantities[i + 1] if i + 1 < len(quantities) else None
            if nxt and _OUT_OF.match(text[q.end:nxt.start]):
                w = _weapon_after(nxt, weapons, text)
                if w is None and told and _LAUNCHED_NOUNLESS.match(text, nxt.end):
                    figures.append(AirFigure("intercepted", q, told[0], told[1]))  # "18 of those 24 launched were downed"
                    continue
                if w is not None:
                    figures.append(AirFigure(_role(text, q, w[2], consumed) or "intercepted", q, w[0], w[1]))
                    continue
            if i > 0 and told and (_OUT_OF.match(text[quantities[i - 1].end: q.start])
                                   or _OUT_OF_NAMED.match(text[quantities[i - 1].end: q.start])) \
                    and _LAUNCHED_NOUNLESS.match(text, q.end):
                figures.append(AirFigure("launched", q, told[0], told[1]))
                continue
            if _NOT_WEAPON_FIGURE.match(after):
                continue
            bare_role = _role_right(after)
            of_which = _OF_WHICH.search(text[max(0, q.start - 20): q.start]) or _OF_THEM.match(after)
            if prev_weapon and (bare_role or of_which) and (bare_role or _role_left(text, q.start, consumed)):
                key = bare_role[0] if bare_role else _role_left(text, q.start, consumed)
                if bare_role:
                    consumed.append((q.end + bare_role[1], q.end + bare_role[2]))
                figures.append(AirFigure(key or "intercepted", q, prev_weapon[0], prev_weapon[1]))
            continue
        cls, kind, weapon_end = weapon
        if _ATTACKS_COUNTED.match(text, q.end):
            continue  # "launched three massive drone and missile attacks in as many days": attacks counted, not weapons
        if _RECONNAISSANCE.search(text, q.end, weapon_end):
            continue  # "shot down an Orlan-10 reconnaissance UAV": a scout over the front, no attack
        if _BOUGHT.search(text, max(0, q.start - 30), q.start) or _ON_BOARD.search(text, max(0, q.start - 40), q.start):
            continue  # "donated for the procurement of 500 kamikaze drones": weapons bought, not fired
        if (_GIVEN.search(text, max(0, q.start - 40), q.start) and not _STRIKES_AFTER.match(text, weapon_end)) or (
                _SENT.search(text, max(0, q.start - 40), q.start) and _SENT_TO.match(text, weapon_end)):
            continue  # "Britain will send 5,000 air defence missiles to Ukraine": weapons handed over, not fired
        if i > 0 and _OUT_OF.match(text[quantities[i - 1].end: q.start]):
            key = "launched"
        else:
            key = _role(text, q, weapon_end, consumed)
            if key in (None, "launched") and _PARTITIVE.match(text[q.end: weapon_end]):
                key = "intercepted"  # "took out 102 of the missiles": a share of a wave told before
            left = _role_left(text, q.start, consumed)
            if key == "intercepted" and left == "launched" and _ALL_OF_THEM.search(text[weapon_end:]):
                # "involving 91 drones that were intercepted": one figure, launched and downed alike.
                figures.append(AirFigure("launched", q, cls, kind))
        if key in (None, "launched") and figures and figures[-1].key != "launched" and (
                _ALONG_WITH.search(text, figures[-1].quantity.end, q.start)
                or (figures[-1].quantity.start in along and _AND_NEXT.fullmatch(text, figures[-1].quantity.end, q.start))):
            key = figures[-1].key  # "335 drones were shot down, along with two HIMARS missiles and 9 guided bombs"
            along.add(q.start)
        if key is None and any(o.start == q.start for o in downed_ones):
            key = "intercepted"  # "Another drone that tried to attack Moscow was shot down": told downed
        if key is None:
            if not (_AIR_CONTEXT.search(text) or (last_weapon and _THERE_WERE_ALSO.match(text))) or q.value == 1:
                continue  # "one missile struck a busy intersection": part of a wave, not its size
            key = "launched"
        figures.append(AirFigure(key, q, cls, kind))
        prev_weapon = (cls, kind)
    for m in _ALL_WEAPON.finditer(text):
        if not re.search(r"shot|down|destroy|intercept|neutrali|taken|eliminat", text[m.start():], re.I):
            continue
        cls = "drone" if m.group("noun").lower().startswith("drone") else "missile" if m.group("noun").lower().startswith(
            ("missile", "rocket")) else "glide_bomb"
        launched = [f for f in figures if f.weapon == cls and f.key == "launched"]
        if len(launched) == 1 and not any(f.weapon == cls and f.key == "intercepted" for f in figures):
            figures.append(AirFigure("intercepted", launched[0].quantity, cls, launched[0].kind))
    return figures


# "downed all but 26 drones and 31 missiles": the figures are what got through, not what was downed.
_HYPOTHETICAL = re.compile(r"^\s*(?:If|Should|Unless|Were)\b|\b(?:could|would|might|may)\s+(?:\w+\s+)?(?:fire|launch|send|use|"
                           r"unleash|deploy|attack|strike)\b|\bcapable\s+of\b|\bcan\s+(?:carry|fire|launch)\b")
_ALL_OF_THEM = re.compile(r"^\s*,?\s*(?:all\s+of\s+(?:which|them)|which|that)\s+(?:were|was)\s+(?:all\s+)?", re.I)
# "seven missiles ... all missiles were shot down": the whole launched figure was downed.
_ALL_WEAPON = re.compile(r"\b(?:all|every\s+one)\s+(?:of\s+the\s+|the\s+)?(?P<noun>drones|missiles|rockets|bombs)"
                         r"(?:\s+(?:were|was|had\s+been)\s+(?:\w+\s+)?(?:shot\s*down|downed|destroyed|intercepted|"
                         r"neutrali[sz]ed|taken\s+out)|)", re.I)
# "All of them were taken out" on its own: every weapon of the wave just told was downed.
ALL_DOWNED = re.compile(r"^\W*all\s+(?:of\s+them|of\s+these|of\s+the\s+\w+|\w+)\b[^.;]{0,80}?\b(?:were|had\s+been)\s+"
                        r"(?:\w+\s+)?(?:shot\s*down|downed|destroyed|intercepted|neutrali[sz]ed|taken\s+out|eliminated)",
                        re.I)
_PARTITIVE = re.compile(r"^\s+of\s+(?:the|these|those|them)\b", re.I)
_ALL_BUT_CLAUSE = re.compile(r"\b(?:all\s+but|all\s+except|except\s+for)\b[^,;.]*", re.I)
_OF_WHICH_ANY = re.compile(r"\b(?:of\s+which|of\s+them|of\s+these|were\s+(?:shot\s*down|downed|destroyed|intercepted|lost))\b", re.I)


_TYPES_AND = re.compile(r"^\s+(?:shahed(?:-type)?|attack|decoy|strike|kamikaze|combat|imitation|jet-powered|"
                        r"long-range)\s+(?:and|or)\s+(?:[\w-]+\s+)?$", re.I)
_KIND_ONLY = re.compile(r"^\s+(?P<kind>ballistic|cruise|hypersonic)\s*(?:,|and|or)\s", re.I)


def _weapon_after(q: Quantity, weapons, text: str):  # type: ignore[no-untyped-def]
    """(class, kind, end) of the weapon the figure counts, when it directly follows it."""
    elliptic = _KIND_ONLY.match(text[q.end:])
    if elliptic:
        # "18 ballistic and 7 cruise missiles": the noun comes once, after the last figure.
        nxt = next((w for w in weapons if w.start > q.end), None)
        if nxt is not None and nxt.weapon == "missile":
            return ("missile", elliptic.group("kind").lower(), q.end + elliptic.end("kind"))
    for idx, w in enumerate(weapons):
        if w.start < q.end:
            continue
        gap = text[q.end: w.start]
        if _TYPES_AND.match(gap):
            return (w.weapon, _kind(w), w.end)  # "653 Shahed-type and decoy drones"
        if not _BETWEEN_NUMBER_AND_WEAPON.match(gap) or _GAP_BREAK.search(gap):
            return None
        # "drones and missiles" under one figure is a mixed wave.
        nxt = weapons[idx + 1] if idx + 1 < len(weapons) else None
        if nxt and nxt.weapon != w.weapon and re.fullmatch(r"\s*(?:and|or|,)\s*", text[w.end: nxt.start]):
            return ("mixed", "", nxt.end)
        if nxt and nxt.weapon == w.weapon and _MODEL_THEN_NOUN.fullmatch(text, w.end, nxt.start):
            return (w.weapon, _kind(w), nxt.end)  # "six Shahed-136/131 attack drones were shot down": one noun
        return (w.weapon, _kind(w), w.end)
    return None


# Between a model's name and its class noun: "Shahed-136/131 attack drones", "Kalibr cruise missiles".
_MODEL_THEN_NOUN = re.compile(r"(?:/[\w-]+)?\s+(?:(?:attack|kamikaze|strike|combat|cruise|ballistic|guided|long-range)\s+)?")


def _kind(w) -> str:  # type: ignore[no-untyped-def]
    return w.kind if w.weapon == "missile" else ""


_COORDINATED = re.compile(r"^\s*,?\s*(?:and|as\s+well\s+as)\s+(?:(?!while\b|but\b|said\b|says\b)[\w-]+\s+){0,4}?")


_AND_NEXT = re.compile(r"[\w\s-]*?(?:,\s*|\s+)and\s+")
_ALONG_WITH = re.compile(r"\b(?:along\s+with|as\s+well\s+as|together\s+with|in\s+addition\s+to)\b", re.I)


def _shared_role(text: str, noun_end: int) -> tuple[str, int, int] | None:
    """The passive verb a coordinated figure shares: "80 drones and five missiles were destroyed"."""
    m = _COORDINATED.match(text[noun_end:])
    if not m or not re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|all)\b",
                                  text[noun_end: noun_end + 40]):
        return None
    nxt = re.search(r"\b(?:drones?|missiles?|rockets?|bombs?|uavs?|shaheds?)\b", text[noun_end: noun_end + 60], re.I)
    if nxt is None:
        return None
    return _role_right(text[noun_end + nxt.end():])


def _role(text: str, q: Quantity, noun_end: int, consumed: list[tuple[int, int]]) -> str | None:
    right = _role_right(text[noun_end:]) or _shared_role(text, noun_end)
    if right and not _role_right(text[noun_end:]):
        # "destroyed 117 drones and four missiles launched by Ukraine": the verb before decides, as below
        left = _role_left(text, q.start, consumed) if right[0] == "launched" else None
        return left if left and left != "launched" else right[0]
    if right:
        consumed.append((noun_end + right[1], noun_end + right[2]))
        # "missiles fired" after the noun only says they were launched: let a verb before the figure decide.
        if right[0] != "launched":
            return right[0]
        left = _role_left(text, q.start, consumed)
        return left if left and left != "launched" else "launched"
    return _role_left(text, q.start, consumed)


def _role_right(after: str) -> tuple[str, int, int] | None:
    for key, pattern in _ROLE_RIGHT:
        m = pattern.match(after)
        if m:
            return key, m.start(), m.end()
    return None


def _role_left(text: str, pos: int, consumed: list[tuple[int, int]]) -> str | None:
    window_start = max(0, pos - 90)
    clause = text[window_start:pos]
    best: tuple[int, str] | None = None
    for key, pattern in _ROLE_LEFT:
        for m in pattern.finditer(clause):
            s = window_start + m.start()
            if any(a <= s < b for a, b in consumed):
                continue
            if best is None or s > best[0]:
                best = (s, key)
    if best is None:
        return None
    # A figure of another wave between the verb and this figure breaks the link only for "with"-like cues.
    return best[1]


__all__ = ["read_air_attacks", "find_quantities"]
