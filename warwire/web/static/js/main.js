// Dashboard start-up: one filter state (in the URL) drives the table, the map and the timeline; the page opens
// on the last 30 days that have data, with the newest incident in the details panel.
import { getJSON } from "./dom.js";
import { createDetail } from "./detail.js";
import { createMap } from "./map.js";
import { createState } from "./state.js";
import { setupFilters, setupTable } from "./table.js";
import { drawTimeline, fromDay, toDay } from "./timeline.js";

const TYPES = ["air_attack", "strike", "ground_combat", "territorial_claim", "infrastructure_outage",
  "arms_transfer", "protest", "policy"];
const $ = (id) => document.getElementById(id);

async function main() {
  const detail = createDetail($("detail"), $("detail-title"));
  const state = createState();
  // The map and its base layer start loading at once; the data waits for the opening view's dates.
  const map = createMap($("map"), $("map-legend"), $("map-note"), state, (m) => pickPlace(m).catch(() => {}));
  // The opening view: the last 30 days that have data (unless the link names dates), newest incident shown.
  const extent = await getJSON("/api/extent").catch(() => ({}));
  if (!location.search && extent.recent_since) state.init({ since: extent.recent_since, until: extent.last });
  if (extent.last) $("nav-sitrep").href = `/sitrep/${extent.last}`;
  // a shared link names its own dates and filters: its newest incident, not the store's
  const opening = location.search ? getJSON(`/api/extent?${state.query()}`).catch(() => extent) : Promise.resolve(extent);

  setupFilters($("filters"), TYPES, state);
  const table = setupTable(document.querySelector("#events tbody"), $("table-status"), $("prev"), $("next"), state,
    (ev) => detail.showEvent(ev));

  async function pickPlace(m) {
    const q = state.query({ place: m.place, type: m.type || state.get().type, limit: 100 });
    const page = await getJSON(`/api/events?${q}`);
    // an oblast's area lists the events located only to it, not every town inside it
    const items = m.precision ? page.items.filter((e) => ((e.location || {}).precision || "unknown") === m.precision)
      : page.items;
    detail.eventList(`${m.place}${m.type ? " · " + m.type.replace("_", " ") : ""}`, items.length ? items : page.items);
  }

  let timelineData = null;
  const range = () => {
    const s = state.get();
    const last = s.until || extent.last || fromDay(Math.floor(Date.now() / 86_400_000));
    const first = s.since || extent.first || fromDay(toDay(last) - 29);
    return [first, last];
  };
  const redraw = () => {
    if (!timelineData) return;
    const r = range();
    $("timeline-range").textContent = `${r[0]} to ${r[1]} · ${toDay(r[1]) - toDay(r[0]) + 1} days`;
    drawTimeline($("timeline"), $("timeline-legend"), timelineData, r, {
      onBrush: (since, until) => state.set({ since, until }, { merge: true }),
      onPick: (row) => detail.showNight(row.date, row.weapon),
    });
  };
  let seq = 0;
  const loadTimeline = async () => {
    const mine = ++seq;
    const data = await getJSON(`/api/timeline?${state.query()}`);
    if (mine !== seq) return;
    timelineData = data;
    redraw();
  };
  state.onChange(() => loadTimeline().catch((err) => { $("timeline").textContent = `Could not load: ${err.message}`; }));
  new ResizeObserver(() => redraw()).observe($("timeline"));

  $("zoom-out").addEventListener("click", () => {
    const [a, b] = range().map(toDay);
    const pad = Math.max(1, Math.ceil((b - a + 1) / 2));
    const last = extent.last ? toDay(extent.last) : b + pad;
    state.set({ since: fromDay(a - pad), until: fromDay(Math.min(last, b + pad)) }, { merge: true });
  });
  $("zoom-recent").addEventListener("click", () => state.set({ since: extent.recent_since, until: extent.last }, { merge: true }));
  $("zoom-all").addEventListener("click", () => state.set({ since: extent.first, until: extent.last }, { merge: true }));

  table.load();
  map.load().catch((err) => { $("map-note").textContent = `Could not load the map: ${err.message}`; });
  loadTimeline().catch((err) => { $("timeline").textContent = `Could not load: ${err.message}`; });

  const route = () => {
    const [kind, id] = decodeURIComponent(location.hash.slice(1)).split("/");
    if (!id) return false;
    if (kind === "incident") detail.showIncident(id);
    else if (kind === "article") detail.showArticle(id);
    return true;
  };
  window.addEventListener("hashchange", route);
  if (!route()) {
    opening.then((o) => {
      if (o.newest_incident) detail.showIncident(o.newest_incident, { quiet: true });
      else $("detail").textContent = "No incident matches these filters.";
    });
  }
}

main();
