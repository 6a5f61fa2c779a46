// The event map: Leaflet over the bundled base map (countries, oblasts, settlements; no tile server), with
// event groups from /api/map under the page's filters. Markers cluster at low zoom. An event located only to
// an oblast shades that oblast, never a dot at its centre; one located to a wider or unknown area is a hollow
// ring. Every popup says how precisely its events are located.
import { el, getJSON, TYPE_COLOURS, TYPE_LABELS } from "./dom.js";

/* global L */
export const MAP_TYPES = ["strike", "air_attack", "ground_combat", "territorial_claim", "infrastructure_outage",
  "protest", "arms_transfer", "policy"];
const PRECISION_TEXT = {
  settlement: "located to the town or village",
  admin1: "located only to the oblast / region (shaded area, not a point)",
  raion: "located only to the district (hollow ring at its centre)",
  country: "located only to the country (hollow ring at its centre)",
  region: "located only to a named area (hollow ring at its centre)",
  unknown: "precision not recorded (hollow ring)",
};
// Settlement labels shown from these zoom levels up, by population, so labels do not pile up when zoomed out.
const LABEL_AT = [[1_000_000, 5], [300_000, 6], [100_000, 7], [0, 8]];

export function precisionText(p) {
  return PRECISION_TEXT[p] || `located to: ${p}`;
}

export function createMap(host, legend, note, state, onPick) {
  const map = L.map(host, { zoomSnap: 0.5, zoomDelta: 1, minZoom: 4, maxZoom: 12, attributionControl: true, worldCopyJump: false,
    preferCanvas: false });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Natural Earth · GeoNames (CC BY 4.0) · Leaflet");
  L.control.scale({ imperial: false, maxWidth: 140 }).addTo(map);
  map.createPane("areas").style.zIndex = 410;
  map.createPane("towns").style.zIndex = 420;
  map.fitBounds([[44.4, 22.2], [52.4, 40.2]]);  // Ukraine

  const admin1 = new Map();  // name -> GeoJSON feature
  let townLayer = null;
  const areaLayer = L.layerGroup().addTo(map);
  const cluster = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false, spiderfyOnMaxZoom: true,
    chunkedLoading: true });
  map.addLayer(cluster);
  const ready = getJSON("/map/basemap.json").then((base) => {
    // the base map covers one box: the view stays inside it, so no edge of blank background shows
    const [x0, y0, x1, y1] = base.bbox;
    const box = L.latLngBounds([[y0, x0], [y1, x1]]);
    map.setMaxBounds(box.pad(0.02));
    const fit = () => map.setMinZoom(Math.max(3, map.getBoundsZoom(box, true)));
    map.on("resize", fit);
    fit();
    L.geoJSON(base.countries, { interactive: false,
      style: (f) => ({ className: f.properties.ua ? "land ua" : "land", weight: f.properties.ua ? 1.6 : 0.8 }) }).addTo(map);
    L.geoJSON(base.admin1, { interactive: false, style: () => ({ className: "admin1", weight: 0.7, fill: false }) }).addTo(map);
    for (const f of base.admin1.features) admin1.set(f.properties.name, f);
    townLayer = L.layerGroup().addTo(map);
    const towns = base.settlements.features.map((f) => {
      const [lon, lat] = f.geometry.coordinates;
      const dot = L.circleMarker([lat, lon], { pane: "towns", radius: 2, weight: 1, className: "town", interactive: false });
      dot.bindTooltip(f.properties.name, { permanent: true, direction: "right", className: "town-label", offset: [3, 0] });
      return { dot, pop: f.properties.population };
    });
    const showTowns = () => {
      const z = map.getZoom();
      townLayer.clearLayers();
      for (const t of towns) {
        const from = LABEL_AT.find(([p]) => t.pop >= p)[1];
        if (z >= from) townLayer.addLayer(t.dot);
      }
    };
    map.on("zoomend", showTowns);
    showTowns();
  });

  for (const t of MAP_TYPES.slice(0, 5)) {
    legend.append(el("span", { class: "key" }, el("i", { class: `dot t-${t}` }), TYPE_LABELS[t]));
  }
  legend.append(el("span", { class: "key" }, el("i", { class: "dot hollow" }), "area or country only"),
    el("span", { class: "key" }, el("i", { class: "swatch area" }), "oblast only (shaded)"));

  function popup(title, lines, events, pick) {
    return el("div", { class: "popup" }, el("strong", { text: title }),
      ...lines.map((l) => el("div", { class: "muted", text: l })),
      el("button", { type: "button", class: "linkish", text: `Show ${events} event${events === 1 ? "" : "s"}`, onclick: pick }));
  }

  function marker(g) {
    const hollow = g.precision !== "settlement";
    const size = Math.round(Math.min(30, 12 + 4 * Math.log2(g.n)));
    const dot = el("div", { class: `ev-marker t-${g.type}${hollow ? " hollow" : ""}`, "data-place": g.name || "",
      "data-type": g.type, "data-precision": g.precision, "data-n": g.n, title: `${g.name}: ${g.n}` },
    g.n > 1 ? el("span", { text: g.n }) : null);
    const icon = L.divIcon({ html: dot, className: "ev-icon", iconSize: [size, size] });
    const m = L.marker([g.lat, g.lon], { icon, keyboard: true, title: `${g.name} · ${TYPE_LABELS[g.type] || g.type}` });
    const pick = () => onPick({ place: g.name, type: g.type, precision: g.precision });
    m.bindPopup(() => popup(`${g.name || "?"} · ${TYPE_LABELS[g.type] || g.type}`,
      [`${g.n} event${g.n === 1 ? "" : "s"}, latest ${g.last || "undated"}`, `Precision: ${precisionText(g.precision)}`],
      g.n, pick));
    return m;
  }

  // Events located only to an oblast: one shaded area per oblast, its opacity by how many events it holds.
  function areas(groups) {
    const by = new Map();
    const left = [];
    for (const g of groups) {
      const f = g.precision === "admin1" ? (admin1.get(g.name) || admin1.get(g.admin1)) : null;
      if (!f) { left.push(g); continue; }
      const key = f.properties.name;
      if (!by.has(key)) by.set(key, { f, n: 0, types: new Map(), last: "" });
      const a = by.get(key);
      a.n += g.n;
      a.types.set(g.type, (a.types.get(g.type) || 0) + g.n);
      if ((g.last || "") > a.last) a.last = g.last || "";
    }
    const max = Math.max(1, ...[...by.values()].map((a) => a.n));
    for (const [name, a] of by) {
      const layer = L.geoJSON(a.f, { pane: "areas", style: () => ({
        className: "oblast-area", weight: 1.5, dashArray: "4 3", fillOpacity: 0.15 + 0.45 * (a.n / max) }) });
      const kinds = [...a.types].map(([t, n]) => `${n} ${TYPE_LABELS[t] || t}`).join(", ");
      // the popup opens at the oblast's middle, wherever in it the click fell: it describes the whole area
      layer.on("click", () => L.popup().setLatLng(layer.getBounds().getCenter())
        .setContent(popup(name, [kinds, `latest ${a.last || "undated"}`, `Precision: ${precisionText("admin1")}`],
          a.n, () => onPick({ place: name, precision: "admin1" }))).openOn(map));
      layer.addTo(areaLayer);
      layer.eachLayer((l) => {
        const path = l.getElement && l.getElement();
        if (path) { path.setAttribute("data-place", name); path.setAttribute("data-n", a.n); }
      });
    }
    return left;
  }

  let seq = 0;
  async function load() {
    const mine = ++seq;
    await ready;
    const data = await getJSON(`/api/map?${state.query()}`);
    if (mine !== seq) return;
    cluster.clearLayers();
    areaLayer.clearLayers();
    const points = areas(data.groups);
    cluster.addLayers(points.map(marker));
    const shown = data.groups.reduce((s, g) => s + g.n, 0);
    host.dataset.events = String(shown);
    host.dataset.groups = String(data.groups.length);
    const notes = [`${shown.toLocaleString("en")} located events in ${data.groups.length} places`];
    if (data.unlocated) notes.push(`${data.unlocated.toLocaleString("en")} without coordinates (in the table)`);
    if (data.truncated) notes.push("only the busiest places are drawn: narrow the filters to see all");
    note.textContent = notes.join("; ");
  }

  state.onChange(() => load().catch((err) => { note.textContent = `Could not load the map: ${err.message}`; }));
  new ResizeObserver(() => map.invalidateSize()).observe(host);
  return { load, map };
}
