// Strikes, outages and territorial claims over a bundled outline of Ukraine and its neighbours.
// Drawn as SVG from a file shipped with the package, so the map works on a box with no network;
// OpenStreetMap tiles can be laid under it when the box is online (off by default, one click).
import { clear, el, svg, TYPE_COLOURS, TYPE_LABELS, placeOf } from "./dom.js";

export const MAP_TYPES = ["strike", "infrastructure_outage", "territorial_claim", "ground_combat"];
export const TILE_HOST = "https://tile.openstreetmap.org";
const W = 680;
const ZOOM = 6;
const TILE = 256;

// Web Mercator pixels at ZOOM, the projection of the tiles, so outline, points and tiles line up.
function world(lon, lat) {
  const size = TILE * 2 ** ZOOM;
  const s = Math.sin((lat * Math.PI) / 180);
  return [((lon + 180) / 360) * size, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * size];
}

function projector(bbox) {
  const [x0, y0, x1, y1] = bbox;
  const [left, top] = world(x0, y1);
  const [right, bottom] = world(x1, y0);
  const k = W / (right - left);
  const H = Math.round((bottom - top) * k);
  return { H, k, left, top, right, bottom,
    inside: (lon, lat) => lon >= x0 && lon <= x1 && lat >= y0 && lat <= y1,
    p: (lon, lat) => { const [x, y] = world(lon, lat); return [((x - left) * k).toFixed(1), ((y - top) * k).toFixed(1)]; } };
}

function tiles(proj) {
  const layer = svg("g", { class: "tiles" });
  for (let tx = Math.floor(proj.left / TILE); tx * TILE < proj.right; tx++) {
    for (let ty = Math.floor(proj.top / TILE); ty * TILE < proj.bottom; ty++) {
      layer.append(svg("image", {
        href: `${TILE_HOST}/${ZOOM}/${tx}/${ty}.png`, x: ((tx * TILE - proj.left) * proj.k).toFixed(1),
        y: ((ty * TILE - proj.top) * proj.k).toFixed(1), width: (TILE * proj.k + 0.5).toFixed(1),
        height: (TILE * proj.k + 0.5).toFixed(1),
      }));
    }
  }
  return layer;
}

function pathOf(geometry, p) {
  let d = "";
  for (const poly of geometry.coordinates) {
    for (const ring of poly) {
      d += ring.map(([lon, lat], i) => `${i ? "L" : "M"}${p(lon, lat).join(",")}`).join("") + "Z";
    }
  }
  return d;
}

function harm(ev) {
  const c = ev.counts || {};
  return (c.killed || 0) + (c.injured || 0);
}

// Events at the same spot and of the same type share one marker, sized by their casualties.
function markers(events, inside) {
  const groups = new Map();
  let outside = 0;
  for (const ev of events) {
    const loc = ev.location || {};
    if (loc.lat == null || loc.lon == null) continue;
    if (!inside(loc.lon, loc.lat)) { outside += 1; continue; }
    const key = `${ev.type}|${loc.lat.toFixed(2)}|${loc.lon.toFixed(2)}`;
    if (!groups.has(key)) groups.set(key, { type: ev.type, lat: loc.lat, lon: loc.lon, name: placeOf(ev), events: [] });
    groups.get(key).events.push(ev);
  }
  // Markers of different types at one spot fan out around it, so each stays clickable.
  const bySpot = new Map();
  for (const m of groups.values()) {
    const spot = `${m.lat.toFixed(2)}|${m.lon.toFixed(2)}`;
    if (!bySpot.has(spot)) bySpot.set(spot, []);
    bySpot.get(spot).push(m);
  }
  for (const same of bySpot.values()) {
    same.forEach((m, i) => { m.fan = same.length > 1 ? (2 * Math.PI * i) / same.length : null; });
  }
  return { list: [...groups.values()], outside };
}

export function drawMap(host, legend, note, outline, events, onPick, withTiles = false) {
  clear(host);
  clear(legend);
  const proj = projector(outline.bbox);
  const { H, p, inside } = proj;
  const map = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: withTiles ? "map-svg tiled" : "map-svg", role: "img",
    "aria-label": "Map of Ukraine with event markers" });
  map.append(svg("rect", { x: 0, y: 0, width: W, height: H, class: "sea" }));
  if (withTiles) map.append(tiles(proj));
  for (const f of outline.features) {
    map.append(svg("path", { d: pathOf(f.geometry, p), class: f.properties.code === "UA" ? "land ua" : "land" },
      svg("title", { text: f.properties.name })));
  }
  const { list, outside } = markers(events, inside);
  const unlocated = events.filter((e) => !e.location || e.location.lat == null).length;
  list.sort((a, b) => b.events.reduce((s, e) => s + harm(e), 0) - a.events.reduce((s, e) => s + harm(e), 0));
  const labelled = new Set();
  const boxes = [];  // placed label boxes: a label that would overlap one is left to the marker's tooltip
  const free = (x, y, w) => !boxes.some((b) => x < b.x + b.w && x + w > b.x && Math.abs(y - b.y) < 12);
  const layer = svg("g", { class: "markers" });
  const labels = svg("g", { class: "labels" });
  for (const m of list) {
    const total = m.events.reduce((s, e) => s + harm(e), 0);
    const r = Math.min(24, 5 + 3 * Math.sqrt(total));
    let [cx, cy] = p(m.lon, m.lat).map(Number);
    if (m.fan !== null) {
      cx += 7 * Math.cos(m.fan);
      cy += 7 * Math.sin(m.fan);
    }
    const title = `${m.name}: ${m.events.length} ${TYPE_LABELS[m.type] || m.type}` +
      (total ? `, ${total} killed or injured` : "");
    layer.append(svg("circle", {
      cx, cy, r, fill: TYPE_COLOURS[m.type] || "#334155", class: "marker", tabindex: 0, role: "button",
      "data-place": m.name, "data-type": m.type, "data-casualties": total,
      onclick: () => onPick(m), onkeydown: (e) => { if (e.key === "Enter") onPick(m); },
    }, svg("title", { text: title })));
    const w = m.name.length * 6.2;
    if (!labelled.has(m.name) && free(cx + r + 3, cy, w)) {
      labelled.add(m.name);
      boxes.push({ x: cx + r + 3, y: cy, w });
      labels.append(svg("text", { x: cx + r + 3, y: cy + 4, class: "place", text: m.name }));
    }
  }
  map.append(layer, labels);
  host.append(map);
  for (const t of MAP_TYPES) {
    legend.append(el("span", { class: "key" }, el("i", { class: `dot t-${t}` }), TYPE_LABELS[t]));
  }
  const notes = [];
  if (outside) notes.push(`${outside} located events lie outside this map`);
  if (unlocated) notes.push(`${unlocated} events have no coordinates (see the table)`);
  if (withTiles) notes.push("map tiles © OpenStreetMap contributors");
  note.textContent = notes.join("; ");
}
