"""Protests: demonstrations, rallies and marches, with how many took part."""
from __future__ import annotations

import re

from warwire.extract.context import SentenceInfo
from warwire.extract.draft import Draft
from warwire.extract.lexicon import lexicon

_PROTEST = re.compile(r"\b(?:protest(?:ed|ers|ors|ing|s)?|demonstrat(?:ors|ion|ions|ed)|rall(?:y|ies|ied)|marched|"
                      r"picket\w*)\b", re.I)
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


def read_protests(info: SentenceInfo, dateline_place=None) -> list[Draft]:  # type: ignore[no-untyped-def]
    """A demonstration told in one sentence."""
    text = info.text
    m = _PROTEST.search(text)
    if not m or re.search(r"\bprotest(?:ed|s)?\s+(?:note|notes)\b|\bin\s+protest\b", text, re.I):
        return []
    lex = lexicon()
    target = None
    actors = lex.find_actors(text)
    for a in _AGAINST.finditer(text):
        hit = next((h for h in actors if h.start == a.end()), None)
        if hit:
            target = hit.actor
            break
    participants = next((q for q in info.quantities if _PARTICIPANTS.match(text[q.end:])), None)
    place = next((p for p in info.places if p.level in ("settlement", "admin1") and p.cued), None) or dateline_place
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
