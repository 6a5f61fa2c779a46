"""Figures -> events: one figure, one event slot; totals of a breakdown are not counted twice.

- A total that the figures after it add up to exactly ("ЗНИЩЕНО 92 ПОВІТРЯНІ ЦІЛІ: 55 «ШАХЕДІВ» і
  37 РАКЕТ"; "уничтожено 18 БПЛА: одиннадцать - над Курской, ...") gives no event of its own.
- A figure over "targets" (цілі, засоби повітряного нападу) is a `mixed` figure when missiles
  took part or it exceeds the drones, else a drone figure.
- Figures of one weapon (one missile type: Калібр and Онікс apart) and one region share an
  event until a count key would be filled twice.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from warwire.extract.official.figures import Figure


@dataclass
class Group:
    """The figures of one event in the making."""

    cls: str
    kind: str | None
    model: str | None
    region: str | None
    region_span: tuple[int, int] | None
    counts: dict[str, int] = field(default_factory=dict)
    hedges: dict[str, str] = field(default_factory=dict)
    spans: list[tuple[int, int]] = field(default_factory=list)

    def accepts(self, fig: Figure, value: int) -> bool:
        if fig.cls != self.cls or fig.region != self.region:
            return False
        if self.counts.get(fig.metric, value) != value:
            return False
        if fig.kind and self.kind and fig.kind != self.kind:
            return False
        return not (fig.model and self.model and fig.model != self.model)

    def add(self, fig: Figure, value: int) -> None:
        self.kind = self.kind or fig.kind
        self.model = self.model or fig.model
        if fig.metric not in self.counts:
            self.counts[fig.metric] = value
            if fig.hedge:
                self.hedges[fig.metric] = fig.hedge
        self.spans.append((fig.start, fig.end))
        self.spans.extend(fig.evidence)


def group_figures(figures: list[Figure], missiles_named: bool) -> list[Group]:
    """The events' figures, totals and duplicates removed, in the order their first figure stands."""
    figures = _drop_duplicates(figures)
    figures = [f for i, f in enumerate(figures) if not _is_total(f, figures[i + 1:])]
    mixed = missiles_named or _targets_exceed_drones(figures)
    groups: list[Group] = []
    for fig in figures:
        if fig.cls == "target":
            fig.cls = "mixed" if mixed else "drone"
        value = fig.value if fig.value is not None else _all_launched(fig, figures)
        if value is None:
            continue
        group = next((g for g in groups if g.accepts(fig, value)), None)
        if group is None:
            group = Group(fig.cls, fig.kind, fig.model, fig.region, fig.region_span)
            groups.append(group)
        group.add(fig, value)
    return [g for g in groups if g.counts]


def _drop_duplicates(figures: list[Figure]) -> list[Figure]:
    """A figure said twice ("ЗБИТО 12 УДАРНИХ БПЛА" ... "Збито усі 12 «шахедів»") is one figure."""
    out: list[Figure] = []
    for fig in figures:
        twin = next((f for f in out if f.metric == fig.metric and f.value == fig.value and f.value is not None
                     and _same_weapon(f, fig) and f.region == fig.region), None)
        if twin is None:
            out.append(fig)
        else:
            twin.kind = twin.kind or fig.kind
            twin.model = twin.model or fig.model
            twin.evidence.append((fig.start, fig.end))
    return out


def _same_weapon(a: Figure, b: Figure) -> bool:
    if a.cls != b.cls:
        return False
    return not (a.kind and b.kind and a.kind != b.kind) and not (a.model and b.model and a.model != b.model)


def _covers(total: Figure, part: Figure) -> bool:
    """Whether `part` may be an item of the breakdown of `total`."""
    if part.metric != total.metric or part is total:
        return False
    if total.cls == "target":
        return True
    if total.cls != part.cls or total.region is not None:
        return False
    if total.cls == "missile":
        return total.kind is None and total.model is None or part.region is not None
    return True


def _is_total(fig: Figure, after: list[Figure]) -> bool:
    """Whether the figures after `fig` that it may cover add up to it exactly."""
    if fig.value is None:
        return False
    acc = 0
    for part in after:
        if part.value is None or not _covers(fig, part):
            continue
        acc += part.value
        if acc == fig.value:
            return True
        if acc > fig.value:
            return False
    return False


def _targets_exceed_drones(figures: list[Figure]) -> bool:
    """"741 засобом ...: 728 ударними БпЛА": the targets include something besides drones."""
    for t in figures:
        if t.cls != "target" or t.value is None:
            continue
        drones = [f.value for f in figures if f.cls == "drone" and f.metric == t.metric and f.value is not None]
        if drones and max(drones) < t.value:
            return True
    return False


def _all_launched(fig: Figure, figures: list[Figure]) -> int | None:
    """"Збито усі", "все БПЛА ... уничтожены": as many as were launched."""
    launched = [f.value for f in figures if f.metric == "launched" and f.cls == fig.cls and f.value is not None]
    return launched[0] if len(launched) == 1 else None
