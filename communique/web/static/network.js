// Network page: hovering (or focusing) a node highlights its lines and neighbours.
// The page works without this file; every node and line is a plain link.
(function () {
  "use strict";
  var svg = document.getElementById("network");
  if (!svg) { return; }
  var edges = Array.prototype.slice.call(svg.querySelectorAll("a.edge"));
  var nodes = Array.prototype.slice.call(svg.querySelectorAll("a.node"));

  function focus(id) {
    var near = {};
    near[id] = true;
    edges.forEach(function (e) {
      var on = e.dataset.source === id || e.dataset.target === id;
      e.classList.toggle("lit", on);
      if (on) { near[e.dataset.source] = true; near[e.dataset.target] = true; }
    });
    nodes.forEach(function (n) { n.classList.toggle("faded", !near[n.dataset.id]); });
    svg.classList.add("focused");
  }

  function clear() {
    svg.classList.remove("focused");
    edges.forEach(function (e) { e.classList.remove("lit"); });
    nodes.forEach(function (n) { n.classList.remove("faded"); });
  }

  nodes.forEach(function (n) {
    n.addEventListener("mouseenter", function () { focus(n.dataset.id); });
    n.addEventListener("focus", function () { focus(n.dataset.id); });
    n.addEventListener("mouseleave", clear);
    n.addEventListener("blur", clear);
  });
}());
