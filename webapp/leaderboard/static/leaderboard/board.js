/* Draws the leaderboard's charts from charts.json (webapp/leaderboard/charts.py) with the
   site's own plotly.js. The JSON is in the page's normalisation, so the charts always show
   what the table shows. A chart with nothing to draw hides its section. */
(function () {
  "use strict";
  var CONFIG = { responsive: true, displaylogo: false };
  var NAME_LENGTH = 28; // longer axis labels are cut (the hover text keeps the whole name)

  // The table's format (templatetags/scores.py `sig`): 3 significant figures, thousands
  // separators, never scientific notation.
  function sig(value) {
    if (value === null || value === undefined) return "–";
    if (value === 0) return "0";
    var rounded = Number(value.toPrecision(3));
    var decimals = Math.max(2 - Math.floor(Math.log10(Math.abs(rounded))), 0);
    return rounded.toLocaleString("en-US", {
      minimumFractionDigits: decimals, maximumFractionDigits: decimals
    });
  }

  // plotly reads labels as a little HTML: a checkpoint name is text, so its brackets are
  // escaped (plotly turns the entities back into characters).
  function text(value) {
    return String(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  function cut(text) {
    return text.length > NAME_LENGTH ? text.slice(0, NAME_LENGTH - 1) + "…" : text;
  }

  function layout(extra) {
    var base = {
      margin: { t: 30, l: 60, r: 20, b: 60 }, legend: { orientation: "h", y: -0.2 },
      height: 400, autosize: true
    };
    return Object.assign(base, extra);
  }

  function axis(title, extra) {
    return Object.assign({ title: { text: title }, automargin: true }, extra || {});
  }

  function bars(d) {
    if (!d.models.length) return null;
    var data = d.models.map(function (m) {
      return {
        type: "bar", name: text(m.label), x: d.languages, y: m.values,
        customdata: m.values.map(function (v) { return [text(m.name), sig(v)]; }),
        hovertemplate: "%{customdata[0]}<br>%{x}: %{customdata[1]}<extra></extra>"
      };
    });
    var y = axis(d.norm.label, { type: d.norm.log ? "log" : "linear" });
    return { data: data, layout: layout({ barmode: "group", height: 440, yaxis: y }) };
  }

  function heatmap(d) {
    if (!d.models.length) return null;
    var colour = function (v) {
      if (v === null) return null;
      return d.norm.log && v > 0 ? Math.log10(v) : v;
    };
    var data = [{
      type: "heatmap", x: d.languages, y: d.models.map(function (m) { return text(cut(m.label)); }),
      z: d.models.map(function (m) { return m.values.map(colour); }),
      text: d.models.map(function (m) { return m.values.map(sig); }),
      customdata: d.models.map(function (m) {
        return m.values.map(function () { return text(m.name); });
      }),
      texttemplate: "%{text}", textfont: { size: 10 },
      hovertemplate: "%{customdata}<br>%{x}: %{text}<extra></extra>",
      colorscale: "Viridis", reversescale: true,
      colorbar: { title: { text: d.norm.log ? "log10 " + d.norm.short : d.norm.short } }
    }];
    var extra = {
      height: Math.max(120 + 36 * d.models.length, 260),
      yaxis: axis("", { autorange: "reversed" }), xaxis: axis(""),
      margin: { t: 20, l: 60, r: 20, b: 60 }
    };
    return { data: data, layout: layout(extra) };
  }

  function byTemperature(d) {
    if (!d.by_temperature.length) return null;
    var data = d.by_temperature.map(function (line) {
      return {
        type: "scatter", mode: "lines+markers", name: text(line.label),
        x: line.points.map(function (p) { return p[0]; }),
        y: line.points.map(function (p) { return p[1]; }), hovertext: text(line.name)
      };
    });
    return { data: data, layout: layout({
      xaxis: axis("temperature"), yaxis: axis("pass@1", { tickformat: ".0%" })
    }) };
  }

  function bySize(d) {
    var series = [["measured", d.by_size.measured, "circle"],
                  ["reported (paper)", d.by_size.reported, "diamond-open"]];
    var data = series.filter(function (s) { return s[1].length; }).map(function (s) {
      return {
        type: "scatter", mode: "markers", name: s[0], marker: { symbol: s[2], size: 9 },
        x: s[1].map(function (p) { return p.parameters; }),
        y: s[1].map(function (p) { return p.value; }),
        text: s[1].map(function (p) { return text(p.name); })
      };
    });
    if (!data.length) return null;
    return { data: data, layout: layout({
      xaxis: axis("parameters", { type: "log" }),
      yaxis: axis("HumanEval pass@1", { tickformat: ".0%" })
    }) };
  }

  function byStep(d) {
    if (!d.by_step.length) return null;
    var data = d.by_step.map(function (line) {
      return {
        type: "scatter", mode: "lines+markers", name: text(line.name),
        x: line.points.map(function (p) { return p[0]; }),
        y: line.points.map(function (p) { return p[1]; })
      };
    });
    var y = axis(d.norm.label + ", all languages pooled", { type: d.norm.log ? "log" : "linear" });
    return { data: data, layout: layout({ xaxis: axis("training step"), yaxis: y }) };
  }

  // A multilingual board: one trace per language (webapp/leaderboard/ml_chart.py says why).
  function passVsPerplexity(d) {
    var c = d.pass_vs_perplexity;
    if (!c) return null;
    var lines = c.languages.filter(function (l) { return l.points.length; });
    if (!lines.length) return null;
    var data = lines.map(function (l) {
      return {
        type: "scatter", mode: "markers", name: text(l.language), marker: { size: 8 },
        x: l.points.map(function (p) { return p.x; }),
        y: l.points.map(function (p) { return p.y; }),
        customdata: l.points.map(function (p) { return [text(p.name), sig(p.x)]; }),
        hovertemplate: "%{customdata[0]}<br>" + text(l.language) +
          ": pass@1 %{y:.1%}, perplexity %{customdata[1]}<extra></extra>"
      };
    });
    var x = axis(c.x_label + " (" + text(c.perplexity_board) + ")", { type: "log" });
    return { data: data, layout: layout({
      height: 460, showlegend: true, xaxis: x,
      yaxis: axis("pass@1 in that language", { tickformat: ".0%" })
    }) };
  }

  var CHARTS = {
    "ppl-chart": bars, "ppl-heatmap": heatmap, "pass-by-temperature": byTemperature,
    "score-by-size": bySize, "score-by-step": byStep, "pass-vs-perplexity": passVsPerplexity
  };

  function draw(d) {
    Object.keys(CHARTS).forEach(function (id) {
      var element = document.getElementById(id);
      if (!element) return;
      var figure = CHARTS[id](d);
      var section = element.closest("section");
      if (!figure) { if (section) section.hidden = true; return; }
      if (section) section.hidden = false;
      Plotly.newPlot(element, figure.data, figure.layout, CONFIG);
    });
    document.getElementById("charts").setAttribute("data-drawn", d.norm.field);
  }

  function start() {
    var holder = document.getElementById("charts");
    if (!holder || typeof Plotly === "undefined") return;
    fetch(holder.getAttribute("data-src"), { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error("charts.json: HTTP " + response.status);
        return response.json();
      })
      .then(draw)
      .catch(function (error) {
        holder.setAttribute("data-error", String(error));
        holder.insertAdjacentHTML("afterbegin", '<p class="note">The charts could not be loaded.</p>');
      });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
