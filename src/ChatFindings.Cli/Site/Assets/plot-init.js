// Draws every chart on the page from its embedded figure JSON with the inlined plotly.js.
(function () {
  "use strict";
  var config = { responsive: true, displaylogo: false, modeBarButtonsToRemove: ["select2d", "lasso2d"] };
  var plots = Array.prototype.slice.call(document.querySelectorAll("div.cf-plot"));
  plots.forEach(function (div) {
    var figure = JSON.parse(document.getElementById(div.getAttribute("data-figure")).textContent);
    Plotly.newPlot(div, figure.data, figure.layout || {}, config);
  });
  // Redraw at the paper's width when printing, and back at the screen's afterwards.
  function resize() { plots.forEach(function (div) { Plotly.Plots.resize(div); }); }
  window.addEventListener("beforeprint", resize);
  window.addEventListener("afterprint", resize);
})();
