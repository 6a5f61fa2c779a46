// The filterable, paged table of events.
import { clear, el, figuresText, getJSON, outletOf, placeOf, TYPE_LABELS } from "./dom.js";

const PAGE = 25;
const FIELDS = ["type", "since", "until", "actor", "place", "weapon", "claimed_by", "text"];

export function setupTable(form, body, status, prev, next, types, onPick) {
  const typeSelect = form.elements.type;
  for (const t of types) typeSelect.append(el("option", { value: t, text: TYPE_LABELS[t] || t }));
  let offset = 0;
  let total = 0;
  let exact = true;
  let shown = 0;

  async function load() {
    const params = new URLSearchParams();
    for (const name of FIELDS) {
      const v = form.elements[name].value.trim();
      if (v) params.set(name, v);
    }
    params.set("limit", PAGE);
    params.set("offset", offset);
    status.textContent = "Loading…";
    try {
      const page = await getJSON(`/api/events?${params}`);
      total = page.total ?? page.items.length;
      exact = page.total_exact !== false;  // past the server's cap the total is "more than"
      shown = page.items.length;
      render(page.items);
      const last = offset + shown;
      const of = exact ? total.toLocaleString("en") : `more than ${total.toLocaleString("en")}`;
      status.textContent = total ? `Events ${offset + 1}–${last} of ${of}` : "No events match these filters.";
    } catch (err) {
      clear(body);
      status.textContent = `Could not load events: ${err.message}`;
    }
    prev.disabled = offset === 0;
    next.disabled = exact ? offset + PAGE >= total : shown < PAGE;
  }

  function render(items) {
    clear(body);
    for (const ev of items) {
      const art = ev.article || {};
      const row = el("tr", { tabindex: 0, "data-event-id": ev.id, class: `t-${ev.type}`,
        onclick: () => onPick(ev), onkeydown: (e) => { if (e.key === "Enter") onPick(ev); } },
      el("td", { text: ev.date || "?" }),
      el("td", {}, el("span", { class: `tag t-${ev.type}`, text: TYPE_LABELS[ev.type] || ev.type })),
      el("td", { text: placeOf(ev) }),
      el("td", { text: [ev.actor, ev.target].filter(Boolean).join(" → ") }),
      el("td", { text: [ev.weapon, ev.item, ev.status].filter(Boolean).join(" · ") }),
      el("td", { class: "num", text: figuresText(ev) }),
      el("td", { text: ev.claimed_by || "" }),
      el("td", { class: "src", text: `${outletOf(art)}${art.title ? ": " + art.title : ""}` }));
      body.append(row);
    }
  }

  form.addEventListener("submit", (e) => { e.preventDefault(); offset = 0; load(); });
  form.addEventListener("reset", () => { setTimeout(() => { offset = 0; load(); }, 0); });
  prev.addEventListener("click", () => { offset = Math.max(0, offset - PAGE); load(); });
  next.addEventListener("click", () => { offset += PAGE; load(); });
  return { load, setFilters(values) {
    for (const name of FIELDS) form.elements[name].value = values[name] || "";
    offset = 0;
    return load();
  } };
}
