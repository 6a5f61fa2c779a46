"""Which region a figure belongs to: "26 БПЛА – над территорией Краснодарского края" -> Krasnodar Krai.

A figure takes the regions named after it, up to the next figure of its sentence;
"Белгородской (4 БпЛА)" gives the region before the parenthesis to the figure inside it.
A figure "по N" over several regions counts N for each; one figure over several regions
has no location. When a post names one region only, every figure is over it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from warwire.errors import ConfigError
from warwire.extract.official.figures import Figure
from warwire.extract.official.lexicon import lexicon
from warwire.extract.official.text import Clean

# Places named only as landmarks of another ("над акваторией Черного моря вблизи Крымского полуострова").
_NEAR = re.compile(r"(?:вблизи|у побережья|у берегов|недалеко от|в районе|поблизу|біля)\s+$")
# "на территории Российской Федерации" and the like name the country, not a region.


@dataclass(frozen=True)
class RegionMention:
    """A region named in the cleaned text, with its English name."""

    start: int
    end: int
    name: str


def find_regions(text: str, lang: str) -> list[RegionMention]:
    """Every region named in a cleaned text, in order, overlapping matches dropped."""
    heads, index = _index(lang)
    out: list[RegionMention] = []
    end = 0
    for word in heads.finditer(text):
        pos = word.start()
        if pos < end:
            continue
        for pattern, name in index.get(word.group(), ()):
            m = pattern.match(text, pos)
            if m is None:
                continue
            if not _NEAR.search(text[max(0, pos - 25):pos]):
                noun = _NOUN.match(text, m.end())  # the mention keeps its noun: "Курской области"
                out.append(RegionMention(pos, noun.end() if noun else m.end(), name))
            end = m.end()
            break
    return out


_NOUN = re.compile(r"\s+(?:област\w*|обл\b\.?|кра[йяюе]\w*|округ\w*|район\w*)")


@cache
def _index(lang: str) -> tuple[re.Pattern[str], dict[str, list[tuple[re.Pattern[str], str]]]]:
    """Region patterns by their first three letters, so each word tries only the few that may match."""
    lex = lexicon()
    table = lex.regions_uk if lang == "uk" else lex.regions_ru
    index: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for pattern, name in table:
        body = pattern.pattern[len("(?<!\\w)(?:"):-len(")\\b")]
        for alternative in body.split("|"):
            head = alternative[:3]
            if not re.fullmatch(r"[^\W\d_]{3}", head):
                raise ConfigError(f"region pattern {alternative!r} must start with three letters; write it out")
            index.setdefault(head, []).append((re.compile(rf"(?:{alternative})\b"), name))
    heads = re.compile(r"(?<!\w)(?:" + "|".join(sorted(index, key=len, reverse=True)) + ")")
    return heads, index


def assign_regions(clean: Clean, figures: list[Figure], lang: str) -> list[Figure]:
    """Figures with their region set; a distributive figure over several regions becomes one per region."""
    text = clean.text
    if lang == "uk":
        return _whole_text_region(text, figures)
    regions = find_regions(text, lang)
    names = {r.name for r in regions}
    out: list[Figure] = []
    for i, fig in enumerate(figures):
        sentence = clean.sentence_at(fig.start)
        limit = min(figures[i + 1].start if i + 1 < len(figures) else len(text), sentence.end)
        own = _parenthesised(text, fig, regions)
        if own is None:
            after = [r for r in regions if fig.end <= r.start < limit and not _opens_parenthesis(text, r)]
        else:
            after = [own]
        if not after:  # "Над акваторией Черного моря уничтожена ... ракета": the region stands before
            floor = max(sentence.start, figures[i - 1].end if i else 0)
            after = [r for r in regions if floor <= r.start and r.end <= fig.start]
        if not after and len(names) == 1 and regions:
            after = [regions[0]]
        distinct = {r.name for r in after}
        if fig.distributive and len(distinct) > 1:
            seen: set[str] = set()
            for r in after:
                if r.name not in seen:
                    seen.add(r.name)
                    out.append(replace(fig, region=r.name, region_span=(r.start, r.end), regions_named=1))
            continue
        if len(distinct) == 1:
            r = after[0]
            fig.region, fig.region_span = r.name, (r.start, r.end)
        fig.regions_named = len(distinct)
        out.append(fig)
    return out


def _parenthesised(text: str, fig: Figure, regions: list[RegionMention]) -> RegionMention | None:
    """"Белгородской (4 БпЛА)": the region just before the parenthesis holding the figure."""
    before = text[max(0, fig.start - 3):fig.start]
    if "(" not in before:
        return None
    paren = text.rfind("(", 0, fig.start)
    near = [r for r in regions if r.end <= paren and paren - r.end <= 12]
    return near[-1] if near else None


def _opens_parenthesis(text: str, r: RegionMention) -> bool:
    return bool(re.match(r"\s*(?:област\w*\s*)?\(\s*\d", text[r.end:r.end + 20]))


def _whole_text_region(text: str, figures: list[Figure]) -> list[Figure]:
    """Air Force summaries name a region as a whole ("НА ОДЕЩИНІ ЗНИЩЕНО", "у напрямку Київщини")."""
    mentions = [r for r in find_regions(text, "uk")
                if re.search(r"(?:^|\s)(?:на|у напрямку|в напрямку)\s+$", text[max(0, r.start - 14):r.start])]
    if len({r.name for r in mentions}) != 1:
        return figures
    r = mentions[0]
    for fig in figures:
        fig.region, fig.region_span = r.name, (r.start, r.end)
    return figures
