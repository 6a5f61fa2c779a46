// The timeline on a true time axis (one day = one slot, gaps stay visible), under the page's filters.
// One lane per weapon: for each night the official record (left half, solid outline) beside the news (right
// half, dashed outline); launched is the outlined bar, intercepted the solid fill inside it, lost the hatched
// part above that. The bottom lane counts events per day; dragging across it (a brush) sets the date range.
import { clear, el, svg, TYPE_COLOURS, TYPE_LABELS } from "./dom.js";

export const WEAPON_COLOURS = { drone: "#7c3aed", missile: "#dc2626", glide_bomb: "#d97706", mixed: "#0f766e" };
const WEAPONS = ["drone", "missile", "glide_bomb", "mixed"];
const LEFT = 48;
const RIGHT = 12;
const LANE = 64;
const GAP = 14;
const COUNT_LANE = 56;
const AXIS = 26;
const DAY = 86_400_000;

const toDay = (s) => Math.floor(Date.parse(`${s}T00:00:00Z`) / DAY);
const fromDay = (n) => new Date(n * DAY).toISOString().slice(0, 10);

function niceMax(v) {
  const p = 10 ** Math.floor(Math.log10(Math.max(v, 1)));
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((s) => s >= v);
}

// Ticks a reader can use: days, weeks, months, quarters or years, whichever gives at most `most` of them.
function ticks(d0, d1, most) {
  const span = d1 - d0 + 1;
  const out = [];
  const step = [1, 2, 7, 14].find((n) => span / n <= most);
  if (step) {
    for (let d = d0; d <= d1; d += step) out.push([d, fromDay(d).slice(5)]);
    return out;
  }
  for (const months of [1, 3, 6, 12, 24, 60]) {
    if (span / (30.4 * months) > most) continue;
    const start = new Date(d0 * DAY);
    let y = start.getUTCFullYear();
    let m = Math.ceil(start.getUTCMonth() / months) * months;
    if (start.getUTCDate() > 1 && m === start.getUTCMonth()) m += months;
    for (;;) {
      y += Math.floor(m / 12); m %= 12;
      const d = Math.floor(Date.UTC(y, m, 1) / DAY);
      if (d > d1) break;
      out.push([d, months >= 12 ? String(y) : `${y}-${String(m + 1).padStart(2, "0")}`]);
      m += months;
    }
    return out;
  }
  return out;
}

function tip(date, weapon, source, r) {
  const parts = [`${date} · ${weapon.replace("_", " ")} · ${source === "record" ? "official record" : "news reports"}`];
  for (const k of ["launched", "intercepted", "lost"]) if (r[k] != null) parts.push(`${r[k]} ${k}`);
  return parts.join("\n");
}

export function drawTimeline(host, legend, data, range, { onBrush, onPick }) {
  clear(host);
  clear(legend);
  const d0 = toDay(range[0]);
  const d1 = Math.max(d0, toDay(range[1]));
  const span = d1 - d0 + 1;
  const width = Math.max(300, host.clientWidth || 800);
  const plotW = width - LEFT - RIGHT;
  const slot = plotW / span;
  const x = (d) => LEFT + (d - d0) * slot;
  const weapons = WEAPONS.filter((w) => data.air.some((r) => r.weapon === w));
  const height = weapons.length * (LANE + GAP) + COUNT_LANE + AXIS + 8;
  const chart = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, class: "timeline",
    role: "img", "aria-label": "Timeline of air attacks per weapon and events per day" });
  const defs = svg("defs");
  for (const [w, c] of Object.entries(WEAPON_COLOURS)) {
    defs.append(svg("pattern", { id: `hatch-${w}`, width: 5, height: 5, patternUnits: "userSpaceOnUse",
      patternTransform: "rotate(45)" }, svg("rect", { width: 5, height: 5, fill: "#fff" }),
    svg("line", { x1: 0, y1: 0, x2: 0, y2: 5, stroke: c, "stroke-width": 2.4 })));
  }
  chart.append(defs);

  let top = 4;
  for (const w of weapons) {
    const rows = data.air.filter((r) => r.weapon === w && toDay(r.date) >= d0 && toDay(r.date) <= d1);
    const max = niceMax(Math.max(1, ...rows.map((r) => Math.max(r.launched || 0, (r.intercepted || 0) + (r.lost || 0)))));
    const y = (v) => top + LANE - (v / max) * LANE;
    const colour = WEAPON_COLOURS[w];
    chart.append(svg("text", { x: LEFT + 4, y: top + 10, class: "lane-title", text: w.replace("_", " ") }),
      svg("line", { x1: LEFT, x2: width - RIGHT, y1: top + LANE, y2: top + LANE, class: "base" }),
      svg("line", { x1: LEFT, x2: width - RIGHT, y1: top, y2: top, class: "grid" }),
      svg("text", { x: LEFT - 5, y: top + 8, class: "tick", "text-anchor": "end", text: max.toLocaleString("en") }),
      svg("text", { x: LEFT - 5, y: top + LANE, class: "tick", "text-anchor": "end", text: "0" }));
    for (const r of rows) {
      const half = Math.max(1, slot / 2 - (slot > 6 ? 1 : 0));
      const bx = x(toDay(r.date)) + (r.source === "record" ? 0 : slot / 2);
      const common = { "data-date": r.date, "data-weapon": w, "data-source": r.source, tabindex: 0, role: "button",
        onclick: () => onPick(r), onkeydown: (e) => { if (e.key === "Enter") onPick(r); } };
      const title = () => svg("title", { text: tip(r.date, w, r.source, r) });
      const dash = r.source === "news" ? "3 2" : null;
      const base = top + LANE;
      if (r.launched != null) {
        chart.append(svg("rect", { ...common, x: bx, y: y(r.launched), width: half, height: Math.max(1, base - y(r.launched)),
          class: `bar launched src-${r.source}`, fill: "#fff", stroke: colour, "stroke-width": 1.2,
          "stroke-dasharray": dash, "data-kind": "launched", "data-value": r.launched }, title()));
      }
      if (r.intercepted != null) {
        chart.append(svg("rect", { ...common, x: bx, y: y(r.intercepted), width: half,
          height: Math.max(1, base - y(r.intercepted)), class: `bar intercepted src-${r.source}`, fill: colour,
          "data-kind": "intercepted", "data-value": r.intercepted }, title()));
      }
      if (r.lost) {
        const from = r.intercepted || 0;
        chart.append(svg("rect", { ...common, x: bx, y: y(from + r.lost), width: half,
          height: Math.max(1, y(from) - y(from + r.lost)), class: `bar lost src-${r.source}`, fill: `url(#hatch-${w})`,
          stroke: colour, "stroke-width": 0.8, "data-kind": "lost", "data-value": r.lost }, title()));
      }
    }
    top += LANE + GAP;
  }

  // Events per day, stacked by type: the brush lane.
  const inRange = data.days.filter((d) => toDay(d.date) >= d0 && toDay(d.date) <= d1);
  const totals = inRange.map((d) => Object.values(d.by_type).reduce((a, b) => a + b, 0));
  const cmax = niceMax(Math.max(1, ...totals));
  const cy = (v) => top + COUNT_LANE - (v / cmax) * COUNT_LANE;
  chart.append(svg("text", { x: LEFT + 4, y: top + 10, class: "lane-title", text: "events per day · drag to pick dates" }),
    svg("line", { x1: LEFT, x2: width - RIGHT, y1: top + COUNT_LANE, y2: top + COUNT_LANE, class: "base" }),
    svg("text", { x: LEFT - 5, y: top + 8, class: "tick", "text-anchor": "end", text: cmax.toLocaleString("en") }));
  inRange.forEach((d, i) => {
    let acc = 0;
    for (const [t, n] of Object.entries(d.by_type)) {
      chart.append(svg("rect", { x: x(toDay(d.date)), y: cy(acc + n), width: Math.max(1, slot - (slot > 4 ? 1 : 0)),
        height: Math.max(0.5, cy(acc) - cy(acc + n)), class: "day", fill: TYPE_COLOURS[t] || "#64748b",
        "data-date": d.date, "data-type": t, "data-n": n },
      svg("title", { text: `${d.date}: ${totals[i]} event${totals[i] === 1 ? "" : "s"} (${n} ${TYPE_LABELS[t] || t})` })));
      acc += n;
    }
  });
  const brushTop = top;
  top += COUNT_LANE;
  for (const [d, label] of ticks(d0, d1, Math.max(2, Math.floor(plotW / 70)))) {
    chart.append(svg("line", { x1: x(d), x2: x(d), y1: top, y2: top + 4, class: "base" }),
      svg("text", { x: x(d), y: top + 16, class: "tick", "text-anchor": "middle", text: label }));
  }
  chart.append(svg("text", { x: LEFT, y: top + 16, class: "tick edge", "text-anchor": "start", text: "" }));

  // The brush: a transparent band over the count lane; drag to select a range of days.
  const band = svg("rect", { x: LEFT, y: brushTop, width: plotW, height: COUNT_LANE, class: "brush-area" });
  const sel = svg("rect", { x: 0, y: brushTop, width: 0, height: COUNT_LANE, class: "brush-sel" });
  chart.append(band, sel);
  let start = null;
  const dayAt = (px) => Math.min(d1, Math.max(d0, d0 + Math.floor((px - LEFT) / slot)));
  const localX = (e) => e.clientX - chart.getBoundingClientRect().left;
  band.addEventListener("pointerdown", (e) => { start = localX(e); band.setPointerCapture(e.pointerId); });
  band.addEventListener("pointermove", (e) => {
    if (start === null) return;
    const a = Math.min(start, localX(e));
    const b = Math.max(start, localX(e));
    sel.setAttribute("x", a);
    sel.setAttribute("width", b - a);
  });
  band.addEventListener("pointerup", (e) => {
    if (start === null) return;
    const a = Math.min(start, localX(e));
    const b = Math.max(start, localX(e));
    start = null;
    sel.setAttribute("width", 0);
    if (b - a < 3) return;  // a click, not a drag
    onBrush(fromDay(dayAt(a)), fromDay(dayAt(b)));
  });
  host.append(chart);

  for (const w of weapons) legend.append(el("span", { class: "key" }, el("i", { class: `swatch w-${w}` }), w.replace("_", " ")));
  legend.append(
    el("span", { class: "key" }, el("i", { class: "swatch launched" }), "launched (outline)"),
    el("span", { class: "key" }, el("i", { class: "swatch intercepted" }), "intercepted (solid)"),
    el("span", { class: "key" }, el("i", { class: "swatch lost" }), "lost (hatched)"),
    el("span", { class: "key" }, el("i", { class: "swatch record" }), "official record: left, solid edge"),
    el("span", { class: "key" }, el("i", { class: "swatch news" }), "news: right, dashed edge"));
  if (!weapons.length) legend.prepend(el("span", { class: "muted", text: "No air attack figures in this range. " }));
}

export { fromDay, toDay };
