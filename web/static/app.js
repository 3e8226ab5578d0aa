// quotewire search page. Plain JavaScript, no build step, no network but
// this server's own /api. Everything that comes from the index (statement
// text, speakers, titles, outlets, URLs) is scraped from the web and is
// untrusted: it only ever reaches the page through textContent, text nodes
// and checked attributes, never through innerHTML.
"use strict";

(function () {
  const PAGE_SIZE = 20;
  const FILTERS = ["q", "speaker", "outlet", "since", "until", "sort"];
  const SVG = "http://www.w3.org/2000/svg";
  const utf8 = new TextEncoder();
  const fromUTF8 = new TextDecoder();

  const $ = (id) => document.getElementById(id);
  const form = $("search");
  const inputs = { q: $("q"), speaker: $("speaker"), since: $("since"), until: $("until"), sort: $("sort") };

  // The search state; the URL's query string is its serialised form.
  let state = readURL();
  let inflight = null;
  let searches = 0; // finished searches, in body[data-searches], for tests

  // readURL reads the state from the address bar.
  function readURL() {
    const p = new URLSearchParams(location.search);
    const s = {};
    for (const k of FILTERS) s[k] = (p.get(k) || "").trim();
    const page = parseInt(p.get("page") || "1", 10);
    s.page = Number.isFinite(page) && page > 0 ? page : 1;
    return s;
  }

  // params serialises the filters of s (not the page).
  function params(s) {
    const p = new URLSearchParams();
    for (const k of FILTERS) if (s[k]) p.set(k, s[k]);
    return p;
  }

  function pageURL(s) {
    const p = params(s);
    if (s.page > 1) p.set("page", String(s.page));
    const qs = p.toString();
    return location.pathname + (qs ? "?" + qs : "");
  }

  function fillForm(s) {
    for (const k of Object.keys(inputs)) inputs[k].value = s[k] || "";
  }

  function readForm() {
    const s = { outlet: state.outlet, page: 1 };
    for (const k of Object.keys(inputs)) s[k] = inputs[k].value.trim();
    return s;
  }

  // go makes s the current state, records it in the history (push) or not
  // (popstate, first load), and runs the search.
  function go(s, push) {
    state = s;
    const url = pageURL(s);
    if (push && url !== location.pathname + location.search) {
      history.pushState(null, "", url);
      window.scrollTo(0, 0);
    }
    fillForm(s);
    renderChips(s);
    updateDownloads(s);
    search(s);
  }

  function updateDownloads(s) {
    const p = params(s);
    p.delete("sort");
    const qs = p.toString();
    $("csv").href = "/api/export.csv" + (qs ? "?" + qs : "");
    $("jsonl").href = "/api/export.jsonl" + (qs ? "?" + qs : "");
  }

  async function search(s) {
    if (inflight) inflight.abort();
    const ctrl = new AbortController();
    inflight = ctrl;
    const p = params(s);
    p.set("limit", String(PAGE_SIZE));
    p.set("offset", String((s.page - 1) * PAGE_SIZE));
    p.set("facets", "1");
    document.body.classList.add("busy");
    try {
      const resp = await fetch("/api/search?" + p.toString(), { signal: ctrl.signal, headers: { Accept: "application/json" } });
      let body = null;
      try {
        body = await resp.json();
      } catch (e) {
        body = null;
      }
      if (ctrl !== inflight) return;
      if (!resp.ok || !body) {
        showError((body && body.error) || "The server answered " + resp.status + " " + resp.statusText);
        return;
      }
      render(s, body);
    } catch (e) {
      if (e.name === "AbortError") return;
      if (ctrl === inflight) showError("Could not reach quotewire: " + e.message);
    } finally {
      if (ctrl === inflight) {
        inflight = null;
        document.body.classList.remove("busy");
        document.body.dataset.searches = String(++searches);
      }
    }
  }

  function showError(msg) {
    const el = $("error");
    el.textContent = msg;
    el.hidden = false;
    $("status").textContent = "No results.";
    $("hits").replaceChildren();
    $("pager").hidden = true;
    $("timeline").hidden = true;
    $("facet-speakers").replaceChildren();
    $("facet-outlets").replaceChildren();
  }

  function render(s, r) {
    $("error").hidden = true;
    const total = Number(r.total) || 0;
    const hits = Array.isArray(r.hits) ? r.hits : [];
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    let status;
    if (total === 0) status = "No statements match.";
    else if (total === 1) status = "1 statement";
    else status = total.toLocaleString("en") + " statements";
    if (total > PAGE_SIZE) status += " · page " + s.page + " of " + pages.toLocaleString("en");
    if (typeof r.took_ms === "number") status += " · " + r.took_ms.toFixed(1) + " ms";
    $("status").textContent = status;

    const list = $("hits");
    list.replaceChildren(...hits.map(renderHit));
    list.start = (s.page - 1) * PAGE_SIZE + 1;

    $("pager").hidden = pages <= 1;
    $("prev").disabled = s.page <= 1;
    $("next").disabled = s.page >= pages;
    $("page").textContent = "Page " + s.page + " of " + pages.toLocaleString("en");

    const f = r.facets || {};
    renderFacet($("facet-speakers"), f.speakers, "speaker");
    renderFacet($("facet-outlets"), f.outlets, "outlet");
    renderTimeline(f.timeline);
  }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  // highlighted builds the statement text with <mark> around the byte
  // ranges [start, end) of its UTF-8 encoding that the index matched.
  function highlighted(text, matches) {
    const frag = document.createDocumentFragment();
    text = String(text || "");
    if (!Array.isArray(matches) || matches.length === 0) {
      frag.append(text);
      return frag;
    }
    const bytes = utf8.encode(text);
    const ranges = matches
      .filter((m) => Array.isArray(m) && Number.isInteger(m[0]) && Number.isInteger(m[1]) && m[0] >= 0 && m[0] < m[1] && m[1] <= bytes.length)
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let pos = 0;
    for (const [start, end] of ranges) {
      if (start < pos) continue; // overlaps the previous mark
      if (start > pos) frag.append(fromUTF8.decode(bytes.subarray(pos, start)));
      frag.append(el("mark", "", fromUTF8.decode(bytes.subarray(start, end))));
      pos = end;
    }
    if (pos < bytes.length) frag.append(fromUTF8.decode(bytes.subarray(pos)));
    return frag;
  }

  // safeURL returns u if it is an absolute http(s) URL, else "".
  function safeURL(u) {
    try {
      const url = new URL(String(u || ""));
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : "";
    } catch (e) {
      return "";
    }
  }

  const KINDS = { direct: "quote", indirect: "reported", mixed: "partly quoted" };

  function renderHit(h) {
    const li = el("li", "hit");
    li.dataset.id = String(h.id || "");

    const text = el("blockquote", "text kind-" + (KINDS[h.kind] ? h.kind : "other"));
    text.append(highlighted(h.text, h.matches));
    li.append(text);

    const who = el("p", "who");
    // The canonical name ("Elena Marquez" for "Mayor Elena Marquez"),
    // then the role taken off it.
    const name = String(h.speaker_canonical || h.speaker || "unknown speaker");
    const sp = el("button", "speaker", name);
    sp.type = "button";
    sp.title = "Only statements by " + name + (h.speaker && h.speaker !== name ? " (here: " + String(h.speaker) + ")" : "");
    sp.addEventListener("click", () => filterBy("speaker", name));
    who.append(sp);
    if (h.role) who.append(el("span", "role", String(h.role)));
    const how = [];
    if (h.cue) how.push(String(h.cue));
    if (h.to) how.push("to " + String(h.to));
    if (how.length) who.append(el("span", "cue", how.join(" ")));
    if (h.kind) {
      const k = el("span", "kind", KINDS[h.kind] || String(h.kind));
      k.title = "kind:" + String(h.kind);
      who.append(k);
    }
    li.append(who);

    const src = el("p", "source");
    const href = safeURL(h.url);
    const title = String(h.title || h.url || "untitled article");
    if (href) {
      const a = el("a", "title", title);
      a.href = href;
      a.rel = "noopener noreferrer nofollow";
      a.target = "_blank";
      src.append(a);
    } else {
      src.append(el("span", "title", title));
    }
    if (h.outlet) {
      const o = el("button", "outlet", String(h.outlet));
      o.type = "button";
      o.title = "Only statements from " + String(h.outlet);
      o.addEventListener("click", () => filterBy("outlet", String(h.outlet)));
      src.append(o);
    }
    const date = String(h.published || "").slice(0, 10);
    const t = el("time", "date", date || "undated");
    if (date) t.dateTime = date;
    src.append(t);
    li.append(src);

    // Other articles carrying the same statement (syndicated copies).
    const also = Array.isArray(h.also_in) ? h.also_in : [];
    if (also.length) {
      const p = el("p", "also", "Also in: ");
      for (const o of also.slice(0, 8)) {
        const label = String(o.outlet || o.title || o.url || "another article") + (o.published ? " (" + String(o.published).slice(0, 10) + ")" : "");
        const u = safeURL(o.url);
        if (u) {
          const a = el("a", "", label);
          a.href = u;
          a.rel = "noopener noreferrer nofollow";
          a.target = "_blank";
          a.title = String(o.title || "");
          p.append(a);
        } else {
          p.append(el("span", "", label));
        }
      }
      if (also.length > 8) p.append(" and " + (also.length - 8) + " more");
      li.append(p);
    }
    return li;
  }

  // filterBy narrows the current search to one speaker or outlet.
  function filterBy(field, value) {
    const s = Object.assign({}, state, { page: 1 });
    // A quoted speaker matches the whole name only, so a facet for
    // "Elena Marquez" does not also pick up "Marco Marquez".
    s[field] = field === "speaker" ? '"' + value.replace(/"/g, "") + '"' : value;
    go(s, true);
  }

  function renderFacet(ol, items, field) {
    if (!Array.isArray(items) || items.length === 0) {
      ol.replaceChildren(el("li", "none", "—"));
      return;
    }
    const max = Math.max(...items.map((i) => Number(i.count) || 0), 1);
    ol.replaceChildren(
      ...items.map((i) => {
        const name = String(i.name || "");
        const li = el("li");
        const b = el("button", "facet", "");
        b.type = "button";
        b.dataset.value = name;
        b.title = (field === "speaker" ? "Only statements by " : "Only statements from ") + name;
        b.append(el("span", "name", name), el("span", "count", Number(i.count) || 0));
        const bar = el("span", "bar");
        bar.style.width = Math.round((100 * (Number(i.count) || 0)) / max) + "%";
        b.append(bar);
        b.addEventListener("click", () => filterBy(field, name));
        li.append(b);
        return li;
      })
    );
  }

  function addDays(day, n) {
    const d = new Date(day + "T00:00:00Z");
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  }

  // renderTimeline draws statement counts per day or week as SVG bars;
  // clicking a bar narrows the dates to it.
  function renderTimeline(tl) {
    const fig = $("timeline");
    const buckets = tl && Array.isArray(tl.buckets) ? tl.buckets.filter((b) => /^\d{4}-\d{2}-\d{2}$/.test(String(b.start))) : [];
    if (buckets.length === 0) {
      fig.hidden = true;
      return;
    }
    const week = tl.interval === "week";
    const max = Math.max(...buckets.map((b) => Number(b.count) || 0), 1);
    const W = 12, H = 60;
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", "0 0 " + buckets.length * W + " " + H);
    svg.setAttribute("preserveAspectRatio", "none");
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", "Statements per " + (week ? "week" : "day"));
    buckets.forEach((b, i) => {
      const n = Number(b.count) || 0;
      const start = String(b.start);
      const end = week ? addDays(start, 6) : start;
      const g = document.createElementNS(SVG, "g");
      g.setAttribute("class", n ? "bar" : "bar empty");
      const hit = document.createElementNS(SVG, "rect"); // full-height click target
      hit.setAttribute("class", "target");
      hit.setAttribute("x", String(i * W));
      hit.setAttribute("y", "0");
      hit.setAttribute("width", String(W));
      hit.setAttribute("height", String(H));
      const r = document.createElementNS(SVG, "rect");
      const h = n ? Math.max(2, Math.round((H - 2) * n / max)) : 0;
      r.setAttribute("x", String(i * W + 1));
      r.setAttribute("width", String(W - 2));
      r.setAttribute("y", String(H - h));
      r.setAttribute("height", String(h));
      const title = document.createElementNS(SVG, "title");
      title.textContent = (week ? "week of " + start : start) + ": " + n + (n === 1 ? " statement" : " statements");
      g.append(title, hit, r);
      if (n) g.addEventListener("click", () => go(Object.assign({}, state, { since: start, until: end, page: 1 }), true));
      svg.append(g);
    });
    $("timeline-chart").replaceChildren(svg);
    const last = buckets[buckets.length - 1].start;
    const cap = $("timeline-caption");
    cap.replaceChildren(
      el("span", "", "Statements per " + (week ? "week" : "day")),
      el("span", "range", buckets[0].start + " – " + (week ? addDays(last, 6) : last))
    );
    fig.hidden = false;
  }

  function renderChips(s) {
    const chips = [];
    if (s.outlet) {
      const b = el("button", "chip", "outlet: " + s.outlet);
      b.type = "button";
      b.title = "Remove this filter";
      b.append(el("span", "x", "×"));
      b.addEventListener("click", () => go(Object.assign({}, state, { outlet: "", page: 1 }), true));
      chips.push(b);
    }
    $("chips").replaceChildren(...chips);
  }

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    go(readForm(), true);
  });
  inputs.sort.addEventListener("change", () => go(readForm(), true));
  for (const k of ["since", "until"]) inputs[k].addEventListener("change", () => go(readForm(), true));
  $("prev").addEventListener("click", () => go(Object.assign({}, state, { page: Math.max(1, state.page - 1) }), true));
  $("next").addEventListener("click", () => go(Object.assign({}, state, { page: state.page + 1 }), true));
  window.addEventListener("popstate", () => go(readURL(), false));
  document.addEventListener("keydown", (e) => {
    if (e.key === "/" && document.activeElement && !/^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement.tagName)) {
      e.preventDefault();
      inputs.q.focus();
    }
  });

  go(state, false);
})();
