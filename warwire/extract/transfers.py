"""Arms transfers (offered, pledged, approved, delivered, refused, considered) and government policy decisions."""
from __future__ import annotations

import re
from functools import cache

from warwire.extract.context import SentenceInfo
from warwire.extract.draft import Draft
from warwire.extract.lexicon import _rows, lexicon
from warwire.extract.numbers import Quantity
from warwire.extract.strikes import is_total

# Order matters: the first status whose cue stands in the sentence wins.
_TRANSFER_STATUS: list[tuple[str, str]] = [
    ("refused", r"refus\w*|reject\w*|declin\w*|block(?:ed|s|ing)?|veto\w*|paus(?:ed|es|ing)|halt(?:ed|s|ing)|"
                r"suspend\w*|froze|frozen|freez\w*|stopp?(?:ed|ing)\s+(?:sending|supplying|deliver\w*)|ruled\s+out|rules\s+out|won't\s+(?:send|supply|provide|give)|"
                r"will\s+not\s+(?:send|supply|provide|give)|would\s+not\s+(?:send|supply|provide|give)|"
                r"not\s+(?:to\s+)?(?:send|supply|provide|give)|no\s+plans?\s+to\s+(?:send|supply|provide)|"
                r"withdr[ae]wn?|pulled|held\s+back|holding\s+back|reluctan\w*|hesitat\w*|balk\w*|dragging\s+its\s+feet"),
    ("considered", r"consider\w*|weigh\w*|mull\w*|debat\w*|discuss\w*|contemplat\w*|explor\w*|could\s+(?:send|supply|provide)|"
                   r"review\w*|open\s+to"),
    ("offered", r"offer\w*|propos\w*|would\s+(?:transfer|give|send|provide|supply)|said\s+it\s+would\s+(?:transfer|give|send|provide|supply)"),
    ("approved", r"approv\w*|authori[sz]\w*|signed\s+off|cleared|green-?light\w*|announced|announces|unveil\w*|greenlit|"
                 r"passed|adopted|voted\s+(?:through|for)|signed\s+into\s+law|signed"),
    ("pledged", r"pledg\w*|promis\w*|commit\w*|will\s+(?:send|provide|supply|deliver|transfer|give)|"
                r"agreed\s+to\s+(?:send|provide|supply|deliver|transfer|give)|vow\w*|plans?\s+to\s+(?:send|provide|supply)"),
    ("delivered", r"deliver\w*|sent|sends|sending|shipp\w*|supplied|supplies|supplying|provided|provides|providing|"
                  r"handed\s+over|transferred|arrived|received|donated|gave|has\s+given|equipp\w*"),
]
_STATUS_RE = [(s, re.compile(rf"\b(?:{p})\b", re.I)) for s, p in _TRANSFER_STATUS]
_RECIPIENT = re.compile(r"\b(?:to|for|with|into)\s+(?:help\s+)?(?P<who>Ukraine|Kyiv|Kiev|Russia|Moscow|Israel|Taiwan|Belarus|"
                        r"Minsk)\b")
# "(the package) President Joe Biden (signed)": a named subject between an item and its verb.
_NAMED_SUBJECT = re.compile(r"\s+(?:(?:package|deal|bill|measure)\s+)?(?:that\s+|which\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}(?:has\s+|had\s+)?")
# "Iran has supplied Russia with drones": the recipient right after the verb.
_RECIPIENT_OBJECT = re.compile(r"\b(?:suppl\w+|provid\w+|arm\w*|equipp\w*|furnish\w*)\s+(?P<who>Ukraine|Kyiv|Kiev|Russia|Moscow|"
                               r"Israel|Taiwan|Belarus|Minsk)\s+with\b")
_WISH = re.compile(r"\b(?:hope\w*|should|must|urg\w*|call(?:ed|s|ing)?\s+(?:on|for)|demand\w*|ask(?:ed|s|ing)?\s+(?:for|to)|"
                   r"will\s+be|would\s+be|needs?|tired\s+of)\b", re.I)


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


_CLAUSE_BREAK = re.compile(r";|\bbut\b|\bwhile\b|\bwhereas\b|\bunless\b|\buntil\b|\b(?:said|says|hinted|added|warned|noted)\s+(?:on\s+\w+\.?\s+\d*\s*)?that\b|"
                           r",\s+and\b|\bthat\b|\bwhich\b|\bwho\b|\bafter\b|\bbefore\b", re.I)
_ONE = re.compile(r"\b(?:a|an|one)\s+(?:(?:new|second|third|additional|further|single|[A-Z][\w-]*)\s+){0,2}$", re.I)


_TRANSFER_VERB = re.compile(r"\b(?:send|sent|sends|sending|suppl\w+|provid\w+|deliver\w*|transfer\w*|give|gave|giv\w+|"
                            r"shipments?|"
                            r"ship\w*|export\w*|permit\w*|allow\w*|acqui\w+|package|aid|assistance|donat\w+|"
                            r"green\s*light|re-export|offer\w*|pledg\w*|promis\w*)\b", re.I)
_CONDITION = re.compile(r"\b(?:if|unless|until|whether)\b", re.I)


def read_arms_transfers(info: SentenceInfo, default_recipient: str | None = None) -> list[Draft]:
    """Arms transfers told in one sentence: supplier, recipient, item, status and quantity for each."""
    text = info.text
    items = list(_arms().finditer(text))
    if not items or _WISH.search(text) or is_total(text) or not _TRANSFER_VERB.search(text):
        return []
    cues = sorted(((m.start(), m.end(), status) for status, pattern in _STATUS_RE for m in pattern.finditer(text)))
    out = []
    for item in items:
        before = [c for c in cues if c[1] <= item.start() and item.start() - c[1] <= 70
                  and not re.search(r",\s+(?:enough|which|who|where|while|as|but)\b", text[c[1]: item.start()])]
        # "the mines offered by the US", "the aid package President Joe Biden signed"
        after = [c for c in cues if c[0] >= item.end() and (c[0] - item.end() <= 15 or (
            c[0] - item.end() <= 40 and _NAMED_SUBJECT.fullmatch(text[item.end(): c[0]])))]
        cue = before[-1] if before else (after[0] if after else None)
        if cue is None:
            continue
        if cue[2] == "delivered":
            # "considering sending", "refused to send", "promised to deliver": the first verb says what happened.
            governing = [c for c in cues if c[1] <= cue[0] and cue[0] - c[1] <= 25 and c[2] != "delivered"]
            if governing:
                cue = governing[-1]
        if re.search(r"\b(?:could|might|would)\b", text) and re.search(r"\bif\b", text[cue[0]:]):
            continue  # "Berlin could consider supplying missiles if ...": a hypothesis
        if _CONDITION.search(text[max(0, cue[0] - 40): cue[0]]):
            continue  # "unless America also sends tanks": a condition, not a transfer
        draft = _transfer(info, cue[2], cue[0], item, default_recipient)
        if draft is not None:
            out.append(draft)
    return out


def read_listed_items(info: SentenceInfo, previous: Draft) -> list[Draft]:
    """Items a package lists in the sentences after it, each with its figure ("There will also be more than
    400 vehicles, including 162 armoured vehicles, 60 boats ..."): transfers by the same supplier."""
    text = info.text
    if any(h.actor not in (previous.actor, previous.target) for h in lexicon().find_actors(text) if not h.possessive):
        return []  # another government acts here
    out = []
    for item in _arms().finditer(text):
        quantity = next((q for q in info.quantities if 0 <= item.start() - q.end <= 25
                         and not re.search(r"[$€£,;]|billion|million", text[q.end: item.start()])), None)
        if quantity is None:
            continue
        d = Draft("arms_transfer", info, date=previous.date, date_precision=previous.date_precision,
                  actor=previous.actor, target=previous.target, item=_item_phrase(text, item), status=previous.status,
                  claimed_by=info.claimant or previous.claimed_by, kind=arms_category(item.group(0)))
        d.add_count("quantity", quantity)
        out.append(d)
    return out


def _clause_start(text: str, pos: int) -> int:
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, pos)]
    return breaks[-1] if breaks else 0


def _transfer(info: SentenceInfo, status: str, cue_at: int, item: re.Match[str],
              default_recipient: str | None) -> Draft | None:
    text = info.text
    lex = lexicon()
    rec = _RECIPIENT_OBJECT.search(text, max(0, min(cue_at, item.start()) - 40)) or \
        _RECIPIENT.search(text, min(cue_at, item.start()))
    recipient = lex.actor(rec.group("who")) if rec else None
    if recipient is None:
        recipient = "Ukraine" if re.search(r"\bUkrain|\bKyiv\b", text) else default_recipient
    if recipient is None:
        return None
    clause_start = _clause_start(text, cue_at)
    supplier = _subject(text[clause_start:cue_at], recipient) or _subject(text[:cue_at], recipient)
    if supplier is None:
        # "He announced the US would allocate $713m of military aid": the subject of the reported clause.
        between = [h for h in lex.find_actors(text[cue_at: item.start()]) if h.actor != recipient and not h.possessive]
        supplier = between[0].actor if between else None
    if supplier is None:
        after = text[item.end(): item.end() + 40]
        by = next((h for h in lex.find_actors(after) if re.search(r"\bby\s+(?:the\s+)?$", after[: h.start])), None)
        supplier = by.actor if by else None
    if supplier is None or {supplier, recipient} == {"Russia", "Ukraine"}:
        return None  # "Russia sent 23 drones against Ukraine" is an attack, not a delivery
    if re.match(r"\s+(?:\w+\s+){0,3}?(?:against|at|toward|towards|over)\b", text[item.end(): item.end() + 40]):
        return None
    quantity = None
    for q in info.quantities:
        gap = text[q.end: item.start()]
        if 0 <= len(gap) <= 25 and not re.search(r"[$€£]|billion|million", text[max(0, q.start - 2): q.end + 9]) \
                and not re.search(r"\bof\s+the\b|[,;]|battalions?|batteries|brigades?|packages?|shipments?|worth|"
                                  r"percent|mm\b", gap):
            quantity = q
    if quantity is None and _ONE.search(text[max(0, item.start() - 30): item.start()]):
        one = _ONE.search(text[max(0, item.start() - 30): item.start()])
        assert one is not None
        s = max(0, item.start() - 30) + one.start()
        quantity = Quantity(1, None, s, s + len(one.group(0).split()[0]), one.group(0).split()[0])
    category = arms_category(item.group(0))
    if category in ("weapons", "aid") and quantity is None and not info.explicit_date() and status == "delivered":
        return None  # "the US has provided weapons to Kyiv": ongoing support, not an event
    date, precision = info.date_near(cue_at)
    d = Draft("arms_transfer", info, date=date, date_precision=precision, actor=supplier, target=recipient,
              item=_item_phrase(text, item), status=status, claimed_by=info.claimant, kind=category)
    if quantity is not None:
        d.add_count("quantity", quantity)
    return d


def _subject(text: str, recipient: str) -> str | None:
    """Who acts in `text` (the clause before the verb): the nearest country or known person, skipping
    possessives that qualify another noun ("Germany's tank 'punt'") but not the verb's own noun ("Germany's refusal")."""
    lex = lexicon()
    found: list[tuple[int, str]] = []
    for h in lex.find_actors(text):
        if h.actor == recipient:
            continue
        tail = text[h.end:]
        if h.possessive and len(tail.split()) > 3:
            continue  # a possessive before another noun ("Germany's tank punt"): not the one who acts
        if re.fullmatch(r"\w+(?:ian|ese|ish|can|man|ch|an)", h.text, re.I) and re.match(r"\s+[a-z]", tail) \
                and h.text.lower() != h.actor.lower():  # "Iran has", "Japan will": the country, not a demonym
            continue  # "Russian radar systems": a demonym qualifying a noun
        found.append((h.start, h.actor))
    for pattern, name in lex.people:
        for m in re.finditer(pattern.pattern.strip("^$"), text, re.I):
            country = lex.country_of(name)
            if country and country != recipient:
                found.append((m.start(), country))
    if not found:
        return None
    return max(found)[1]


_NOT_MODIFIERS = frozenset("""the a an of to and its their his her more with also has have had will would could
    that this these those which who for from by in on at as than forces including such some""".split())
_STATUS_ANY = re.compile("|".join(f"(?:{p})" for _, p in _TRANSFER_STATUS), re.I)


def _item_phrase(text: str, m: re.Match[str]) -> str:
    before = text[max(0, m.start() - 30): m.start()].split()
    mods: list[str] = []
    for w in reversed(before):
        if re.fullmatch(r"[A-Za-z][\w-]*", w) and w.lower() not in _NOT_MODIFIERS and not _STATUS_ANY.fullmatch(w):
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


# Decisions of governments and alliances beyond arms: sanctions, troops, mobilisation, membership, visas, drills.
_DECISION = [
    ("considered", re.compile(r"\b(?:(?:is|are|was|were|been)\s+(?:\w+\s+)?(?:considering|weighing|mulling|debating|discussing|"
                              r"drafting|preparing)|proposed|submitted|drafted)\b", re.I)),
    ("joined", re.compile(r"\b(?:joined|became\s+(?:a|the)\s+\w*\s*member\s+of|acceded\s+to)\s+(?:the\s+)?"
                          r"(?:NATO|EU|European\s+Union|alliance|bloc)\b", re.I)),
    ("withdrew", re.compile(r"\b(?:withdr[ae]w|withdrawn|pulled\s+out|recalled|evacuated|drew\s+down|drawn\s+down|relocated|"
                            r"(?:is|are|was|were|been)\s+(?:\w+\s+)?(?:withdrawing|pulling\s+out|drawing\s+down|evacuating|"
                            r"relocating))\b", re.I)),
    ("decided", re.compile(r"\b(?:decided|voted|agreed|accepted|endorsed|approved|rejected|refused(?!\s+to)|"
                           r"declined(?!\s+to)|ordered|imposed|imposes|introduced|adopted|signed|ratified|extended|"
                           r"unveiled|launched|declared|announced|announces|deployed|deploys|will\s+(?:deploy|send|station|"
                           r"impose|ban|introduce)|stationed|sanctioned|invited|dropped\s+(?:its\s+|their\s+)?objections?|"
                           r"lifted|banned|suspended|expelled|closed|recogni[sz]ed|blacklisted|froze|mobili[sz]ed|called\s+up|"
                           r"(?:is|are|was|were|been|begun|began|started|by)\s+(?:\w+\s+)?(?:deploying|imposing|mobili[sz]ing|"
                           r"stationing|sending|moving)|sent|moved|increased|boosted|reinforced|doubled|"
                           r"put\s+(?:\w+\s+){0,4}on\s+(?:heightened|high)\s+(?:alert|readiness|preparedness))\b", re.I)),
]
_DECISION_TOPIC = re.compile(
    r"\b(?:sanctions?|sanctioned|bans?|banned|restrictions?|visas?|embargo|price\s+cap|export\s+controls?|law|legislation|"
    r"bill|decree|treaty|agreement|deal|pact|accord|membership|accession|application|troops|soldiers|forces|brigades?|"
    r"battalions?|squadrons?|warships|ships|fighter\s+(?:jets|planes)|aircraft\s+carrier|embassy|diplomats|ambassador|"
    r"staff|mobili[sz]ation|reservists|conscripts?|conscription|drills?|exercises?|nuclear|martial\s+law|ceasefire|"
    r"cease-fire|corridors?|readiness|doctrine|strategic\s+concept|strategy|objections?|referend(?:um|ums|a)|"
    r"missions?|assets|veto|vetoes|price\s+cap|convention|truce|moratorium|call-up|calling\s+up|defen[cs]e\s+spending|safe\s+navigation|"
    r"halt\s+(?:to\s+)?(?:attacks|strikes))\b", re.I)
_LEAVES = re.compile(r"\b(?:treaty|convention|agreement|deal|pact|accord|initiative|organi[sz]ation|council|alliance)\b", re.I)
_NOT_DECISION = re.compile(r"\b(?:should|must|urg\w+|call(?:ed|s|ing)?\s+(?:on|for)|demand\w*|ask(?:ed|s|ing)?|"
                           r"would|could|might|threaten\w*|warn\w*|vow\w*|no\s+plans?)\b", re.I)
# A negation governing the verb ("has not deployed", "did not agree", "refused to impose").
_NEGATED = re.compile(r"\b(?:not|never|n't|no\s+longer|refus\w+\s+to|declin\w+\s+to)\s+(?:\w+\s+)?$", re.I)


def read_decisions(info: SentenceInfo) -> list[Draft]:
    """Decisions on sanctions, troops, membership and the like: one per acting government or alliance."""
    text = info.text
    if info.is_future() or _NOT_DECISION.search(text) or not _DECISION_TOPIC.search(text):
        return []
    out: list[Draft] = []
    seen: set[str] = set()
    for status, pattern in _DECISION:
        for m in pattern.finditer(text):
            topic = _DECISION_TOPIC.search(text, m.start(), min(len(text), m.end() + 60))
            if topic is None or _NEGATED.search(text[max(0, m.start() - 25): m.start()]):
                continue
            agent = _agent(text, m.end())
            actors = [a for a in (_acting(text, m.start()) or ([agent] if agent else [])) if a not in seen]
            if not actors:
                continue
            told = status
            if status == "withdrew":
                if any(p.level == "settlement" and p.start > m.end() and re.search(
                        r"\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", text[m.end(): p.start]) for p in info.places):
                    continue  # "withdrew its forces from Avdiivka": ground lost, a territorial claim
                if not _LEAVES.search(text, m.end()):
                    told = "decided"  # troops, missions and embassies pulled back: a decision; "withdrew" is for treaties
            date, precision = info.date_near(m.start())
            item = _decision_item(text, m, topic)
            for actor in actors:  # "Russia and Ukraine agreed to a truce": a decision of each
                seen.add(actor)
                out.append(Draft("policy", info, date=date, date_precision=precision, actor=actor, item=item,
                                 status=told, claimed_by=info.claimant))
        if out:
            break
    return out


_SUBJECT_BREAK = re.compile(r"[,;:(\"“”]|\b(?:but|while|whereas|as|after|before|because|since|when|that|which|who|if|"
                            r"unless|although|though|where)\b", re.I)


def _acting(text: str, verb_at: int) -> list[str]:
    """The government or alliance that is the verb's subject: the first one named in the verb's own clause
    ("The U.S. and its NATO allies responded by deploying"; not "sanctions imposed by the Union", nor
    "... alongside Moscow, as the West imposes sanctions")."""
    breaks = [m.end() for m in _SUBJECT_BREAK.finditer(text, 0, verb_at)]
    start = breaks[-1] if breaks else 0
    # "Poland, Latvia, Lithuania and Estonia said": a list of subjects reaches back over its commas.
    while text[:start].rstrip().endswith(","):
        head = text[:start].rstrip()[:-1]
        listed = [h for h in lexicon().find_actors(head) if h.end == len(head) and not h.possessive]
        if not listed:
            break
        start = listed[0].start
    before = text[start: verb_at]
    if re.search(r"\b(?:sanctions?|measures|restrictions|package|troops|bill|law|is|are|was|were|being)\s*$|\d\s*$",
                 before, re.I):
        # a participle, an adjective or a passive ("sanctions imposed on Russia", "4,477 deployed warheads",
        # "troops are stationed"): the actor is not the clause's subject
        return []
    hits = [h for h in lexicon().find_actors(before) if not h.possessive]
    if hits:
        joined = [hits[0]]
        for h in hits[1:]:  # "Russia and Ukraine", "Poland, Latvia and Lithuania"
            if not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?", before[joined[-1].end: h.start]):
                break
            joined.append(h)
        return list(dict.fromkeys(h.actor for h in joined))
    subject = _subject(before, "") if len(before) <= 80 else None
    return [subject] if subject else []


_ITEM_END = re.compile(r"[,;.]|\s+(?:after|because|as|amid|following|which|that|on\s+(?:Monday|Tuesday|Wednesday|Thursday|"
                       r"Friday|Saturday|Sunday)|by\s+the|in\s+a\s+bid|in\s+response|to\s+(?:stop|deter|punish|counter))\b")


def _decision_item(text: str, m: re.Match[str], topic: re.Match[str]) -> str:
    """What was decided: the words after the verb up to the clause's end, or the passive's subject."""
    after = text[m.end(): min(len(text), max(topic.end(), m.end()) + 60)]
    if re.match(r"\s+by\b", after):  # "Three Russian bodies ... were sanctioned by the State Department"
        before = text[_clause_start(text, m.start()): m.start()]
        subject = re.sub(r"\s+(?:were|was|have\s+been|has\s+been|had\s+been|are|is)\s*$", "", before).strip()
        if subject:
            return subject[:120]
    item = _ITEM_END.split(after.strip(" ,;:"))[0].strip()
    item = re.sub(r"^(?:to\s+)", "", item)
    return item[:120] or topic.group(0)


def _agent(text: str, verb_end: int) -> str | None:
    """The agent of a passive ("were sanctioned by the State Department")."""
    by = re.match(r"\s+by\s+(?:the\s+)?", text[verb_end:])
    if by is None or re.search(r"\b(?:are|is|remain|remains)\s+(?:\w+\s+)?\w+$", text[:verb_end]):
        return None  # "officials who are sanctioned by the US": a standing state, not a decision told
    hits = lexicon().find_actors(text[verb_end + by.end(): verb_end + by.end() + 40])
    return hits[0].actor if hits and hits[0].start == 0 else None


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
        actors = [h.actor for h in lex.find_actors(text[: m.start()])]
        if not actors:
            continue
        date, precision = info.date_near(m.start())
        topic = _POLICY_TOPIC.search(text[m.start():])
        item = _item_after(text, m.end()) or (topic.group(0) if topic else None)
        return [Draft("policy", info, date=date, date_precision=precision, actor=actor, item=item,
                      status=status, claimed_by=info.claimant) for actor in (_acting(text, m.start()) or actors[-1:])]
    return []


def _item_after(text: str, pos: int) -> str | None:
    m = _arms().search(text, pos)
    if m and m.start() - pos < 80:
        return _item_phrase(text, m)
    return None
