// Review mode: with a token, confirm, reject or correct the open event in place.
// The token stays in this tab (sessionStorage) and goes only to this server.
"use strict";

(function () {
  const S = window.sitroom = window.sitroom || {};
  const KEY = "sitroom-token";

  function token() { return sessionStorage.getItem(KEY) || ""; }

  S.initReview = function () {
    const input = document.getElementById("token");
    const state = document.getElementById("token-state");
    input.value = token();
    state.textContent = token() ? "review mode on" : "";
    document.getElementById("token-form").addEventListener("submit", (e) => {
      e.preventDefault();
      if (input.value.trim()) sessionStorage.setItem(KEY, input.value.trim());
      else sessionStorage.removeItem(KEY);
      state.textContent = token() ? "review mode on" : "review mode off";
      const open = new URLSearchParams(location.search).get("event");
      if (open) S.openEvent(open);
    });
  };

  function field(label, name, value, attrs) {
    return S.el("label", {}, label, S.el("input", { name, value: value ?? "", ...(attrs || {}) }));
  }

  S.reviewForm = function (event) {
    const box = document.getElementById("review");
    box.replaceChildren();
    if (!token()) return;
    const actor = event.actor[0] || {};
    const recipient = event.recipient[0] || {};
    const place = event.location || {};
    const typeSelect = S.el("select", { name: "event_type" },
      S.TYPES.map((t) => S.el("option", { value: t, selected: t === event.event_type }, t)));
    const message = S.el("p", { class: "wide", role: "status", "aria-live": "polite" });
    const form = S.el("form", { class: "review-form", "aria-label": "Review this event" },
      S.el("label", {}, "Action", S.el("select", { name: "action" },
        S.el("option", { value: "confirm" }, "confirm"), S.el("option", { value: "reject" }, "reject"),
        S.el("option", { value: "correct" }, "correct"))),
      S.el("label", {}, "Type", typeSelect),
      field("Actor name", "actor_name", actor.name || actor.text),
      field("Actor country", "actor_country", actor.country, { maxlength: 3 }),
      field("Actor sector", "actor_sector", actor.sector, { maxlength: 4 }),
      field("Recipient name", "recipient_name", recipient.name || recipient.text),
      field("Recipient country", "recipient_country", recipient.country, { maxlength: 3 }),
      field("Place", "place", place.name || place.text),
      field("Lat", "lat", place.lat, { type: "number", step: "any" }),
      field("Lon", "lon", place.lon, { type: "number", step: "any" }),
      field("Date", "date", event.date, { placeholder: "YYYY-MM-DD", maxlength: 10 }),
      S.el("label", { class: "check" }, S.el("input", { type: "checkbox", name: "negated", checked: event.negated }), "negated"),
      S.el("label", { class: "check" }, S.el("input", { type: "checkbox", name: "hypothetical", checked: event.hypothetical }), "hypothetical"),
      S.el("label", { class: "wide" }, "Reason (required)",
        S.el("textarea", { name: "reason", required: true, maxlength: 2000, rows: 2 })),
      S.el("button", { type: "submit" }, "Save review"), message);
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      const f = form.elements;
      const body = { action: f.action.value, reason: f.reason.value.trim(), reviewer: "web" };
      if (body.action === "correct") body.changes = changes(f, event);
      try {
        await S.api(`/api/events/${encodeURIComponent(event.event_id)}/review`, {
          method: "POST",
          headers: { "Content-Type": "application/json", Authorization: "Bearer " + token() },
          body: JSON.stringify(body),
        });
        message.textContent = "saved";
        await S.refresh();
      } catch (error) {
        message.className = "wide error";
        message.textContent = `${error.code}: ${error.message}`;
      }
    });
    box.append(form);
  };

  /** Only what the analyst changed goes to the API. */
  function changes(f, event) {
    const out = {};
    const upper = (v) => v.trim().toUpperCase() || null;
    if (f.event_type.value !== event.event_type) out.event_type = f.event_type.value;
    const actor = event.actor[0] || {};
    if (f.actor_name.value !== (actor.name || actor.text || "") || upper(f.actor_country.value) !== (actor.country || null)
        || upper(f.actor_sector.value) !== (actor.sector || null)) {
      out.actor = [{ name: f.actor_name.value.trim() || null, country: upper(f.actor_country.value),
        sector: upper(f.actor_sector.value) }];
    }
    const recipient = event.recipient[0] || {};
    if (f.recipient_name.value !== (recipient.name || recipient.text || "")
        || upper(f.recipient_country.value) !== (recipient.country || null)) {
      out.recipient = f.recipient_name.value.trim() || f.recipient_country.value.trim()
        ? [{ name: f.recipient_name.value.trim() || null, country: upper(f.recipient_country.value) }] : [];
    }
    const place = event.location || {};
    const lat = f.lat.value === "" ? null : Number(f.lat.value);
    const lon = f.lon.value === "" ? null : Number(f.lon.value);
    if (f.place.value !== (place.name || place.text || "") || lat !== (place.lat ?? null) || lon !== (place.lon ?? null)) {
      out.location = f.place.value.trim() ? { name: f.place.value.trim(), lat, lon } : null;
    }
    if ((f.date.value.trim() || null) !== event.date) out.date = f.date.value.trim() || null;
    if (f.negated.checked !== event.negated) out.negated = f.negated.checked;
    if (f.hypothetical.checked !== event.hypothetical) out.hypothetical = f.hypothetical.checked;
    return out;
  }
})();
