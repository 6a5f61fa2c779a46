"""What one sentence says besides its figures: when, who claims it, and who attacked whom."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from warwire.extract.lexicon import lexicon
from warwire.extract.numbers import Quantity, find_quantities
from warwire.extract.placenames import PlaceHit, find_places
from warwire.extract.sentences import Sentence

_SAY_VERBS = (
    r"said|says|say|reported|reports|told|wrote|writes|announced|announces|stated|claimed|claims|added|"
    r"confirmed|confirms|posted|noted|warned|estimated|estimates|tweeted|declared|cited|quoted"
)
_ATTRIBUTION_BEFORE = re.compile(
    rf"(?:^|[,;:\"“”]\s*|\bthat\s+|\band\s+|\bwhile\s+)(?P<who>[^,;:\"“”]{{2,90}}?)\s+(?:has\s+|had\s+|have\s+)?"
    rf"(?:{_SAY_VERBS})\b",
)
_ATTRIBUTION_AFTER = re.compile(rf"\b(?:{_SAY_VERBS})\s+(?P<who>[A-Z][^,;.\"“”]{{2,60}})")
_ACCORDING = re.compile(r"\baccording to\s+(?:a\s+statement\s+(?:from|by)\s+)?(?P<who>[^,;.\"“”]{2,90})", re.I)
_PERSON = re.compile(r"(?P<name>(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.)){1,3})$")
_TITLES = re.compile(
    r"^(?:(?:President|Prime|Minister|Foreign|Defen[cs]e|Deputy|Interior|Energy|Governor|Gov\.|Mayor|Gen\.|General|"
    r"Lt\.|Col\.|Colonel|Secretary|State|Chief|Commander|Spokesman|Spokeswoman|Spokesperson|Sen\.|Senator|Rep\.|"
    r"Ambassador|Chancellor|Head|CEO|Director|Adviser|Advisor|Admiral|Major|Captain|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|"
    r"Ukrainian|Russian|U\.S\.|US|Kremlin|Regional|Military|Acting|First|Vice|Press|Presidential|Chairman|"
    r"Minister's?)\s+)+"
)
_GENERIC_CLAIMANTS = re.compile(
    r"(?P<noun>officials?|authorities|governor|mayor|police|military|army|ministry|administration|emergency services|"
    r"rescuers|prosecutors?|spokesm[ae]n|spokeswoman|spokesperson|operator|company|utility|council|media|bloggers|"
    r"commander|command|headquarters|service|agency|government|sources|analysts|monitors|report|intelligence)\b",
    re.I,
)
_NOT_CLAIMANTS = re.compile(r"^(?:it|he|she|they|we|i|you|this|that|which|who|there|one|some|many|the statement)$", re.I)


@dataclass
class SentenceInfo:
    """A sentence with everything the event readers need from it."""

    sentence: Sentence
    quantities: list[Quantity]
    places: list[PlaceHit]
    dates: list[Any]
    claimant: str | None
    default_date: dt.date | None
    weapons: list[Any] = field(default_factory=list)
    inherited: tuple[dt.date, str] | None = None  # the date the sentence before spoke of, when this one names none

    @property
    def text(self) -> str:
        return self.sentence.text

    def date_near(self, pos: int) -> tuple[dt.date | None, str]:
        """The date of what is said at offset `pos`: the nearest past date phrase, else the article's day."""
        best = None
        best_gap = 10**9
        for d in self.dates:
            if d.date is None or getattr(d, "future", False):
                continue
            gap = d.start - pos if d.start >= pos else pos - d.end
            # A date phrase after the figure in the same clause is as good as one before it.
            if gap < best_gap:
                best, best_gap = d, gap
        if best is not None:
            return best.date, best.precision
        if self.inherited is not None:
            return self.inherited
        return self.default_date, "day" if self.default_date else "unknown"

    def explicit_date(self) -> tuple[dt.date, str] | None:
        """The date this sentence itself names (the last past one), if any."""
        past = [d for d in self.dates if d.date is not None and not getattr(d, "future", False)]
        return (past[-1].date, past[-1].precision) if past else None

    def is_future(self) -> bool:
        """True when every date phrase in the sentence points ahead (plans, forecasts)."""
        return bool(self.dates) and all(getattr(d, "future", False) for d in self.dates)


def read_sentence(sentence: Sentence, default_date: dt.date | None) -> SentenceInfo:
    """Collect figures, places, dates and the claimant of one sentence."""
    text = sentence.text
    return SentenceInfo(
        sentence=sentence,
        quantities=find_quantities(text),
        places=find_places(text),
        dates=_find_dates(text, default_date),
        claimant=attribution(text),
        default_date=default_date,
        weapons=lexicon().weapons(text),
    )


def _find_dates(text: str, ref: dt.date | None) -> list[Any]:
    if ref is None:
        return []
    try:
        from warwire.resolve.dates import find_dates
    except ImportError:
        return []
    try:
        return list(find_dates(text, ref))
    except Exception:  # a date-phrase bug must not cost the sentence its events
        return []


def attribution(text: str) -> str | None:
    """Who the sentence says the information comes from, normalised ("Ukraine's air force said" -> Ukrainian Air Force)."""
    candidates = [m.group("who") for m in _ACCORDING.finditer(text)]
    candidates += [m.group("who") for m in _ATTRIBUTION_BEFORE.finditer(text)]
    candidates += [m.group("who") for m in _ATTRIBUTION_AFTER.finditer(text)]
    for who in candidates:
        name = normalise_claimant(who)
        if name:
            return name
    return None


def normalise_claimant(phrase: str) -> str | None:
    """One claimant name for an attribution phrase, or None when it names nobody."""
    p = re.sub(r"\s+", " ", phrase.replace("’", "'")).strip(" .'\"“”‘")
    p = re.sub(r"\s+(?:on|in|late|early|last|this)\s+\w+$", "", p)
    p = re.sub(r"^(?:but|and|so|while|as|yet|however|meanwhile)\s+", "", p, flags=re.I)
    p = re.sub(r"\s+(?:on|in)\s+(?:a|an|its|his|her|their)\s+.*$", "", p)
    if not p or _NOT_CLAIMANTS.match(p) or len(p.split()) > 12:
        return None
    lex = lexicon()
    found = lex.claimant(p)
    if found:
        return found
    person = _PERSON.search(p)
    if person:
        name = _TITLES.sub("", person.group("name")).strip()
        known = lex.person(name)
        if known:
            return known
        if len(name.split()) >= 2 and not lex.actor(name):
            return name
    for word in re.findall(r"[\w'.-]+", p)[-2:]:
        known = lex.person(word)
        if known:
            return known
    actor = lex.actor(p)
    if actor:
        return actor
    generic = _GENERIC_CLAIMANTS.search(p)
    if generic:
        words = p.split()
        # Keep the qualifier in front of the noun ("city officials", "rail authorities"), drop articles.
        end = len(p[: generic.end()].split())
        kept = [w for w in words[max(0, end - 2): end] if w.lower() not in ("the", "a", "an", "local", "its")]
        return " ".join(kept) or generic.group("noun")
    return None


_ATTACK_VERBS = (
    r"fired|launched|attacked|unleashed|struck|hit|pounded|targeted|sent|used|bombarded|shelled|hammered|"
    r"battered|carried out|conducted|launching|firing|striking|attacking|targeting|pounding"
)
_DEFENCE_VERBS = r"downed|shot down|destroyed|intercepted|neutrali[sz]ed|repelled|repulsed"
_SIDES = {"Russia": "Ukraine", "Ukraine": "Russia"}
# Targets that only Ukraine attacks: Russian bases, ships, refineries, and Crimea (Russian-held, rule 5).
_RUSSIAN_ASSET = re.compile(
    r"\b(?:Russian|Russia's)\s+(?:[\w-]+\s+)?(?:air\s*base|airbase|airfield|base|warship|ship|fleet|positions|refinery|"
    r"oil\s+depot|depot|ammunition|arms\s+depot|plant|factory|territory|region|city|border\s+region)s?\b|"
    r"\b(?:in|on|over|across)\s+(?:the\s+)?(?:annexed\s+|occupied\s+)?Crimea(?:n\s+peninsula)?\b|\binside\s+Russia\b",
    re.I,
)
OCCUPIED = re.compile(
    r"\b(?:Russian|Russia|Moscow|Kremlin)[- ](?:installed|occupied|controlled|appointed|held|backed)|\boccupied\b|"
    r"\bannexed\b",
    re.I,
)


def direction(text: str, places: list[PlaceHit], default: tuple[str, str] = ("Russia", "Ukraine")) -> tuple[str, str]:
    """(attacker, attacked) for an attack told in `text`."""
    lex = lexicon()
    actor_alt = lex.actor_re.pattern
    m = re.search(rf"\b(?:fired|launched|sent|carried out)\s+(?:overnight\s+)?by\s+{actor_alt}", text, re.I)
    if m:
        return _pair(lex.actor(m.group(1)))
    m = re.search(rf"{actor_alt}\s+(?:(?:has|had|have|also|then|again|reportedly)\s+)*(?:{_ATTACK_VERBS})\b", text, re.I)
    if m and lex.actor(m.group(1)) in _SIDES:
        return _pair(lex.actor(m.group(1)))
    m = re.search(rf"{actor_alt}\s+(?:\w+\s+)?air\s+defen[cs]es?", text, re.I)
    if m and lex.actor(m.group(1)) in _SIDES:
        defender = lex.actor(m.group(1)) or ""
        return _SIDES[defender], defender
    m = re.search(
        rf"{actor_alt}\s+(?:(?!(?:said|says|say|claimed|claims|reported|reports|told|added)\b)[a-z][\w-]*\s+){{0,2}}"
        rf"(?:drones?|missiles?|air|aerial|overnight|attacks?|strikes?|barrage|"
        rf"shelling|bombardment|forces|troops|shells|rockets?)\b",
        text,
        re.I,
    )
    if m and lex.actor(m.group(1)) in _SIDES:
        return _pair(lex.actor(m.group(1)))
    m = re.search(rf"{actor_alt}\s+(?:(?:air\s+defen[cs]es?|said\s+it|said|has|had)\s+)*(?:{_DEFENCE_VERBS})\b", text, re.I)
    if m and lex.actor(m.group(1)) in _SIDES:
        defender = lex.actor(m.group(1))
        return _SIDES[defender or ""], defender or ""
    if OCCUPIED.search(text) or _RUSSIAN_ASSET.search(text):
        return "Ukraine", "Russia"
    countries = {p.country for p in places if p.level != "country" and p.country}
    if countries == {"RU"}:
        return "Ukraine", "Russia"
    return default


def _pair(actor: str | None) -> tuple[str, str]:
    if actor in _SIDES:
        return actor, _SIDES[actor]
    return actor or "Russia", "Ukraine"
