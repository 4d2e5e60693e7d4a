// The statistics pages: each chart drawn with Chart.js from the JSON written into the page, and the map of departments
// coloured by their number of labelled events. The tables under them hold the same figures for everyone.
(function () {
  "use strict";

  var source = document.getElementById("si-statistics-data");
  if (!source) return;
  var data = JSON.parse(source.textContent);
  var palette = ["#000091", "#e1000f", "#009081", "#c3992a", "#6a6af4", "#a558a0", "#ff9575", "#417dc4", "#8d533e", "#3a3a3a"];
  var number = new Intl.NumberFormat("fr-FR");

  if (window.Chart) {
    Chart.defaults.font.family = "Marianne, arial, sans-serif";
    Chart.defaults.locale = "fr-FR";
    data.figures.forEach(draw);
  }

  function draw(figure) {
    var canvas = document.querySelector('canvas[data-si-chart="' + figure.id + '"]');
    if (!canvas) return;
    var doughnut = figure.type === "doughnut";
    var chart = new Chart(canvas, {
      type: figure.type,
      data: {
        labels: figure.labels,
        datasets: figure.series.map(function (series, i) {
          return {
            label: series.name,
            data: series.values,
            backgroundColor: doughnut ? palette : palette[i % palette.length],
            borderColor: doughnut ? "#ffffff" : palette[i % palette.length],
            spanGaps: true,
          };
        }),
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        indexAxis: figure.type === "bar" && figure.labels.length > 6 ? "y" : "x",
        plugins: {
          legend: { display: doughnut || figure.series.length > 1, position: "bottom" },
          tooltip: { callbacks: { label: function (c) { return c.dataset.label + " : " + number.format(c.parsed.y !== undefined && figure.type === "line" ? c.parsed.y : c.raw); } } },
        },
      },
    });
    canvas.dataset.drawn = String(chart.data.labels.length);
  }

  document.querySelectorAll("[data-si-choropleth]").forEach(function (element) {
    if (!window.L) return;
    var colours = data.map.departments;
    var map = L.map(element, { scrollWheelZoom: false, zoomSnap: 0.25, attributionControl: false });
    fetch(element.dataset.outlines, { headers: { Accept: "application/geo+json" } })
      .then(function (response) { if (!response.ok) throw new Error(String(response.status)); return response.json(); })
      .then(function (outlines) {
        var layer = L.geoJSON(outlines, {
          filter: function (feature) { return colours.hasOwnProperty(feature.properties.code); },
          style: function (feature) {
            return { color: "#3a3a3a", weight: 0.6, fillColor: colours[feature.properties.code], fillOpacity: 1 };
          },
          onEachFeature: function (feature, shape) { shape.bindTooltip(feature.properties.nom + " (" + feature.properties.code + ")"); },
        }).addTo(map);
        if (data.map.national) map.fitBounds(L.latLngBounds([41.3, -5.2], [51.1, 9.6]));
        else map.fitBounds(layer.getBounds(), { padding: [10, 10] });
        element.dataset.coloured = String(layer.getLayers().length);
      })
      .catch(function () { element.textContent = "La carte n’a pas pu être chargée : les chiffres sont dans le tableau ci-dessous."; });
  });
})();
