"""Arms transfers: offered, pledged, approved, delivered, refused or considered, with supplier, recipient and quantity."""
from __future__ import annotations

import dataclasses
import re
from functools import cache

from warwire.extract.context import SentenceInfo
from warwire.extract.draft import Draft
from warwire.extract.lexicon import _rows, lexicon, listed_together, spaces_optional
from warwire.extract.numbers import Quantity
from warwire.extract.strikes import is_total

# Order matters: the first status whose cue stands in the sentence wins.
_TRANSFER_STATUS: list[tuple[str, str]] = [
    ("refused", r"refus\w*|reject\w*|declin\w*|block(?:ed|s|ing)?|veto\w*|paus(?:ed|es|ing)|halt(?:ed|s|ing)|"
                r"suspend\w*|froze|frozen|freez\w*|stopp?(?:ed|ing)\s+(?:sending|supplying|deliver\w*)|ruled\s+out|rules\s+out|won't\s+(?:send|supply|provide|give)|"
                r"will\s+not\s+(?:send|supply|provide|give)|would\s+not\s+(?:send|supply|provide|give)|"
                r"not\s+(?:to\s+)?(?:send|supply|provide|give)|no\s+plans?\s+to\s+(?:send|supply|provide)|"
                r"withdr[ae]wn?|pulled|held\s+back|holding\s+back|reluctan\w*|hesitat\w*|balk\w*|dragging\s+its\s+feet|"
                r"refrain\w*"),
    ("considered", r"consider\w*|weigh\w*|mull\w*|debat\w*|discuss\w*|contemplat\w*|explor\w*|could\s+(?:send|supply|provide)|"
                   r"review\w*|open\s+to"),
    # "said it would transfer landmines" offers; "said it would send four HIMARS" commits to them (below)
    ("offered", r"offer\w*|propos\w*|would\s+transfer|said\s+it\s+would\s+transfer"),
    ("approved", r"approv\w*|authori[sz]\w*|signed\s+off|cleared|green-?light\w*|greenlit|"
                 r"(?:allow(?:s|ed)?|permit(?:s|ted)?)(?=\s+(?:[A-Z][\w-]+\s+){1,2}to\s+(?:send|supply|transfer|deliver|give|"
                 r"re-export))|"
                 r"passed|adopted|voted\s+(?:through|for)|signed\s+into\s+law|signed|resumed|restored|unfroze|"
                 r"unblocked"),
    # "announced a new $1 billion security assistance package": a package announced is promised, as the gold of four
    # corpora codes it
    ("pledged", r"announced|announces|unveil\w*|pledg\w*|promis\w*|commit\w*|will\s+(?:send|provide|supply|deliver|transfer|give|sell)|selling|"
                r"would\s+(?:send|provide|supply|deliver|give|hand\s+over)|"
                r"agreed\s+to\s+sell|(?:a|an|the)\s+(?:[$£€][\w.]+\s+(?:\([^)]*\)\s+)?)?(?:deal|contract)\s+(?:to\s+(?:supply|sell)|for)|"
                r"agreed\s+to\s+(?:\w+\s+(?:up\s+)?and\s+)?(?:send|provide|supply|deliver|transfer|give)|vow\w*|"
                r"plans?\s+to\s+(?:send|provide|supply|deliver|transfer|hand\s+over)|"
                r"(?:decided|(?:the|a)\s+decision)\s+to\s+(?:send|provide|supply|deliver|transfer|give|hand\s+over)"),
    ("delivered", r"deliver\w*|sent|sends|sending|sold|shipp\w*|supplied|supplies|supplying|provided|provides|providing|"
                  r"continu\w+\s+to\s+(?:supply|provide|send)|"
                  r"hand(?:ed|ing|s)?\s+over|transferred|arrived|received|receiving|imported|importing|donated|gave|has\s+given|"
                  r"equipp\w*|"
                  r"moved(?=\s+(?:\w+\s+){0,7}?(?:weapons|missiles|warheads|bombs)\b)"),
]
_STATUS_RE = [(s, re.compile(rf"\b(?:{p})\b", re.I)) for s, p in _TRANSFER_STATUS]
_RECIPIENTS = r"Ukraine|Kyiv|Kiev|Russia|Moscow|(?:the\s+)?Kremlin|Israel|Taiwan|Belarus|Minsk"
_RECIPIENT = re.compile(rf"\b(?:to|for|with|into)\s+(?:help\s+)?(?P<who>{_RECIPIENTS})\b")
_TO_GOVERNMENT = re.compile(r"\bto\s+(?:the\s+)?(?P<who>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\b")
# "(the package) President Joe Biden (signed)": a named subject between an item and its verb.
_NAMED_SUBJECT = re.compile(r"\s+(?:(?:package|deal|bill|measure)\s+)?(?:that\s+|which\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}(?:has\s+|had\s+)?")
# "Iran has supplied Russia with drones": the recipient right after the verb.
_RECIPIENT_OBJECT = re.compile(rf"\b(?:suppl\w+|provid\w+|arm\w*|equipp\w*|furnish\w*)\s+(?P<who>{_RECIPIENTS}|"
                               rf"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+[“\"]?with\b")
# "The first F-16 fighter jets from Denmark have arrived": the supplier told between the item and its verb
_FROM_SUPPLIER = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+from\s+(?:the\s+)?[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?\s+(?:(?:have|has|had)\s+)?(?:now\s+|finally\s+)?")
_PUNISHED_FOR = re.compile(r"\b(?:sanction\w*|accus\w*|charg\w*|punish\w*|blacklist\w*|convict\w*|arrest\w*)\b"
                           r"(?:[^.;]|(?<=\b[A-Z])\.){0,80}\bfor\s+$", re.I)
_PERMITTED = re.compile(r"(?:allow(?:s|ed)?|permit(?:s|ted)?)\s+(?P<who>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+to\b")
_DEAL_WITH = re.compile(r"\b(?:deal|agreement|contract|accord)\s+(?:[\w’'-]+\s+){0,3}?(?:signed|struck|reached|agreed|concluded)"
                        r"\s+with\s+(?P<who>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\b")
_WISH = re.compile(r"\b(?:hope\w*|should|must|favou?r(?:s|ed|ing)?|in\s+favou?r\s+of|advocat\w+|concerns?\s+that|fears?\s+that|worr\w+\s+that|(?:may|might|could)\s+mean|urg(?:e|es|ed|ing)|"
                   r"call(?:ed|s|ing)?\s+(?:on|for)|"
                   r"demand\w*|ask(?:ed|s|ing)?\s+(?:for|to)|"
                   r"will\s+be|would\s+be|needs?|tired\s+of|(?:expected|set|likely|going)\s+to\s+(?:\w+\s+)?(?:try|use|"
                   r"agree|announce|send|supply|provide|deliver)|try\s+to)\b", re.I)


# "has repeatedly blocked EU aid packages": a stance over time, not one transfer decided; "claim that they do not
# send military assistance", "his hesitation in providing military aid": no transfer told
_REPEATED = re.compile(r"\b(?:repeatedly|routinely|regularly|consistently|increasingly|time\s+and\s+again|(?:do|does)\s+not\s+"
                       r"(?:send|supply|provide|deliver)|never\s+(?:\w+\s+)?(?:provided|supplied|sent|delivered|given|gave|sold)|(?:hesitation|reluctance|hesitancy)\s+(?:in|to|about|over)\s+"
                       r"(?:\w+\s+)?(?:sending|supplying|providing|delivering|send|supply|provide|deliver))\b", re.I)


@cache
def arms_pattern() -> re.Pattern[str]:
    alternation = "|".join(sorted((spaces_optional(r[0]) for r in _rows("lexicon_arms.tsv")), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?:e?s)?(?![\w-])", re.I)


@cache
def _categories() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(rf"^(?:{spaces_optional(r[0])})(?:e?s)?$", re.I), r[1]) for r in _rows("lexicon_arms.tsv")]


def arms_category(item: str) -> str:
    """The category of an arms item as the lexicon names it ("Leopard 2 tanks" -> vehicles)."""
    for pattern, category in _categories():
        if pattern.match(item):
            return category
    return ""


_CLAUSE_BREAK = re.compile(r";|\bbut\b|\bwhile\b|\bwhereas\b|\bunless\b|\buntil\b|\b(?:said|says|hinted|added|warned|noted)\s+(?:on\s+\w+\.?\s+\d*\s*)?that\b|"
                           r",\s+and\b|\bthat\b|\bwhich\b|\bwho\b|\bafter\b|\bbefore\b", re.I)
# "a new Patriot battery", "a sophisticated air defence system": a single weapon; "a delivery of Stinger missiles"
# counts deliveries, not Stingers.
_ONE = re.compile(r"\b(?:a|an|one)\s+(?:(?!of\b)[\w-]+\s+){0,2}$", re.I)


_TRANSFER_VERB = re.compile(r"\b(?:send|sent|sends|sending|received|receiving|suppl\w+|provid\w+|deliver\w*|transfer\w*|give|gave|giv\w+|"
                            r"shipments?|"
                            r"ship\w*|export\w*|import(?:ed|ing|s)|permit\w*|allow\w*|acqui\w+|package|aid|assistance|donat\w+|bill|loans?|sell\w*|sold|"
                            r"green\s*light|re-export|offer\w*|pledg\w*|promis\w*|hand(?:ed|ing|s)?\s+over|moved|arrived|"
                            r"purchas\w*\s+(?:[\w-]+\s+){0,5}?for\s+(?:Ukraine|Kyiv))\b", re.I)
_CIVILIAN_AID = re.compile(r"\b(?:humanitarian|financial|economic|budget\w*|macro-?financial|civilian|energy)\b", re.I)
_MILITARY_AID = re.compile(r"\b(?:military|defen[cs]e|security|weapons?|arms|lethal)\b", re.I)
_PURCHASE = re.compile(r"\b(?:purchase|procurement|acquisition|order)\s+of\b|\bto\s+(?:buy|purchase|acquire|order)\b", re.I)
_CONDITION = re.compile(r"\b(?:if|unless|until|whether)\b", re.I)


def read_arms_transfers(info: SentenceInfo, default_recipient: str | None = None) -> list[Draft]:
    """Arms transfers told in one sentence: supplier, recipient, item, status and quantity for each."""
    text = info.text
    items = list(arms_pattern().finditer(text))
    if not items or is_total(text) or not _TRANSFER_VERB.search(text) or _REPEATED.search(text):
        return []
    # "US-supplied Himars": a hyphenated adjective says where a weapon came from, not that it was sent now.
    cues = sorted(((m.start(), m.end(), status) for status, pattern in _STATUS_RE for m in pattern.finditer(text)
                   if not text[max(0, m.start() - 1): m.start()] == "-"))
    out: list[Draft] = []
    for item in items:
        if _CIVILIAN_AID.search(item.group(0)) and not _MILITARY_AID.search(item.group(0)):
            continue  # "$5.5 billion in humanitarian aid": help, not arms ("military and humanitarian aid" is both)
        # "personnel arrived in Britain for training with AS-90 howitzers": what arrived stands before the verb
        before = [c for c in cues if c[1] <= item.start() and item.start() - c[1] <= 70
                  and not re.search(r",\s+(?:enough|which|who|where|while|as(?!\s+well\s+as)|but)\b", text[c[1]: item.start()])
                  and not text[c[0]: c[1]].lower().startswith("arriv")]
        # "the mines offered by the US", "the aid package President Joe Biden signed"
        after = [c for c in cues if c[0] >= item.end() and (c[0] - item.end() <= 15 or (
            c[0] - item.end() <= 40 and (_NAMED_SUBJECT.fullmatch(text[item.end(): c[0]])
                                         or _FROM_SUPPLIER.fullmatch(text[item.end(): c[0]]))))]
        cue = before[-1] if before else (after[0] if after else None)
        if cue is None:
            continue
        if cue[2] == "delivered":
            # "plans to deliver", "the decision to hand over": a cue holding the verb says what happened; else
            # "considering sending", "refused to send", "promised to deliver": the verb just before it does.
            holding = [c for c in cues if c[0] < cue[0] and c[1] >= cue[1] and c[2] != "delivered"]
            governing = holding or [c for c in cues if c[1] <= cue[0] and cue[0] - c[1] <= 25 and c[2] != "delivered"]
            if governing:
                cue = governing[-1]
        if re.search(r"\b(?:could|might|would)\b", text) and re.search(r"\bif\b", text[cue[0]:]):
            continue  # "Berlin could consider supplying missiles if ...": a hypothesis
        if _CONDITION.search(text[max(0, cue[0] - 40): cue[0]]) or _CONDITION.search(text, cue[1], item.start()):
            continue  # "unless America also sends tanks", "delivered a warning: if another missile enters": conditions
        if _PURCHASE.search(text, cue[1], item.start()) and not re.search(r"\bfor\s+(?:Ukraine|Kyiv)\b", text):
            continue  # "approved the purchase of 10 howitzers, which will replace those given to Ukraine": its own
        if _PUNISHED_FOR.search(text, 0, cue[0]):
            continue  # "sanctioned by the U.S. for supplying Russia's drone program": the reason for a sanction
        if _WISH.search(text, _wish_reach(text, cue[0]), _clause_end(text, max(cue[1], item.end()))):
            continue  # "Kyiv hopes for tanks": a wish; one in a later clause ("tanks that Kyiv asked for") is not
        draft = _transfer(info, cue[2], cue[0], item, default_recipient)
        if draft is not None and draft.counts and any(o.counts for o in out) \
                and re.search(r"\b(?:including|of\s+which|among\s+them)\b", text[max(0, item.start() - 60): item.start()]):
            continue  # "1.5 million artillery rounds, including 500,000 155mm shells": a part of the total told
        if draft is not None:
            out.append(draft)
            # a joint figure ("The US and Britain sent 200 Javelins") is told once: it stays on one supplier's event
            out += [dataclasses.replace(draft, actor=other, sentences=[info], counts={}, hedges={})
                    for other in _co_suppliers(text[: cue[0]], draft.actor)]
    # "5,000 air defence missiles" finds "air defence" and "air defence missiles": one item, the longer name
    return [d for d in out if not any(e is not d and e.item and d.item and e.item.startswith(d.item + " ")
                                      and (e.actor, e.target, e.counts) == (d.actor, d.target, d.counts) for e in out)]


def _co_suppliers(before: str, supplier: str | None) -> list[str]:
    """The governments listed with the supplier as the verb's subject ("Britain, France, Germany and Sweden have
    sent", "Washington and London have pledged"): each makes its own transfer."""
    hits = [h for h in lexicon().find_actors(before) if not h.possessive]
    last = next((i for i in range(len(hits) - 1, -1, -1) if hits[i].actor == supplier), None)
    if last is None or not re.fullmatch(r"\s*(?:(?:has|have|had|also|both|jointly|together)\s+)*", before[hits[last].end:]):
        return []
    return [a for a in dict.fromkeys(h.actor for h in listed_together(before, hits, last)) if a != supplier]


def read_listed_items(info: SentenceInfo, previous: Draft) -> list[Draft]:
    """Items a package lists in the sentences after it, each with its figure ("There will also be more than
    400 vehicles, including 162 armoured vehicles, 60 boats ..."): transfers by the same supplier."""
    text = info.text
    if any(h.actor not in (previous.actor, previous.target) for h in lexicon().find_actors(text) if not h.possessive):
        return []  # another government acts here
    out = []
    for item in arms_pattern().finditer(text):
        # the nearest figure before the item: "nine 30-mm anti-drone guns" counts guns, "3,600 small arms and 400
        # grenade launchers" counts each; "€1 billion worth of artillery shells" counts money
        quantity = max((q for q in info.quantities if 0 <= item.start() - q.end <= 25
                        and not re.search(r"[$€£,;]|billion|million|\bworth\b", text[q.end: item.start()])
                        and not _MONEY.search(text[max(0, q.start - 2): q.end])), key=lambda q: q.end, default=None)
        if quantity is None:
            continue
        d = Draft("arms_transfer", info, date=previous.date, date_precision=previous.date_precision,
                  actor=previous.actor, target=previous.target, item=item_phrase(text, item), status=previous.status,
                  claimed_by=info.claimant or previous.claimed_by, kind=arms_category(item.group(0)))
        d.add_count("quantity", quantity)
        out.append(d)
    return out


# Where a clause ends after its verb and object: a relative clause or a new one joined by "but"/"while".
_CLAUSE_AFTER = re.compile(r"[;]|\s+(?:but|while|whereas|that|which|who)\b|,\s+(?:and|says?|said)\b")


# Where a wish stops reaching the verb after it: "they should be, after all Ukraine is receiving tanks" (a wish
# before "that" still reaches: "Kyiv hopes that Berlin will send tanks").
_WISH_STOP = re.compile(r";|,\s+(?:and|but)\b|\bbut\b|\bwhile\b|\bwhereas\b|\bafter\s+all\b", re.I)


def _wish_reach(text: str, pos: int) -> int:
    stops = [m.end() for m in _WISH_STOP.finditer(text, 0, pos)]
    return stops[-1] if stops else 0


def _clause_end(text: str, pos: int) -> int:
    m = _CLAUSE_AFTER.search(text, pos)
    return m.start() if m else len(text)


def clause_start(text: str, pos: int) -> int:
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, pos)]
    return breaks[-1] if breaks else 0


# A sum of money, not a count of weapons: "$5 million", "€2bn", "3 billion dollars" (but "1.5 million artillery rounds").
_MONEY = re.compile(r"[$€£]|\b(?:billion|bn)\b|\b(?:dollars|euros|pounds|hryvnias?)\b", re.I)


_WE = re.compile(r"\b[Ww]e\s+(?:(?:are|have|had|will|would|also|now|already|just)\s+){0,2}(?:\w+\s+)?$")


def _transfer(info: SentenceInfo, status: str, cue_at: int, item: re.Match[str],
              default_recipient: str | None) -> Draft | None:
    text = info.text
    lex = lexicon()
    if _RECEIVED.match(text, cue_at):
        return _received(info, cue_at, item)
    rec = _RECIPIENT_OBJECT.search(text, max(0, min(cue_at, item.start()) - 40)) or \
        _RECIPIENT.search(text, min(cue_at, item.start()))
    recipient = lex.actor(rec.group("who")) if rec else None
    if rec is None:  # "have sent anti-drone equipment to Copenhagen": a government named after "to"
        other = _TO_GOVERNMENT.search(text, item.start(), item.end() + 60) or _TO_GOVERNMENT.search(text, min(cue_at, item.start()))
        recipient = lex.actor(other.group("who")) if other else None
    if recipient is None:  # "the deal South Korea signed with Poland in 2022 ... to sell": the other party buys
        party = _DEAL_WITH.search(text, 0, item.start())
        recipient = lex.actor(party.group("who")) if party else None
    if rec is not None and recipient != "Ukraine" and re.search(r"\b(?:to|for)\s+Ukraine\b", text) \
            and re.search(r"\b(?:also|as\s+well\s+as|and\s+other)\b", text[max(0, rec.start() - 40): rec.start()]):
        recipient = "Ukraine"  # "aid for Ukraine ... that also included assistance for Israel": Ukraine's
    if recipient is None:
        recipient = "Ukraine" if re.search(r"\bUkrain|\bKyiv\b", text) else default_recipient
    if recipient is None:
        return None
    start = clause_start(text, cue_at)
    supplier = subject_of(text[start:cue_at], recipient) or subject_of(text[:cue_at], recipient)
    if supplier is None:
        # "He announced the US would allocate $713m of military aid": the subject of the reported clause.
        between = [h for h in lex.find_actors(text[cue_at: item.start()]) if h.actor != recipient and not h.possessive]
        supplier = between[0].actor if between else None
    if supplier is None and _WE.search(text, start, cue_at):
        supplier = info.speaker_country  # "\"We are sending 21,000 assault rifles,\" Canada's defence minister said"
    if supplier is None:
        after = text[item.end(): item.end() + 40]
        by = next((h for h in lex.find_actors(after) if re.search(r"\bby\s+(?:the\s+)?$", after[: h.start])), None)
        supplier = by.actor if by else None
    permitted = _PERMITTED.match(text, cue_at)
    if permitted and lex.actor(permitted.group("who")):
        supplier = lex.actor(permitted.group("who"))  # "Germany allowed Poland to supply five MiG-29s": Poland's
    if supplier is None or {supplier, recipient} == {"Russia", "Ukraine"}:
        return None  # "Russia sent 23 drones against Ukraine" is an attack, not a delivery
    if re.match(r"\s+(?:\w+\s+){0,3}?(?:against|at|toward|towards|(?<!left\s)over(?!\s+(?:the\s+)?(?:next|coming|following|"
                r"\w+\s+(?:years?|months?|weeks?)\b)))\b", text[item.end(): item.end() + 40]):
        return None  # "drones over Kyiv", not "shells over the next 12 months"
    quantity = _quantity_of(info, item)
    category = arms_category(item.group(0))
    if quantity is None and category != "aid" and not item.group(0).startswith("$") \
            and _ONE.search(text[max(0, item.start() - 30): item.start()]):  # "a package" counts no weapon
        one = _ONE.search(text[max(0, item.start() - 30): item.start()])
        assert one is not None
        s = max(0, item.start() - 30) + one.start()
        quantity = Quantity(1, None, s, s + len(one.group(0).split()[0]), one.group(0).split()[0])
    if quantity is None and not info.explicit_date() and status == "delivered" and (
            category in ("weapons", "aid") or _ONGOING.search(text, 0, cue_at + 40)):
        # "the US has provided weapons to Kyiv", "has provided military backing ..., in particular supplying
        # precision artillery": ongoing support, not an event
        return None
    return _new_transfer(info, cue_at, item, category, supplier, recipient, status, quantity)


def _new_transfer(info: SentenceInfo, cue_at: int, item: re.Match[str], category: str, supplier: str, recipient: str,
                  status: str, quantity: Quantity | None) -> Draft:
    """An arms-transfer draft dated by its cue, with the item as the text words it and its figure, if any."""
    date, precision = info.date_near(cue_at, periods=False)
    d = Draft("arms_transfer", info, date=date, date_precision=precision, actor=supplier, target=recipient,
              item=item_phrase(info.text, item), status=status, claimed_by=info.claimant, kind=category)
    if quantity is not None:
        d.add_count("quantity", quantity)
    return d


_GOVERNMENT = re.compile(r"\s+(?:government|cabinet|parliament|ministry|defen[cs]e\s+ministry|authorities|leaders?|"
                         r"president|prime\s+minister|chancellor|officials)\b", re.I)


_ONGOING = re.compile(r"\b(?:has|have)\s+(?:(?:long|also|already|consistently)\s+)?(?:been\s+)?(?:provid|suppl|send|sent|deliver|giv|given)\w*\s+"
                      r"(?:\w+\s+){0,4}?(?:backing|support|help|assistance)\b", re.I)
_RECEIVED = re.compile(r"(?:received|receiving|receives|imported|imports|importing)\b")
# Where the weapons came from, told beside them: "Iranian-made kamikaze drones", "Abrams tanks from the United States".
_MADE_BY = re.compile(r"\b(?P<who>[A-Z][\w.]+)-(?:made|built|produced|manufactured|supplied)\s+(?:[\w-]+\s+){0,2}$")
# "receiving German Leopard 2 tanks, British Challenger 2s and U.S. Bradleys": the maker's adjective before each item
_MAKER = re.compile(r"\b(?P<who>[A-Z][\w.]*[\w.])\s+$")
_FROM = re.compile(r"^(?:\s+\w+){0,2}?\s+from\s+(?:the\s+)?(?P<who>[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)")


def _received(info: SentenceInfo, cue_at: int, item: re.Match[str]) -> Draft | None:
    """"Russia has received a new batch of Iranian-made kamikaze drones", "Ukraine received Abrams tanks from the
    United States": the subject receives, and the supplier is where the weapons are said to come from."""
    text = info.text
    lex = lexicon()
    recipient = subject_of(text[clause_start(text, cue_at): cue_at], "")
    if recipient is None and re.search(r"\bhaving\s+$", text[:cue_at]):
        # "Russia has intensified its attacks on Ukraine, having received ...": the main clause's subject
        first = next((h for h in lex.find_actors(text[:cue_at]) if not h.possessive), None)
        recipient = first.actor if first else None
    made = _MADE_BY.search(text, max(0, item.start() - 40), item.start())
    origin = made or _FROM.match(text[item.end(): item.end() + 50]) or _MAKER.search(text, max(0, item.start() - 16),
                                                                                      item.start())
    supplier = lex.actor(origin.group("who")) if origin else None
    if recipient is None or supplier is None or supplier == recipient:
        return None
    return _new_transfer(info, cue_at, item, arms_category(item.group(0)), supplier, recipient, "delivered",
                         _quantity_of(info, item))


def _quantity_of(info: SentenceInfo, item: re.Match[str]) -> Quantity | None:
    """How many of the item: the figure just before it ("21,000 assault rifles"), not a sum of money, a count of
    units or packages, or a calibre."""
    text = info.text
    quantity = None
    for q in info.quantities:
        gap = text[q.end: item.start()]
        if q.end <= item.start() and len(gap) <= 25 and not _MONEY.search(text[max(0, q.start - 2): q.end + 12]) \
                and not re.search(r"\bof\s+the\b|[,;]|battalions?|batteries|brigades?|packages?|shipments?|worth|"
                                  r"percent|mm\b", gap):
            quantity = q
    return quantity


def subject_of(text: str, recipient: str) -> str | None:
    """Who acts in `text` (the clause before the verb): the nearest country or known person, skipping
    possessives that qualify another noun ("Germany's tank 'punt'") but not the verb's own noun ("Germany's refusal")."""
    lex = lexicon()
    found: list[tuple[int, str]] = []
    for h in lex.find_actors(text):
        if h.actor == recipient or re.search(r"\b(?:to|for|into|toward|towards|with)\s+(?:the\s+)?$",
                                             text[max(0, h.start - 12): h.start]):
            # "rush weaponry to Ukraine as he signed ...": a recipient, not who gives; "the treaty with the U.S.": a
            # partner
            continue
        tail = text[h.end:]
        if h.possessive and (len(tail.split()) > 3 or _ITS_FRIENDS.match(tail)):
            # a possessive before another noun ("Germany's tank punt", "Kyiv's European allies"): not the one who acts
            continue
        if re.fullmatch(r"\w+(?:ian|ese|ish|can|man|ch|an)", h.text, re.I) and re.match(r"\s+[a-z]", tail) \
                and h.text.lower() != h.actor.lower() and not _GOVERNMENT.match(tail):
            # "Iran has", "Japan will": the country; "the Czech government": the country acting
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


# "Kyiv's European allies", "Ukraine's partners": others, named by whom they stand with.
_ITS_FRIENDS = re.compile(r"\s*(?:[\w-]+\s+)?(?:allies|partners|neighbou?rs|friends|backers|supporters|donors|enemies|"
                          r"foes|adversaries)\b", re.I)


_NOT_MODIFIERS = frozenset("""the a an of to and its their his her more with also has have had will would could
    that this these those which who for from by in on at as than forces including such some""".split())
_STATUS_ANY = re.compile("|".join(f"(?:{p})" for _, p in _TRANSFER_STATUS), re.I)


def item_phrase(text: str, m: re.Match[str]) -> str:
    before = text[max(0, m.start() - 30): m.start()].split()
    mods: list[str] = []
    for w in reversed(before):
        if re.fullmatch(r"[A-Za-z][\w-]*", w) and w.lower() not in _NOT_MODIFIERS and not _STATUS_ANY.fullmatch(w):
            mods.insert(0, w)
            if len(mods) == 2:
                break
        else:
            break
    if mods and mods[0].lower() in ("million", "billion", "bn", "m") and re.fullmatch(r"[$€£]\d[\d,.]*", before[-len(mods) - 1]
                                                                                   if len(before) > len(mods) else ""):
        mods.insert(0, before[-len(mods) - 1])  # "$95 billion aid bill": the sum belongs to the item's name
    if mods and mods[0].lower() == "mm" and len(before) > len(mods) and before[-len(mods) - 1].isdigit():
        mods.insert(0, before[-len(mods) - 1])  # "155 mm artillery ammunition": the calibre belongs to the name
    words = [w for w in mods if not lexicon().actor(w)]
    return " ".join(words + [m.group(0)])
