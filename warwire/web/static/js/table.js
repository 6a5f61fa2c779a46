// The paged table of events, under the page's one filter state.
import { clear, el, figuresText, getJSON, outletOf, placeOf, TYPE_LABELS } from "./dom.js";
import { FIELDS } from "./state.js";

const PAGE = 25;

// The filter form edits the page's state: submit sets it, reset clears it, a state change fills the form.
export function setupFilters(form, types, state) {
  const typeSelect = form.elements.type;
  for (const t of types) typeSelect.append(el("option", { value: t, text: TYPE_LABELS[t] || t }));
  const fill = (values) => { for (const name of FIELDS) form.elements[name].value = values[name] || ""; };
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const values = {};
    for (const name of FIELDS) values[name] = form.elements[name].value.trim();
    state.set(values);
  });
  form.addEventListener("reset", (e) => { e.preventDefault(); state.set({}); });
  state.onChange(fill);
  fill(state.get());
}

export function setupTable(body, status, prev, next, state, onPick) {
  let offset = 0;
  let total = 0;
  let exact = true;
  let shown = 0;
  let seq = 0;

  async function load() {
    const mine = ++seq;
    status.textContent = "Loading…";
    try {
      const page = await getJSON(`/api/events?${state.query({ limit: PAGE, offset })}`);
      if (mine !== seq) return;  // a newer filter state has been asked for
      total = page.total ?? page.items.length;
      exact = page.total_exact !== false;  // past the server's cap the total is "more than"
      shown = page.items.length;
      render(page.items);
      const last = offset + shown;
      const of = exact ? total.toLocaleString("en") : `more than ${total.toLocaleString("en")}`;
      status.textContent = total ? `Events ${offset + 1}–${last} of ${of}` : "No events match these filters.";
      status.dataset.total = String(total);
    } catch (err) {
      if (mine !== seq) return;
      clear(body);
      status.textContent = `Could not load events: ${err.message}`;
    }
    prev.disabled = offset === 0;
    next.disabled = exact ? offset + PAGE >= total : shown < PAGE;
  }

  // Each cell names its column, so a phone can show a row as a card with labels (see style.css).
  function cell(label, attrs, ...children) {
    return el("td", { ...attrs, "data-label": label }, ...children);
  }

  function render(items) {
    clear(body);
    for (const ev of items) {
      const art = ev.article || {};
      const prec = ev.location && ev.location.precision;
      const row = el("tr", { tabindex: 0, "data-event-id": ev.id, class: `t-${ev.type}`,
        onclick: () => onPick(ev), onkeydown: (e) => { if (e.key === "Enter") onPick(ev); } },
      cell("Date", { class: "nowrap", text: ev.date || "?" }),
      cell("Type", {}, el("span", { class: `tag t-${ev.type}`, text: TYPE_LABELS[ev.type] || ev.type })),
      cell("Where", {}, placeOf(ev), prec && prec !== "settlement"
        ? el("span", { class: "muted", text: ` (${prec === "admin1" ? "oblast only" : prec + " only"})` }) : null),
      cell("Actor → target", { text: [ev.actor, ev.target].filter(Boolean).join(" → ") }),
      cell("Weapon / item", { text: [ev.weapon, ev.item, ev.status].filter(Boolean).join(" · ") }),
      cell("Figures", { class: "num", text: figuresText(ev) }),
      cell("Claimed by", { text: ev.claimed_by || "" }),
      cell("Source", { class: "src", text: `${outletOf(art)}${art.title ? ": " + art.title : ""}` }));
      body.append(row);
    }
  }

  prev.addEventListener("click", () => { offset = Math.max(0, offset - PAGE); load(); });
  next.addEventListener("click", () => { offset += PAGE; load(); });
  state.onChange(() => { offset = 0; load(); });
  return { load };
}
