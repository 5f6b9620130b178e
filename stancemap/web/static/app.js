/* stancemap web UI: charts (Vega-Lite), the network (Cytoscape.js), document layer toggles.
   Data comes from <script type="application/json"> blocks rendered by the server; nothing is
   loaded from elsewhere. */
(function () {
  "use strict";

  var POL_COLORS = {domain: ["support", "conditional", "neutral", "oppose"],
                    range: ["#2e7d32", "#f0a202", "#9e9e9e", "#c62828"]};

  function readJSON(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  function barSpec(values, x, y, color, colorScale, title) {
    return {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      width: "container", height: 180, data: {values: values},
      autosize: {type: "fit-x", contains: "padding"},
      mark: {type: "bar", tooltip: true},
      encoding: {
        x: {field: x, type: "ordinal", title: null, axis: {labelAngle: -45}},
        y: {field: y, type: "quantitative", aggregate: "sum", title: title},
        color: {field: color, type: "nominal", scale: colorScale || {}, title: null}
      }
    };
  }

  var CHARTS = {
    "proposition-time": function (v) {
      return barSpec(v, "month", "clusters", "polarity", POL_COLORS, "stories");
    },
    "actor-time": function (v) {
      var spec = barSpec(v, "month", "count", "layer", {
        domain: ["statements", "stances", "events", "positive ties", "negative ties"],
        range: ["#5c6bc0", "#f0a202", "#90a4ae", "#2e7d32", "#c62828"]}, "records");
      spec.encoding.xOffset = {field: "layer", type: "nominal"};
      return spec;
    },
    "timeline-chart": function (v) {
      return barSpec(v, "month", "events", "type", {scheme: "tableau20"}, "events");
    }
  };

  function drawCharts() {
    if (typeof vegaEmbed === "undefined") { return; }
    document.querySelectorAll("[data-chart]").forEach(function (el) {
      var values = readJSON(el.id + "-data") || [];
      var make = CHARTS[el.getAttribute("data-chart")];
      if (!make) { return; }
      if (!values.length) { el.textContent = "No data."; el.classList.add("empty"); return; }
      vegaEmbed(el, make(values), {actions: false, renderer: "svg"}).then(function () {
        el.setAttribute("data-rendered", "1");
      }).catch(function (err) { el.textContent = "Chart failed: " + err; });
    });
  }

  function edgeStyle() {
    return [
      {selector: "node", style: {
        "label": "data(label)", "font-size": 9, "width": "data(size)", "height": "data(size)",
        "background-color": "#5c6bc0", "color": "#222", "text-valign": "bottom",
        "text-margin-y": 2}},
      {selector: "node[kind = 'country']", style: {"background-color": "#00897b"}},
      {selector: "node[kind = 'organization']", style: {"background-color": "#8e24aa"}},
      {selector: "edge", style: {
        "width": "data(width)", "curve-style": "bezier", "opacity": 0.6,
        "line-color": "data(color)", "target-arrow-color": "data(color)"}},
      {selector: "edge[?directed]", style: {"target-arrow-shape": "triangle"}},
      {selector: "edge[basis = 'stance']", style: {"line-style": "dashed"}},
      {selector: ".faded", style: {"opacity": 0.08}}
    ];
  }

  function drawNetwork() {
    var box = document.getElementById("cy");
    var data = readJSON("network-data");
    if (!box || !data || typeof cytoscape === "undefined") { return; }
    var maxNode = Math.max.apply(null, data.nodes.map(function (n) { return n.weight || 1; }).concat([1]));
    var maxEdge = Math.max.apply(null, data.edges.map(function (e) { return e.weight; }).concat([1]));
    var els = data.nodes.map(function (n) {
      return {data: {id: "n" + n.id, actor: n.id, label: n.label, kind: n.kind,
                     size: 8 + 26 * Math.sqrt((n.weight || 1) / maxNode)}};
    });
    data.edges.forEach(function (e, i) {
      els.push({data: {id: "e" + i, source: "n" + e.source, target: "n" + e.target,
                       basis: e.basis, directed: e.directed, sign: e.sign,
                       color: e.sign > 0 ? "#2e7d32" : "#c62828",
                       width: 1 + 5 * Math.sqrt(e.weight / maxEdge)}});
    });
    var cy = cytoscape({container: box, elements: els, style: edgeStyle(),
                        layout: {name: "cose", animate: false, randomize: false,
                                 nodeRepulsion: function () { return 12000; },
                                 idealEdgeLength: function () { return 60; }},
                        minZoom: 0.1, maxZoom: 4});
    cy.on("tap", "node", function (evt) {
      window.location.href = "/actor/" + evt.target.data("actor");
    });
    cy.on("mouseover", "node", function (evt) {
      cy.elements().addClass("faded");
      evt.target.closedNeighborhood().removeClass("faded");
    });
    cy.on("mouseout", "node", function () { cy.elements().removeClass("faded"); });
    window.stancemapNetwork = cy;
    box.setAttribute("data-rendered", "1");
  }

  function networkForm() {
    var hidden = document.getElementById("bases");
    if (!hidden) { return; }
    document.querySelectorAll("input.basis").forEach(function (cb) {
      cb.addEventListener("change", function () {
        var on = [];
        document.querySelectorAll("input.basis:checked").forEach(function (c) { on.push(c.value); });
        hidden.value = on.join(",");
      });
    });
  }

  function documentLayers() {
    var text = document.getElementById("doctext");
    if (!text) { return; }
    document.querySelectorAll("#legend input[data-layer]").forEach(function (cb) {
      cb.addEventListener("change", function () {
        text.classList.toggle("hide-" + cb.getAttribute("data-layer"), !cb.checked);
      });
    });
    document.querySelectorAll(".records-side li[data-ref]").forEach(function (li) {
      var ref = li.getAttribute("data-ref");
      li.addEventListener("mouseenter", function () {
        text.querySelectorAll("mark").forEach(function (m) {
          if (m.getAttribute("data-ref") === ref) { m.classList.add("lit"); }
        });
      });
      li.addEventListener("mouseleave", function () {
        text.querySelectorAll("mark.lit").forEach(function (m) { m.classList.remove("lit"); });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    drawCharts();
    drawNetwork();
    networkForm();
    documentLayers();
  });
}());
