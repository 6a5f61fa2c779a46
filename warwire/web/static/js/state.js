// One filter state for the whole page, kept in the URL's query string so a view can be shared as a link.
// The table, the map and the timeline all read it; changing it (form, brush, zoom buttons) redraws all three.

export const FIELDS = ["type", "since", "until", "place", "actor", "weapon", "claimed_by", "text"];

export function createState() {
  const listeners = [];
  let current = read();

  function read() {
    const params = new URLSearchParams(location.search);
    const out = {};
    for (const name of FIELDS) {
      const v = (params.get(name) || "").trim();
      if (v) out[name] = v;
    }
    return out;
  }

  function write(values, push) {
    const params = new URLSearchParams();
    for (const name of FIELDS) if (values[name]) params.set(name, values[name]);
    const url = `${location.pathname}${params.toString() ? "?" + params : ""}${location.hash}`;
    if (push) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  }

  function emit() { for (const fn of listeners) fn(current); }

  window.addEventListener("popstate", () => { current = read(); emit(); });

  return {
    get: () => ({ ...current }),
    // Replace the whole state (the filter form) or merge into it (the brush sets only the dates).
    set(values, { merge = false, push = true } = {}) {
      const next = merge ? { ...current, ...values } : { ...values };
      for (const k of Object.keys(next)) if (!next[k]) delete next[k];
      current = next;
      write(current, push);
      emit();
    },
    // The opening view, without a history entry: the URL shows it, Back does not loop on it.
    init(values) {
      current = { ...values, ...current };
      write(current, false);
    },
    onChange(fn) { listeners.push(fn); },
    query(extra = {}) {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries({ ...current, ...extra })) if (v !== undefined && v !== null && v !== "") params.set(k, v);
      return params.toString();
    },
  };
}
