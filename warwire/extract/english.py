"""English news -> events: each sentence read by every event reader, then merged per article."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from warwire.extract.air import ALL_DOWNED, read_air_attacks, read_wave_mentions
from warwire.extract.combat import read_daily_losses, read_ground_combat, read_kills
from warwire.extract.context import (
    OCCUPIED,
    PRONOUN,
    SIDE_OF_COUNTRY,
    SentenceInfo,
    attacker_of,
    attribution,
    dates_by_sentence,
    direction,
    lead_claimant,
    read_sentence,
    source_line_claimant,
    spokesperson,
)
from warwire.extract.decisions import read_decisions, read_policy
from warwire.extract.draft import Draft
from warwire.extract.lexicon import lexicon
from warwire.extract.merge import merge_drafts
from warwire.extract.outages import read_outages
from warwire.extract.placenames import PlaceHit, find_places
from warwire.extract.protests import read_protests
from warwire.extract.sense import reported
from warwire.extract.sentences import Sentence, split_sentences
from warwire.extract.strikes import HIT_TOLD, casualties, is_total, read_strikes, target_hit
from warwire.extract.territory import read_territorial_claims
from warwire.extract.transfers import read_arms_transfers, read_listed_items
from warwire.models import Article, Event

_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_DATELINE_DAY = re.compile(
    r"^[^\n]{0,60}?\b(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?P<day>\d{1,2})\b"
    r"[^\n]{0,12}?\((?:AFP|Reuters|AP|dpa|Xinhua|Interfax|UNIAN|Ukrinform)\)"
)


def reference_date(article: Article) -> dt.date | None:
    """The day the report speaks from: its dateline's day when it has one, else its publication date."""
    pub = article.published
    m = _DATELINE_DAY.match(article.body[:120])
    if m and pub:
        month = _MONTHS[m.group("mon").lower()[:3]]
        try:
            day = dt.date(pub.year, month, int(m.group("day")))
        except ValueError:
            return pub
        if day > pub + dt.timedelta(days=1):
            day = day.replace(year=pub.year - 1)
        return day
    if pub and _written_the_day_before(article.body, pub):
        return pub - dt.timedelta(days=1)
    return pub


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _written_the_day_before(body: str, pub: dt.date) -> bool:
    """Whether a report dated by its feed was written the day before ("Kellogg said on Sunday", "early on Sunday" in
    an item of Monday, and no word of Monday): a feed's date is the next day's for an evening story in the Americas."""
    before, today = _WEEKDAYS[(pub.weekday() - 1) % 7], _WEEKDAYS[pub.weekday()]
    if re.search(rf"\b{today}\b", body) or re.search(r"\b(?:yesterday|last\s+night)\b", body, re.I):
        return False
    return len(re.findall(rf"\b(?:(?:early|late)\s+)?on\s+{before}\b|\b{before}\s+(?:morning|afternoon|evening)\b|"
                          rf"\bsaid\s+{before}\b", body)) >= 2


def extract_english(article: Article) -> list[Event]:
    """Every event an English news article reports."""
    ref = reference_date(article)
    dateline = _dateline_place(article)
    # Arms in a report about the war in Ukraine go to Ukraine unless a sentence says otherwise.
    recipient = "Ukraine" if re.search(r"\bUkrain|\bKyiv\b", article.body) else None
    dates = dates_by_sentence(article.body, ref)
    # a morning report's "past day" is dated by `_date_the_day_reported`, after the drafts of one front are merged
    morning_report = ref is not None and bool(_MORNING_REPORT.search(article.body[:800]) and _PAST_DAY.search(article.body))
    memory = _Memory(morning_report=morning_report,
                     ministry="Russian Defence Ministry" if _RUSSIAN_WIRE.search(article.body[:300]) else None)
    drafts: list[Draft] = []
    sentences = split_sentences(article.body)
    quoted = _quote_speakers(sentences)
    for sentence in sentences:
        if _SUBHEADING.fullmatch(sentence.text):
            continue  # "Five killed as Russia hits rail infrastructure": a crosshead repeating the story
        info = read_sentence(sentence, ref)
        info.dates = dates.get(sentence.start, [])
        memory.date(info)
        info.referred = _referred_places(sentence.text, memory.named or memory.attacked)
        info.recent = memory.named + memory.attacked
        if sentence.start in quoted and info.claimant is None:
            info.claimant = quoted[sentence.start]
        memory.speaker(info)
        found = _read(info, memory, dateline, recipient)
        if ALL_DOWNED.search(sentence.text):
            _all_downed(info, drafts)
        memory.sides(info, found)
        memory.remember(info, found)
        drafts.extend(found)
    events = _one_mixed_mention([d for d in merge_drafts(drafts) if reported(d, article.published)])
    _tolls_of_mixed_waves(events)
    if ref is not None:
        _tolls_on_the_waves_day(events, ref)
    _attackers_told_elsewhere(events, sentences)
    if morning_report and ref is not None:
        _date_the_day_reported(events, ref)
    source = source_line_claimant(article.body) or lead_claimant(article.body)
    for d in events:
        d.claimed_by = d.claimed_by or source  # "Source: Sumy Oblast Military Administration" speaks for the report
    return [d.to_event() for d in events]


def _one_mixed_mention(events: list[Draft]) -> list[Draft]:
    """Drones and missiles told together without a figure ("as Russian drones and missiles targeted the capital"),
    and joined to no wave with figures, are one attack of mixed weapons: nothing tells them apart."""
    out: list[Draft] = []
    for d in events:
        twin = next((o for o in out if _bare_mention(o) and _bare_mention(d) and o.sentences == d.sentences
                     and {o.weapon, d.weapon} == {"drone", "missile"}), None)
        if twin is not None:
            twin.weapon = "mixed"
            continue
        out.append(d)
    return out


def _tolls_of_mixed_waves(events: list[Draft]) -> None:
    """The toll of a wave told per weapon, drones and missiles, is the whole wave's: an air attack of mixed weapons
    (the gold convention: "casualties of the whole wave go on a third air_attack with weapon: mixed")."""
    for d in events:
        if d.type != "air_attack" or d.weapon or not d.counts or set(d.counts) - {"killed", "injured"}:
            continue
        weapons = {o.weapon for o in events if o.type == "air_attack" and o.actor == d.actor and o.counts.get("launched")
                   and o.date is not None and d.date is not None and abs((o.date - d.date).days) <= 1}
        if {"drone", "missile"} <= weapons:
            d.weapon = "mixed"


def _tolls_on_the_waves_day(events: list[Draft], ref: dt.date) -> None:
    """A toll told without a date ("At least 12 people were killed in the attacks") in a report whose every wave is
    dated the day before it was filed ("overnight into Sunday", in a feed item of Monday) is that wave's: the report
    was written on the wave's day and carries the next day's date."""
    waves = [d for d in events if d.type == "air_attack" and d.counts.get("launched")]
    if not waves or any(w.date != ref - dt.timedelta(days=1) for w in waves):
        return
    for d in events:
        undated = all(i.explicit_date() is None and i.inherited is None for i in d.sentences)
        if d.date == ref and undated and d.actor == waves[0].actor and d.type in ("air_attack", "strike") \
                and not d.counts.get("launched"):
            d.date = waves[0].date


def _bare_mention(d: Draft) -> bool:
    return d.type == "air_attack" and not d.counts and len(d.sentences) == 1


def _attackers_told_elsewhere(events: list[Draft], sentences: list[Sentence]) -> None:
    """A wave on a third state told without its attacker ("120 ballistic missiles were launched during the attack
    on Israel") was the attack the article tells elsewhere ("the Iranian attack on Israel")."""
    for d in events:
        if d.actor is None and d.target not in (None, "Russia", "Ukraine") and d.type in ("air_attack", "strike"):
            d.actor = next((a for a in (attacker_of(s.text, d.target) for s in sentences) if a), None)


# A morning report of the day before: "information as of 06:00 on 10 April" ... "over the past day".
_MORNING_REPORT = re.compile(r"\bas\s+of\s+0?[5-9][:.]\d\d\b")
_PAST_DAY = re.compile(r"\b(?:past|last)\s+(?:day|24\s+hours)\b", re.I)
_THE_NIGHT = re.compile(r"\b(?:overnight|night|this\s+morning|today)\b", re.I)


def _date_the_day_reported(events: list[Draft], ref: dt.date) -> None:
    """A morning report tells the day before: what it dates by nothing but the report's day happened then (a
    night's attack keeps the morning's date)."""
    for d in events:
        if d.date == ref and d.date_precision == "day" and not any(
                _THE_NIGHT.search(s.text) or any(not _PAST_DAY.search(x.text) for x in s.dates if x.date == ref)
                for s in d.sentences):
            d.date = ref - dt.timedelta(days=1)


_QUOTE_MARK = re.compile(r"[“”\"]")
_OPENS_QUOTE = re.compile(r"^\s*[“\"]")


def _quote_speakers(sentences: list[Sentence]) -> dict[int, str]:
    """A quotation over several sentences of a paragraph, attributed only where it ends ("\"We are sending 21,000
    rifles. They will help Ukraine,\" Anand said"): its earlier sentences are the speaker's too."""
    out: dict[int, str] = {}
    opened: list[Sentence] = []
    for s in sentences:
        marks = len(_QUOTE_MARK.findall(s.text))
        if opened and s.paragraph != opened[0].paragraph:
            opened = []
        if not opened:
            if _OPENS_QUOTE.match(s.text) and marks % 2 == 1:
                opened = [s]
            continue
        if marks % 2 == 0:
            opened.append(s)
            continue
        speaker = attribution(s.text)  # the quote closes here, with its attribution if it has one
        if speaker:
            out.update((o.start, speaker) for o in opened)
        opened = []
    return out


# A person named with the government they speak for: "Canada's Defence Minister Anita Anand", "Ukrainian Prime
# Minister Denys Shmyhal".
_TITLED_PERSON = re.compile(
    r"\b(?P<country>[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)(?:['’]s)?\s+(?:(?:[Dd]eputy|[Ff]irst|[Ff]oreign|[Dd]efen[cs]e|[Pp]rime|"
    r"President|[Mm]inister|[Ss]ecretary|[Cc]hancellor|[Aa]mbassador|[Ss]pokes(?:wo)?man|[Hh]ead|of|[Ss]tate|[Ff]inance|"
    r"[Ii]nterior|[Ff]ederal|[Pp]remier|[Gg]eneral|[Cc]ommander|[Cc]hief)\s+){1,4}"
    r"(?P<person>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})")


_TITLE_WORD = re.compile(r"Minister|President|Secretary|Chancellor|Ambassador|[Ss]pokes|Premier|Commander|Chief|Head")


@dataclass
class _Memory:
    """What reading an article remembers from sentence to sentence: dates, speakers, places, waves and strikes."""

    previous: SentenceInfo | None = None
    last_explicit: tuple[dt.date, str] | None = None   # the last date a sentence named
    last_wave: tuple[dt.date, str] | None = None       # the date of the last dated wave or strike
    counted_wave: bool = False                         # whether a wave with figures has been told
    toll_strike: Draft | None = None                   # the last strike told with a toll
    last_weapon: tuple[str, str] | None = None         # (class, kind) of the last weapon named
    claim: tuple[int, str] | None = None               # (paragraph, source) of the last attribution
    person: str | None = None                          # the last person named as a source
    strike: Draft | None = None                        # the last strike told
    transfer: Draft | None = None                      # the last arms transfer told
    named: list[PlaceHit] = field(default_factory=list)     # places "the city" can point back to
    named_at: int = -10                                      # the sentence that named them
    attacked: list[PlaceHit] = field(default_factory=list)  # places of the last sentence that told events
    attacked_at: tuple[int, int] = (-10, -10)                # (sentence index, paragraph) of that sentence
    attacked_from_afar: bool = False                         # whether that sentence told a strike or a wave there
    countries: dict[str, str] = field(default_factory=dict)  # people the article names with their government
    spoken_for: dict[str, str] = field(default_factory=dict)  # spokespeople (full name and surname) -> their command
    ministry: str | None = None  # the defence ministry "the ministry" stands for: the last named, or a Russian wire's own
    morning_report: bool = False                              # whether the article is a morning report of the day before
    lead_day: tuple[dt.date, str] | None = None              # the past day the lead paragraph reports on
    attack_sides: tuple[str | None, str] | None = None        # (attacker, attacked) of the last attack told with a side
    lead_paragraph: int | None = None                         # the lead paragraph's index
    backdrop: bool = False                                    # whether a background paragraph has begun

    def date(self, info: SentenceInfo) -> None:
        """Give a sentence that names no date the date of the event it goes on telling."""
        sentence, previous = info.sentence, self.previous
        if previous is not None and not info.explicit_date() and previous.sentence.paragraph == sentence.paragraph:
            # News tells one event over consecutive sentences of a paragraph; the date is usually said once.
            carried = previous.explicit_date() or previous.inherited
            info.inherited = carried if carried and carried[1] == "day" else None
            # "Over the past week most regions came under attack. He said 1,310 bombs ... had been launched."
            info.in_period = previous.in_period or bool(is_total(previous.sentence.text))
        if info.inherited is None and not info.explicit_date() and self.last_wave \
                and _ABOUT_THE_ATTACK.search(sentence.text):
            # "In the Kyiv region, a woman was killed by a Russian drone": the wave told earlier, not today.
            info.inherited = self.last_wave
        self._lead(info)
        self.previous = info
        if _SAME_DAY.search(sentence.text) and self.last_explicit and not info.explicit_date():
            info.inherited = self.last_explicit

    def _lead(self, info: SentenceInfo) -> None:
        """A report whose lead names the past day it covers ("19 attacks on border hromadas in Sumy Oblast on 2 May")
        goes on telling that day in the paragraphs after it, up to its background."""
        sentence = info.sentence
        if self.lead_paragraph is None:
            self.lead_paragraph = sentence.paragraph
        explicit = info.explicit_date()
        if sentence.paragraph == self.lead_paragraph:
            day = info.default_date
            told = info.dates[-1].text if info.dates else ""
            # "on 23-24 March", "on the night of 23 March": a span reaching the report's day is no past day of its own
            if self.lead_day is None and explicit and explicit[1] == "day" and day and 1 <= (day - explicit[0]).days <= 2 \
                    and not self.morning_report and not _SPAN.search(told):
                self.lead_day = explicit
            return
        self.backdrop = self.backdrop or bool(_BACKDROP_PARAGRAPH.match(sentence.text))
        if self.lead_day and info.inherited is None and not explicit and not self.backdrop \
                and not _STILL.search(sentence.text):
            info.inherited = self.lead_day

    def sides(self, info: SentenceInfo, found: list[Draft]) -> None:
        """An attack told with no side and no place of the war goes on the story the article is telling: "the Ukrainian
        army launched 69 drones at the Belgorod Region. ... The Valuysky district was attacked with five drones"."""
        attacks = [d for d in found if d.type in ("air_attack", "strike")]
        if not attacks:
            return
        # a side named only as the one telling ("Ukraine's military said 10 drones hit the premises") names no side,
        # unless it tells of its own air defence ("Russia's defense ministry said it intercepted 100 drones")
        defends = _DEFENDED.search(info.text) is not None
        sides = any(h.actor in ("Russia", "Ukraine") and (defends or not _TELLS.match(info.text, h.end))
                    for h in lexicon().find_actors(info.text)) or OCCUPIED.search(info.text) is not None
        at_war = [p for p in info.places if p.country in ("UA", "RU") and p.level != "country" and not p.relative and p.cued]
        if at_war:
            # the land attacked sets the story's sides: "launched 69 drones at nine districts of the Belgorod Region"
            hit = attacks[-1]
            land = SIDE_OF_COUNTRY.get(at_war[0].country or "")
            if land is not None and hit.target == land:
                self.attack_sides = (hit.actor, land)
        elif not sides and self.attack_sides is not None:
            land = {"Ukraine": "UA", "Russia": "RU"}.get(self.attack_sides[1])
            for d in attacks:
                # a town of the other side is another story; one the gazetteer does not know is this one's
                if d.location is None or d.location.country in (land, None):
                    d.actor, d.target = self.attack_sides

    def speaker(self, info: SentenceInfo) -> None:
        """Resolve who the sentence says its information comes from, and remember people and paragraphs."""
        for m in _TITLED_PERSON.finditer(info.text) if _TITLE_WORD.search(info.text) else ():
            country = lexicon().actor(m.group("country"))
            if country:
                self.countries[m.group("person")] = self.countries[m.group("person").split()[-1]] = country
        spoken = spokesperson(info.text)
        if spoken is not None and spoken[1]:
            self.spoken_for[spoken[1]] = self.spoken_for[spoken[1].split()[-1]] = spoken[0]
            self.person = spoken[1]
        if info.claimant is None and self.claim and _IT_SAID.match(info.text) and _is_body(self.claim[1]):
            info.claimant = self.claim[1]  # "- It added that 31 UAVs were shot down": the ministry of the paragraph before
        speaker = _who_says(info, self.claim, self.person)
        if speaker and " " not in speaker:  # "Anand said" after "Canada's Defence Minister Anita Anand"
            speaker = next((p for p in self.countries if " " in p and p.split()[-1] == speaker), speaker)
        if speaker:
            speaker = self.spoken_for.get(speaker, speaker)  # "Ihnat said", "he told AP": the command he speaks for
            if _DEFENCE_MINISTRY.search(speaker):
                self.ministry = speaker
            elif speaker in _COUNTRY_MINISTRY and not self.ministry:
                self.ministry = _COUNTRY_MINISTRY[speaker]  # "Russia claimed ... The Defense Ministry said": Russia's
            elif _BARE_MINISTRY.fullmatch(speaker) and self.ministry:
                speaker = self.ministry  # "the ministry said" after "Russia's Defence Ministry", or in a TASS report
        info.claimant = speaker  # the cached attribution, with pronouns and paragraph carry-over resolved
        if speaker and speaker != PRONOUN:
            info.speaker_country = lexicon().country_of(speaker) or self.countries.get(speaker)
            self.claim = (info.sentence.paragraph, speaker)
            if re.fullmatch(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+", speaker) and not _INSTITUTION.search(speaker):
                self.person = speaker

    def attacked_place(self, info: SentenceInfo) -> PlaceHit | None:
        """The place the sentence just before named with its events, if it was just before."""
        index, paragraph = self.attacked_at
        if self.attacked and info.sentence.index - index <= 1 and info.sentence.paragraph - paragraph <= 1:
            return self.attacked[0]
        return None

    def scene(self, info: SentenceInfo) -> PlaceHit | None:
        """The town a story set its scene in a few sentences before, when no wave with figures has been told: where
        "Three people were killed and 13 injured in the November 17 attack" happened."""
        near = info.sentence.index - self.named_at <= 3
        towns = [p for p in self.named if p.level == "settlement"]
        return towns[0] if near and len(towns) == 1 and not self.counted_wave else None

    def struck_place(self, info: SentenceInfo) -> PlaceHit | None:
        """The place a strike or a wave of the sentence just before hit, when no strike was told in the two before:
        what "One of them hit two apartment buildings" hit."""
        place = self.attacked_place(info)
        recent = self.strike is not None and info.sentence.index - self.strike.sentences[-1].sentence.index <= 2
        return place if self.attacked_from_afar and not recent else None

    def remember(self, info: SentenceInfo, found: list[Draft]) -> None:
        """Keep what later sentences may refer back to."""
        sentence = info.sentence
        self.last_explicit = info.explicit_date() or self.last_explicit
        named = [p for p in info.places if p.level in ("settlement", "admin1") and p.cued and not p.relative]
        refers = _REFERS.search(sentence.text)
        if refers and refers.group("there") and _THERE_WAS.match(sentence.text, refers.start()):
            refers = None  # "There was an explosion in Kharkiv": the place is named here, not pointed back to
        if named and refers is None and re.search(r"[A-Z]", sentence.text[1:]):
            self.named, self.named_at = named, sentence.index  # what "the city" in a later sentence points back to
        told_attack = [p for p in named if _ATTACK_ON.search(sentence.text, max(0, p.start - 75), p.start)]
        if (found and named) or told_attack:
            # "the casualties of the Russian attack on Kostiantynivka have risen to 11. Six civilians were killed"
            self.attacked, self.attacked_at = (named if found else told_attack), (sentence.index, sentence.paragraph)
            self.attacked_from_afar = bool(told_attack) or any(d.type in ("strike", "air_attack") for d in found)
        for d in found:
            if d.type == "arms_transfer":
                self.transfer = d
            if d.type == "air_attack" and d.dated and d.date:
                self.last_wave = (d.date, d.date_precision)
            if d.type == "air_attack" and d.counts:
                self.counted_wave = True
            if d.type == "strike":
                self.strike = d
                if "killed" in d.counts or "injured" in d.counts:
                    self.toll_strike = d
                if d.dated and d.date:
                    self.last_wave = (d.date, d.date_precision)
            if d.type == "air_attack":
                _wave_of_the_strike(d, info, self.strike)
        if info.weapons:
            w = info.weapons[-1]
            self.last_weapon = (w.weapon, w.kind if w.weapon == "missile" else "")


def _all_downed(info: SentenceInfo, drafts: list[Draft]) -> None:
    """"All of them (as well as the nine drones) were taken out." after the wave's launch figures."""
    index = info.sentence.index
    for d in drafts:
        if d.type == "air_attack" and "launched" in d.counts and "intercepted" not in d.counts \
                and d.sentences[0].sentence.index >= index - 1:
            d.counts["intercepted"] = d.counts["launched"]
            d.hedges.pop("intercepted", None)
            if info not in d.sentences:
                d.sentences.append(info)


def _wave_of_the_strike(d: Draft, info: SentenceInfo, strike: Draft | None) -> None:
    """"three drones were used in the attack on the train": the wave of the strike just told."""
    if d.location is None and strike is not None and d is not strike and _THE_ATTACK_ON.search(info.text) \
            and not info.explicit_date() and info.sentence.index - strike.sentences[0].sentence.index <= 3:
        d.location, d.date, d.date_precision = strike.location, strike.date, strike.date_precision


# A Russian wire's dateline ("MOSCOW, 26 May. /TASS/."): its unqualified "Defense Ministry" is Russia's.
_RUSSIAN_WIRE = re.compile(r"/(?:TASS|RIA\s+Novosti|Interfax)/")
_COUNTRY_MINISTRY = {"Russia": "Russian Defence Ministry", "Ukraine": "Ukrainian Defence Ministry"}
_DEFENCE_MINISTRY = re.compile(r"^(?![Tt]he\b)\w+\s+Defen[cs]e\s+Ministry$")
_BARE_MINISTRY = re.compile(r"(?:the\s+)?(?:defen[cs]e\s+)?ministry(?:\s+of\s+defen[cs]e)?", re.I)
_IT_SAID = re.compile(r"^\W*It\s+(?:also\s+)?(?:said|added|reported|noted|stated|specified)\b")
_INSTITUTION = re.compile(r"\b(?:Force|Ministry|Staff|Office|Committee|Administration|Council|Service|Agency|Command)\b")


def _is_body(claimant: str) -> bool:
    """Whether "it" can stand for a claimant: an institution named as one, or "the ministry" (not a person)."""
    return bool(_INSTITUTION.search(claimant) or re.search(r"\bministry\b", claimant))


def _who_says(info: SentenceInfo, previous: tuple[int, str] | None, last_person: str | None) -> str | None:
    """The sentence's source: its own attribution, "he said" resolved to the last person named, or the
    source of an earlier sentence in the same paragraph."""
    own = info.claimant
    if own == PRONOUN:
        return last_person
    if own and " " not in own and last_person and last_person.split()[-1] == own:
        return last_person  # "Sobyanin said" after "Mayor Sergei Sobyanin"
    if own:
        return own
    if previous and previous[0] == info.sentence.paragraph:
        return previous[1]
    return None


# A line with no closing punctuation and few words, inside the body: a crosshead or a repeated headline.
_SUBHEADING = re.compile(r"[^.!?;:\"”’)]{1,90}(?<![.!?;:\"”’)])")
_GROUND_FIRE = re.compile(r"\b(?:artillery|shelling|frontline|front\s+line|mortar)\b", re.I)
_THE_ATTACK_ON = re.compile(r"\b(?:in|during|for)\s+the\s+(?:\w+\s+)?(?:attack|strike)\b", re.I)
# A toll that points back at the attack told before, however many sentences ago: "As a result of the attack, 23 people
# were killed", "17 people have been reported dead", "the death toll".
_BACK_TO_IT = re.compile(r"\b(?:of|in|during|after|from|by)\s+the\s+(?:\w+\s+){0,3}?(?:attack|strike|shelling)\b|"
                         r"\bdeath\s+toll\b|\breported\s+dead\b|\bnumber\s+of\s+(?:victims|dead|deaths|casualties|fatalities)\b",
                         re.I)
_TOLL_UPDATE = re.compile(r"toll|rose|risen|climbed|increased|grew|updated|total", re.I)
_REFERS = re.compile(r"\b(?:in|across|of|near|around|throughout)\s+the\s+(?P<what>region|oblast|province|city|town|village)\b|"
                     r"\bthe\s+(?P<own>city|town|region)'s\b|\b(?P<there>there)\b", re.I)


_THERE_WAS = re.compile(r"there\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\b", re.I)


def _referred_places(text: str, recent: list) -> list:  # type: ignore[type-arg]
    """"in the region", "the city's northwest", "the death toll there": the place the text spoke of just before."""
    m = _REFERS.search(text)
    if not m or not recent:
        return []
    what = (m.group("what") or m.group("own") or "").lower()
    if what in ("region", "oblast", "province"):
        wanted = [p for p in recent if p.level == "admin1"]
        if not wanted:
            region = _region_of(recent[0])
            return [region] if region is not None else []
        return wanted[:1]
    if what in ("city", "town", "village"):
        return [p for p in recent if p.level == "settlement"][:1]
    return recent[:1]


def _region_of(place):  # type: ignore[no-untyped-def]
    """The oblast a settlement hit lies in, as a place hit."""
    from warwire.extract.placenames import place_hit, region_of

    admin1 = region_of(place.name)
    return place_hit(admin1, place.start) if admin1 else None


# An attack named by its place, whether or not the sentence tells its events: "the Russian attack on Kostiantynivka".
# "the attack on Kostiantynivka", "a massive shelling of a number of settlements in the Kherson region"
_ATTACK_ON = re.compile(r"\b(?:(?:attacks?|strikes?|shelling|bombardment)\s+(?:on|of|against)|shelled|bombarded)\s+(?:the\s+)?"
                        r"(?:(?:[\w-]+\s+){0,4}?(?:settlements|villages|towns|communities|areas|localities|hromadas)\s+"
                        r"(?:in|of)\s+(?:the\s+)?)?"
                        r"(?:(?:city|town|village)\s+of\s+)?$", re.I)
# A paragraph that turns from the report to what came before it: "Background: ...", "Reminder: ...".
_BACKDROP_PARAGRAPH = re.compile(r"(?:Background|Reminder|Recall|Previously|Earlier|For\s+reference|Context|Prior\s+to\s+this)\b")
_SPAN = re.compile(r"\d\s*[-–—]\s*\d|\bnight\b|\bovernight\b", re.I)
# What is still so when the report is written: "significant outages remain across the region".
_STILL = re.compile(r"\b(?:remains?|still|as\s+of\s+now|currently|so\s+far)\b", re.I)
_SAME_DAY = re.compile(r"\b(?:on\s+)?(?:the\s+same\s+(?:day|night)|that\s+(?:day|night))\b", re.I)
_ABOUT_THE_ATTACK = re.compile(r"\b(?:drones?|missiles?|attack|strikes?|struck|barrage|shelling|debris)\b", re.I)


def _dateline_place(article: Article):  # type: ignore[no-untyped-def]
    """The dateline's place as a place hit, for events told as happening where the reporter is."""
    if not article.dateline_place:
        return None
    hits = find_places(article.dateline_place)
    return hits[0] if hits else None


# Cheap gates, matched against the lower-cased sentence: a reader runs only on sentences holding one of its words.
_AIR_WORDS = re.compile(r"drone|missile|rocket|shahed|kalibr|iskander|kinzhal|bomb|uav|unmanned\s+aerial|\bkh-|loitering|lancet|"
                        r"attack|strike|struck|shot\s*down|downed|intercept")
_HARM_WORDS = re.compile(r"kill|dead|gunned|assassinat|die|death|wound|injur|hurt|lives|fatalit|damag|destroy|hit|struck|strike|attack|"
                         r"explo|blast|fire|debris|shell|slam|smash|pound|pumm|crash|ripp|dropped|blew\s+up|blown\s+up")
_OUTAGE_WORDS = re.compile(r"power|electric|heat|water|blackout|outage|energi|internet|communication|light")
_CLAIM_WORDS = re.compile(r"captur|seiz|taken|took|occup|overr|control|liberat|recaptur|retook|retaken|regain|freed|fall\b|fallen|"
                          r"takeover|"
                          r"reclaim|clawed|won\s+back|lost|withdr|retreat|pulled\s+out|abandon|fell")
_ARMS_WORDS = re.compile(r"sanction|veto|deploy|station|mobili|troops|embassy|visa|drill|join|invit|ordered|extend|ban|"
                         r"accept|agree|truce|ceasefire|cease-fire|convention|conscript|call-up|calling\s+up|signed|"
                         r"endorse|resum|restor|unfro|invok|clos|passed|bill|loan|"
                         r"send|sent|sell|sold\b|suppl|provid|deliver|transfer|give|gave|ship|export|import|permit|allow|acqui|package|"
                         r"aid|assistance|donat|offer|pledg|promis|approv|refus|declin|reject|consider|weigh|receiv|arrived|"
                         r"decid|voted|agreed|imposed|announc|adopt|ratif|withdr|contemplat|mull|hand(?:ed|ing|s)?\s+over")
_PROTEST_WORDS = re.compile(r"protest|demonstrat|rall|march|picket|chant")
# A sentence still telling a package's contents: "These funds will finance ...", "Also provided are ...".
_PACKAGE_TALK = re.compile(r"\b(?:package|funds|includ\w+|consists?|also\s+provided|will\s+receive|in\s+addition)\b")
_COMBAT_WORDS = re.compile(r"fight|clash|battle|combat|assault|storm|offensive|advanc|repel|repuls|counter|encircl|siege|attempt|trying|tried|tries|"
                           r"besieg|attack|entered|gains|progress|inflicted\s+losses")


def _read(info: SentenceInfo, memory: _Memory, dateline=None,  # type: ignore[no-untyped-def]
          recipient: str | None = None) -> list[Draft]:
    """The events of one sentence, read with what the article told before it (`memory`, which reading it does not
    change: the caller remembers the sentence afterwards)."""
    last_weapon, recent_strike, recent_transfer = memory.last_weapon, memory.strike, memory.transfer
    counted_wave, toll_strike = memory.counted_wave, memory.toll_strike
    # asked before any figure of this sentence joins a strike told earlier
    attacked_place, struck_place, scene = memory.attacked_place(info), memory.struck_place(info), memory.scene(info)
    text = info.text.lower()
    drafts: list[Draft] = []
    if _AIR_WORDS.search(text) or (last_weapon and re.search(r"\bof\s+(?:which|them|these)\b|\bwere\s+\w+", text)):
        drafts = read_air_attacks(info, last_weapon) or read_wave_mentions(info)
    harm = _HARM_WORDS.search(text)
    found = casualties(info) if harm else []
    losses, found = read_kills(info, found)
    losses += read_daily_losses(info)
    strikes, unplaced = read_strikes(info, found) if harm else ([], [])
    if strikes:
        # "Ukrainian drones struck the Votkinsk plant": the strike is the news; a figure-less wave adds nothing, nor
        # does the one weapon that struck ("One drone dropped explosives on a passenger bus").
        drafts = [d for d in drafts if d.type != "air_attack" or (d.counts and not _one_that_struck(d))]
    drafts += strikes
    # A toll said to be in occupied land is not the toll of a strike on Ukrainian-held land told just before.
    same_side = recent_strike is not None and not (OCCUPIED.search(info.text) and recent_strike.target == "Ukraine")
    if unplaced and recent_strike is not None and same_side and not any(d.type == "air_attack" for d in drafts) \
            and info.sentence.index - recent_strike.sentences[-1].sentence.index <= (6 if _BACK_TO_IT.search(text) else 3):
        conflict = any(c.key in recent_strike.counts and c.key not in recent_strike.hedges
                       and recent_strike.counts[c.key] != c.quantity.value for c in unplaced)
        if conflict and not _TOLL_UPDATE.search(text):
            # Other figures at the same place: another strike there ("a rocket hit the plant, killing one").
            extra = Draft("strike", info, date=recent_strike.date, date_precision=recent_strike.date_precision,
                          actor=recent_strike.actor, target=recent_strike.target, location=recent_strike.location,
                          claimed_by=info.claimant)
            for c in unplaced:
                extra.add_count(c.key, c.quantity)
            drafts.append(extra)
        else:
            # "The death toll has risen to five" after the strike was told: the same strike's figures.
            for c in unplaced:
                recent_strike.add_count(c.key, c.quantity)
            recent_strike.sentences.append(info)
        unplaced = []
    if unplaced and toll_strike is not None and not counted_wave and not any(d.type == "air_attack" for d in drafts) \
            and _toll_told_on(info, unplaced, toll_strike):
        unplaced = []
    item = None
    if struck_place is not None and not strikes and not any(p.level != "country" for p in info.places) \
            and not lexicon().find_actors(info.text):
        item = target_hit(info)  # "Russia accused Ukraine of attacking its energy facilities": another side's attack
    toll_here = bool(unplaced) and not any(d.type == "air_attack" and d.counts for d in drafts)
    if attacked_place is None and toll_here and scene is not None and _BACK_TO_IT.search(text) and not info.weapons:
        attacked_place = scene  # "... the town of Balakliia were woken by explosions. ... killed in the attack"
    if attacked_place is not None and (toll_here or item):
        # "Russian troops attacked Zaporizhzhia with drones. A 62-year-old man was killed", "Russia launched six
        # missiles at Zaporizhzhia. One of them hit two apartment buildings": a strike there.
        extra = Draft("strike", info, location=attacked_place, item=item, claimed_by=info.claimant)
        extra.date, extra.date_precision = info.date_near(unplaced[0].quantity.start if unplaced else 0)
        extra.actor, extra.target = direction(info.text, [attacked_place])
        if toll_here:
            for c in unplaced:
                extra.add_count(c.key, c.quantity)
            unplaced = []
        drafts.append(extra)
    if unplaced and OCCUPIED.search(info.text) and not info.weapons:
        # "Four people were killed in Russian-occupied parts of Ukraine": strikes on occupied land, place untold.
        extra = Draft("strike", info, actor="Ukraine", target="Russia", claimed_by=info.claimant)
        extra.date, extra.date_precision = info.date_near(unplaced[0].quantity.start)
        for c in unplaced:
            extra.add_count(c.key, c.quantity)
        drafts.append(extra)
        unplaced = []
    if unplaced and _GROUND_FIRE.search(info.text):
        unplaced = []  # artillery along the front: no air attack to put the toll on, and no place to strike
    if unplaced:
        drafts += _casualties_of_wave(info, unplaced, drafts, after_wave=memory.last_wave is not None)
    if _OUTAGE_WORDS.search(text):
        drafts += read_outages(info)
    if _CLAIM_WORDS.search(text):
        drafts += read_territorial_claims(info)
    if _ARMS_WORDS.search(text):
        # "decided to allow Ukraine to use German weapons": a decision about arms, not a delivery.
        decided = read_policy(info)
        if decided:  # "While Ukraine has agreed to a ceasefire, Russia has refused the proposal": each its own
            acting = {d.actor for d in decided}
            decided += [d for d in read_decisions(info) if d.actor not in acting]
        drafts += decided or read_arms_transfers(info, recipient) or read_decisions(info)
        suppliers = {d.actor for d in drafts if d.type == "arms_transfer"}
        # "The United States and Britain sent 200 Javelin missiles to Ukraine": a delivery, not a launch
        drafts = [d for d in drafts if not (d.type == "air_attack" and d.actor in suppliers)]
    if recent_transfer is not None and not any(d.type == "arms_transfer" for d in drafts) \
            and info.sentence.index - recent_transfer.sentences[-1].sentence.index <= (4 if _PACKAGE_TALK.search(text) else 2):
        drafts += read_listed_items(info, recent_transfer)
    if _PROTEST_WORDS.search(text):
        drafts += read_protests(info, dateline)
    if _COMBAT_WORDS.search(text) and not any(d.type in ("strike", "air_attack", "territorial_claim") for d in drafts):
        # "border guards killed 15 Wagner fighters in Bakhmut, where fighting continued": the losses are that
        # fighting, told once (the fighting word alone would give it the war's default side)
        fighting = read_ground_combat(info)
        drafts += [f for f in fighting if not any(k.location and f.location and k.location.name == f.location.name
                                                  for k in losses)]
    return drafts + losses


_SOLDIERS = re.compile(r"\s+(?:(?P<side>Russian|Ukrainian|enemy)\s+)(?:soldiers|troops|servicemen|military\s+personnel|"
                       r"personnel|invaders|occupiers|fighters)\b", re.I)


_DEFENDED = re.compile(r"\b(?:intercept\w*|shot\s*down|downed|destroyed|repelled|neutrali[sz]ed|suppressed)\b", re.I)
_TELLS = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:said|says|reported|reports|claimed|claims|stated)\b")


def _one_that_struck(d: Draft) -> bool:
    """Whether an air attack's only figure is one weapon launched: in a sentence telling a strike, that is the
    weapon that struck, not a wave."""
    return d.counts == {"launched": 1}


def _soldiers_of(text: str, figure_end: int, attacker: str | None) -> bool:
    """Whether the figure counts the attacker's own soldiers ("Ukraine's forces killed 540 Russian soldiers ... and
    downed five drones"): losses in the fighting, not casualties of the wave."""
    m = _SOLDIERS.match(text, figure_end)
    if m is None:
        return False
    side = "Russia" if m.group("side").lower() in ("russian", "enemy") else "Ukraine"
    return side == attacker


def _toll_told_on(info: SentenceInfo, found, strike: Draft) -> bool:  # type: ignore[no-untyped-def]
    """In a report of one strike and no wave told with figures, a bare toll further on is that strike's, told as it
    changed through the morning ("Updated as of 08:30. Four killed.", "rescuers have found 7 people dead"): the
    largest figure stands. False, and nothing kept, for a toll that tells a hit, a side or occupied land of its own."""
    if info.weapons or HIT_TOLD.search(info.text) or OCCUPIED.search(info.text) or lexicon().find_actors(info.text) \
            or info.sentence.index - strike.sentences[-1].sentence.index > 12:
        return False
    for c in found:
        if c.quantity.value > strike.counts.get(c.key, 0):
            strike.add_count(c.key, c.quantity)
    strike.sentences.append(info)
    return True


def _casualties_of_wave(info: SentenceInfo, found, drafts: list[Draft],  # type: ignore[no-untyped-def]
                        after_wave: bool = False) -> list[Draft]:
    """Casualties with no place go on the sentence's air attack (or a `mixed` one when it names several weapons)."""
    waves = [d for d in drafts if d.type == "air_attack"]
    told = None if waves else direction(info.text, info.places)
    found = [c for c in found if not _soldiers_of(info.text, c.quantity.end, told[0] if told else waves[0].actor)]
    if not found:
        return []
    if len(waves) == 1:
        for c in found:
            waves[0].add_count(c.key, c.quantity)
        return []
    if not after_wave and not re.search(r"\b(?:attack|strike|barrage|drone|missile|shelling|bomb)", info.text, re.I):
        return []
    attacker, attacked = told or direction(info.text, info.places)
    date, precision = info.date_near(found[0].quantity.start)
    weapons = {d.weapon for d in waves} | {w.weapon for w in info.weapons}
    d = Draft("air_attack", info, date=date, date_precision=precision, actor=attacker, target=attacked,
              weapon="mixed" if len(weapons) > 1 else (weapons.pop() if weapons else None),
              claimed_by=info.claimant)
    for c in found:
        d.add_count(c.key, c.quantity)
    return [d]
