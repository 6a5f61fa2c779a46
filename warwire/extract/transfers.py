"""Arms transfers (offered, pledged, approved, delivered, refused, considered) and government policy decisions."""
from __future__ import annotations

import re
from functools import cache

from warwire.extract.context import SentenceInfo
from warwire.extract.draft import Draft
from warwire.extract.lexicon import _rows, lexicon

# Order matters: the first status whose cue stands in the sentence wins.
_TRANSFER_STATUS: list[tuple[str, str]] = [
    ("refused", r"refus\w*|reject\w*|declin\w*|block(?:ed|s|ing)?|veto\w*|ruled\s+out|rules\s+out|won't\s+(?:send|supply|provide|give)|"
                r"will\s+not\s+(?:send|supply|provide|give)|would\s+not\s+(?:send|supply|provide|give)|"
                r"not\s+(?:to\s+)?(?:send|supply|provide|give)|no\s+plans?\s+to\s+(?:send|supply|provide)|"
                r"withdr[ae]wn?|pulled|held\s+back|holding\s+back|reluctan\w*|hesitat\w*|balk\w*|dragging\s+its\s+feet"),
    ("considered", r"consider\w*|weigh\w*|mull\w*|debat\w*|discuss\w*|contemplat\w*|explor\w*|could\s+(?:send|supply|provide)|"
                   r"review\w*|open\s+to"),
    ("offered", r"offer\w*|propos\w*|would\s+(?:transfer|give|send|provide|supply)|said\s+it\s+would\s+(?:transfer|give|send|provide|supply)"),
    ("approved", r"approv\w*|authori[sz]\w*|signed\s+off|cleared|green-?light\w*|announced\s+(?:a|an|its|the)\s+[^.]{0,40}package|"
                 r"unveil\w*|greenlit"),
    ("pledged", r"pledg\w*|promis\w*|commit\w*|will\s+(?:send|provide|supply|deliver|transfer|give)|"
                r"agreed\s+to\s+(?:send|provide|supply|deliver|transfer|give)|vow\w*|plans?\s+to\s+(?:send|provide|supply)"),
    ("delivered", r"deliver\w*|sent|sends|sending|shipp\w*|supplied|supplies|supplying|provided|provides|providing|"
                  r"handed\s+over|transferred|arrived|received|donated|gave|has\s+given|equipp\w*"),
]
_STATUS_RE = [(s, re.compile(rf"\b(?:{p})\b", re.I)) for s, p in _TRANSFER_STATUS]
_RECIPIENT = re.compile(r"\b(?:to|for|with|into)\s+(?:help\s+)?(?P<who>Ukraine|Kyiv|Kiev|Russia|Moscow|Israel|Taiwan)\b")
_WISH = re.compile(r"\b(?:if|whether\s+or\s+not|unless|hope\w*|should|must|urg\w*|call(?:ed|s)?\s+on|demand\w*|"
                   r"ask(?:ed|s)?|request\w*|will\s+be|would\s+be|need\w*)\b", re.I)


@cache
def _arms() -> re.Pattern[str]:
    alternation = "|".join(sorted((r[0] for r in _rows("lexicon_arms.tsv")), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?:e?s)?(?![\w-])", re.I)


@cache
def _categories() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(rf"^(?:{r[0]})(?:e?s)?$", re.I), r[1]) for r in _rows("lexicon_arms.tsv")]


def arms_category(item: str) -> str:
    """The category of an arms item as the lexicon names it ("Leopard 2 tanks" -> vehicles)."""
    for pattern, category in _categories():
        if pattern.match(item):
            return category
    return ""


def read_arms_transfers(info: SentenceInfo) -> list[Draft]:
    """An arms transfer told in one sentence: supplier, recipient, item, status and quantity."""
    text = info.text
    items = list(_arms().finditer(text))
    if not items or _WISH.search(text):
        return []
    status = None
    cue_at = 0
    for s, pattern in _STATUS_RE:
        m = pattern.search(text)
        if m:
            status, cue_at = s, m.start()
            break
    if status is None:
        return []
    rec = _RECIPIENT.search(text)
    lex = lexicon()
    recipient = lex.actor(rec.group("who")) if rec else None
    if recipient is None:
        if re.search(r"\bUkrain", text):
            recipient = "Ukraine"
        else:
            return []
    supplier = None
    for m in lex.actor_re.finditer(text[:cue_at]):
        a = lex.actor(m.group(1))
        if a and a != recipient:
            supplier = a
    if supplier is None:
        return []
    item = min(items, key=lambda m: abs(m.start() - cue_at))
    if abs(item.start() - cue_at) > 80:
        return []
    quantity = None
    for q in info.quantities:
        if 0 <= item.start() - q.end <= 25 and not re.search(r"[$€£]|billion|million", text[max(0, q.start - 2): q.end + 9]):
            quantity = q
    category = arms_category(item.group(0))
    if category in ("weapons", "aid") and quantity is None and not info.explicit_date() and status == "delivered":
        return []  # "the US has provided weapons to Kyiv": ongoing support, not an event
    date, precision = info.date_near(cue_at)
    d = Draft("arms_transfer", info, date=date, date_precision=precision, actor=supplier, target=recipient,
              item=_item_phrase(text, item), status=status, claimed_by=info.claimant, kind=category)
    if quantity is not None:
        d.add_count("quantity", quantity)
    return [d]


def _item_phrase(text: str, m: re.Match[str]) -> str:
    before = text[max(0, m.start() - 30): m.start()].split()
    mods = []
    for w in reversed(before):
        if re.fullmatch(r"[A-Za-z][\w-]*", w) and w.lower() not in ("the", "a", "an", "of", "to", "and", "its", "more",
                                                                     "with", "send", "supply", "provide", "transfer"):
            mods.insert(0, w)
            if len(mods) == 2:
                break
        else:
            break
    words = [w for w in mods if not lexicon().actor(w)]
    return " ".join(words + [m.group(0)])


_POLICY = [
    ("considered", re.compile(r"\b(?:is|was|are|were|been)\s+(?:\w+\s+)?(?:considering|contemplating|weighing|mulling|debating|"
                              r"reviewing|studying)\b", re.I)),
    ("decided", re.compile(r"\b(?:decided|voted|agreed)\s+to\b|\b(?:imposed|announced|introduced|adopted|signed|ratified)\s+"
                           r"(?:new\s+|a\s+|an\s+|the\s+)?(?:\w+\s+){0,2}(?:export\s+controls?|restrictions?|ban|sanctions|"
                           r"declaration|treaty|agreement|law|pact|decree)\b", re.I)),
    ("withdrew", re.compile(r"\b(?:withdr[ae]w|withdrawn|pull(?:ed|s)?\s+out)\s+(?:\w+\s+){0,2}from\s+(?:the\s+)?(?:\w+\s+){0,3}"
                            r"(?:treaty|convention|agreement|pact|accord)\b", re.I)),
]
_POLICY_TOPIC = re.compile(r"\b(?:mines?|landmines?|treaty|convention|weapons?|arms|export|drones?|troops|nuclear|sanctions|"
                           r"ceasefire|force|military|missiles?|conscription|mobili[sz]ation|martial\s+law)\b", re.I)


def read_policy(info: SentenceInfo) -> list[Draft]:
    """A government's decision or deliberation on arms, treaties or the war."""
    text = info.text
    if info.is_future():
        return []
    lex = lexicon()
    for status, pattern in _POLICY:
        m = pattern.search(text)
        if not m or not _POLICY_TOPIC.search(text[m.start():]):
            continue
        actors = [lex.actor(a.group(1)) for a in lex.actor_re.finditer(text[: m.start()])]
        actors = [a for a in actors if a]
        if not actors:
            continue
        date, precision = info.date_near(m.start())
        topic = _POLICY_TOPIC.search(text[m.start():])
        item = _item_after(text, m.end()) or (topic.group(0) if topic else None)
        return [Draft("policy", info, date=date, date_precision=precision, actor=actors[-1], item=item,
                      status=status, claimed_by=info.claimant)]
    return []


def _item_after(text: str, pos: int) -> str | None:
    m = _arms().search(text, pos)
    if m and m.start() - pos < 80:
        return _item_phrase(text, m)
    return None
