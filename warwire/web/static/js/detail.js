// The detail panel: one event with its evidence highlighted in its article, and incidents with each
// source's figures side by side. Article text goes in as text nodes only.
import { clear, el, figure, figuresText, getJSON, link, outletOf, placeOf, TYPE_LABELS } from "./dom.js";

const COUNT_ORDER = ["launched", "intercepted", "lost", "hit", "killed", "injured", "captured", "affected",
  "quantity", "participants"];

export function createDetail(host, title) {
  let quiet = false;  // the opening view fills the panel without scrolling the page to it

  function show(heading, ...nodes) {
    title.textContent = heading;
    clear(host).append(...nodes.filter((n) => n !== null && n !== undefined));
    if (!quiet) host.closest("section")?.scrollIntoView?.({ block: "nearest" });
  }

  function citation(art) {
    art = art || {};
    return el("p", { class: "cite" }, el("strong", { text: outletOf(art) || "unknown outlet" }), ": ",
      art.url ? link(art.url, art.title || art.url) : el("span", { text: art.title || "(no headline)" }),
      art.published ? el("span", { class: "muted", text: ` · published ${art.published}` }) : null);
  }

  function facts(ev) {
    const rows = [
      ["Date", ev.date ? `${ev.date} (${ev.date_precision || "?"})` : "unknown"],
      ["Where", placeOf(ev)], ["Actor", ev.actor], ["Target", ev.target], ["Weapon", ev.weapon],
      ["Item", ev.item], ["Status", ev.status], ["Figures", figuresText(ev)], ["Claimed by", ev.claimed_by],
    ].filter(([, v]) => v);
    return el("dl", { class: "facts" }, rows.flatMap(([k, v]) => [el("dt", { text: k }), el("dd", { text: v })]));
  }

  function quotes(spans) {
    return el("div", { class: "evidence" }, (spans || []).map((s) => el("blockquote", { class: "evidence-sentence", text: s.text })));
  }

  // The article body with every evidence span wrapped in <mark>, built from text slices.
  function highlighted(body, spans) {
    const box = el("div", { class: "article-body" });
    const sorted = [...(spans || [])].filter((s) => s.start >= 0 && s.end <= body.length && s.start < s.end)
      .sort((a, b) => a.start - b.start);
    let at = 0;
    for (const s of sorted) {
      if (s.start < at) continue;
      box.append(document.createTextNode(body.slice(at, s.start)), el("mark", { text: body.slice(s.start, s.end) }));
      at = s.end;
    }
    box.append(document.createTextNode(body.slice(at)));
    return box;
  }

  async function articleWith(articleId, spans, into) {
    const still = quiet;
    into.append(el("p", { class: "muted", text: "Loading the article…" }));
    try {
      const art = await getJSON(`/api/articles/${encodeURIComponent(articleId)}`);
      clear(into).append(el("h4", { text: art.title || "Article" }), highlighted(art.body || art.text || "", spans));
      if (!still) into.querySelector("mark")?.scrollIntoView?.({ block: "center" });
      else into.querySelector(".article-body")?.scrollTo?.(0, Math.max(0, (into.querySelector("mark")?.offsetTop || 0) - 40));
    } catch (err) {
      clear(into).append(el("p", { class: "error", text: `Could not load the article: ${err.message}` }));
    }
  }

  async function showEvent(ev) {
    const art = ev.article || {};
    const articleBox = el("div", { class: "article" });
    const extra = [];
    if (ev.date && /^\d{4}-\d{2}-\d{2}$/.test(ev.date)) {
      extra.push(el("p", {}, el("a", { href: `/sitrep/${ev.date}`, text: `Situation report of ${ev.date}` })));
    }
    if (ev.incident_id) {
      extra.push(el("button", { type: "button", class: "linkish", text: "Compare all sources of this incident",
        onclick: () => { location.hash = `incident/${ev.incident_id}`; } }));
    }
    show(`${TYPE_LABELS[ev.type] || ev.type} · ${placeOf(ev) || ev.date || ""}`,
      facts(ev), el("h3", { text: "Evidence" }), quotes(ev.evidence), citation(art), ...extra, articleBox);
    if (art.id) await articleWith(art.id, ev.evidence, articleBox);
  }

  function eventList(heading, events) {
    if (events.length === 1) return showEvent(events[0]);
    show(heading, el("ul", { class: "event-list" }, events.map((ev) => el("li", {},
      el("button", { type: "button", class: "linkish", onclick: () => showEvent(ev),
        text: `${ev.date || "?"} · ${TYPE_LABELS[ev.type] || ev.type} · ${placeOf(ev)} ${figuresText(ev)}` }),
      el("span", { class: "muted", text: ` — ${ev.claimed_by || "unattributed"}, ${outletOf(ev.article)}` })))));
  }

  async function showNight(date, weapon) {
    const q = new URLSearchParams({ type: "air_attack", since: date, until: date, limit: 100 });
    if (weapon && weapon !== "mixed") q.set("weapon", weapon);
    const page = await getJSON(`/api/events?${q}`);
    const items = page.items.filter((e) => (e.weapon || "mixed") === weapon);
    eventList(`Air attacks of ${date} · ${weapon}`, items.length ? items : page.items);
  }

  // A timeline bar: the claimant's event in that night's incident, else every air attack of the night.
  async function showAirRow(row) {
    if (row.incident_id) {
      try {
        const inc = await getJSON(`/api/incidents/${encodeURIComponent(row.incident_id)}`);
        const mine = (inc.events || []).filter((e) => (e.claimed_by || null) === (row.claimant || null));
        if (mine.length || (inc.events || []).length) return eventList(`Air attack of ${row.date}`, mine.length ? mine : inc.events);
      } catch (err) {
        /* fall back to the night's events below */
      }
    }
    return showNight(row.date, row.weapon);
  }

  async function showArticle(id) {
    const box = el("div", { class: "article" });
    show("Article", box);
    try {
      const art = await getJSON(`/api/articles/${encodeURIComponent(id)}`);
      const spans = (art.events || []).flatMap((e) => e.evidence || []);
      clear(box).append(citation(art), highlighted(art.body || art.text || "", spans));
    } catch (err) {
      clear(box).append(el("p", { class: "error", text: err.message }));
    }
  }

  // Each source's figures side by side; a row whose sources disagree is marked.
  async function showIncident(id, opts = {}) {
    quiet = Boolean(opts.quiet);
    try {
      await incident(id);
    } finally {
      quiet = false;
    }
  }

  async function incident(id) {
    let inc;
    try {
      inc = await getJSON(`/api/incidents/${encodeURIComponent(id)}`);
    } catch (err) {
      show("Incident", el("p", { class: "error", text: err.message }));
      return;
    }
    const sources = incidentSources(inc);
    const keys = COUNT_ORDER.filter((k) => sources.some((s) => s.counts[k] != null));
    const articleBox = el("div", { class: "article" });
    const disputed = new Set((inc.disagreements || []).map((d) => (typeof d === "string" ? d : d.key || d.field)));
    const spread = (k) => {
      const c = (inc.counts || {})[k];
      if (!c || typeof c !== "object" || c.best == null) return "";
      return c.low === c.high ? String(c.best) : `${c.low}–${c.high} (best ${c.best})`;
    };
    const head = el("tr", {}, el("th", { text: "Figure" }), el("th", { text: "Across sources" }), sources.map((s) =>
      el("th", {}, el("div", { text: s.claimed_by || "unattributed" }),
        el("div", { class: "muted", text: `${outletOf(s.article)}${s.article && s.article.title ? ": " + s.article.title : ""}` }))));
    const rows = keys.map((k) => {
      const values = new Set(sources.map((s) => s.counts[k]).filter((v) => v != null));
      const differ = values.size > 1 || disputed.has(k);
      return el("tr", { class: differ ? "disagree" : "", "data-key": k },
        el("th", { text: differ ? `⚠ ${k}` : k, title: differ ? "the sources disagree on this figure" : null }),
        el("td", { class: "num", text: spread(k) }),
        sources.map((s) => {
          const v = s.counts[k];
          if (v == null) return el("td", { class: "muted", text: "—" });
          return el("td", { class: "num" }, el("button", { type: "button", class: "linkish figure",
            text: figure(v, s.hedges[k]), title: "Show the sentence this figure comes from",
            onclick: () => { clear(articleBox); articleWith(s.article.id, s.evidence, articleBox); } }));
        }));
    });
    const range = disputed.size ? el("p", { class: "error", text: `Sources disagree on: ${[...disputed].join(", ")}` }) : null;
    const why = inc.merge_explanation || inc.explanation;
    show(`Incident · ${TYPE_LABELS[inc.type] || inc.type || ""} · ${inc.date || ""}`,
      el("p", { class: "muted", text: `${sources.length} source(s)${why ? ": " + (typeof why === "string" ? why : JSON.stringify(why)) : ""}` }),
      range,
      el("div", { class: "table-wrap" }, el("table", { class: "incident" }, el("thead", {}, head), el("tbody", {}, rows))),
      el("p", { class: "hint", text: "Click a figure to see its sentence highlighted in its article." }),
      articleBox);
    const first = sources.find((s) => s.article && s.article.id);
    if (first) articleWith(first.article.id, first.evidence, articleBox);
  }

  return { showEvent, showNight, showAirRow, showIncident, showArticle, eventList };
}

// An incident's sources in one shape, whatever the store groups them by.
export function incidentSources(inc) {
  // The store lists source events under `events` (and `sources` as plain names); take the objects.
  const raw = [inc.events, inc.sources].find((l) => Array.isArray(l) && l.length && typeof l[0] === "object") || [];
  return raw.map((s) => {
    const ev = s.event || s;
    return {
      article: s.article || ev.article || {},
      claimed_by: s.claimed_by ?? ev.claimed_by,
      counts: s.counts || ev.counts || {},
      hedges: s.hedges || ev.hedges || {},
      evidence: s.evidence || ev.evidence || [],
    };
  });
}
