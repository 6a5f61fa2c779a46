"""Government and alliance decisions (policy): sanctions, troops, treaties, truces, membership, call-ups.

Two readers: `read_policy` for decisions about arms and treaties that name their object ("decided to allow
Ukraine to use German weapons"), read before arms transfers; `read_decisions` for the rest, read after them.
Each decision belongs to the government named as its verb's subject (or a passive's agent), one event per
government when several are listed.
"""
from __future__ import annotations

import re
from typing import Any

from warwire.extract.context import SentenceInfo, other_side
from warwire.extract.draft import Draft
from warwire.extract.lexicon import lexicon, listed_together
from warwire.extract.transfers import arms_pattern, clause_start, item_phrase, subject_of

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
    ("considered", re.compile(r"\b(?:(?:is|are|was|were|been)\s+(?:[“\"]?\w+[”\"]?\s+)?(?:considering|weighing|mulling|debating|discussing|"
                              r"drafting|preparing)|(?:is|are|was|were|remains?|remained)\s+open\s+to|proposed|submitted|drafted|"
                              r"(?:has|have|had)\s+(?:\w+\s+)?considered(?=\s+\w+ing\b))\b",
                   re.I)),
    ("joined", re.compile(r"\b(?:joined|became\s+(?:a|the)\s+\w*\s*member\s+of|acceded\s+to)\s+(?:the\s+)?"
                          r"(?:NATO|EU|European\s+Union|alliance|bloc)\b", re.I)),
    ("withdrew", re.compile(r"\b(?:withdr[ae]w|withdrawn|pulled\s+out|pulling\s+out|recalled|evacuated|drew\s+down|drawn\s+down|relocated|"
                            r"(?:is|are|was|were|been)\s+(?:\w+\s+)?(?:withdrawing|pulling\s+out|drawing\s+down|evacuating|"
                            r"relocating))\b", re.I)),
    ("decided", re.compile(r"\b(?:decided|voted|agreed|accepted|endorsed|approved|rejected|refused(?!\s+to)|"
                           r"declined(?!\s+to)|ruled\s+out|rules\s+out|ordered|imposed|imposes|introduced|adopted|signed|ratified|extended|"
                           r"unveiled|launched|declared|announced|announces|deployed|deploys|(?:will|would)\s+(?:deploy|send|station|close|"
                           r"impose|ban|introduce|commit|expel|suspend|offer\s+to\s+(?:deploy|send|station))|stationed|sanctioned|"
                           r"invited|dropped\s+(?:its\s+|their\s+)?objections?|vetoed|vetoes|(?:is|are)\s+vetoing|"
                           r"lifted|banned|suspended|expelled|closed|invoked|"
                           r"(?:placed|slapped|levied|tightened)(?=\s+(?:\w+\s+){0,2}(?:sanctions|restrictions|tariffs|bans?)\b)|"
                           # "The U.K. also targeted the shadow fleet with 100 new sanctions"
                           r"targeted(?=\s+(?:[\w'’“”-]+\s+){1,6}?with\s+(?:[\w,]+\s+){0,3}sanctions\b)|"
                           r"recogni[sz]ed|blacklisted|froze|mobili[sz]ed|called\s+up|"
                           r"(?:is|are|was|were|been|begun|began|started|by)\s+(?:\w+\s+)?(?:deploying|imposing|mobili[sz]ing|"
                           r"stationing|sending|moving|ordering|introducing|expelling|suspending|closing)|sent|moved|increased|boosted|reinforced|doubled|"
                           r"put\s+(?:[\w.,’'-]+\s+){0,4}on\s+(?:heightened|high)\s+(?:alert|readiness|preparedness)|"
                           r"(?:will\s+hold|held|holds|holding)(?=\s+(?:[\w(“”\"')-]+\s+){0,5}?(?:drills|exercises|manoeuvres|maneuvers)\b))\b",
                           re.I)),
]
_DECISION_TOPIC = re.compile(
    r"\b(?:sanctions?|sanctioned|bans?|banned|restrictions?|visas?|embargo|price\s+cap|export\s+controls?|law|legislation|"
    r"bill|decree|treaty|agreement|deal|pact|accord|membership|accession|application|troops|soldiers|forces|brigades?|"
    r"purchase\s+of|procurement|(?:grain|gasoline|petrol|diesel|fuel|oil|gas|fertili[sz]er|arms|weapons?)\s+exports|"
    r"battalions?|squadrons?|divisions?|warships|ships|frigates?|fighter\s+(?:jets|planes)|aircraft\s+carriers?|embassy|"
    r"diplomats|"
    r"staff|mobili[sz]ation|reservists|conscripts?|conscription|drills?|exercises?|nuclear|martial\s+law|ceasefire|"
    r"cease-fire|corridors?|readiness|doctrine|strategic\s+concept|strategy|objections?|referend(?:um|ums|a)|"
    r"missions?|assets|veto|vetoes|convention|truce|peace\s+(?:plan|deal|framework)|security\s+guarantees|moratorium|call-up|calling\s+up|defen[cs]e\s+spending|rearmament|safe\s+navigation|"
    r"halt\s+(?:to\s+)?(?:the\s+)?(?:\w+\s+)?(?:attacks|strikes)|Article\s+[45]|(?:clos|shut|reopen)\w*\s+(?:\w+\s+){0,2}borders?)\b", re.I)
_LEAVES = re.compile(r"\b(?:treaty|convention|agreement|deal|pact|accord|initiative|organi[sz]ation|council|alliance)\b", re.I)
_NOT_DECISION = re.compile(r"\b(?:should|must|urg\w+|call(?:ed|s|ing)?\s+(?:on|for)|demand\w*|ask(?:ed|s|ing)?|"
                           r"would|could|might|threaten\w*|warn\w*|vow\w*|no\s+plans?)\b", re.I)
# Forces committed inside the fight, not a government's decision: "launched fighter jets into Estonia's airspace",
# "launched strikes on Odesa", "are deploying all available forces in an attempt to break through".
_LAUNCHED_IN_BATTLE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:strikes?|attacks?|missiles?|drones?|(?:fighter\s+)?jets|assaults?|"
                                 r"(?:counter-?)?offensive)\b", re.I)
_SENT_IN_BATTLE = re.compile(r"[^.;]{0,60}?\b(?:in\s+an\s+attempt\s+to|to\s+break\s+through|every\s+day|"
                             r"into\s+(?:the\s+)?(?:fight|battle)|to\s+the\s+front)\b", re.I)


def _in_battle(text: str, m: re.Match[str]) -> bool:
    verb = m.group(0).split()[-1].lower()
    if verb == "launched":
        return bool(_LAUNCHED_IN_BATTLE.match(text, m.end()))
    return verb in ("deploying", "deployed", "sending", "sent") and bool(_SENT_IN_BATTLE.match(text, m.end()))


# "announced it would send 3,000 troops", "announced that the country would close its border": a decision made,
# told in reported speech, not a hypothesis.
# "Prime Minister Petteri Orpo said that his country would ...": a leader announcing their own government's decision.
_OWN_COUNTRY_WOULD = r"\b(?:his|her|their)\s+(?:country|government)\s+would\b"
_OWN_COUNTRY = re.compile(_OWN_COUNTRY_WOULD, re.I)
_ANNOUNCED_WOULD = re.compile(r"\b(?:announced|decided|confirmed|agreed)\s+(?:that\s+)?(?:[\w’']+\s+){1,3}?would\b|"
                              rf"\bsaid\s+(?:on\s+\w+\s+)?(?:that\s+)?{_OWN_COUNTRY_WOULD}", re.I)
# "From the beginning of the invasion, Canada has imposed sanctions on 750 people":
# a record so far, not a decision taken now ("already" alone is not enough: "has already ordered an evacuation").
_CUMULATIVE = re.compile(r"\b(?:so\s+far|to\s+date|from\s+the\s+(?:beginning|start)\s+of|(?:that|which)\s+(?:began|started)|"
                         r"a\s+series\s+of|"
                         r"since\s+the\s+(?:beginning|start|invasion|war))\b", re.I)
# Verbs that say their own topic: "has called up 160,000 men", "sanctioned 22 people".
_SELF_TOPIC = re.compile(r"called\s+up|mobili[sz]ed|sanctioned|blacklisted|vetoed|vetoes|(?:is|are)\s+vetoing", re.I)
# A negation governing the verb ("has not deployed", "did not agree", "refused to impose").
_NEGATED = re.compile(r"\b(?:not|never|n't|no\s+longer|refus\w+\s+to|declin\w+\s+to)\s+(?:\w+\s+)?$", re.I)


_INNER_DECISION = re.compile(r"\s+(?:on\s+\w+\s+)?that\s+(?P<subject>(?:[\w’'.-]+\s+){1,5}?)(?:had\s+|has\s+|have\s+)?(?:decided|agreed|"
                             r"approved|voted|signed|imposed|introduced|adopted|ordered|ratified)\b")
# "nor any indication Russia is preparing to use a nuclear weapon", "no sign that troops were withdrawing": denied.
_NO_SIGN = re.compile(r"\b(?:no|nor\s+any|not\s+(?:seen\s+)?any|little)\s+(?:\w+\s+){0,2}?(?:indications?|signs?|evidence)\b"
                      r"[^.;]{0,80}$", re.I)
_REPORTED_DEED = re.compile(r"\s+(?:that\s+)?(?:[\w’'-]+\s+){1,4}?(?:had|has|have)\s+(?:\w+ly\s+)?"
                            r"(?!decided|agreed|approved|voted|signed|imposed|introduced|adopted|ordered|ratified)\w+ed\b")


def read_decisions(info: SentenceInfo) -> list[Draft]:
    """Decisions on sanctions, troops, membership and the like: one per acting government or alliance."""
    text = info.text
    if not (_DECISION_TOPIC.search(text) or _SELF_TOPIC.search(text)) or _CUMULATIVE.search(text):
        return []
    out: list[Draft] = []
    seen: set[str] = set()
    for status, pattern in _DECISION:
        for m in pattern.finditer(text):
            if text[max(0, m.start() - 1): m.start()] == "-" or re.search(r"\b(?:the|a|an|its|their|this|that)\s+$",
                                                                          text[max(0, m.start() - 8): m.start()]):
                continue  # "a U.S.-sanctioned arms dealer", "the agreed naval ceasefire": an adjective, not a decision
            topic = _DECISION_TOPIC.search(text, m.start(), min(len(text), m.end() + 60)) or _SELF_TOPIC.fullmatch(m.group(0)) \
                or _ANSWERED.match(text, m.start()) or _passive_subject(text, m) or _OWNED_PASSIVE.search(text[: m.start()])
            if topic is None or _NEGATED.search(text[max(0, m.start() - 25): m.start()]) or _NO_SIGN.search(text, 0, m.start()) \
                    or _hedged(text, m) \
                    or info.is_future_at(m.start()) or _in_battle(text, m):
                continue
            if _REPORTED_DEED.match(text, m.end()):
                continue  # "announced that its special forces had detonated a depot": a deed reported, not decided
            inner = _INNER_DECISION.match(text, m.end()) if re.match(r"announc|declar", m.group(0), re.I) else None
            if inner and lexicon().find_actors(inner.group("subject")):
                continue  # "a Polish envoy announced that the EU agreed to sanctions": the EU's decision, told
            agent = _agent(text, m.end())
            acting = _speakers_own(info, m.start()) or _acting(text, m.start()) or ([agent] if agent else []) \
                or _announcer(text, m.start())
            acting = (acting + _parties(text, m.end())) or _agreed_with(info, m)
            actors = [a for a in acting if a not in seen]
            if not actors:
                continue
            told = status
            if status == "withdrew":
                if any(p.level == "settlement" and p.start > m.end() and re.search(
                        r"\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", text[m.end(): p.start]) for p in info.places):
                    continue  # "withdrew its forces from Avdiivka": ground lost, a territorial claim
                if not _LEAVES.search(text, m.end()):
                    told = "decided"  # troops, missions and embassies pulled back: a decision; "withdrew" is for treaties
            date, precision = _since_when(info, m.start()) or info.date_near(m.start(), periods=False)
            item = _decision_item(text, m, topic)
            for actor in actors:  # "Russia and Ukraine agreed to a truce": a decision of each
                seen.add(actor)
                out.append(Draft("policy", info, date=date, date_precision=precision, actor=actor, item=item,
                                 status=told, claimed_by=info.claimant))
        if out:
            break
    return out


# "Russia has refused the proposal", "Kyiv accepted the plan": an answer to a proposal is a decision whatever it proposes.
_ANSWERED = re.compile(r"(?:accepted|rejected|refused|endorsed|approved|backed)\s+(?:the|a|an|this|that|their|its|"
                       r"(?:\w+['’]s))\s+(?:[\w.-]+\s+){0,3}?(?:proposals?|plans?|offer|initiative|framework)\b", re.I)
# "Washington announced a tentative agreement with Ukraine and Russia to pause attacks": the parties agreed too.
_AGREEMENT_WITH = re.compile(r"\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:agreement|deal|accord|truce|ceasefire)\s+with\s+"
                             r"(?P<parties>[^,;.]{2,60}?)(?=\s+(?:to|on|that|for)\b|[,;.]|$)")


# A decision told in the passive: "A corridor has been agreed on with Russia".
_HAS_BEEN = re.compile(r"\b(?:has|have|had)\s+been\s+$")
# "A corridor has been agreed on with Russia, according to the Ukrainian Deputy Prime Minister": the other side agreed.
_AGREED_WITH = re.compile(r"\s+(?:on\s+|upon\s+)?with\s+(?:the\s+)?(?P<who>Russia|Moscow|the\s+Kremlin|Ukraine|Kyiv|Kiev)\b")


def _passive_subject(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """The topic a passive decision's subject names ("A corridor has been agreed on with Russia")."""
    be = _HAS_BEEN.search(text, 0, m.start())
    if be is None or re.search(r"\b(?:no|not\s+any)\s+(?:[\w-]+\s+){0,3}$", text[max(0, be.start() - 40): be.start()], re.I):
        return None  # "no humanitarian corridors have been agreed": none decided
    return _DECISION_TOPIC.search(text, max(0, be.start() - 40), be.start())


def _agreed_with(info: SentenceInfo, m: re.Match[str]) -> list[str]:
    """The side that agreed a passive agreement with the other ("has been agreed on with Russia"): the speaker's
    government, else the other side of the war."""
    if not re.match(r"agreed", m.group(0), re.I) or not re.search(r"\b(?:has|have|had|was|were)\s+been\s+$|"
                                                                  r"\b(?:was|were|is|are)\s+$", info.text[:m.start()]):
        return []
    with_ = _AGREED_WITH.match(info.text, m.end())
    if with_ is None:
        return []
    counterpart = lexicon().actor(with_.group("who"))
    if counterpart not in ("Russia", "Ukraine"):
        return []
    own = info.speaker_country if info.speaker_country not in (None, counterpart) else other_side(counterpart)
    return [own]


def _parties(text: str, verb_end: int) -> list[str]:
    """The governments an agreement announced by another was made with."""
    m = _AGREEMENT_WITH.match(text, verb_end)
    if m is None:
        return []
    return [h.actor for h in lexicon().find_actors(m.group("parties")) if not h.possessive]


_SUBJECT_BREAK = re.compile(r"[;:(\"“”]|,(?!\d{3})|\b(?:but|while|whereas|as|after|before|because|since|when|that|which|who|if|"
                            r"unless|although|though|where)\b", re.I)


def _hedged(text: str, m: re.Match[str]) -> bool:
    """Whether the decision's own clause, or what leads up to it, asks, urges, threatens or supposes it
    ("Leaders should impose", "warned it could impose sanctions if"): not a decision made. A modal in
    another clause ("..., but Mr Biden has sworn there would be no troops") does not count."""
    end = _CLAUSE_END.search(text, m.end())
    starts = [b.end() for b in _CLAUSE_START.finditer(text, 0, m.start())]
    joined = re.search(r"\s+and\s+(?:also\s+|then\s+|later\s+)?$", text[:m.start()])
    if joined and re.match(r"\w+ed\b", m.group(0)):
        starts.append(joined.start())  # "Russia threatened to strike ... and ordered drills": the order is made
    clause = text[starts[-1] if starts else 0: end.start() if end else len(text)]
    return bool(_NOT_DECISION.search(_ANNOUNCED_WOULD.sub(" ", clause)))


# Where the decision's clause begins: after a semicolon or a comma joining a new clause ("have urged their citizens
# to leave, and Washington said it was ordering its embassy staff to leave").
_CLAUSE_START = re.compile(r";|,\s+(?:and|but|while|whereas)\s+(?=(?:the\s+)?[A-Z])|"
                           # "Asked how he would respond, Mr Trump said": the question put is a clause of its own
                           r"^(?:Asked|Speaking|Responding|Talking|Writing)\b[^,;]{0,80},")


# Where a decision's clause ends: the next clause joined by "but", "while" or a semicolon.
_CLAUSE_END = re.compile(r";|,\s+(?:but|while|whereas|although|though|citing|saying|amid|fearing)\b|\s+but\s+(?:\w+\s+){0,3}(?:has|have|had|said|says)\b")


def _since_when(info: SentenceInfo, verb_at: int) -> tuple[Any, str] | None:
    """"... since March 18 when Putin agreed to halt the attacks": the decision is dated by the "since" it explains."""
    for d in info.dates:
        if getattr(d, "since", False) and d.date is not None and d.end <= verb_at \
                and re.fullmatch(r"\s*,?\s+when\s+[^.;,]*", info.text[d.end: verb_at]):
            return d.date, d.precision
    return None


def _speakers_own(info: SentenceInfo, verb_at: int) -> list[str]:
    """The government a speaker calls "his country": the one the article names them with, else the country the
    sentence names before them ("Finland has Nato's longest border ..., and Prime Minister Petteri Orpo said")."""
    own = next((o for o in _OWN_COUNTRY.finditer(info.text) if o.end() <= verb_at), None)
    if own is None:
        return []
    if info.speaker_country:
        return [info.speaker_country]
    named = [h for h in lexicon().find_actors(info.text[: own.start()]) if h.actor not in ("NATO", "European Union")]
    return [named[0].actor] if named else []


def _announcer(text: str, verb_at: int) -> list[str]:
    """Who announced the decision a reported clause tells ("Mr Tusk announced that the country would close")."""
    said = next((a for a in _ANNOUNCED_WOULD.finditer(text) if a.start() < verb_at <= a.end() + 2), None)
    return _acting(text, said.start()) if said else []


_OBJECT_BEFORE = re.compile(r"\b(?:to|in|into|from|with|for|on|at|by|against|of|and)\s+(?:the\s+)?$", re.I)


_APPOSITION = re.compile(r"(?:^|[.;:]\s+)[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3},\s+(?:the|a|an)\s+[^,;]{2,60},\s*$")


_OWNED_PASSIVE = re.compile(r"\b(?P<who>[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)\s+(?P<what>sanctions|restrictions)\s+"
                            r"(?:were|was|have\s+been|has\s+been|had\s+been)\s*$")
def _owner(before: str) -> str | None:
    """Whose sanctions a passive tells ("new British sanctions were adopted", "New EU sanctions were approved")."""
    owned = _OWNED_PASSIVE.search(before)
    if owned is None:
        return None
    who = owned.group("who")
    return lexicon().actor(who) or lexicon().actor(who.split()[-1])


_ALONG_WITH = re.compile(r",\s+(?:along|together)\s+with\s+[^,;.]{1,80},")


def _acting(text: str, verb_at: int) -> list[str]:
    """The government or alliance that is the verb's subject: the first one named in the verb's own clause
    ("The U.S. and its NATO allies responded by deploying"; not "sanctions imposed by the Union", nor
    "... alongside Moscow, as the West imposes sanctions")."""
    # "Germany, along with Ukraine's other key Western backers, had lifted": the aside is not the clause's edge
    text = _ALONG_WITH.sub(lambda a: " " * len(a.group(0)), text)
    breaks = [m.end() for m in _SUBJECT_BREAK.finditer(text, 0, verb_at)]
    start = clause = breaks[-1] if breaks else 0
    # "Poland, Latvia, Lithuania and Estonia said": a list of subjects reaches back over its commas.
    while text[:start].rstrip().endswith(","):
        head = text[:start].rstrip()[:-1]
        listed = [h for h in lexicon().find_actors(head) if h.end == len(head) and not h.possessive]
        if not listed or not re.search(r"(?:^|[,;:]|\band)\s*(?:the\s+)?$", head[: listed[0].start]):
            break  # "urged their citizens to leave Ukraine, and Washington said": an object, not a subject
        start = listed[0].start
    if _OBJECT_BEFORE.search(text[:start]):
        start = clause  # "sent soldiers to Poland and Romania, and Germany increased": objects, not subjects
    before = text[start: verb_at]
    if re.search(r"\b(?:sanctions?|measures|restrictions|package|troops|bill|law|is|are|was|were|being)\s*$|\d\s*$",
                 before, re.I):
        # a participle, an adjective or a passive ("sanctions imposed on Russia", "4,477 deployed warheads",
        # "troops are stationed"): the actor is not the clause's subject, unless it names whose they are ("new
        # British sanctions were adopted")
        actor = _owner(before)
        return [actor] if actor else []
    hits = [h for h in lexicon().find_actors(before) if not h.possessive]
    apposition = _APPOSITION.search(text[:start]) if not hits and not before.strip() else None
    if apposition:  # "Joe Biden, the US president, announced": the government of the person named
        hits = [h for h in lexicon().find_actors(apposition.group(0)) if not h.possessive][:1]
    if hits:  # "Russia and Ukraine", "Poland, Latvia and Lithuania"
        return list(dict.fromkeys(h.actor for h in listed_together(before, hits, 0)))
    if re.search(r"\bthe\s+(?:bloc|alliance|union)\s+(?:\w+\s+)?$", before, re.I):
        # "announced that the bloc has approved": the alliance the sentence names
        named = [h.actor for h in lexicon().find_actors(text) if h.actor in ("European Union", "NATO")]
        if len(set(named)) == 1:
            return named[:1]
    subject = subject_of(before, "") if len(before) <= 80 else None
    if subject is None and breaks and re.fullmatch(r"\s*(?:also\s+|then\s+|later\s+)?", before) \
            and re.search(r"\bbut\s*$", text[:start]):
        # "The Kremlin has not only amassed troops ... but deployed 30,000 more": the subject both verbs share
        return _acting(text, start - 4)
    return [subject] if subject else []


_ITEM_END = re.compile(r"[;]|,(?!\d)|\.(?!\d)(?<!\b[A-Z]\.)|\s+(?:after|because|as|amid|following|which|that|on\s+(?:Monday|Tuesday|Wednesday|Thursday|"
                       r"Friday|Saturday|Sunday)|by\s+the|in\s+a\s+bid|in\s+response|to\s+(?:stop|deter|punish|counter))\b")


def _decision_item(text: str, m: re.Match[str], topic: re.Match[str]) -> str:
    """What was decided: the words after the verb up to the clause's end, or the passive's subject."""
    after = text[m.end(): min(len(text), max(topic.end(), m.end()) + 60)]
    if re.match(r"\s+by\b", after):  # "Three Russian bodies ... were sanctioned by the State Department"
        before = text[clause_start(text, m.start()): m.start()]
        subject = re.sub(r"\s+(?:were|was|have\s+been|has\s+been|had\s+been|are|is)\s*$", "", before).strip()
        if subject:
            return subject[:120]
    owned = _OWNED_PASSIVE.search(text[: m.start()])
    if owned:  # "new British sanctions were adopted": the sanctions
        return f"{owned.group('who')} {owned.group('what')}"
    be = _HAS_BEEN.search(text, 0, m.start())
    if be:  # "A corridor has been agreed on with Russia for evacuation of women": the subject, and what it is for
        subject = text[clause_start(text, be.start()): be.start()].strip()
        rest = _ITEM_END.split(re.sub(r"^\s+(?:on\s+|upon\s+)?with\s+(?:the\s+)?\w+", "", after).strip(" ,;:"))[0]
        return f"{subject} {rest}".strip()[:120]
    if m.start() < topic.start() and topic.end() <= m.end():
        return m.group(0).split(None, 1)[-1]  # the verb holds its object: "put 8,500 U.S. troops on heightened alert"
    item = _ITEM_END.split(after.strip(" ,;:"))[0].strip()
    item = re.sub(r"^(?:to\s+)", "", item)
    return item[:120] or topic.group(0)


def _agent(text: str, verb_end: int) -> str | None:
    """The agent of a passive ("were sanctioned by the State Department")."""
    by = re.match(r"\s+by\s+(?:the\s+)?", text[verb_end:])
    if by is None or re.search(r"\b(?:are|is|remain|remains)\s+(?:\w+\s+)?\w+$", text[:verb_end]):
        return None  # "officials who are sanctioned by the US": a standing state, not a decision told
    if not re.search(r"\b(?:was|were|been|be|being|got|get)\s+(?:\w+ly\s+)?\w+$", text[:verb_end]) \
            and not _DATED_AGENT.match(text, verb_end):
        # "among the 65 entities sanctioned by the UK": a description; "... sanctioned by the UK on March 24": the act
        return None
    hits = lexicon().find_actors(text[verb_end + by.end(): verb_end + by.end() + 40])
    return hits[0].actor if hits and hits[0].start == 0 else None


_DATED_AGENT = re.compile(r"\s+by\s+(?:the\s+)?(?:[\w.]+\s+){1,4}?(?:on|in)\s+(?:[A-Z][a-z]+\s+\d|\d|[A-Z][a-z]+day)")
_PROVIDE = re.compile(r"\s+(?:\w+\s+){0,3}?(?:provid|send|suppl|deliver|giv|transfer|allocat|donat|sell)\w*\b", re.I)


_PRONOUN_SUBJECT = re.compile(r"\b(?:it|they|we|he|she)\s+(?:(?:has|have|had|also|now|would|will|then|formally)\s+){0,2}$",
                              re.I)


def read_policy(info: SentenceInfo) -> list[Draft]:
    """A government's decision or deliberation on arms, treaties or the war."""
    text = info.text
    if _CUMULATIVE.search(text):
        return []
    lex = lexicon()
    for status, pattern in _POLICY:
        m = pattern.search(text)
        topic = _POLICY_TOPIC.search(text, m.start()) if m else None
        if m is None or topic is None:
            continue
        if info.is_future_at(m.start()):
            return []
        if _PROVIDE.match(text, m.end()):
            return []  # "agreed to step up and provide military support", "considering sending lethal aid": transfers
        actors = [h.actor for h in lex.find_actors(text[: m.start()])]
        if not actors:
            continue
        date, precision = info.date_near(m.start(), periods=False)
        item = _item_after(text, m.end()) or topic.group(0)
        # "Germany said that it had decided": a pronoun stands for the government named before it; "countries
        # that have adopted sanctions" names none
        acting = _acting(text, m.start()) or (actors[-1:] if _PRONOUN_SUBJECT.search(text, 0, m.start()) else [])
        return [Draft("policy", info, date=date, date_precision=precision, actor=actor, item=item,
                      status=status, claimed_by=info.claimant) for actor in acting]
    return []


def _item_after(text: str, pos: int) -> str | None:
    m = arms_pattern().search(text, pos)
    if m and m.start() - pos < 80:
        return item_phrase(text, m)
    return None
