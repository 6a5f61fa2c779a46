"""Territorial claims: a side says it captured, liberated or lost a settlement."""
from __future__ import annotations

import re

from warwire.extract.context import SentenceInfo
from warwire.extract.draft import Draft
from warwire.extract.lexicon import lexicon
from warwire.extract.placenames import place_hit

_STATUS = {
    # "were now in control of Pobeda", "managed to capture": a capture told as a state, or as a feat done
    "captured": r"(?:taken|took|seized|gained|established|assumed)\s+(?:full\s+|complete\s+)?control\s+(?:of|over)|"
                r"(?:(?:are|were|is|was)\s+)(?:now\s+)?in\s+(?:full\s+|complete\s+)?control\s+of|"
                r"(?:managed|succeeded)\s+to\s+(?:capture|seize|take)|captured|seized|taken|took|overran|overrun",
    "liberated": r"(?:managed|succeeded)\s+to\s+liberate|liberated|liberating\s+from\s+(?:the\s+)?(?:Russian\s+)?occupation(?:\s+of)?|recaptured|retook|"
                 r"retaken|regained(?:\s+control\s+of)?|freed|reclaimed|clawed\s+back|won\s+back",
    "lost": r"lost|withdr[ae]w(?:n)?\s+(?:(?:its|their|our)\s+)?(?:(?:forces|troops|units)\s+)?from|retreated\s+from|"
            r"pulled\s+out\s+of|abandoned|fell",
}
# "claimed the capture of Toretsk", "announced the liberation of Novoselivka": the claim as a noun.
_NOUN_STATUS = {"captured": r"capture|seizure|fall|takeover", "liberated": r"liberation|recapture"}
_SETTLEMENT = r"(?:[\w-]+\s+)?(?:village|town|city|settlement|hamlet|locality)s?\s+of\s+"
_CLAIM = re.compile(
    rf"(?<![\w-])(?<!the\s)(?<!\ban\s)(?<!\ba\s)[\"'‘“]?(?P<verb>{'|'.join(f'(?P<{k}>{v})' for k, v in _STATUS.items())})[\"'’”]?"
    rf"\s+(?:the\s+)?(?:{_SETTLEMENT})?"
    rf"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    rf"|\b(?:the\s+)?[\"'‘“]?(?P<noun>{'|'.join(f'(?P<n_{k}>{v})' for k, v in _NOUN_STATUS.items())})[\"'’”]?\s+of\s+(?:the\s+)?"
    rf"(?:{_SETTLEMENT})?(?P<nplace>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)",
)
# "the city of Kreminna, in Luhansk, has fallen": captured by the side that attacks it (Russia, unless told).
_HAS_FALLEN = re.compile(r"(?:city|town|village|settlement)\s+of\s+(?P<place>[A-Z][\w'’-]+)(?:,\s+in\s+[^,]{3,30},)?\s+"
                         r"(?:has|had)\s+fallen\b")
_FELL = re.compile(r"(?P<place>[A-Z][\w'’-]+)\s+(?:has\s+|had\s+)?fell\s+to\s+(?P<side>[\w\s]+?)\s+(?:forces|troops)")
_LOST_CITY = re.compile(r"\b(?:concede|admit|acknowledge)[sd]?\s+(?:the\s+)?(?:city|town|village)\s+(?:was\s+|had\s+been\s+)?lost", re.I)


# "its troops had taken a village in Ukraine's Sumy region", "captured another village, at Rozlyiv": a settlement
# claimed without its name, located by the region (or the name) that follows.
_UNNAMED = re.compile(
    rf"(?<![\w-])(?P<verb>{'|'.join(f'(?P<{k}>{v})' for k, v in _STATUS.items())})\s+(?:control\s+(?:of|over)\s+)?"
    r"(?:a|another|one)\s+(?:more\s+|other\s+|new\s+|small\s+)?(?:Ukrainian\s+|Russian\s+|frontline\s+|front-line\s+)?"
    r"(?:village|town|settlement|hamlet|locality)\b(?:,?\s+(?:at|called|named)\s+(?P<place>[A-Z][\w'’-]+))?")
# "Pokrovsk, a front-line city that Russia claimed to have taken weeks ago": the claim told of a place just named.
_CLAIMED_BEFORE = re.compile(
    r"(?P<place>[A-Z][\w'’-]+),\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}(?:city|town|village|settlement)\s+(?:that|which)\s+"
    r"(?P<who>[^,;]{2,40}?)\s+(?:has\s+|had\s+)?(?:claimed|claims|said|says)\s+(?:it\s+(?:had|has)\s+|to\s+have\s+)?"
    rf"(?P<verb>{'|'.join(f'(?P<{k}>{v})' for k, v in _STATUS.items())})(?=[\s,.;]|$)")
# "the settlement of Zarechne in the Zaporizhzhia region was captured after an operation by the Vostok group": a passive
# claim, by the side the sentence names
_PASSIVE = re.compile(r"\b(?:settlement|village|town|city)\s+of\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
                      r"(?:\s+in\s+(?:the\s+)?[^,;.]{3,40}?)?\s+(?:was|has\s+been|had\s+been)\s+(?:completely\s+|fully\s+)?"
                      r"(?P<verb>(?P<captured>captured|seized|taken)|(?P<liberated>liberated))\b")
_NO_LONGER = re.compile(r"(?P<place>[A-Z][\w'’-]+)\s+(?:is|was|remains)\s+no\s+longer\s+under\s+(?P<side>Russian|Ukrainian)\s+control")


# The next name of a list of settlements, told as a place and not as the subject of a new clause ("and Kyiv said").
_LISTED_NEXT = re.compile(r"(?:\s+in\s+[^,;.()]{3,60}?)?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+(?:village|town|settlement)\s+of\s+)?"
                          r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
                          r"(?=\s*(?:$|[,.;(]|and\b|in\b|on\b|near\b|farther\b|further\b|to\b|as\b|west\b|east\b|north\b|south\b))")
_SINCE_THEN = re.compile(r"\bsince\s+(?:[\w’'-]+\s+){1,3}$", re.I)


def read_territorial_claims(info: SentenceInfo, headline_place: str | None = None) -> list[Draft]:
    """Claims of capture or loss in one sentence."""
    text = info.text
    lex = lexicon()
    out = []
    for m in _NO_LONGER.finditer(text):
        hit = next((p for p in info.places if p.start == m.start("place")), None) or place_hit(m.group("place"), m.start())
        if hit is None:
            continue
        side = "Russia" if m.group("side") == "Russian" else "Ukraine"
        out.append(_draft(info, m.start(), side, hit.name, hit, "lost"))
    for m in _HAS_FALLEN.finditer(text):
        hit = next((p for p in info.places if p.start == m.start("place")), None) or place_hit(m.group("place"), m.start())
        if hit is None or hit.level != "settlement":
            continue
        side = "Ukraine" if re.search(r"\bUkrainian\s+(?:forces|troops)\b", text) else "Russia"
        out.append(_draft(info, m.start(), side, hit.name, hit, "captured"))
    for m in _CLAIMED_BEFORE.finditer(text):
        hit = next((p for p in info.places if p.start == m.start("place")), None)
        claimant = _claiming_side(m.group("who"))
        if hit is not None and hit.level == "settlement" and claimant is not None:
            status = _as_claimed(next(k for k in _STATUS if m.group(k)), claimant, hit)
            out.append(_draft(info, m.start("verb"), claimant, hit.name, hit, status))
    for m in _PASSIVE.finditer(text):
        hit = next((p for p in info.places if p.start == m.start("place")), None) \
            or place_hit(m.group("place"), m.start("place"), settlement=True)
        by = _claiming_side(text)
        if by is None or (hit is not None and hit.level not in ("settlement", "raion")):
            continue
        status = _as_claimed("captured" if m.group("captured") else "liberated", by, hit)
        out.append(_draft(info, m.start("verb"), by, hit.name if hit else m.group("place"), hit, status))
    for m in _UNNAMED.finditer(text):
        out += _unnamed_claim(info, text, m)
    claims = list(_CLAIM.finditer(text))
    for m in claims:
        if m.group("noun"):
            out += _noun_claim(info, text, m)
            continue
        status = next(k for k in _STATUS if m.group(k))
        place = m.group("place")
        if _SINCE_THEN.search(text, max(0, m.start() - 40), m.start()):
            continue  # "for the last eight years, since Russia captured Crimea": the measure of a span, not news
        # "the villages of Zelene Pole and Kotliarivka", "the settlement of Soloviove in the Donetsk region and
        # Kotliarivka in the Kharkiv region": each settlement listed after the claimed one is a claim of its own.
        at = m.end()
        # "the settlements of Vladimirovka and Belovody": a plural names every one a settlement, known or not
        plural = re.search(r"(?:villages|towns|settlements|localities)\s+of\s+$", text[m.end("verb"): m.start("place")])
        for extra in _LISTED_NEXT.finditer(text, m.end(), m.end() + 200):
            if extra.start() != at:
                break
            hit = place_hit(extra.group("name"), extra.start("name"), settlement=True)
            if hit is not None and hit.level in ("settlement", "raion"):
                out.append(_claim(info, text, m, status, hit, extra.group("name")))
            elif plural and hit is None and not lex.actor(extra.group("name")):
                side = _claiming_side(text[: m.start()]) or "Russia"
                out.append(_draft(info, m.start(), side, extra.group("name"), None, _as_claimed(status, side, None)))
            else:
                break
            at = extra.end()
        hit = next((p for p in info.places if p.start <= m.start("place") < p.end + 1), None)
        if hit is None:
            # The verb marks the name as a place ("recaptured Kupiansk"), however small the town.
            found = place_hit(place, m.start("place"))
            hit = found if found is not None and found.level == "settlement" else None
        settlement_cue = re.search(_SETTLEMENT + r"$", text[m.end("verb"): m.start("place")] + " ") or \
            re.search(r"(?:village|town|city|settlement)\s+of\s+$", text[: m.start("place")])
        if hit is None and not settlement_cue:
            continue
        if hit is not None and hit.level in ("country", "region"):
            continue  # "withdrew from the Black Sea grain deal": not ground taken
        if lex.actor(place) and hit is None:
            continue
        actor = _claiming_side(text[: m.start()], info.claimant)
        if actor is None:
            continue
        out.append(_draft(info, m.start(), actor, hit.name if hit else place, hit, _as_claimed(status, actor, hit)))
    return out


def _as_claimed(status: str, actor: str, hit) -> str:  # type: ignore[no-untyped-def]
    """Moscow says it "liberated" Ukrainian villages: for Ukraine's land that is a capture."""
    if status == "liberated" and actor == "Russia" and (hit is None or hit.country in ("UA", None)):
        return "captured"
    return status


def _noun_claim(info: SentenceInfo, text: str, m: re.Match[str]) -> list[Draft]:
    """"Russia claimed the capture of Toretsk": a claim told as a noun, when a side claims it."""
    hit = next((p for p in info.places if p.start <= m.start("nplace") < p.end + 1), None) \
        or place_hit(m.group("nplace"), m.start("nplace"))
    if hit is None or hit.level != "settlement" or hit.country not in ("UA", "RU", None):
        return []
    actor = _claiming_side(text[: m.start()])
    if actor is None or not re.search(r"\b(?:claim\w*|announc\w*|said|says|report\w*|confirm\w*)\b", text, re.I):
        return []
    status = "captured" if m.group("n_captured") else "liberated"
    return [_draft(info, m.start(), actor, hit.name, hit, _as_claimed(status, actor, hit))]


def _unnamed_claim(info: SentenceInfo, text: str, m: re.Match[str]) -> list[Draft]:
    actor = _claiming_side(text[: m.start()])
    if actor is None:
        return []
    status = _as_claimed(next(k for k in _STATUS if m.group(k)), actor, None)
    if m.group("place"):
        # "captured another Ukrainian village, at Rozlyiv in the Donetsk region": the name is a village's, known or not
        hit = place_hit(m.group("place"), m.start("place"), settlement=True)
        if hit is not None and hit.level not in ("settlement", "raion"):
            return []
        if hit is None:
            region = next((p for p in info.places if p.level == "admin1" and 0 <= p.start - m.end() <= 30), None)
            return [_draft(info, m.start(), actor, m.group("place"), region, status)]
        return [_draft(info, m.start(), actor, hit.name, hit, status)]
    region = next((p for p in info.places if p.level == "admin1" and 0 <= p.start - m.end() <= 40), None)
    if region is None:
        return []
    return [_draft(info, m.start(), actor, None, region, status)]


def _claim(info: SentenceInfo, text: str, m: re.Match[str], status: str, hit,  # type: ignore[no-untyped-def]
           written: str | None = None) -> Draft:
    """A claim of a settlement listed after the claimed one; its place as the text `written` it, where given
    ("Scherbaky", found in the gazetteer as Shcherbaky)."""
    actor = _claiming_side(text[: m.start()]) or "Russia"
    return _draft(info, m.start(), actor, written or hit.name, hit, status)


def _draft(info: SentenceInfo, at: int, side: str, place: str | None, hit, status: str) -> Draft:  # type: ignore[no-untyped-def]
    """A claim by `side`, told at offset `at`, to a place taken from (or lost to) the other side."""
    date, precision = info.date_near(at)
    return Draft("territorial_claim", info, date=date, date_precision=precision, actor=side,
                 target="Ukraine" if side == "Russia" else "Russia", place=place, location=hit, status=status,
                 claimed_by=info.claimant)


# Russia's groups of forces, as its Defence Ministry names them: "the Vostok (East) group of forces", "Battlegroup West".
_RUSSIAN_GROUP = re.compile(r"\bgroup\s+of\s+forces\b|\bBattlegroup\b|\b(?:Vostok|Zapad|Sever|Yug|Tsentr|Dnepr)\s+(?:\([A-Z]\w+\)\s+)?group\b",
                            re.I)


def _claiming_side(before: str, claimant: str | None = None) -> str | None:
    lex = lexicon()
    sides = [h.actor for h in lex.find_actors(before) if h.actor in ("Russia", "Ukraine")]
    if sides:
        return sides[-1]
    if _RUSSIAN_GROUP.search(before):
        return "Russia"  # "The group of forces Vostok (East) ... captured the settlement of Chervone"
    if claimant and re.search(r"\b(?:its|their)\s+(?:forces|troops|army|units)\s*$", before):
        # "The Defense Ministry said in a statement that its forces captured the village of Podoly": the claimant's
        return "Russia" if re.search(r"\bRussia", claimant) else "Ukraine" if re.search(r"\bUkrain", claimant) else None
    if re.search(r"\b(?:it|we|forces|troops|army)\b", before, re.I):
        return None
    return None
