"""Merge drafts that tell the same event twice in one article (rough figure first, exact one later)."""
from __future__ import annotations

import re

from warwire.extract.draft import Draft
from warwire.extract.placenames import PlaceHit, region_of
from warwire.extract.strikes import HIT_TOLD


def _compatible_values(a: Draft, b: Draft) -> bool:
    for key, value in b.counts.items():
        if key in a.counts and a.counts[key] != value and not (a.hedges.get(key) or b.hedges.get(key)):
            return False
    return True


def _same_place(a: Draft, b: Draft) -> bool:
    if a.location is None or b.location is None:
        return True
    return bool(a.location.name == b.location.name)


def _one_place(a: PlaceHit, b: PlaceHit) -> bool:
    """The same place, or one community told twice, the second time without the oblast that placed it ("the Semeniv
    hromada in Chernihiv Oblast", then "the Semeniv hromada", which alone resolves to a namesake elsewhere)."""
    return a.name == b.name or (a.level == b.level == "settlement" and a.mention == b.mention)


_REGIONAL = re.compile(r"\b(?:governor|regional|oblast|region|mayor)\b", re.I)
# A sentence set in a place of its own from its first words: "In London, crowds gathered outside the embassy".
_SET_IN = re.compile(r"^\W*(?:In|At|Outside|Near)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,")
_MANY_REGIONS = re.compile(r"\b(?:in|across)\s+(?:many|several|numerous|multiple|most|\d+)\s+(?:regions|oblasts)\b|"
                           r"\bacross\s+(?:the\s+country|Ukraine)\b|\bnationwide\b|\bcountrywide\b", re.I)


def _dates_agree(a: Draft, b: Draft) -> bool:
    return a.date == b.date or not (a.dated and b.dated)


def _near(a: Draft, b: Draft, sentences: int = 2) -> bool:
    return any(abs(x.sentence.index - y.sentence.index) <= sentences for x in a.sentences for y in b.sentences)


def _same_item(a: str, b: str) -> bool:
    """Two names of one weapon: they share its proper name ("new Patriot battery", "new Patriot missile")."""
    names = {w for w in a.split() if w[:1].isupper()} & {w for w in b.split() if w[:1].isupper()}
    return bool(names)


# "the death toll following the Russian attack on Uman has risen to 17": the strike told before, its toll now.
_TOLL_RISEN = re.compile(r"\b(?:death\s+toll|number\s+of\s+(?:\w+\s+)?(?:dead|deaths|killed|injured|wounded|victims|casualties|"
                         r"people\s+(?:killed|injured))|casualties)\b[^.;]{0,80}?\b(?:has\s+|had\s+)?(?:risen|rose|climbed|"
                         r"increased|grown|grew|reached|jumped)\b", re.I)


def _updates_toll(d: Draft) -> bool:
    return any(_TOLL_RISEN.search(s.text) for s in d.sentences)


def _bare_toll(d: Draft) -> bool:
    """"Later, Taburets reported that five people had been injured in Uman": a toll at the place, no new hit told."""
    return bool(d.counts) and d.item is None and not any(HIT_TOLD.search(s.text) for s in d.sentences)


_FUNCTION = frozenset("the and for with from that this their its against about into over more new deal".split())


def _shared_words(a: str | None, b: str | None) -> int:
    """How many content words two decisions' items share ("sanctions", "grain"); none when their figures differ."""
    words = [{w for w in re.findall(r"[a-z]{4,}", (x or "").lower()) if w not in _FUNCTION} for x in (a, b)]
    figures = [set(re.findall(r"\d[\d,.]*", x or "")) for x in (a, b)]
    if figures[0] and figures[1] and not figures[0] & figures[1]:
        return 0  # "3,000 troops" and "8,500 troops": two decisions
    return len(words[0] & words[1])


def _same(a: Draft, b: Draft) -> bool:
    if a.type != b.type:
        return False
    if a.type == "protest":  # "In Paris, 3,000 people marched. In London, crowds gathered": two protests
        return _near(a, b) and _dates_agree(a, b) and _compatible_values(a, b) \
            and (_same_place(a, b) or not _SET_IN.match(b.sentences[0].text))
    if a.type == "arms_transfer":
        if (a.actor, a.target) == (b.actor, b.target) and not a.counts and not b.counts \
                and a.sentences[0] is b.sentences[0]:
            # "supplied Russia with attack drones and artillery shells", "passed a $95 billion aid bill, delivering
            # weapons to Ukraine": one transfer, no figure to split; the first verb says what happened
            return True
        if (a.actor, a.target, a.kind) == (b.actor, b.target, b.kind) and a.counts and a.counts == b.counts \
                and a.item and b.item and _same_item(a.item, b.item):
            # "providing a new Patriot battery", then paragraphs later "the announced delivery of a new Patriot
            # missile battery": one supplier, one weapon, one figure in one article is one transfer
            return True
        if a.counts and b.counts and a.counts != b.counts:
            return False  # "3,600 small arms ... 400 grenade launchers": items counted apart are transfers apart
        if bool(a.counts) != bool(b.counts) and a.sentences[0] is b.sentences[0] and a.item and b.item \
                and not _same_item(a.item, b.item):
            return False  # "over 300 T-72 tanks, as well as Leopard 2 tanks": a counted item and another beside it
        return (a.actor, a.target, a.status, a.kind) == (b.actor, b.target, b.status, b.kind) and (
            a.date == b.date or (_near(a, b, 3) and _dates_agree(a, b)))
    shared = _shared_words(a.item, b.item) if a.type == "policy" else 0
    if shared and a.actor == b.actor and a.status == b.status \
            and ((not (a.dated and b.dated) and _near(a, b, 3)) or (a.date == b.date and shared >= 2)):
        # "announced on Wednesday that the EU agreed to sanctions against Belarus", then "The EU agreed to accept
        # sanctions against Belarus": the decision told again without its date
        return True
    if a.type == "ground_combat" and a.location is None and b.location is None and a.counts \
            and (a.actor, a.target) == (b.actor, b.target) and a.counts == b.counts:
        # "defenders killed 540 invaders over the past day", then the losses table's "(+540) military personnel",
        # dated by the report's day
        return a.date is None or b.date is None or abs((a.date - b.date).days) <= 1
    if a.date != b.date or a.actor != b.actor or a.target != b.target:
        return False
    if a.type == "air_attack":
        if a.weapon != b.weapon and (a.counts and b.counts or (a.weapon and b.weapon)):
            return False
        if a.kind and b.kind and a.kind != b.kind:
            return False
        if (a.location is None) != (b.location is None) and a.counts and b.counts \
                and _REGIONAL.search((a if a.location is not None else b).claimed_by or ""):
            return False  # a governor's "25 drones downed within the region": the region's share of the wave
        return _compatible_values(a, b) and _same_place(a, b)
    if a.type in ("strike", "ground_combat", "infrastructure_outage"):
        if a.type == "infrastructure_outage" and a.item != b.item:
            return False
        if a.type == "infrastructure_outage" and (a.location is None) != (b.location is None):
            # A bare "left people without power" folds into the same outage told with its place; "power cuts in
            # many regions" is the country's, not the one town's.
            bare = a if a.location is None else b
            return not bare.counts and not any(_MANY_REGIONS.search(s.text) for s in bare.sentences)
        return a.location is not None and b.location is not None and _one_place(a.location, b.location) \
            and (_compatible_values(a, b) or (a.type == "strike" and (_updates_toll(b) or _bare_toll(b))))
    if a.type == "territorial_claim":
        return _spelling(a.place) == _spelling(b.place) and a.status == b.status
    if a.type == "policy":
        return a.status == b.status and a.item == b.item
    return False


def _spelling(name: str | None) -> str | None:
    """A village's name with the letters transliterations swap made one ("Mayorsk" and "Maiorsk")."""
    return name.lower().replace("y", "i").replace("j", "i") if name else name


def _unnamed_claims_told_by_name(drafts: list[Draft]) -> list[Draft]:
    """"took control of a village in the Zaporizhzhia region", then "captured the settlement of Chervone": one claim,
    the named one."""
    named = {(d.actor, d.status, d.date) for d in drafts if d.type == "territorial_claim" and d.place}
    return [d for d in drafts if not (d.type == "territorial_claim" and not d.place
                                      and (d.actor, d.status, d.date) in named)]


def merge_drafts(drafts: list[Draft]) -> list[Draft]:
    """One draft per event: later drafts of the same event fold into the most alike earlier one."""
    out: list[Draft] = []
    for d in drafts:
        same = [kept for kept in out if _same(kept, d)]
        if same:
            # "15 Kh-101" belongs with "19 Kh-101 cruise missiles", not with "48 missiles" of every kind.
            best = max(same, key=lambda k: (k.kind == d.kind, k.weapon == d.weapon, k.location is d.location))
            _fold(best, d)
        else:
            out.append(d)
    return _unnamed_claims_told_by_name(_weapon_of_the_day(_toll_of_mixed_waves(_drop_summed_totals(
        _small_salvo_is_its_strike(_region_into_its_town(_villages_into_their_front(out)))))))


def _villages_into_their_front(drafts: list[Draft]) -> list[Draft]:
    """"On the Bakhmut front, Russian forces continue their offensive. They conducted unsuccessful offensive operations
    near Ivanivske and Predtechyne": fighting at villages told after a front, in its paragraph, is that front's."""
    out: list[Draft] = []
    for d in drafts:
        front = None
        if d.type == "ground_combat" and d.location is not None and not d.counts and len(d.sentences) == 1 \
                and not _FRONT_WORD.search(d.sentences[0].text):
            told = d.sentences[0].sentence
            front = next((f for f in reversed(out) if f.type == "ground_combat" and f.location is not None
                          and f.actor == d.actor and _dates_agree(f, d) and any(
                              s.sentence.paragraph == told.paragraph and 0 < told.index - s.sentence.index <= 2
                              and re.search(rf"\b{re.escape(f.location.mention)}\s+(?:front|direction|axis)\b", s.text)
                              for s in f.sentences)), None)
        if front is None:
            out.append(d)
            continue
        front.sentences.extend(d.sentences)
    return out


_FRONT_WORD = re.compile(r"\b(?:front|direction|axis)s?\b", re.I)


def _small_salvo_is_its_strike(drafts: list[Draft]) -> list[Draft]:
    """"Two Russian S-300 missiles hit a civilian facility in Kostiantynivka": a salvo of a few weapons on one town,
    told with the strike it made there, is that strike, not a wave of its own."""
    return [d for d in drafts if not (
        d.type == "air_attack" and set(d.counts) <= {"launched", "hit"} and d.counts and max(d.counts.values()) <= 3
        and d.location is not None and d.location.level == "settlement"
        and any(s.type == "strike" and s.location is not None and s.location.name == d.location.name
                and set(s.sentences) & set(d.sentences) for s in drafts))]


# Fire from the ground: a strike told with it was not hit by the day's drones or missiles.
_GROUND_WEAPON = re.compile(r"\b(?:artillery|mortars?|mines|grenade[\s-]+launchers?|tanks?|MLRS|multiple[\s-]+launch)\b", re.I)


def _region_into_its_town(drafts: list[Draft]) -> list[Draft]:
    """A strike on a region told without figures, beside a strike on a town in it on the same day, is that
    strike told coarsely ("explosions during an air raid in Zaporizhzhia Oblast" after "a missile struck an
    apartment block in the city of Zaporizhzhia"); told by another source, it is another event (the ministry's
    airfield strike "in the Kharkiv region" beside the governor's toll in Kharkiv)."""
    out = []
    for d in drafts:
        town = None
        if d.type == "strike" and d.location is not None and d.location.level == "admin1":
            town = next((t for t in drafts if t is not d and t.type == "strike" and t.location is not None
                         and t.location.level == "settlement" and region_of(t.location.name) == d.location.name
                         and t.actor == d.actor and _dates_agree(t, d)
                         and (t.claimed_by == d.claimed_by or None in (t.claimed_by, d.claimed_by))
                         and (not d.counts or _same_toll_retold(d, t))), None)
        if town is None:
            out.append(d)
            continue
        town.sentences.extend(d.sentences)
        town.item = town.item or d.item
        town.weapon = town.weapon or d.weapon
    return out


def _same_toll_retold(region: Draft, town: Draft) -> bool:
    """"The Russians killed a civilian in Kharkiv Oblast. A 60-year-old woman from Dvorichna ... was killed": the
    region's toll told again, at once, with the town it fell in."""
    told = [s.sentence.index for s in region.sentences if _HARM.search(s.text)]
    first = town.sentences[0]
    return all(town.counts.get(k) == v for k, v in region.counts.items()) and bool(_HARM.search(first.text)) \
        and any(abs(first.sentence.index - i) <= 1 for i in told)


_HARM = re.compile(r"\b(?:killed|killing|died|dead|wounded|wounding|injured|injuring)\b", re.I)


def _weapon_of_the_day(drafts: list[Draft]) -> list[Draft]:
    """A strike told without its weapon, on a day whose waves were all of one weapon, was hit by that weapon
    (unless the sentence telling it names mortars or artillery)."""
    for d in drafts:
        if d.type != "strike" or d.weapon is not None or _GROUND_WEAPON.search(d.sentences[0].text):
            continue
        weapons = {w.weapon for w in drafts if w.type == "air_attack" and w.date == d.date and w.actor == d.actor}
        if len(weapons) == 1 and next(iter(weapons)) in ("drone", "missile", "glide_bomb"):
            d.weapon = next(iter(weapons))
    return drafts


def _toll_of_mixed_waves(drafts: list[Draft]) -> list[Draft]:
    """When a day's wave is split per weapon, its deaths and injuries belong to the whole wave: they move to a
    `mixed` event of that day, so a drone count never carries the victims of a missile."""
    for d in list(drafts):
        if d.type != "air_attack" or d.weapon in (None, "mixed") or not ({"killed", "injured"} & set(d.counts)):
            continue
        others = [o for o in drafts if o is not d and o.type == "air_attack" and o.date == d.date
                  and o.actor == d.actor and o.weapon not in (None, "mixed", d.weapon) and "launched" in o.counts]
        if not others:
            continue
        mixed = next((o for o in drafts if o.type == "air_attack" and o.date == d.date and o.actor == d.actor
                      and o.weapon in ("mixed", None)), None)
        if mixed is None:
            mixed = Draft("air_attack", d.info, date=d.date, date_precision=d.date_precision, actor=d.actor,
                          target=d.target, weapon="mixed", claimed_by=d.claimed_by)
            drafts.append(mixed)
        mixed.weapon = "mixed"
        for key in ("killed", "injured"):
            if key in d.counts:
                mixed.counts.setdefault(key, d.counts.pop(key))
                if key in d.hedges:
                    mixed.hedges.setdefault(key, d.hedges.pop(key))
    return drafts


def _drop_summed_totals(drafts: list[Draft]) -> list[Draft]:
    """A wave's total that only adds up the per-type figures told beside it is not an event of its own
    ("18 missiles" = 6 Kinzhal + 9 Kalibr + 3 others): one figure, one event."""
    out = []
    for d in drafts:
        if d.type == "air_attack" and not d.kind and set(d.counts) <= {"launched", "intercepted"} and d.counts:
            parts = [p for p in drafts if p is not d and p.type == "air_attack" and p.date == d.date
                     and p.weapon == d.weapon and p.kind]
            if len(parts) >= 2 and all(sum(p.counts.get(k, 0) for p in parts) == v for k, v in d.counts.items()):
                continue
        out.append(d)
    return out


def _fold(kept: Draft, d: Draft) -> None:
    if d.dated and not kept.dated:
        kept.date, kept.date_precision, kept.dated = d.date, d.date_precision, True
    update = kept.type == "strike" and _updates_toll(d)
    bare = kept.type == "strike" and not update and _bare_toll(d) and not _compatible_values(kept, d)
    for key, value in d.counts.items():
        if bare and value <= kept.counts.get(key, 0):
            continue  # a toll told again as it changed: the largest stands
        if key not in kept.counts or (kept.hedges.get(key) and not d.hedges.get(key)) or update or bare:
            kept.counts[key] = value
            if d.hedges.get(key):
                kept.hedges[key] = d.hedges[key]
            else:
                kept.hedges.pop(key, None)
            if d.claimed_by and key in ("launched", "intercepted", "lost"):
                kept.claimed_by = d.claimed_by
    if kept.weapon is None or (kept.weapon == "mixed" and not kept.counts and d.weapon):
        kept.weapon = d.weapon
    kept.kind = kept.kind or d.kind
    kept.location = kept.location or d.location
    if kept.type == "infrastructure_outage" and not kept.sentences[0].places and d.location is not None:
        kept.location = d.location
    if kept.type == "arms_transfer" and kept.item and d.item and d.item.lower() not in kept.item.lower():
        # "Storm Shadow" then "Storm Shadow missiles": the fuller name; different items: both
        kept.item = d.item if kept.item.lower() in d.item.lower() else f"{kept.item} and {d.item}"
    kept.item = kept.item or d.item
    kept.actor = kept.actor or d.actor
    kept.target = kept.target or d.target
    kept.claimed_by = kept.claimed_by or d.claimed_by
    kept.sentences.extend(d.sentences)
