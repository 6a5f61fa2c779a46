// Dashboard start-up: load the timeline, map and table, and route #event/#incident/#article links.
import { getJSON } from "./dom.js";
import { createDetail } from "./detail.js";
import { drawMap, MAP_TYPES } from "./map.js";
import { setupTable } from "./table.js";
import { drawTimeline } from "./timeline.js";

const TYPES = ["air_attack", "strike", "ground_combat", "territorial_claim", "infrastructure_outage",
  "arms_transfer", "protest", "policy"];
const $ = (id) => document.getElementById(id);

async function main() {
  const detail = createDetail($("detail"), $("detail-title"));
  const fail = (where) => (err) => { $(where).textContent = `Could not load: ${err.message}`; };

  const table = setupTable($("filters"), document.querySelector("#events tbody"), $("table-status"),
    $("prev"), $("next"), TYPES, (ev) => detail.showEvent(ev));
  table.load();

  getJSON("/api/stats/air").then((stats) => {
    drawTimeline($("timeline"), $("timeline-legend"), stats.items, (row) => detail.showAirRow(row));
    const days = stats.items.map((r) => r.date).filter(Boolean).sort();
    if (days.length) $("nav-sitrep").href = `/sitrep/${days[days.length - 1]}`;
  }).catch(fail("timeline"));

  Promise.all([
    getJSON("/static/vendor/world-atlas/ukraine-region.geojson"),
    ...MAP_TYPES.map((t) => getJSON(`/api/events?type=${t}&limit=1000`)),
  ]).then(([outline, ...pages]) => {
    const events = pages.flatMap((p) => p.items);
    const toggle = $("map-tiles");
    // Tiles are opt-in: an offline box would log every failed tile; the outline always draws.
    toggle.checked = localStorage.getItem("warwire.tiles") === "on";
    const draw = () => drawMap($("map"), $("map-legend"), $("map-note"), outline, events,
      (m) => detail.eventList(`${m.name}`, m.events), toggle.checked);
    toggle.addEventListener("change", () => {
      localStorage.setItem("warwire.tiles", toggle.checked ? "on" : "off");
      draw();
    });
    draw();
  }).catch(fail("map"));

  const route = () => {
    const [kind, id] = decodeURIComponent(location.hash.slice(1)).split("/");
    if (!id) return;
    if (kind === "incident") detail.showIncident(id);
    else if (kind === "article") detail.showArticle(id);
  };
  window.addEventListener("hashchange", route);
  route();
}

main();
