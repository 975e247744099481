// sitroom page: a client of the JSON API. The filters live in the URL, so a view is a bookmark.
"use strict";

const S = window.sitroom = window.sitroom || {};
S.TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
S.FILTERS = ["q", "type", "quad", "actor_country", "recipient_country", "place", "since", "until",
  "min_confidence", "include_negated", "include_hypothetical", "include_rejected", "reports", "bbox"];
S.QUAD_NAMES = ["", "verbal cooperation", "material cooperation", "verbal conflict",
  "material conflict"];
// Where an event's date comes from (date_source); null: stored before it was recorded.
S.DATE_SOURCES = { text: "from the sentence", context: "from an earlier sentence",
  published: "publication date", review: "set by review", none: "" };

const $ = (sel) => document.querySelector(sel);
S.el = function (tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
};

S.status = (text) => { $("#status").textContent = text; };

/** The current filters, read from the URL (the single source of truth). */
S.filters = function () {
  const url = new URLSearchParams(location.search);
  const out = new URLSearchParams();
  for (const key of [...S.FILTERS, "sort"]) if (url.get(key)) out.set(key, url.get(key));
  return out;
};

S.query = function (extra, drop) {
  const params = S.filters();
  for (const key of drop || []) params.delete(key);
  if (params.get("sort") && !(extra && extra.withSort)) params.delete("sort");
  for (const [key, value] of Object.entries(extra || {})) {
    if (key !== "withSort" && value !== null && value !== undefined) params.set(key, value);
  }
  return params.toString();
};

/** GET or POST JSON; an API error becomes an Error carrying the API's code and message. */
S.api = async function (path, options) {
  const response = await fetch(path, options);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = body.error || { code: "http_" + response.status, message: response.statusText };
    throw Object.assign(new Error(error.message), { code: error.code, status: response.status });
  }
  return body;
};

/** Change some filters: the URL first, then every view. */
S.setFilters = function (changes) {
  const params = new URLSearchParams(location.search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === "" || value === undefined) params.delete(key);
    else params.set(key, value);
  }
  params.delete("event");
  history.pushState(null, "", "?" + params.toString());
  S.refresh();
};

function fillForm() {
  const form = $("#filters");
  const url = new URLSearchParams(location.search);
  for (const key of [...S.FILTERS, "sort"]) {
    const input = form.elements[key];
    if (!input) continue;
    if (input.type === "checkbox") input.checked = url.get(key) === "true";
    else input.value = url.get(key) || (key === "sort" ? "-date" : "");
  }
  const chip = $("#bbox-chip");
  chip.hidden = !url.get("bbox");
  chip.textContent = url.get("bbox") ? "area " + url.get("bbox") + " ✕" : "";
}

function readForm(event) {
  event.preventDefault();
  const form = $("#filters");
  const changes = {};
  for (const key of [...S.FILTERS, "sort"]) {
    const input = form.elements[key];
    if (!input) continue;
    changes[key] = input.type === "checkbox" ? (input.checked ? "true" : null) : input.value.trim();
  }
  if (changes.sort === "-date") changes.sort = null;
  S.setFilters(changes);
}

// -- event list -------------------------------------------------------------------------------
let nextCursor = null;

function actorsText(actors) {
  return actors.map((a) => a.name || a.text || a.country || "?").join(", ") || "—";
}

/** "3 reports · 2 sources" for a linked event reported more than once. */
function reportCount(event) {
  const n = event.n_reports || 1;
  if (n < 2) return null;
  const sources = event.n_sources || 1;
  return S.el("span", { class: "reports", title: "linked event: every report is in its evidence view" },
    `${n} reports · ${sources} source${sources > 1 ? "s" : ""}`);
}

/** "2018-03-01 (publication date)": a date that is not the sentence's own says so. */
function dateText(event) {
  if (!event.date) return "undated";
  const source = event.date_source;
  return source && source !== "text" ? `${event.date} (${S.DATE_SOURCES[source] || source})` : event.date;
}

/** The detail's date: "2018-03-01 (day, from the sentence)". */
function dateDetail(event) {
  if (!event.date) return `undated (${event.date_precision})`;
  const source = event.date_source == null ? "source not recorded"
    : S.DATE_SOURCES[event.date_source] ?? event.date_source;
  return `${event.date} (${event.date_precision}${source ? ", " + source : ""})`;
}

function eventItem(event) {
  const quad = event.quad || 0;
  const rejected = event.review && event.review.status === "rejected";
  const item = S.el("li", {
    tabindex: "0", role: "button", "data-id": event.event_id, class: rejected ? "rejected" : null,
    "aria-label": `${event.event_type} ${event.date || "undated"}: ${event.evidence.sentence}`,
    onclick: () => S.openEvent(event.event_id),
    onkeydown: (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); S.openEvent(event.event_id); } },
  },
  S.el("span", { class: "badge q" + quad, title: S.QUAD_NAMES[quad] || "" }, event.event_type),
  " ", S.el("strong", {}, actorsText(event.actor)), " → ", actorsText(event.recipient),
  " ", reportCount(event),
  S.el("div", { class: "meta" },
    [dateText(event), event.location ? event.location.name || event.location.text : null,
      "conf. " + event.confidence.toFixed(2), event.attributed_to ? "per " + event.attributed_to : null,
      event.review ? "reviewed: " + event.review.status : null].filter(Boolean).join(" · "),
    event.negated ? S.el("span", { class: "flag" }, " negated") : null,
    event.hypothetical ? S.el("span", { class: "flag" }, " hypothetical") : null),
  S.el("div", {}, event.evidence.sentence));
  return item;
}

async function loadList(append) {
  const list = $("#events");
  const query = S.query({ withSort: true, limit: 50, cursor: append ? nextCursor : null });
  const body = await S.api("/api/events?" + query);
  if (!append) list.replaceChildren();
  body.events.forEach((event) => list.append(eventItem(event)));
  nextCursor = body.next_cursor;
  $("#more").hidden = !nextCursor;
  const unit = body.unit === "report" ? " reports" : " events";
  $("#list-count").textContent = list.children.length + (nextCursor ? "+" : "") + unit + " shown";
  return body.events.length;
}

// -- evidence in the article ------------------------------------------------------------------
function highlighted(text, event) {
  const { start, end } = event.evidence;
  const trigger = event.trigger || {};
  const box = S.el("div", { class: "article-text" });
  box.append(text.slice(0, start));
  const mark = S.el("mark", { id: "evidence" });
  if (trigger.start >= start && trigger.end <= end) {
    mark.append(text.slice(start, trigger.start), S.el("b", {}, text.slice(trigger.start, trigger.end)),
      text.slice(trigger.end, end));
  } else {
    mark.append(text.slice(start, end));
  }
  box.append(mark, text.slice(end));
  return box;
}

/** Every report of the event's linked event: source, date, sentence; each one opens. */
function reportsList(event) {
  const a = event.article || {};
  const own = { event_id: event.event_id, source: a.outlet || a.source, reported: a.published,
    evidence: event.evidence.sentence, attributed_to: event.attributed_to, title: a.title };
  const reports = event.reports && event.reports.length ? event.reports : [own];
  const linked = event.linked;
  const heading = linked
    ? `${linked.n_reports} report${linked.n_reports > 1 ? "s" : ""} of this event · ${linked.n_sources} source${linked.n_sources > 1 ? "s" : ""}`
      + (linked.first_reported ? ` · reported ${linked.first_reported}${linked.last_reported !== linked.first_reported ? " to " + linked.last_reported : ""}` : "")
    : "1 report of this event";
  const items = reports.map((r) => S.el("li", {
    "data-report": r.event_id, class: r.event_id === event.event_id ? "current" : null,
    tabindex: r.event_id === event.event_id ? null : "0", role: r.event_id === event.event_id ? null : "button",
    onclick: r.event_id === event.event_id ? null : () => S.openEvent(r.event_id),
    onkeydown: (e) => { if ((e.key === "Enter" || e.key === " ") && r.event_id !== event.event_id) { e.preventDefault(); S.openEvent(r.event_id); } },
  },
  S.el("span", { class: "meta" }, [r.source, r.reported, r.attributed_to ? "per " + r.attributed_to : null,
    r.event_id === event.event_id ? "shown below" : null].filter(Boolean).join(" · ")),
  S.el("div", {}, r.evidence)));
  return S.el("section", { class: "reports-list", "aria-label": "Reports of this event" },
    S.el("h4", {}, heading), S.el("ol", {}, items));
}

S.openEvent = async function (eventId) {
  const params = new URLSearchParams(location.search);
  if (params.get("event") !== eventId) {
    params.set("event", eventId);
    history.replaceState(null, "", "?" + params.toString());
  }
  document.querySelectorAll("#events li").forEach((li) =>
    li.setAttribute("aria-current", li.dataset.id === eventId ? "true" : "false"));
  const detail = $("#detail");
  try {
    const event = await S.api("/api/events/" + encodeURIComponent(eventId));
    const article = await S.api("/api/articles/" + encodeURIComponent(event.article_id));
    const a = event.article || {};
    const flags = ["negated", "hypothetical", "future", "historical"].filter((f) => event[f]);
    detail.replaceChildren(
      S.el("h3", {}, a.title || "(untitled article)"),
      S.el("dl", {},
        S.el("dt", {}, "Event"), S.el("dd", {}, `${event.event_type}${event.mode ? " (" + event.mode + ")" : ""} · quad ${event.quad || "?"} · ${dateDetail(event)}`),
        S.el("dt", {}, "Who"), S.el("dd", {}, actorsText(event.actor) + " → " + actorsText(event.recipient)),
        S.el("dt", {}, "Where"), S.el("dd", {}, event.location ? `${event.location.name || event.location.text} ${event.location.country || ""}` : "—"),
        S.el("dt", {}, "According to"), S.el("dd", {}, event.attributed_to || "the article itself"),
        S.el("dt", {}, "Source"), S.el("dd", {}, [a.outlet, a.published, a.source].filter(Boolean).join(" · "), " ",
          a.url ? S.el("a", { href: a.url, rel: "noreferrer noopener", target: "_blank" }, "original") : null),
        S.el("dt", {}, "Confidence"), S.el("dd", {}, event.confidence.toFixed(2) + (flags.length ? " · " + flags.join(", ") : "")),
        S.el("dt", {}, "Review"), S.el("dd", {}, event.review ? `${event.review.status} by ${event.review.reviewer}: ${event.review.reason}` : "not reviewed")),
      reportsList(event),
      highlighted(article.text, event));
    // Scroll the article box (not the page) so the evidence sits in its upper third.
    const mark = document.getElementById("evidence");
    const box = detail.querySelector(".article-text");
    if (mark && box) box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
    if (S.reviewForm) S.reviewForm(event);
  } catch (error) {
    detail.replaceChildren(S.el("p", { class: "error" }, "Cannot open the event: " + error.message));
  }
};

S.refresh = async function () {
  fillForm();
  S.status("loading…");
  try {
    const [count] = await Promise.all([loadList(false), S.views.refresh()]);
    const unit = S.filters().get("reports") ? "reports" : "events";
    const listed = count ? `${count}${nextCursor ? "+" : ""} ${unit}` : `no ${unit}`;
    S.status(`${listed} match · ${S.views.total} with a date on the timeline`);
  } catch (error) {
    S.status("error: " + error.message);
  }
  const eventId = new URLSearchParams(location.search).get("event");
  if (eventId) S.openEvent(eventId);
};

document.addEventListener("DOMContentLoaded", () => {
  const select = $("#f-type");
  S.TYPES.forEach((name) => select.append(S.el("option", { value: name }, name)));
  $("#filters").addEventListener("submit", readForm);
  $("#filters").addEventListener("change", (e) => { if (e.target.name !== "q") readForm(e); });
  $("#reset").addEventListener("click", () => {
    history.pushState(null, "", location.pathname);
    S.refresh();
  });
  $("#bbox-chip").addEventListener("click", () => S.setFilters({ bbox: null }));
  $("#more").addEventListener("click", () => loadList(true));
  window.addEventListener("popstate", S.refresh);
  S.views.init();
  if (S.initReview) S.initReview();
  S.refresh();
});
