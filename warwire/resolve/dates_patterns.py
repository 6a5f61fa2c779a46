"""Compiled patterns that find English date phrases in news text.

Each pattern is named after the rule that resolves it (see dates_rules.py). Month
names must be capitalised ("march" and "may" are verbs); weekdays and function
words match in any case. Bare numbers never match: a year needs a preposition or
a month beside it, a day needs a month, "the Nth" or a numeric date form.
"""
from __future__ import annotations

import re

from warwire.resolve.dates_calendar import holidays

_MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"


def _caps(alternatives: str) -> str:
    """Each alternative as Capitalised or UPPER CASE (headlines), never lower case."""
    words = alternatives.split("|")
    return "|".join(words + [w.upper() for w in words])


MONTH_FULL = rf"(?:{_caps(_MONTH_FULL)})"
# A month with a day or a year beside it may be abbreviated ("Nov. 29", "Sept 2022").
MONTH = rf"(?:(?:{_caps(_MONTH_FULL)})\b|(?:{_caps(_MONTH_ABBR)})\b\.?)"
WEEKDAY = r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?!\d)(?:st|nd|rd|th)?\b"
YEAR = r"(?:19|20)\d\d(?![\d,.]?\d)"
# Not the end of a longer number word ("Twenty-one months after" is a span, not "one month after").
COUNT = r"(?<![\w-])(?i:a\s+couple\s+of|a\s+few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})"
PART = r"(?i:morning|afternoon|evening|night|overnight)"

_PREP = (
    r"(?i:in|since|during|by|until|till|through|throughout|from|to|of|before|after|as\s+of|"
    r"as\s+early\s+as|back\s+in|around|between|and|on)"
)
_MOD = r"(?i:early|late|mid|spring|summer|autumn|fall|winter|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of|the\s+summer\s+of|the\s+spring\s+of|the\s+autumn\s+of|the\s+fall\s+of|the\s+winter\s+of)"
# "and 1900 more", "to 2000": too often quantities; ranges are dated by their first year.
_YEAR_PREP = _PREP.replace("around|", "").replace("|and|", "|").replace("|to|", "|")
# Nouns after a number that make it a quantity, not a year ("in 2000 troops").
_COUNT_NOUNS = (
    r"(?i:people|troops|soldiers|civilians|drones|missiles|shells|rockets|tanks|men|women|children|residents|"
    r"homes|households|km|kilometres|kilometers|miles|metres|meters|tonnes|tons|rounds|units|times|casualties|"
    r"dollars|euros|hryvnias|rubles|roubles|pounds|more|others|other|fewer|additional|extra|"
    r"gmt|utc|cet|eet|msk|hours|hrs|h|local\s+time|kyiv\s+time|moscow\s+time)\b"
)
# Nouns that make "the 2014 annexation" a date reference even without a preposition.
_YEAR_NOUNS = (
    r"(?i:invasion|annexation|elections?|war|offensive|counter-?offensive|summit|deal|agreements?|"
    r"accords?|referendum|revolution|uprising|mobilisation|mobilization|campaign|protests?)"
)


def _holiday_pattern() -> str:
    free: list[str] = []
    bound: list[str] = []
    for holiday in sorted(holidays().values(), key=lambda h: -len(h.name)):
        name = re.escape(holiday.name).replace("'", "['’]").replace(r"\ ", r"\s+")
        (bound if holiday.needs_preposition else free).append(name)
    # "before Christmas" alone is no date, but "two days before Christmas" is: the bare
    # name after before/after is matched so that anaphora can count from it.
    prep = r"(?i:on|at|over|during|by|since|until|till)\s+"
    counted = r"(?:(?<=before\s)|(?<=after\s))"
    return (
        rf"(?:(?:{prep})?(?P<hol>{'|'.join(free)})|(?:{prep}|{counted})(?P<holb>{'|'.join(bound)}))"
        rf"(?:,?\s+(?P<y>{YEAR}))?(?![\w'’])"
    )


# Order does not matter for correctness (the finder keeps the longest match at each
# place), but listing compounds first keeps the intent readable.
PATTERN_SOURCES: dict[str, str] = {
    # "overnight into Friday", "overnight and early Friday", "overnight Thursday to Friday"
    "overnight_weekday": (
        rf"(?i:overnight|(?:during|in|through(?:out)?)\s+the\s+night|last\s+night)"
        rf"(?:\s+(?:on\s+|of\s+)?(?:from\s+)?(?P<wd1>{WEEKDAY}))?"
        rf"\s+(?i:into|to|and|until|on|before|of)\s+(?i:early\s+(?:on\s+)?|on\s+)?(?P<wd>{WEEKDAY})"
        rf"(?:\s+(?i:morning))?"
        rf"|(?i:overnight)\s+(?:(?i:on)\s+)?(?P<wd3>{WEEKDAY})"
        rf"|{WEEKDAY}\s+(?i:night|evening)\s+(?i:into|to|and)\s+(?i:early\s+(?:on\s+)?)?(?P<wd5>{WEEKDAY})"
        rf"(?:\s+(?i:morning))?"
        rf"|(?i:(?:in\s+)?the\s+early\s+hours\s+of\s+)(?P<wd4>{WEEKDAY})"
    ),
    # "on the night of November 28", "the night of 28-29 November", "the night of Nov. 28 to 29"
    "night_of": (
        r"(?i:(?:on\s+|during\s+|in\s+)?the\s+night\s+of\s+)(?:the\s+)?"
        rf"(?:(?P<d0>{DAYNUM})\s*(?:[-–]|to|into)\s*)?(?P<d>{DAYNUM})\s+(?:of\s+)?(?P<m>{MONTH})"
        rf"|(?i:(?:on\s+|during\s+|in\s+)?the\s+night\s+of\s+)(?P<m2>{MONTH})\s+"
        rf"(?:(?P<e0>{DAYNUM})\s*(?:[-–]|to|into)\s*)?(?P<e>{DAYNUM})"
        rf"|(?i:(?:on\s+|during\s+|in\s+)?the\s+night\s+of\s+)(?:(?P<wd0>{WEEKDAY})\s+(?i:to|into)\s+)?(?P<wd>{WEEKDAY})"
        rf"|(?i:(?:on\s+|during\s+|in\s+|over\s+)?the\s+night\s+(?:from|between)\s+)(?P<wd1>{WEEKDAY})\s+"
        rf"(?i:to|into|and)\s+(?P<wd2>{WEEKDAY})"
        rf"|(?i:overnight\s+(?:on\s+)?)(?:{DAYNUM}\s*(?:[-–]|(?i:to|into))\s*)?(?P<d3>{DAYNUM})\s+(?:(?i:of)\s+)?(?P<m3>{MONTH})"
        rf"|(?i:overnight\s+(?:on\s+)?)(?P<m4>{MONTH})\s*(?P<d4>{DAYNUM})(?:\s*(?:[-–]|(?i:to|into))\s*(?P<d6>{DAYNUM}))?"
    ),
    "overnight": (
        # not the adjective of fame or speed ("an overnight hero", "an overnight success")
        r"(?i:overnight(?!\s+(?:hero(?:es|ine)?|success(?:es)?|sensation|celebrit(?:y|ies)|stars?|fame|millionaires?)\b)|"
        r"last\s+night|(?:during|in|through(?:out)?|over)\s+the\s+night|"
        r"(?:in\s+)?the\s+early\s+hours(?:\s+of\s+(?:the\s+)?(?:morning|today))?)\b"
    ),
    "iso": r"\b(?P<y>(?:19|20)\d\d)[-/](?P<m>0?[1-9]|1[0-2])[-/](?P<d>[12]\d|3[01]|0?[1-9])(?![\d/-])",
    # "29.11.2024", "29/11/2024", "11/29/2024": which number is the month is settled by the rule
    "numeric_dmy": (
        r"(?<![\d.,/-])(?P<a>[12]\d|3[01]|0?[1-9])(?P<sep>[./-])(?P<b>[12]\d|3[01]|0?[1-9])(?P=sep)"
        r"(?P<y>(?:19|20)\d\d)(?![\d.]\d)"
    ),
    # "29 November 2024", "Friday 29 November", "the 29th of November", "28-29 November"
    "day_month": (
        rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?i:the)\s+)?(?:(?P<d0>{DAYNUM})\s*(?:[-–]|(?i:to|and))\s*)?"
        rf"(?P<d>{DAYNUM})\s+(?:(?i:of)\s+)?(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?"
    ),
    # "November 29", "Sunday, Nov. 17", "February 24, 2022", "Nov 28-29"
    "month_day": (
        rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<m>{MONTH})\s*(?P<d>{DAYNUM})(?:\s*[-–]\s*(?P<d1>{DAYNUM}))?"
        rf"(?:,?\s+(?P<y>{YEAR}))?(?![\d,]\d)(?!\s*(?:%|per\s?cent|km|kilo|mile|metre|meter|drones?|missiles?|people|troops|tanks))"
    ),
    # "in February 2022", "late November 2024", "Sept. 2022"
    "month_year": rf"(?:(?P<prep>{_PREP})\s+)?(?:(?P<mod>{_MOD})[\s-]+)?(?P<m>{MONTH}),?\s+(?P<y>{YEAR})",
    # "in February", "since March", "last November", "earlier this month" is a relative rule
    "month_alone": (
        rf"(?P<prep>{_PREP}|(?i:last|this|next|earlier\s+this|later\s+this|coming)|{_MOD})[\s-]+"
        rf"(?:(?P<mod>{_MOD})[\s-]+)?(?P<m>{MONTH_FULL})\b(?![\s.]*\d)"
        r"(?:\s+(?P<yrel>(?i:last|this|next))\s+(?i:year)\b)?"
    ),
    # "in 2012", "since 2014", "late 2022", "the 2014 annexation"
    "year": (
        rf"(?:(?P<prep>{_YEAR_PREP})\s+(?:(?P<mod>{_MOD})[\s-]+)?|(?P<mod2>{_MOD})[\s-]+)(?P<y>{YEAR})"
        # "the winter of 2022-23" is dated by its first year
        rf"(?:[-–/](?:\d\d|(?:19|20)\d\d)(?!\d))?(?![\w'’-]|\s*%|\s+{_COUNT_NOUNS})"
        rf"|(?i:the|its|their|russia['’]s|ukraine['’]s)\s+(?P<y2>{YEAR})\s+{_YEAR_NOUNS}"
    ),
    # "on Tuesday", "last Wednesday", "Friday's drone barrage", "late on Sunday", "Monday morning"
    "weekday": (
        rf"(?:(?P<pre>(?i:late\s+on|early\s+on|late|early|on|last|this\s+past|this\s+coming|this|next|"
        rf"past|coming|since|by|until|till|from|before|after))\s+)?(?P<wd>{WEEKDAY})"
        rf"(?P<poss>['’]s)?(?:\s+(?P<part>{PART}))?"
        r"(?:\s+(?:(?i:of)\s+)?(?P<week>(?i:last|this|next))\s+(?i:week)(?!['’]))?\b"  # "Friday last week"
    ),
    "on_the_nth": (
        rf"(?i:on\s+the\s+)(?P<d>{DAYNUM})(?<=st|nd|rd|th)(?!\s+(?i:of)\s+{MONTH})"
        r"(?=\s*[,.;:)]|\s*$|\s+(?i:and|when|at|in|as|after|before)\b)"
    ),
    "holiday": _holiday_pattern(),
    "day_rel": (
        r"(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tonight|tomorrow|"
        r"(?:early\s+|late\s+|earlier\s+|later\s+)?this\s+(?:morning|afternoon|evening)|earlier\s+today|later\s+today|"
        r"(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?:24\s+hours|day))\b"
    ),
    # "last week", "earlier this month", "next year", "over the weekend", "the past week"
    "period_rel": (
        r"(?i:(?P<rel>this\s+past|last|this|next|earlier\s+this|earlier\s+in\s+the|later\s+in\s+the|"
        r"early\s+in\s+the|at\s+the\s+(?:start|beginning)\s+of\s+the|later\s+this|early\s+this|late\s+this|the\s+past|past|"
        r"the\s+previous|the\s+coming|coming|the\s+next|over\s+the|at\s+the|during\s+the|on\s+the|the)\s+"
        r"(?P<unit>week|month|year|weekend))\b(?!\s*['’]s\s+(?:end|start))"
    ),
    # "three days ago", "a week ago"
    "ago": rf"(?P<n>{COUNT})\s+(?P<unit>(?i:day|week|month|year))s?\s+(?i:ago)\b",
    # "in two weeks", "within days" -> future
    "in_future": rf"(?i:in|within)\s+(?P<n>{COUNT})\s+(?P<unit>(?i:day|week|month|year))s?(?!\s+(?i:ago|of|since|after|before|later|earlier))\b",
    # anaphora: dated from a neighbouring mention, not from the article date
    "anaphora": (
        # "well over a year after it began", "more than a year later": an elapsed time, not a date
        rf"(?<!over\s)(?<!than\s)(?<!nearly\s)(?<!almost\s)"
        rf"(?P<n>{COUNT})\s+(?P<unit>(?i:day|week|month|year))s?\s+(?P<dir>(?i:after|before|later|earlier|prior|previously))\b"
        r"|(?i:(?:(?:just|only|a\s+few|several|some|two|three)\s+)?(?:hours|minutes|moments)\s+(?:later|earlier))"
        r"|(?i:the\s+(?P<prev>previous|prior|preceding)\s+(?:day|evening|night))"
        r"|(?i:the\s+(?P<next>next|following)\s+(?:day|morning|evening))"
        r"|(?i:the\s+day\s+(?P<dir2>before|after))(?!\s+(?i:yesterday|tomorrow))"
        r"|(?i:(?:on\s+)?(?:the\s+same|that)\s+(?:day|night|morning|evening))"
        r"|(?i:(?:earlier|later)\s+(?:in\s+the|that)\s+day)"  # the day just told, else the report's
    ),
}

# A phrase begins at the start of a word ("declaration Tuesday" holds no "on Tuesday").
PATTERNS: dict[str, re.Pattern[str]] = {
    name: re.compile(rf"(?<![A-Za-z0-9])(?:{src})") for name, src in PATTERN_SOURCES.items()
}

# The words a phrase of each pattern can begin with (lower case; "#" = any number),
# so the finder tries a pattern only where it can match. tests/resolve/test_dates_scan.py
# checks them against running every pattern over whole texts.
_MONTH_WORDS = frozenset((_MONTH_FULL + "|" + _MONTH_ABBR).lower().split("|"))
_WEEKDAY_WORDS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
_PREP_WORDS = frozenset((
    "in", "since", "during", "by", "until", "till", "through", "throughout", "from", "to", "of", "before",
    "after", "as", "back", "around", "between", "and", "on",
))
_MOD_WORDS = frozenset(("early", "late", "mid", "spring", "summer", "autumn", "fall", "winter", "the"))
_COUNT_WORDS = frozenset((
    "#", "a", "an", "several", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve",
))
FIRST_WORDS: dict[str, frozenset[str]] = {
    "overnight_weekday": _WEEKDAY_WORDS | {"overnight", "during", "in", "through", "throughout", "last", "the"},
    "night_of": frozenset(("on", "during", "in", "over", "the", "overnight")),
    "overnight": frozenset(("overnight", "last", "during", "in", "through", "throughout", "over", "the")),
    "iso": frozenset("#"),
    "numeric_dmy": frozenset("#"),
    "day_month": _WEEKDAY_WORDS | {"the", "#"},
    "month_day": _WEEKDAY_WORDS | _MONTH_WORDS,
    "month_year": _PREP_WORDS | _MOD_WORDS | _MONTH_WORDS,
    "month_alone": _PREP_WORDS | _MOD_WORDS | {"last", "this", "next", "earlier", "later", "coming"},
    "year": _PREP_WORDS | _MOD_WORDS | {"its", "their", "russia", "ukraine"},
    "weekday": _WEEKDAY_WORDS | {
        "late", "early", "on", "last", "this", "next", "past", "coming", "since", "by", "until", "till", "from",
        "before", "after",
    },
    "on_the_nth": frozenset(("on",)),
    "holiday": frozenset((
        "on", "at", "over", "during", "by", "since", "until", "till", "christmas", "boxing", "orthodox", "new",
        "victory",
        "easter",
    )),
    "day_rel": frozenset((
        "the", "yesterday", "today", "tonight", "tomorrow", "early", "late", "earlier", "later", "this", "in",
        "over", "during", "within",
    )),
    "period_rel": frozenset((
        "this", "last", "next", "earlier", "later", "early", "late", "the", "past", "coming", "over", "at",
        "during", "on",
    )),
    "ago": _COUNT_WORDS,
    "in_future": frozenset(("in", "within")),
    "anaphora": _COUNT_WORDS | {"the", "on", "that", "just", "only", "some", "hours", "minutes", "moments"},
}
assert FIRST_WORDS.keys() == PATTERNS.keys(), "every date pattern needs its first words"
