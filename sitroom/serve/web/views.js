// The three overviews: map (d3 + world-atlas), timeline (uPlot), actor network (cytoscape).
// Each reads the same filters from the URL and writes its own back through S.setFilters.
"use strict";

(function () {
  const S = window.sitroom = window.sitroom || {};
  const QUAD_COLOURS = ["#868e96", "#2b7bba", "#2f9e44", "#e8890c", "#c92a2a"];
  const views = S.views = { total: 0 };

  // -- map ------------------------------------------------------------------------------------
  const map = { places: [], transform: d3.zoomIdentity };

  function initMap() {
    const box = document.getElementById("map");
    const width = box.clientWidth || 600;
    const height = box.clientHeight || 300;
    map.svg = d3.select(box).append("svg").attr("viewBox", `0 0 ${width} ${height}`)
      .attr("role", "img").attr("aria-label", "Map of event locations");
    map.projection = d3.geoNaturalEarth1().fitSize([width, height], { type: "Sphere" });
    map.path = d3.geoPath(map.projection);
    map.layer = map.svg.append("g");
    map.land = map.layer.append("g");
    map.points = map.svg.append("g");
    map.size = [width, height];
    map.zoom = d3.zoom().scaleExtent([1, 60]).on("zoom", (event) => {
      map.transform = event.transform;
      map.layer.attr("transform", event.transform);
      drawPoints();
    });
    map.svg.call(map.zoom);
    fetch("/static/vendor/countries-50m.json").then((r) => r.json()).then((world) => {
      const countries = topojson.feature(world, world.objects.countries);
      map.land.selectAll("path").data(countries.features).join("path")
        .attr("class", "land").attr("d", map.path)
        .append("title").text((d) => d.properties.name);
    });
    document.getElementById("map-bbox").addEventListener("click", () => {
      const t = map.transform;
      const [w, h] = map.size;
      const [lon0, lat0] = map.projection.invert(t.invert([0, h]));
      const [lon1, lat1] = map.projection.invert(t.invert([w, 0]));
      const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v)).toFixed(2);
      S.setFilters({ bbox: [clamp(lon0, -180, 180), clamp(lat0, -90, 90),
        clamp(lon1, -180, 180), clamp(lat1, -90, 90)].join(",") });
    });
  }

  /** Group places that fall within 28 px of each other at the current zoom. */
  function clusters() {
    const cell = 28;
    const groups = new Map();
    for (const place of map.places) {
      const projected = map.projection([place.lon, place.lat]);
      if (!projected) continue;
      const [x, y] = map.transform.apply(projected);
      const key = Math.round(x / cell) + ":" + Math.round(y / cell);
      let group = groups.get(key);
      if (!group) groups.set(key, group = { x: 0, y: 0, count: 0, quads: [0, 0, 0, 0], places: [] });
      group.x += x * place.count; group.y += y * place.count;
      group.count += place.count;
      place.quads.forEach((n, i) => { group.quads[i] += n; });
      group.places.push(place);
    }
    return [...groups.values()].map((g) => ({ ...g, x: g.x / g.count, y: g.y / g.count }));
  }

  function drawPoints() {
    const data = clusters();
    const max = d3.max(data, (d) => d.count) || 1;
    const radius = d3.scaleSqrt().domain([1, max]).range([4, 22]);
    const nodes = map.points.selectAll("g.pt").data(data).join((enter) => {
      const g = enter.append("g").attr("class", "pt").attr("tabindex", 0).attr("role", "button");
      g.append("circle"); g.append("text").attr("dy", "0.35em"); g.append("title");
      return g;
    });
    nodes.attr("transform", (d) => `translate(${d.x},${d.y})`)
      .attr("aria-label", (d) => label(d))
      .on("click", (_, d) => choose(d))
      .on("keydown", (event, d) => { if (event.key === "Enter") choose(d); });
    nodes.select("circle").attr("r", (d) => radius(d.count))
      .attr("fill", (d) => QUAD_COLOURS[d.quads.indexOf(Math.max(...d.quads)) + 1]);
    nodes.select("text").text((d) => (d.count > 1 ? d.count : ""));
    nodes.select("title").text((d) => label(d));
  }

  function label(d) {
    const names = d.places.slice(0, 4).map((p) => p.name).join(", ");
    return `${names}${d.places.length > 4 ? "…" : ""}: ${d.count} events`;
  }

  function choose(d) {
    if (d.places.length === 1) { S.setFilters({ place: d.places[0].name }); return; }
    const [x, y] = [d.x, d.y];
    const t = map.transform;
    const k = Math.min(60, t.k * 3);
    const [px, py] = t.invert([x, y]);
    map.svg.transition().duration(400).call(map.zoom.transform,
      d3.zoomIdentity.translate(map.size[0] / 2 - px * k, map.size[1] / 2 - py * k).scale(k));
  }

  /** Once, on first load: zoom the map onto where the events are. */
  function fitToPlaces() {
    map.fitted = true;
    const points = map.places.map((p) => map.projection([p.lon, p.lat])).filter(Boolean);
    const [x0, x1] = d3.extent(points, (p) => p[0]);
    const [y0, y1] = d3.extent(points, (p) => p[1]);
    const [w, h] = map.size;
    const k = Math.max(1, Math.min(8, 0.8 / Math.max((x1 - x0 + 20) / w, (y1 - y0 + 20) / h)));
    map.svg.call(map.zoom.transform,
      d3.zoomIdentity.translate(w / 2 - k * (x0 + x1) / 2, h / 2 - k * (y0 + y1) / 2).scale(k));
  }

  async function refreshMap() {
    const body = await S.api("/api/stats/places?" + S.query());
    map.places = body.places;
    if (!map.fitted && map.places.length) fitToPlaces();
    drawPoints();
  }

  // -- timeline -------------------------------------------------------------------------------
  const timeline = {};

  function day(seconds) { return new Date(seconds * 1000).toISOString().slice(0, 10); }

  /** Every period from the first to the last, with zeros where nothing happened. */
  function filled(series, bucket) {
    if (!series.length) return [];
    const byPeriod = new Map(series.map((r) => [r.period, r]));
    const rows = [];
    const start = new Date(series[0].period + (bucket === "month" ? "-01" : ""));
    const end = new Date(series[series.length - 1].period + (bucket === "month" ? "-01" : ""));
    for (let d = start; d <= end;) {
      const key = d.toISOString().slice(0, bucket === "month" ? 7 : 10);
      rows.push(byPeriod.get(key) || { period: key, q1: 0, q2: 0, q3: 0, q4: 0, total: 0 });
      d = bucket === "month" ? new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))
        : new Date(d.getTime() + 86400000);
    }
    return rows;
  }

  async function refreshTimeline() {
    const query = S.query({}, ["since", "until"]);
    let body = await S.api("/api/stats/timeline?" + query);
    const first = body.series[0];
    const last = body.series[body.series.length - 1];
    if (first && Date.parse(last.period) - Date.parse(first.period) > 400 * 86400000) {
      body = await S.api("/api/stats/timeline?bucket=month&" + query);  // years: months read better
    }
    const rows = filled(body.series, body.bucket);
    const x = rows.map((r) => Date.parse(r.period.length === 7 ? r.period + "-01" : r.period) / 1000);
    const data = [x, ...[1, 2, 3, 4].map((q) => rows.map((r) => r["q" + q]))];
    const since = S.filters().get("since");
    const until = S.filters().get("until");
    views.total = body.series.filter((r) => (!since || r.period >= since) && (!until || r.period <= until))
      .reduce((sum, r) => sum + r.total, 0);
    const box = document.getElementById("timeline");
    if (timeline.plot) timeline.plot.destroy();
    const series = [{}, ...[1, 2, 3, 4].map((q) => ({
      label: S.QUAD_NAMES[q], stroke: QUAD_COLOURS[q], width: 1.5, points: { show: x.length < 40 },
      paths: uPlot.paths.stepped({ align: 1 }),
    }))];
    timeline.plot = new uPlot({
      width: box.clientWidth || 600, height: 120, series, legend: { show: false },
      cursor: { drag: { x: true, y: false } },
      scales: { x: { time: true } },
      // Ticks on whole days at least: the data has no hours.
      axes: [{ incrs: [86400, 7 * 86400, 30 * 86400, 91 * 86400, 365 * 86400],
        values: (u, splits) => splits.map((v) => day(v).slice(body.bucket === "month" ? 0 : 5, body.bucket === "month" ? 7 : 10)) }, {}],
      hooks: { setSelect: [(u) => {
        if (u.select.width < 3) return;
        const from = u.posToVal(u.select.left, "x");
        const to = u.posToVal(u.select.left + u.select.width, "x");
        S.setFilters({ since: day(from), until: day(to) });
      }] },
    }, data, box);
    if (since || until) {
      const u = timeline.plot;
      const left = since ? u.valToPos(Date.parse(since) / 1000, "x") : 0;
      const right = until ? u.valToPos(Date.parse(until) / 1000, "x") : u.bbox.width / devicePixelRatio;
      u.setSelect({ left, width: Math.max(2, right - left), top: 0, height: u.bbox.height / devicePixelRatio }, false);
    }
  }

  // -- network --------------------------------------------------------------------------------
  const network = {};

  async function refreshNetwork() {
    const body = await S.api("/api/stats/network?limit=150&" + S.query());
    const maxEdge = d3.max(body.edges, (e) => e.count) || 1;
    const maxNode = d3.max(body.nodes, (n) => n.in + n.out) || 1;
    const chosen = (S.filters().get("actor_country") || "").split(",");
    const elements = [
      ...body.nodes.map((n) => ({ data: { id: n.id, label: n.id, size: 14 + 30 * Math.sqrt((n.in + n.out) / maxNode), chosen: chosen.includes(n.id) ? 1 : 0 } })),
      ...body.edges.map((e) => {
        const top = Object.entries(e.types).sort((a, b) => b[1] - a[1])[0][0];
        return { data: { id: e.source + ">" + e.target, source: e.source, target: e.target,
          width: 1 + 7 * e.count / maxEdge, label: `${top} ${e.count}` } };
      }),
    ];
    const style = [
      { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)",
        "background-color": "#4c6ef5", color: "#1d2330", "font-size": 10, "text-valign": "center" } },
      { selector: "node[chosen = 1]", style: { "background-color": "#f59f00" } },
      { selector: "edge", style: { width: "data(width)", "curve-style": "bezier",
        "target-arrow-shape": "triangle", "line-color": "#adb5bd", "target-arrow-color": "#adb5bd",
        label: "data(label)", "font-size": 8, color: "#5c6475", "text-rotation": "autorotate" } },
    ];
    if (network.cy) network.cy.destroy();
    network.cy = cytoscape({ container: document.getElementById("network"), elements, style,
      layout: { name: elements.length > 80 ? "circle" : "cose", animate: false },
      });
    network.cy.on("tap", "node", (event) => {
      const id = event.target.id();
      S.setFilters({ actor_country: chosen.includes(id) ? null : id });
    });
    const box = document.getElementById("network");
    box.setAttribute("aria-label", `Actor network: ${body.nodes.length} actors, ${body.edges.length} links. `
      + body.edges.slice(0, 10).map((e) => `${e.source} to ${e.target}: ${e.count}`).join("; "));
    box.setAttribute("role", "img");
  }

  views.init = initMap;
  views.refresh = () => Promise.all([refreshMap(), refreshTimeline(), refreshNetwork()]);
})();
