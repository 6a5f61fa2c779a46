// Nightly air attacks as grouped bars: for each night and weapon, launched beside intercepted.
import { clear, el, svg } from "./dom.js";

export const WEAPON_COLOURS = { drone: "#7c3aed", missile: "#dc2626", glide_bomb: "#d97706", mixed: "#0f766e" };
const BAR = 14;
const GAP = 2;
const GROUP_GAP = 18;
const HEIGHT = 230;
const TOP = 22;
const BOTTOM = 62;
const LEFT = 44;

// One row per night and weapon: the claimant reporting the largest wave, the others listed in the tooltip.
export function nights(rows) {
  const best = new Map();
  for (const r of rows) {
    if (!r.date) continue;
    const key = `${r.date}|${r.weapon || "mixed"}`;
    const cur = best.get(key);
    const size = (x) => [x.launched ?? -1, x.intercepted ?? -1];
    if (!cur) best.set(key, { ...r, weapon: r.weapon || "mixed", others: [] });
    else {
      const [a, b] = size(r);
      const [c, d] = size(cur);
      if (a > c || (a === c && b > d)) best.set(key, { ...r, weapon: cur.weapon, others: [...cur.others, cur] });
      else cur.others.push(r);
    }
  }
  const byDate = new Map();
  for (const r of best.values()) {
    if (!byDate.has(r.date)) byDate.set(r.date, []);
    byDate.get(r.date).push(r);
  }
  return [...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, list]) => ({ date, rows: list.sort((a, b) => (a.weapon < b.weapon ? -1 : 1)) }));
}

// 1, 2 or 5 times a power of ten: axis ticks people can read.
function niceStep(raw) {
  const p = 10 ** Math.floor(Math.log10(Math.max(raw, 1)));
  return [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw);
}

function tip(r) {
  const parts = [`${r.date} · ${r.weapon}`];
  if (r.launched != null) parts.push(`${r.launched} launched`);
  if (r.intercepted != null) parts.push(`${r.intercepted} intercepted`);
  if (r.lost != null) parts.push(`${r.lost} lost`);
  let s = parts.join(" · ") + (r.claimant ? ` (claimed by ${r.claimant})` : "");
  for (const o of r.others || []) {
    s += `\nalso: ${o.claimant || "unattributed"}: ${o.launched ?? "?"} launched, ${o.intercepted ?? "?"} intercepted`;
  }
  return s;
}

export function drawTimeline(host, legend, rows, onPick) {
  clear(host);
  clear(legend);
  const groups = nights(rows);
  if (!groups.length) {
    host.append(el("p", { class: "empty", text: "No air attacks with launched or intercepted figures are stored." }));
    return;
  }
  const top = Math.max(1, ...rows.flatMap((r) => [r.launched || 0, r.intercepted || 0]));
  const step = niceStep(top / 4);
  const max = Math.ceil(top / step) * step;
  const widthOf = (g) => g.rows.length * (2 * BAR + GAP) + (g.rows.length - 1) * 4;
  const width = LEFT + groups.reduce((w, g) => w + widthOf(g) + GROUP_GAP, GROUP_GAP);
  const plotH = HEIGHT - TOP - BOTTOM;
  const y = (v) => TOP + plotH - (v / max) * plotH;
  const chart = svg("svg", { width, height: HEIGHT, viewBox: `0 0 ${width} ${HEIGHT}`, class: "timeline" });
  for (let v = 0; v <= max; v += step) {
    chart.append(svg("line", { x1: LEFT - 4, x2: width, y1: y(v), y2: y(v), class: "grid" }),
      svg("text", { x: LEFT - 6, y: y(v) + 4, class: "tick", "text-anchor": "end", text: v }));
  }
  let x = LEFT + GROUP_GAP;
  for (const g of groups) {
    const group = svg("g", { class: "night", "data-date": g.date });
    let bx = x;
    for (const r of g.rows) {
      const colour = WEAPON_COLOURS[r.weapon] || "#334155";
      for (const kind of ["launched", "intercepted"]) {
        const v = r[kind];
        if (v != null) {
          const bar = svg("rect", {
            x: bx, y: y(v), width: BAR, height: Math.max(1, TOP + plotH - y(v)),
            class: `bar ${kind}`, fill: colour, "fill-opacity": kind === "launched" ? 0.45 : 1,
            "data-date": g.date, "data-weapon": r.weapon, "data-kind": kind, "data-value": v,
            "data-claimant": r.claimant || "", tabindex: 0, role: "button",
            onclick: () => onPick(r),
            onkeydown: (e) => { if (e.key === "Enter") onPick(r); },
          }, svg("title", { text: tip(r) }));
          group.append(bar, svg("text", {
            x: bx + BAR / 2, y: y(v) - 3, class: "value", "text-anchor": "middle", text: v,
          }));
        }
        bx += BAR + GAP;
      }
      bx += 4;
    }
    const cx = x + widthOf(g) / 2;
    group.append(svg("text", {
      x: cx, y: HEIGHT - BOTTOM + 14, class: "date", "text-anchor": "end",
      transform: `rotate(-40 ${cx} ${HEIGHT - BOTTOM + 14})`, text: g.date,
    }));
    chart.append(group);
    x += widthOf(g) + GROUP_GAP;
  }
  host.append(chart);
  host.scrollLeft = host.scrollWidth;  // newest nights first in view
  for (const [w, c] of Object.entries(WEAPON_COLOURS)) {
    legend.append(el("span", { class: "key" }, el("i", { class: `swatch w-${w}` }), w.replace("_", " ")));
    void c;
  }
  legend.append(el("span", { class: "key" }, el("i", { class: "swatch pale" }), "launched"),
    el("span", { class: "key" }, el("i", { class: "swatch solid" }), "intercepted"));
}
