"""Protests: demonstrations, rallies and marches, with how many took part."""
from __future__ import annotations

import re

from warwire.extract.context import SentenceInfo
from warwire.extract.draft import Draft
from warwire.extract.lexicon import lexicon

_PROTEST = re.compile(r"\b(?:protest(?:ed|ers|ors|ing|s)?|demonstrat(?:ors|ion|ions|ed)|rall(?:y|ies|ied)|marched|"
                      r"picket\w*|chant(?:ed|ing)\s+(?:\w+\s+)?slogans)\b", re.I)
_PARTICIPANTS = re.compile(r"^\s+(?:\w+\s+){0,2}?(?:demonstrators|protesters|protestors|people|participants|activists|"
                           r"marchers|supporters|residents|victims)\b", re.I)
_AGAINST = re.compile(r"\b(?:protest(?:ed|ing)?|against|denounc\w*|condemn\w*)\s+(?:the\s+)?", re.I)


_SUBJECT = re.compile(
    r"(?:^|,\s+)(?P<who>(?:[A-Za-z][\w'-]*\s+){0,3}?(?:victims|veterans|activists|residents|students|workers|farmers|"
    r"women|mothers|families|relatives|supporters|opponents|campaigners|protesters|demonstrators|pensioners|"
    r"citizens|people|Ukrainians|Russians|refugees))\s+(?:from\s+[^,]+?\s+)?(?:gathered|rallied|marched|protested|"
    r"demonstrated|took\s+to\s+the\s+streets|staged|held|picketed)\b",
)
_GENERIC_CROWD = frozenset({"people", "protesters", "demonstrators", "citizens"})


# Senses of the trigger words that are not a crowd in the street: a diplomatic protest, "rally the
# world", "demonstrated that", "a demonstration of resolve", "march toward Moscow" by an army.
_OTHER_SENSE = re.compile(
    r"\bprotest(?:ed|s)?\s+(?:note|notes)\b|\bin\s+(?:\w+\s+)?protest\b|\b(?:lodged?|filed?|sent|issued|voiced|"
    r"expressed)\s+(?:a\s+|an\s+)?(?:\w+\s+)?protests?\b|\bprotest(?:ed|s|ing)?\s+(?:that|to|at|over\s+the\s+(?:decision|"
    r"move|remarks?|statements?))\b|\brall(?:y|ied|ying)\s+(?:the|our|its|their|his|her|broader|wider|international|global|"
    r"more|support|allies|partners|behind|around|to|round|public|world|nations?)\b|\bdemonstrat(?:ed|es|ing)\s+(?!in\b|"
    r"outside\b|against\b|near\b|at\b|on\b)|\bdemonstrations?\s+of\b|\bmarch(?:ed)?\s+(?:on|toward|towards|into)\s+"
    r"(?:Moscow|Kyiv|Kiev|the\s+capital)\b|\brally\s+(?:in|of)\s+(?:the\s+)?(?:markets?|stocks?|shares?|prices?|oil)\b|"
    r"\b(?:petition|letter|statement|campaign)\s+(?:\w+\s+){0,2}to\s+protest\b|\ba\s+protest\s+of\b",
    re.I)
# A crowd: people who protest, or a protest that took place.
_CROWD = re.compile(
    r"\b(?:protesters|protestors|demonstrators|marchers|picketers)\b|"
    r"\b(?:protests?|rall(?:y|ies)|demonstrations?|marches|march|pickets?)\s+(?:\w+\s+){0,2}?(?:against|in|outside|near|at|"
    r"took\s+place|were\s+held|was\s+held|erupted|broke\s+out|gathered|drew|attracted|in\s+support)\b|"
    r"\b(?:mass|street|anti-war|antiwar|anti-government|peaceful|large|big|huge|small|weekly|daily|nationwide)\s+"
    r"(?:protests?|rall(?:y|ies)|demonstrations?|marches)\b|\b(?:held|staged|organi[sz]ed|joined|led)\s+(?:a\s+)?(?:\w+\s+)?"
    r"(?:protests?|rall(?:y|ies)|demonstrations?|marches)\b|\b(?:protests?|rall(?:y|ies)|demonstrations?|marches)\s+"
    r"(?:was|were)\s+(?:organi[sz]ed|staged|called)\b|"
    r"\b(?:people|residents|activists|students|women|wives|mothers|families|relatives|veterans|workers|farmers|crowds?|"
    r"thousands|hundreds|supporters|opponents|citizens|Ukrainians|Russians|Belarusians|Georgians|Poles|refugees)\b"
    r"[^.;:]{0,50}?\b(?:rallied|marched|demonstrated|protested|gathered|picketed|took\s+to\s+the\s+streets)\b",
    re.I)


# Where a crowd stood, even in a place the gazetteer does not know: "outside the chancellery", "in the Old Town
# Square", "in the center of the Czech capital", "erupted across the country".
_LOCATED = re.compile(r"\b(?:in|outside|near|in\s+front\s+of|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:Square|Street|Avenue|"
                      r"embassy|parliament|chancellery|capital|city\s+hall|consulate|ministry|compound|headquarters)\b|"
                      r"\b(?:erupted|broke\s+out|spread)\s+(?:across|throughout|in)\b", re.I)


# "as Western leaders travelled to Kyiv": where someone else went, not where the crowd stood
_GONE_TO = re.compile(r"\b(?:travell?ed|flew|went|arrived|headed|came|visited|visiting)\s+(?:to\s+|in\s+)?$", re.I)


_RUSSIAS_WAR = re.compile(r"\b(?:Russia['’]s|Russian|Putin['’]s|Moscow['’]s|Kremlin['’]s)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:invasion|war|attack|aggression|offensive)\b|\bPutin\s+Hands\s+Off\b", re.I)
_DETAINED = re.compile(r"^\s+(?:\w+\s+){0,2}?(?:were|was|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:detained|arrested|held)\b",
                       re.I)


# A protest still to come: "are planning a protest", "will rally", "called for a march".
_PLANNED = re.compile(r"\b(?:plan(?:s|ned|ning)?|intends?|intending|will|to\s+(?:hold|stage)|call(?:ed|s|ing)?\s+for)\s+"
                      r"(?:\w+\s+){0,2}$", re.I)


def read_protests(info: SentenceInfo, dateline_place=None) -> list[Draft]:  # type: ignore[no-untyped-def]
    """A demonstration told in one sentence."""
    text = info.text
    m = _PROTEST.search(text)
    if not m or _OTHER_SENSE.search(text) or not (_CROWD.search(text) or _SUBJECT.search(text)):
        return []
    lex = lexicon()
    target = None
    actors = lex.find_actors(text)
    for a in _AGAINST.finditer(text):
        hit = next((h for h in actors if h.start == a.end()), None)
        if hit:
            target = hit.actor
            break
    if target is None and _RUSSIAS_WAR.search(text):
        target = "Russia"  # "demanding an end to Russia's invasion", "against Putin's attack"
    # "more than 1,700 people were detained at rallies": those arrested, not the crowd
    participants = next((q for q in info.quantities if _PARTICIPANTS.match(text[q.end:])
                         and not _DETAINED.match(text[q.end:])), None)
    named = next((p for p in info.places if p.level in ("settlement", "admin1") and p.cued
                  and not _GONE_TO.search(text, max(0, p.start - 30), p.start)), None)
    if named is None and participants is None and not info.explicit_date() and not _LOCATED.search(text):
        return []  # "rallies against the war have been repressed", "students who picketed were expelled": no one protest
    if text.isupper():
        return []  # a headline in capitals tells of the story, not of one protest
    if info.is_future_at(m.start()) or _PLANNED.search(text, max(0, m.start() - 40), m.start()):
        return []  # "farmers are planning a protest in Brussels on December 18th": not yet held
    place = named or dateline_place
    who = _SUBJECT.search(text)
    actor = None
    if who:
        words = [w for w in who.group("who").split()
                 if w.lower() not in ("the", "a", "some", "many", "hundreds", "thousands", "dozens", "tens", "of", "more",
                                      "than", "about", "around", "several")]
        actor = " ".join(words) if words and " ".join(words).lower() not in _GENERIC_CROWD else None
    date, precision = info.date_near(m.start())
    d = Draft("protest", info, date=date, date_precision=precision, actor=actor, target=target, location=place,
              claimed_by=info.claimant)
    if participants is not None:
        d.add_count("participants", participants)
    return [d]
