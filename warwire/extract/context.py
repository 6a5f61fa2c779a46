"""What one sentence says besides its figures: when, who claims it, and who attacked whom."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cached_property
from typing import Any

from warwire.extract.lexicon import lexicon
from warwire.extract.numbers import Quantity, find_quantities
from warwire.extract.placenames import PlaceHit, find_places, is_large_city, region_of
from warwire.extract.sentences import Sentence

_SAY_VERBS = (
    r"said|says|say|reported|reports|told|wrote|writes|announced|announces|stated|claimed|claims|added|"
    r"confirmed|confirms|posted|noted|warned|estimated|estimates|tweeted|declared|cited|quoted|"
    r"(?:promised|pledged)(?=\s+(?:that|to)\b)|"  # "Macron promised that France would give": he says so
    r"alleged(?=\s+that\b)|accused(?=\s+[\w’'-]+(?:\s+[\w’'-]+)?\s+of\b)|claiming(?=\s+(?:that|to)\b)"
)
_ATTRIBUTION_BEFORE = re.compile(
    rf"(?:^|[,;:\"“”]\s*|\bthat\s+|\band\s+|\bwhile\s+|\bwith\s+)(?P<who>[^,;:\"“”]{{2,90}}?),?\s+(?:has\s+|had\s+|have\s+)?"
    rf"(?:{_SAY_VERBS})\b",
)
_REPORTED_ON = re.compile(rf"\b(?:{_SAY_VERBS})\s+(?:on\s+)?$")
_ATTRIBUTION_AFTER = re.compile(rf"\b(?:{_SAY_VERBS})\s+(?P<who>[A-Z][^,;.\"“”]{{2,60}})")
# "..., said the governor of Dnipropetrovsk region, Serhiy Lysak": the person the role introduces.
_ROLE_AFTER = re.compile(rf"\b(?:{_SAY_VERBS})\s+the\s+[a-z][^,;.\"“”]{{2,60}},\s+"
                         rf"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}})(?=[,.;]|$)")
_ACCORDING = re.compile(
    r"\baccording to\s+(?:a\s+statement\s+(?:from|by)\s+)?(?P<who>[^,;.\"“”]{2,90})"
    r"(?:,\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})(?=[,.;]|$))?", re.I)
# "Oleh Syniehubov, the governor of Kharkiv region, said": the person, not the role.
_APPOSITIVE = re.compile(
    rf"(?:^|[,;:\"“”]\s*|\bthat\s+)(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,3}}),\s+(?:the\s+|a\s+|an\s+)?[^,;\"“”]{{3,70}}?,"
    rf"\s+(?:has\s+|had\s+)?(?:{_SAY_VERBS})\b")
# "He said", "the Ukrainian leader said": someone named earlier in the article.
PRONOUN = "<earlier speaker>"
_PRONOUNS = re.compile(r"^(?:he|she|the\s+(?:\w+\s+)?(?:leader|president|mayor|governor|minister|official|chief|"
                       r"spokesman|spokeswoman|head|commander))$", re.I)
_PERSON = re.compile(r"(?P<name>(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.)){1,3})$")
_TITLES = re.compile(
    r"^(?:(?:President|Prime|Minister|Foreign|Defen[cs]e|Deputy|Interior|Energy|Governor|Gov\.?|Mayor|Gen\.?|General|"
    r"Lt\.?|Col\.?|Colonel|Secretary|State|Chief|Commander|Spokesman|Spokeswoman|Spokesperson|Sen\.?|Senator|Rep\.?|"
    r"Ambassador|Chancellor|Head|CEO|Director|Adviser|Advisor|Admiral|Major|Captain|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|"
    r"Ukrainian|Russian|U\.S\.|US|Kremlin|Regional|Military|Acting|First|Vice|Press|Presidential|Chairman|"
    r"Minister's?)\s+)+"
)
_GENERIC_CLAIMANTS = re.compile(
    r"(?P<noun>officials?|authorities|governor|mayor|police|military|army|navy|ministry|administration|emergency services|"
    r"rescuers|prosecutors?|spokesm[ae]n|spokeswoman|spokesperson|operator|company|utility|council|media|bloggers|"
    r"commander|command|headquarters|service|agency|government|sources|analysts|monitors|report|intelligence)\b",
    re.I,
)
# "Russia's TASS news agency", "the Interfax agency", "Ukraine's SBU security service": a body named before its kind.
_NAMED_OUTLET = re.compile(r"(?:^|\s)(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+(?:(?:news|state|state-run|state-owned|"
                           r"official|security|intelligence)\s+)*(?:agency|service)$")
# "South Korea's military": a country's body, named by the country's adjective.
_OWNER = re.compile(r"(?:^|\s)(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)['’]s\s+$")
_NOT_CLAIMANTS = re.compile(r"^(?:it|he|she|they|we|i|you|this|that|which|who|there|one|some|many|the statement)$", re.I)


# What marks a date as a period's bound: "until May 11", "starting May 8", "from May 8 to", "between May 8 and".
_PERIOD_END = re.compile(r"\b(?:until|till|through|to|starting|beginning|effective)\s+(?:on\s+)?$", re.I)
# "a day after the agreement was signed": the phrase dates the clause that follows it (see warwire.resolve.dates),
# not what was told before it ("launched strikes on Odesa a day after the agreement was signed").
_DATES_WHAT_FOLLOWS = re.compile(r"(?:an?|one|two|three|four|five|six|\d+|several|a\s+few)\s+(?:days?|weeks?|months?)\s+"
                                 r"(?:after|before|prior\s+to)\b", re.I)
# "deployed 1,000 more troops, on top of the 12,000 deployed last year": a date in the comparison is not the act's.
_COMPARED = re.compile(r"(?:,|;|—|–)\s*(?:on\s+top\s+of|topping|compared\s+(?:with|to)|up\s+from|down\s+from|after|"
                       r"following|while|whereas|in\s+addition\s+to)\b", re.I)
# Words that open a clause with its own time: "..., days after Russia agreed", "when Putin agreed".
_TIME_CLAUSE = re.compile(r";|\b(?:after|before|when|since|while|whereas|because|until|once)\b", re.I)
_PERIOD_START = re.compile(r"\b(?:from|between)\s+(?:on\s+)?$", re.I)
_PERIOD_NEXT = re.compile(r"^\s*(?:to|until|till|through|and|-|–)\s", re.I)


# An editor's gloss that defines a word: "[an administrative unit designating a town ... – ed.]", "[a hromada is ...]".
_GLOSS = re.compile(r"\[(?:an?\s|[A-Za-z]+\s+is\s+an?\s)[^][]{20,300}?[–—-]\s*ed\.?\]")


class SentenceInfo:
    """A sentence with everything the event readers need from it, each part computed on first use.

    Most sentences of a report carry no event, so places, dates and claimants are only looked up
    for the sentences a reader actually asks about.
    """

    def __init__(self, sentence: Sentence, default_date: dt.date | None) -> None:
        self.sentence = sentence
        self.default_date = default_date
        self.inherited: tuple[dt.date, str] | None = None  # the date the sentence before spoke of
        self.referred: list[PlaceHit] = []  # places "the city", "the region", "there" stand for
        self.in_period = False  # the sentence before set a span ("over the past week") that this one counts over
        self.speaker_country: str | None = None  # the government the sentence's speaker speaks for, when known
        self.recent: list[PlaceHit] = []  # places the article spoke of just before (a city whose districts it may name)

    @cached_property
    def text(self) -> str:
        """The sentence as the readers read it: an editor's gloss defining a word ("[a heated premises stocked with
        food and power banks to assist residents facing hardships due to power cuts – ed.]") blanked, offsets kept."""
        return _GLOSS.sub(lambda m: " " * len(m.group(0)), self.sentence.text)

    @cached_property
    def quantities(self) -> list[Quantity]:
        """Figures of the sentence, leaving out the numbers of its date phrases ("on Dec. 16")."""
        spans = [(d.start, d.end) for d in self.dates]
        return [q for q in find_quantities(self.text)
                if not any(a <= q.start < b or q.start <= a < q.end for a, b in spans)]

    def is_running_total(self) -> bool:
        """True when the sentence counts over a period running up to now ("since October, ...", or "over the
        past week ..." said in the sentence before it)."""
        return self.in_period or any(getattr(d, "since", False) for d in self.dates)

    @cached_property
    def places(self) -> list[PlaceHit]:
        own = find_places(self.text)
        if own and all(_city_district(p) for p in own):
            # "In Dniprovskyi district, a private house was destroyed" in a story of Kyiv: the city's district, not a
            # raion of that name elsewhere
            city = next((p for p in self.recent if p.level == "settlement" and p.country == "UA"
                         and is_large_city(p.name)), None)
            if city is not None:
                own = [replace(city, mention=p.mention, start=p.start, end=p.end) for p in own]
        if self.referred and not any(p.level != "country" for p in own):
            return own + self.referred
        return own

    @cached_property
    def dates(self) -> list[Any]:
        """Date phrases of this sentence (offsets into it); set from the whole article when it is read."""
        return _find_dates(self.sentence.text, self.default_date)

    @cached_property
    def claimant(self) -> str | None:
        return attribution(self.sentence.text)

    @cached_property
    def weapons(self) -> list[Any]:
        return lexicon().weapons(self.text)

    def date_near(self, pos: int, *, periods: bool = True) -> tuple[dt.date | None, str]:
        """The date of what is said at offset `pos`: the nearest past date phrase, else the article's day.

        A date that only says when something was *said* ("the air force said on Sunday") dates the event only
        when the sentence names no other date. With `periods=False`, the bounds of a period ("a ceasefire from
        May 8 to May 11") say when the thing decided runs, not when it was decided, and are passed over, as are
        dates on the far side of a comparison or a "while" ("..., on top of the 12,000 deployed last year",
        "sent soldiers this year, while continuing to supply missiles").
        """
        best = None
        best_gap = 10**9
        dates = self._past_dates()
        if not periods:
            dates = [d for d in dates if not self._bounds_period(d) and not (
                d.start > pos and _COMPARED.search(self.sentence.text, pos, d.start)) and not (
                d.end <= pos and _COMPARED.search(self.sentence.text, d.end, pos))]
        # "the largest attack since the full-scale invasion began more than three years ago": the start of a span
        # the superlative measures, not the day of the attack
        dates = [d for d in dates if not _SINCE_CLAUSE.search(self.sentence.text, max(0, d.start - 80), d.start)]
        dates = [d for d in dates if not (d.start > pos and _DATES_WHAT_FOLLOWS.match(d.text) and not any(
            0 <= o.start - d.end <= 5 for o in self.dates))]  # "two days before Christmas" dates what it follows
        # "this month's election", "last year's offensive": a possessive date qualifies a noun, not the event; "last
        # month's attack on Kyiv" dates the attack it names.
        text = self.sentence.text
        dates = [d for d in dates if not (_possessive(d, text) and d.precision in ("week", "month", "year"))] \
            or [d for d in dates if _ATTACK_NOUN.match(text, d.end + (0 if d.text.endswith(("'s", "’s")) else 2))]
        told = [d for d in dates if _REPORTED_ON.search(self.sentence.text[max(0, d.start - 30): d.start])]
        if len(told) < len(dates):
            dates = [d for d in dates if d not in told]
        for d in dates:
            gap = d.start - pos if d.start >= pos else pos - d.end
            # A date phrase after the figure in the same clause is as good as one before it.
            if gap < best_gap:
                best, best_gap = d, gap
        if best is not None:
            return best.date, best.precision
        if self.inherited is not None:
            return self.inherited
        return self.default_date, "day" if self.default_date else "unknown"

    def is_future_at(self, pos: int) -> bool:
        """True when the clause around offset `pos` is dated ahead: a plan or a forecast ("Russia will hold
        drills starting on September 12th" is told by its start, which is no plan). A future date in another
        clause ("Wang is to meet Lavrov on Tuesday, days after Russia agreed to a truce") does not count, nor
        do the bounds of a period ("a ceasefire from May 8 to May 11")."""
        text = self.sentence.text
        starts = [m.end() for m in _TIME_CLAUSE.finditer(text, 0, pos)]
        after = _TIME_CLAUSE.search(text, pos)
        lo, hi = (starts[-1] if starts else 0), (after.start() if after else len(text))
        return any(getattr(d, "future", False) and lo <= d.start < hi and not self._bounds_period(d)
                   for d in self.dates)

    def _bounds_period(self, d: Any) -> bool:
        text = self.sentence.text
        before = text[max(0, d.start - 16): d.start]
        if _PERIOD_END.search(before):
            return True
        # "from May 8 to May 11" is a period; "from February 24, 2022, the EU adopted" counts since a day
        return bool(_PERIOD_START.search(before) and _PERIOD_NEXT.match(text[d.end: d.end + 12]))

    def _past_dates(self) -> list[Any]:
        """Date phrases that date something already done: not plans, not the start of a running period."""
        return [d for d in self.dates if d.date is not None and not getattr(d, "future", False)
                and not getattr(d, "since", False)]

    def explicit_date(self) -> tuple[dt.date, str] | None:
        """The date this sentence itself names (the last past one), if any."""
        past = self._past_dates()
        return (past[-1].date, past[-1].precision) if past else None


_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:the\s+)?(?:[\w’'-]+\s+){1,6}?(?:began|started|begun|launched|invaded)\s+"
                           r"(?:[\w-]+\s+){0,3}$", re.I)


def _possessive(d: Any, text: str) -> bool:
    """Whether a date phrase is told as a possessive ("this month's election")."""
    return d.text.endswith(("'s", "’s")) or text[d.end: d.end + 2] in ("'s", "’s")


_ATTACK_NOUN = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|barrage|shelling|bombardment|assault|offensive|"
                          r"raid|bombing)\b", re.I)


# A Ukrainian city's district, as news names it: "Dniprovskyi district", "Shevchenkivskyi district".
_CITY_DISTRICT = re.compile(r"\w+(?:skyi|skyy|sky)\s+district$", re.I)


def _city_district(p: PlaceHit) -> bool:
    """Whether a place hit may be a Ukrainian city's district read as a raion of the same name elsewhere."""
    return p.country != "RU" and bool(_CITY_DISTRICT.search(p.mention))


def read_sentence(sentence: Sentence, default_date: dt.date | None) -> SentenceInfo:
    """A sentence ready for the event readers."""
    return SentenceInfo(sentence, default_date)


def dates_by_sentence(body: str, ref: dt.date | None) -> dict[int, list[Any]]:
    """Date phrases of a whole body, resolved in one pass (so "two days later" counts from what came before),
    grouped by the sentence they stand in and shifted to offsets within it."""
    from warwire.extract.sentences import split_sentences

    mentions = _find_dates(body, ref)
    out: dict[int, list[Any]] = {}
    sentences = split_sentences(body)
    i = 0
    for m in mentions:
        while i < len(sentences) and sentences[i].end <= m.start:
            i += 1
        if i == len(sentences):
            break
        s = sentences[i]
        if s.start <= m.start and m.end <= s.end:
            out.setdefault(s.start, []).append(replace(m, start=m.start - s.start, end=m.end - s.start))
    return out


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


# An adverb set off by commas between a source and its verb: "Russia's Ministry of Defense, meanwhile, said".
_ASIDE = re.compile(r",\s+(?:meanwhile|however|though|too|also|in\s+turn|for\s+its\s+part|separately|in\s+response),\s+",
                    re.I)


def attribution(text: str) -> str | None:
    """Who the sentence says the information comes from, normalised ("Ukraine's air force said" -> Ukrainian Air Force)."""
    text = _TITLE_STOP.sub(r"\1", _ASIDE.sub(" ", text))  # "according to regional Gov. Serhii Lysak"
    spoken = spokesperson(text)
    if spoken is not None:
        return spoken[0]
    candidates = [m.group("name") for m in _APPOSITIVE.finditer(text)]
    candidates += [m.group("name") for m in _ROLE_AFTER.finditer(text)]
    candidates += [m.group("name") or m.group("who") for m in _ACCORDING.finditer(text)]
    candidates += [m.group("who") for m in _ATTRIBUTION_BEFORE.finditer(text)]
    candidates += [m.group("who") for m in _ATTRIBUTION_AFTER.finditer(text)]
    names = (n for n in (normalise_claimant(who) for who in candidates) if n)
    first = next(names, None)
    if first is None:
        return None
    # "Russia's Defence Ministry said ..., according to a report on the state-run TASS": the agency passes it on
    source = next((n for n in names if n != PRONOUN and not _OUTLET.search(n)), None) if _WIRE.search(first) else None
    return _cited_by(text, first) or source or first


# News agencies and outlets that pass on another source's word ("the TASS state news agency reported, citing Russia's
# Defence Ministry"): the claim is the source's.
_WIRES = r"TASS|Interfax|RIA(?:\s+Novosti)?|Reuters|Associated\s+Press|AFP|Ukrinform|Xinhua"
_WIRE = re.compile(rf"\b(?:{_WIRES}|news\s+agency)\b", re.I)  # an agency whose reports pass on others' words
_OUTLET = re.compile(rf"\b(?:{_WIRES}|AP|Bloomberg|CNN|BBC|Kyodo|Yonhap|Anadolu|news\s+(?:agency|outlet)|media|agency|outlet)\b",
                     re.I)
_AGENCY_LAST = re.compile(r"\b(?:TASS|Interfax|RIA\s+Novosti|Ukrinform|Xinhua|Reuters|Yonhap|Kyodo)$")
_CITING = re.compile(r"\b(?:citing|which\s+cited|who\s+cited|quoting|referring\s+to)\s+(?P<who>[^,;.:()]{3,80})", re.I)


def _cited_by(text: str, name: str) -> str | None:
    """The source an outlet cites, when `name` is an outlet passing on another's word, or None."""
    if not _OUTLET.search(name):
        return None
    for m in _CITING.finditer(text):
        cited = normalise_claimant(m.group("who"))
        if cited and cited != PRONOUN and not _OUTLET.search(cited):
            return cited
    return None


_SPOKES = r"spokes(?:person|man|woman)"
_SPOKESPERSON = re.compile(rf"(?P<before>(?:[\w'’.-]+\s+){{1,4}}?){_SPOKES}\b(?!\s+(?:for|of)\b)|"
                           rf"\b{_SPOKES}\s+(?:for|of)\s+(?P<after>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[\w'’.-]+){{0,6}})",
                           re.I)
# Commands that speak through a spokesperson and are coded as themselves, not as the officer who speaks.
_COMMANDS = frozenset({"Ukrainian Air Force", "Russian Defence Ministry", "Ukrainian Defence Ministry", "Ukrainian General Staff",
                       "Operational Command South"})
def spokesperson(text: str) -> tuple[str, str | None] | None:
    """(command, spokesperson's name) when a command speaks through its spokesperson in `text` ("Yuriy Ihnat, a
    spokesperson for Ukraine's Air Force"; "Ukraine Air Force spokesperson Yuriy Ihnat"): news names the officer,
    the figures are the command's."""
    if "spokes" not in text:
        return None
    for m in _SPOKESPERSON.finditer(text):
        command = lexicon().claimant(m.group("before") or m.group("after") or "")
        if command in _COMMANDS:
            name = _NAME_AFTER.match(text, m.end()) if m.group("before") else _NAME_BEFORE.search(text, 0, m.start())
            return command, name.group("name") if name else None
    return None


_NAME_AFTER = re.compile(r"\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)")
_NAME_BEFORE = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+),\s+(?:a|the|its)\s+$")
_TITLE_STOP = re.compile(r"\b(Gov|Sen|Rep|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Brig|Cmdr|Dr|Mr|Mrs|Ms)\.(?=\s+[A-Z])")


def normalise_claimant(phrase: str) -> str | None:
    """One claimant name for an attribution phrase, or None when it names nobody."""
    p = re.sub(r"\s+", " ", phrase.replace("’", "'")).strip(" .'\"“”‘")
    lex = lexicon()
    found = lex.claimant(p)
    if found:
        return found
    p = re.sub(r"\s+(?:on|in|late|early|last|this)\s+\w+$", "", p)
    p = re.sub(r"^(?:but|and|so|while|as|yet|however|meanwhile|when|where|after|before|because|although|though|if|"
               r"since)(?:\s+|$)", "", p, flags=re.I)  # "While reports suggest": no one named
    p = re.sub(r"\s+(?:on|in)\s+(?:a|an|its|his|her|their)\s+.*$", "", p)
    p = re.sub(r"\s+(?:also|later|then|further|previously|earlier|again|separately)$", "", p)  # "He also announced"
    if _PRONOUNS.match(p):
        return PRONOUN
    if not p or _NOT_CLAIMANTS.match(p) or len(p.split()) > 12:
        return None
    found = lex.claimant(p)
    if found:
        return found
    first, joined, _ = p.partition(" and ")
    if joined and _PERSON.search(first):
        # "regional Gov Serhii Lysak and Ukraine's emergency service": the first named speaks first
        return normalise_claimant(first)
    person = _PERSON.search(p) or _PERSON.search(re.sub(r"\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$", "", p))
    if person:  # "President Volodymyr Zelensky of Ukraine": the person
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
    if re.fullmatch(r"[A-Z][a-z'’-]{2,}", p) and p not in ("It", "He", "She", "They", "This", "That"):
        return p  # a surname alone ("Sobyanin said"): the reader matches it to the full name said before
    agency = _AGENCY_LAST.search(p)
    if agency:
        return agency.group(0)  # "the Russian state-run TASS"
    generic = _GENERIC_CLAIMANTS.search(p)
    if generic:
        outlet = _NAMED_OUTLET.search(p)
        if outlet and not lex.actor(outlet.group("name")):
            return outlet.group("name")  # "Russia's TASS news agency reported": the agency by its name
        owner = _OWNER.search(p[: generic.start()])
        country = lex.actor(owner.group("owner")) if owner else None
        demonym = lex.demonym(country) if country and owner and country.lower() == owner.group("owner").lower() else None
        if demonym:  # "South Korea's military" -> South Korean military; not "Kyiv's mayor"
            return f"{demonym} {generic.group(0).lower()}"
        words = p.split()
        # Keep the qualifier in front of the noun ("city officials", "rail authorities"), drop articles.
        end = len(p[: generic.end()].split())
        kept = [w for w in words[max(0, end - 2): end] if w.lower() not in ("the", "a", "an", "local", "its")]
        if kept and kept[0][:1].isupper() and not lex.actor(kept[0]) and not kept[0].isupper() and "." not in kept[0]:
            kept[0] = kept[0].lower()  # "Officials said" at the start of a sentence
        return " ".join(kept) or generic.group("noun")
    return None


# A "Source:" line near the top names where the whole report comes from ("Source: Oleksandr Prokudin, head of the
# Kherson Oblast Military Administration, on Telegram"); the same line at the end lists agencies ("Source: PAP").
_SOURCE_LINE = re.compile(r"^Source:\s*(?P<who>[^\n]+)", re.M)
# An outlet passing on someone else's word: "European Pravda, referring to the Pentagon's press release".
_HOUSE_OUTLET = r"(?:European|Ukrainska|Ukrainian)\s+Pravda"  # the outlet and its sister site, quoting others
_SOURCE_RELAY = re.compile(rf"^{_HOUSE_OUTLET}|\b(?:outlet|agency|Embassy)\b", re.I)
_SOURCE_CITED = re.compile(r"\b(?:citing|with\s+reference\s+to|referring\s+to|quoting)\s+(?:the\s+)?", re.I)
_SOURCE_WRAPPING = re.compile(r"^(?:This\s+was\s+reported\s+by\s+|(?:the\s+)?(?:joint\s+)?(?:press\s+services?|statement|website|"
                              r"(?:evening|morning)\s+summary|report|telegram\s+channel|command)\s+(?:of|by|from)\s+(?:the\s+)?|"
                              r"the\s+|acting\s+)+", re.I)
# Where the source's name ends: its channel, occasion or place ("on Telegram", "during his speech", "in Sumy Oblast").
_SOURCE_END = re.compile(r",|\s+(?:on|during|via|at|as|quoted|writes|in\s+(?:a|an|the|his|her)\b|"
                         r"in\s+[A-Z][\w'’-]+(?:\s+Oblast|\s+Region)?$|report$|\()", re.I)
_NOT_A_SOURCE = re.compile(rf"^(?:{_HOUSE_OUTLET}|social\s+media|sources?)\b", re.I)
# "Secretary of Zaporizhia City Council Anatolii Kurtiev": the person after the office.
_OFFICE = r"Council|Administration|Ministry|Office|Service|Oblast|Staff|Command|Military|Police|Forces"
_AFTER_OFFICE = re.compile(rf"\b(?:{_OFFICE})\s+(?P<name>(?!(?:{_OFFICE})\b)[A-Z][\w'’-]+\s+(?!(?:{_OFFICE})\b)[A-Z][\w'’-]+)$")


# A briefing relayed whole: "According to the General Staff of the Armed Forces of Ukraine, 120 combat engagements
# were recorded on the front over the day."
_LEAD_ACCORDING = re.compile(r"^\s*According\s+to\s+(?P<who>(?:the\s+)?[A-Z][^,;.]{2,80}?),")


def lead_claimant(body: str) -> str | None:
    """The source an article's first sentence relays its report from ("According to the General Staff, ..."), or
    None."""
    m = _LEAD_ACCORDING.match(body.split("\n\n", 1)[0])
    if m is None:
        return None
    name = normalise_claimant(m.group("who"))
    return None if name is None or name == PRONOUN else name


def source_line_claimant(body: str) -> str | None:
    """The claimant a leading "Source:" line names for the whole report, or None.

    Only a line among the first three paragraphs counts, and only its first source; an outlet relaying
    another's word gives the one it cites. A surname alone is completed from the body ("Syniehubov on
    Telegram" after "Oleh Syniehubov")."""
    m = _SOURCE_LINE.search(body)
    if m is None or body.count("\n\n", 0, m.start()) > 2:
        return None
    who = m.group("who").split(";")[0].strip(" .")
    cited = _SOURCE_CITED.search(who)
    if cited and _SOURCE_RELAY.search(who[: cited.start()]):
        who = who[cited.end():]
    who = _SOURCE_WRAPPING.sub("", re.sub(r"\s*\([^)]*\)", "", who).strip())
    who = re.sub(r"['’]s\s+(?:press\s+release|statement|report)$", "", who)
    end = _SOURCE_END.search(who)
    who = who[: end.start()].strip() if end else who
    if not who or _NOT_A_SOURCE.match(who):
        return None
    office = _AFTER_OFFICE.search(who)
    name = normalise_claimant(office.group("name") if office else who)
    if name is None or name == PRONOUN or name.lower().startswith("press service"):
        return None
    if re.fullmatch(r"[A-Z][\w'’-]+", name):
        full = re.search(rf"\b[A-Z][\w'’-]+\s+{re.escape(name)}\b", body)
        if full and not _TITLES.match(full.group(0)) and not lexicon().actor(full.group(0).split()[0]):
            return lexicon().person(full.group(0)) or full.group(0)
    return name


_ATTACK_VERBS = (
    r"fired|launched|attacked|unleashed|struck|hit|pounded|targeted|sent|used|bombarded|shelled|hammered|"
    r"battered|carried out|conducted|launching|firing|striking|attacking|targeting|pounding|"
    # "Ukraine kept up its heavy drone assault on Russia"
    r"kept\s+up|keeps\s+up|stepped\s+up|ramped\s+up|intensified|escalated"
)
_DEFENCE_VERBS = r"downed|shot\s*down|destroyed|intercepted|neutrali[sz]ed|repelled|repulsed"
_SIDES = {"Russia": "Ukraine", "Ukraine": "Russia"}
# The side of the war a country code names ("UA" -> Ukraine); other countries name none.
SIDE_OF_COUNTRY = {"UA": "Ukraine", "RU": "Russia"}
# Targets that only Ukraine attacks: Russian bases, ships, refineries, and Crimea (Russian-held, rule 5).
# Weapons only Ukraine fires in this war: "five Himars missiles crashed into the administration building".
# The weapon must do the hitting ("with U.S.-supplied HIMARS", "Himars missiles crashed"), not be hit by Russia.
_UKRAINE_ONLY = r"(?:HIMARS|Himars|ATACMS|Storm\s+Shadow|SCALP|Taurus|Neptune|Flamingo|Bayraktar|Liutyi|Lyutyi|JDAM|GLSDB)"
_UKRAINES_WEAPON = re.compile(
    rf"\b(?:with|using|by)\s+(?:the\s+)?(?:[\w.-]+-(?:supplied|made)\s+)?{_UKRAINE_ONLY}\b|"
    rf"\b{_UKRAINE_ONLY}s?\s+(?:\w+\s+)?(?:struck|hit|crashed|slammed|destroyed|attacked|targeted)\b|"
    # "air defence shot down seven JDAM guided aerial bombs and five rockets of the HIMARS": Ukraine's weapons downed
    rf"\b(?:shot\s*down|downed|intercepted)\s+[^.;]{{0,80}}?\b{_UKRAINE_ONLY}\b")
_RUSSIAN_ASSET = re.compile(
    r"\b(?:Russian|Russia's)\s+(?:[\w-]+\s+)?(?:air\s*base|airbase|airfield|base|warship|ship|fleet|positions|refinery|"
    r"oil\s+depot|depot|ammunition|arms\s+depot|plant|factory|territory|region|city|border\s+region)s?\b|"
    r"\b(?:in|on|over|across)\s+(?:the\s+)?(?:annexed\s+|occupied\s+)?Crimea(?:n\s+peninsula)?\b|\binside\s+Russia\b",
    re.I,
)
OCCUPIED = re.compile(
    r"\b(?:Russian|Russia|Moscow|Kremlin)[- ](?:installed|occupied|controlled|appointed|held|backed)|\boccupied\b|"
    r"\bannexed\b|\bso-called\s+[\"“]?(?:governor|head|mayor|authorities|officials)\b|"
    r"\boccupation\s+(?:authorities|administration|officials)\b|\bpro-Russian?\s+(?:authorities|officials|"
    r"prosecutor|official|administration)\b",
    re.I,
)


_BY_ACTOR = re.compile(r"\b(?:fired|launched|sent|carried\s+out)\s+(?:overnight\s+)?by\s+(?:the\s+)?$")
_AFTER_ATTACK = re.compile(rf"^\s+(?:(?:has|had|have|also|then|again|reportedly)\s+)*(?:{_ATTACK_VERBS})\b")
# "Moscow accused Ukraine of attacking energy facilities": the accused is the attacker.
_ACCUSED_OF = re.compile(r"^\s+of\s+(?:\w+\s+)?(?:attack|strik|shell|launch|target|hitt|fir|bomb)\w*", re.I)
_AFTER_AIR_DEFENCE = re.compile(r"^\s+(?:\w+\s+)?air\s+defen[cs]es?\b")
_IN_THE_LAND = re.compile(r"\b(?:in|across|over|into|throughout|at|against|on)\s+(?:the\s+)?$", re.I)
_AFTER_WEAPON = re.compile(
    r"^\s+(?:(?!(?:said|says|say|claimed|claims|reported|reports|told|added|targets?|positions|facilities|depots?|"
    r"warehouses?|bases?|equipment)\b)[a-z][\w-]*\s+){0,2}"
    r"(?:drones?|UAVs?|unmanned|missiles?|air(?!\s+(?:force|defen))|aerial|overnight|attacks?|strikes?|barrage|shelling|bombardment|forces|"
    r"troops|shells|partisans|saboteurs|sabotage\s+groups?|special\s+forces|commandos|"
    r"rockets?)\b"
)
_AFTER_DEFENCE = re.compile(rf"^\s+(?:(?:air\s+defen[cs]es?|air\s+force|military|army|said\s+it|said|says|has|had|"
                            rf"(?:air\s+)?defen[cs]e\s+forces|defenders|(?:armed\s+)?forces|troops|"
                            rf"reported\s+that\s+it|(?:Ministry|ministry)\s+of\s+[Dd]efen[cs]e|[Dd]efen[cs]e\s+[Mm]inistry|"
                            rf"claim(?:ed|ing|s)?\s+(?:to\s+have|that\s+it\s+had)|to\s+have)\s+)*"
                            rf"(?:{_DEFENCE_VERBS}|took\s+out|neutrali[sz]ed)\b")


_AT_SEA = re.compile(r"\b(?:ships?|vessels?|tankers?|warships?|boats?|frigates?|corvettes?|submarines?|fleet)\b", re.I)


def can_be_hit_here(place: PlaceHit, info: SentenceInfo) -> bool:
    """An attack lands in the war's two countries, or in a country the sentence names (Israel hit by Iran);
    "talks in Riyadh" place nothing, and a sea is an attack's place only when a ship is hit ("a ceasefire
    in the Black Sea" is none)."""
    if not place.country:
        return place.level != "region" or bool(_AT_SEA.search(info.text))
    named = {p.country for p in info.places if p.level == "country"}
    return place.country in {"UA", "RU"} | named


def direction(text: str, places: list[PlaceHit],
              default: tuple[str | None, str | None] = ("Russia", "Ukraine")) -> tuple[str | None, str | None]:
    """(attacker, attacked) for an attack told in `text`."""
    hits = lexicon().find_actors(text)
    for h in hits:
        if _BY_ACTOR.search(text[max(0, h.start - 40): h.start]):
            return _pair(h.actor)
    intruded = _AIRSPACE.search(text)
    owner = lexicon().actor(intruded.group("owner")) if intruded else None
    if intruded and owner and owner not in _SIDES:
        # "Nineteen Russian drones breached Poland's airspace": an incursion into a third country
        intruder = next((h.actor for h in hits if h.actor != owner and h.end <= intruded.start()), "Russia")
        return intruder, owner
    third = _third_party(text, hits)
    if third is not None:
        return third
    sides = [h for h in hits if h.actor in _SIDES]
    for rule, defender_speaks in ((_ACCUSED_OF, False), (_AFTER_ATTACK, False), (_AFTER_AIR_DEFENCE, True),
                                  (_AFTER_DEFENCE, True), (_AFTER_WEAPON, False)):
        for h in sides:
            if rule is _AFTER_WEAPON and _IN_THE_LAND.search(text, max(0, h.start - 14), h.start):
                continue  # "launched across 22 locations in Ukraine overnight": the land attacked, not an attacker
            if rule.match(text[h.end: h.end + 80]):
                return (_SIDES[h.actor], h.actor) if defender_speaks else _pair(h.actor)
    # "shelled the hromada using artillery deployed from Russian territory": where the fire came from, not where it fell
    asset = any(not re.search(r"\bfrom\s+(?:the\s+)?$", text[max(0, a.start() - 10): a.start()])
                for a in _RUSSIAN_ASSET.finditer(text))
    if asset or (OCCUPIED.search(text) and not _held_by_ukraine(places)) \
            or _UKRAINES_WEAPON.search(text):
        return "Ukraine", "Russia"
    # "bombers took off from Murmansk Oblast and fired 18 cruise missiles": where the weapons came from, not where
    # they fell
    countries = {p.country for p in places if p.level != "country" and p.country
                 and not _LAUNCHED_FROM.search(text, max(0, p.start - 40), p.start)}
    # a village's namesake in a third country the sentence never names ("Ivanovka" resolved to Kyrgyzstan beside
    # "the town of Shebekino") says nothing of where the attack fell
    named = {p.country for p in places if p.level == "country"}
    countries = {c for c in countries if c in ("UA", "RU") or c in named}
    if countries == {"RU"} or _all_in_crimea(places):
        return "Ukraine", "Russia"
    return default


_LAUNCHED_FROM = re.compile(r"\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_CRIMEA = frozenset({"Crimea", "Autonomous Republic of Crimea", "Sevastopol"})


def _all_in_crimea(places: list[PlaceHit]) -> bool:
    """Whether every place named lies in Crimea, held by Russia since 2014: attacks there are Ukraine's (rule 5)."""
    named = _named_places(places)
    return bool(named) and all(_region(p) in _CRIMEA for p in named)


def _named_places(places: list[PlaceHit]) -> list[PlaceHit]:
    """The towns and regions a sentence names as such (not "north of X")."""
    return [p for p in places if p.level in ("settlement", "admin1") and not p.relative]


def _region(place: PlaceHit) -> str | None:
    """The admin1 region a town or region lies in."""
    return place.name if place.level == "admin1" else region_of(place.name)


# Weapons entering a state's airspace: "breached Poland's airspace", "violated Romanian airspace".
AIRSPACE_VERBS = r"breached|violated|entered|crossed\s+into|strayed\s+into|flew\s+into"
_AIRSPACE = re.compile(rf"\b(?:{AIRSPACE_VERBS})\s+(?:the\s+)?(?P<owner>[A-Z][\w-]+)(?:['’]s)?\s+airspace\b")
_AT_TARGET = re.compile(r"\b(?:at|on|against|toward|towards|into|(?:route|way)\s+to)\s+(?:the\s+)?$", re.I)


def _third_party(text: str, hits: list) -> tuple[str | None, str] | None:  # type: ignore[type-arg]
    """A wave between other states ("Iran launched 170 drones at Israel"): the contract is not Ukraine-only. A
    third state attacked by a side the sentence does not name ("120 ballistic missiles were launched during the
    attack on Israel") is attacked by someone unknown, not by Russia."""
    attacked = next((h for h in hits if _AT_TARGET.search(text[max(0, h.start - 12): h.start])), None)
    attacker = next((h for h in hits if h.actor not in _SIDES and _AFTER_ATTACK.match(text[h.end: h.end + 80])), None)
    if attacked is not None and attacked.actor in _SIDES and (attacker is None or attacker.actor in _SIDES):
        return None
    if attacker is None and attacked is None:
        return None
    if attacker is None:
        others = [h for h in hits if h.actor != attacked.actor and h.actor not in _SIDES]  # type: ignore[union-attr]
        if not others:
            sides = any(h.actor in _SIDES for h in hits)
            return None if sides or attacked.actor in _SIDES else (None, attacked.actor)  # type: ignore[union-attr]
        attacker = others[0]
    if attacked is None:
        return None if attacker.actor in _SIDES else (attacker.actor, "Ukraine")
    return attacker.actor, attacked.actor


# "Iran's night attack", "the Iranian attack on Israel", "Iran launched": a state told as the attacker.
_ATTACKER_OF = re.compile(rf"^(?:['’]s)?\s+(?:(?:\w+\s+){{0,2}}(?:attack|strikes?|barrage|assault|offensive)\b|"
                          rf"(?:(?:has|had|have|also|then|again|reportedly)\s+)*(?:{_ATTACK_VERBS})\b)")


def attacker_of(text: str, target: str) -> str | None:
    """The state a sentence tells as attacking `target` (a third state), if it names one."""
    hits = lexicon().find_actors(text)
    if not any(h.actor == target for h in hits):
        return None
    return next((h.actor for h in hits if h.actor not in (target, *_SIDES) and _ATTACKER_OF.match(text[h.end: h.end + 60])),
                None)


# Oblasts Russia occupies in whole or in part: "occupied" in a sentence about anywhere else does not make the
# place Russian-held ("attacks from occupied territory, like the one that killed seven in Lviv").
_OCCUPIED_REGIONS = frozenset({"Crimea", "Autonomous Republic of Crimea", "Sevastopol", "Donetsk Oblast", "Luhansk Oblast",
                               "Zaporizhzhia Oblast", "Kherson Oblast"})


def _held_by_ukraine(places: list[PlaceHit]) -> bool:
    """Whether the sentence's places are all Ukrainian places outside the occupied oblasts."""
    named = _named_places(places)
    if not named or any(p.country != "UA" for p in named):
        return False
    return all(_region(p) not in _OCCUPIED_REGIONS for p in named)


def side_named(word: str) -> str:
    """The side a word names: "Russian", "Russia's" -> Russia; "Ukrainian", "Ukraine's" -> Ukraine."""
    return "Russia" if word.lower().startswith("russia") else "Ukraine"


def other_side(side: str) -> str:
    """Russia for Ukraine, Ukraine for Russia."""
    return _SIDES[side]


def _pair(actor: str | None) -> tuple[str, str]:
    if actor in _SIDES:
        return actor, _SIDES[actor]
    return actor or "Russia", "Ukraine"
