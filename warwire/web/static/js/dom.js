// DOM helpers. Every piece of stored text reaches the page through textContent, never as markup,
// so an article holding <script> or onerror= shows as the characters it is.

const SVG_NS = "http://www.w3.org/2000/svg";

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  return fill(node, attrs, children);
}

export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  return fill(node, attrs, children);
}

function fill(node, attrs, children) {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "text") node.textContent = String(v);
    else if (k === "class") node.setAttribute("class", v);
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, String(v));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

// Only http(s) links become links: a stored "javascript:" URL stays plain text.
export function safeHref(url) {
  if (!url) return null;
  try {
    const u = new URL(url, window.location.origin);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

export function link(url, text) {
  const href = safeHref(url);
  if (!href) return el("span", { text: text || url || "" });
  return el("a", { href, rel: "noopener noreferrer", target: "_blank", text: text || url });
}

export async function getJSON(path) {
  const resp = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await resp.json().catch(() => ({}));
  if (!resp.ok) {
    const msg = (body.error && body.error.message) || `${resp.status} ${resp.statusText}`;
    throw new Error(msg);
  }
  return body;
}

const HEDGES = { more_than: "more than", at_least: "at least", about: "about", nearly: "nearly",
  up_to: "up to", at_most: "at most" };

export function figure(value, hedge) {
  const n = Number(value).toLocaleString("en-GB");
  return hedge && HEDGES[hedge] ? `${HEDGES[hedge]} ${n}` : n;
}

export function figuresText(ev) {
  const counts = ev.counts || {};
  const hedges = ev.hedges || {};
  return Object.entries(counts).map(([k, v]) => `${k} ${figure(v, hedges[k])}`).join(", ");
}

export function placeOf(ev) {
  return (ev.location && ev.location.name) || ev.place || "";
}

export function outletOf(article) {
  if (!article) return "";
  if (article.outlet) return article.outlet;
  if (article.agency) return article.agency;
  const href = safeHref(article.url);
  if (href) return new URL(href).hostname.replace(/^www\./, "");
  return String(article.source || "").split("/").pop();
}

export const TYPE_COLOURS = {
  air_attack: "#7c3aed", strike: "#dc2626", ground_combat: "#92400e", territorial_claim: "#2563eb",
  infrastructure_outage: "#d97706", arms_transfer: "#059669", protest: "#db2777", policy: "#475569",
};

export const TYPE_LABELS = {
  air_attack: "air attack", strike: "strike", ground_combat: "ground combat",
  territorial_claim: "territorial claim", infrastructure_outage: "outage", arms_transfer: "arms transfer",
  protest: "protest", policy: "policy",
};
