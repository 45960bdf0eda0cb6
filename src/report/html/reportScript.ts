/**
 * The report's browser script, plain ES2017 without D3 (the charts arrive as SVG already drawn):
 * tooltips from `data-tip` (or from the nearest point of a hovered line), scenario toggles, and the
 * map's year slider and colour switch, fed by the JSON block. Text goes in with textContent only.
 */
export const REPORT_SCRIPT = String.raw`
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var tip = document.getElementById('tooltip');
  var active = null;

  function show(text, ev, el) {
    tip.textContent = text;
    tip.hidden = false;
    var x = ev.clientX + 14, y = ev.clientY + 14;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    if (x + w > window.innerWidth - 8) x = ev.clientX - w - 14;
    if (y + h > window.innerHeight - 8) y = ev.clientY - h - 14;
    tip.style.left = x + 'px';
    tip.style.top = y + 'px';
    setActive(el);
  }
  function hide() { tip.hidden = true; setActive(null); }
  function setActive(el) {
    if (active === el) return;
    if (active) active.classList.remove('active');
    active = el && el.classList.contains('hover') ? el : null;
    if (active) active.classList.add('active');
  }
  /** The hover point of the same scenario (panel, tier) nearest to the pointer, for a hovered line or area. */
  function nearestPoint(svg, line, ev) {
    var group = line.closest('[data-scenario]');
    if (!group) return null;
    var scope = line.closest('.panel') || svg;
    var pt = svg.createSVGPoint();
    pt.x = ev.clientX; pt.y = ev.clientY;
    var p = pt.matrixTransform(svg.getScreenCTM().inverse());
    var best = null, bestD = Infinity;
    var tier = line.getAttribute('data-tier');
    var points = scope.querySelectorAll('.hover[data-scenario="' + group.getAttribute('data-scenario') + '"]' + (tier ? '[data-tier="' + tier + '"]' : ''));
    for (var i = 0; i < points.length; i++) {
      var dx = Number(points[i].getAttribute('cx')) - p.x, dy = Number(points[i].getAttribute('cy')) - p.y;
      var d = dx * dx + dy * dy;
      if (d < bestD) { bestD = d; best = points[i]; }
    }
    return best;
  }
  Array.prototype.forEach.call(document.querySelectorAll('svg.chart'), function (svg) {
    svg.addEventListener('mousemove', function (ev) {
      var el = ev.target.closest('[data-tip]');
      var cls = ev.target.classList;
      if (!el && (cls.contains('median') || cls.contains('area'))) el = nearestPoint(svg, ev.target, ev);
      if (el) show(el.getAttribute('data-tip'), ev, el); else hide();
    });
    svg.addEventListener('mouseleave', hide);
  });

  Array.prototype.forEach.call(document.querySelectorAll('input.scenario-toggle'), function (box) {
    box.addEventListener('change', function () {
      var marks = document.querySelectorAll('[data-scenario="' + box.value + '"]');
      for (var i = 0; i < marks.length; i++) marks[i].classList.toggle('hidden-scenario', !box.checked);
      hide();
    });
  });

  var map = data.map, slider = document.getElementById('map-year');
  if (!map || !slider) return;
  var mode = 'rate';
  function drawMap() {
    var yi = Number(slider.value), year = map.years[yi];
    var fills = map.fills[mode], labels = map.labels[mode];
    document.getElementById('map-year-value').textContent = String(year);
    var svg = document.getElementById('chart-map');
    svg.querySelector('.map-year').textContent = String(year);
    svg.querySelector('.title').textContent = map.titles[mode].replace('{year}', String(year));
    Array.prototype.forEach.call(svg.querySelectorAll('path.prefecture'), function (el) {
      var s = Number(el.getAttribute('data-scenario')), p = Number(el.getAttribute('data-prefecture'));
      if (p < 0) return;
      el.setAttribute('fill', fills[s][yi][p]);
      var text = labels[s][yi][p] || 'reference';
      el.setAttribute('data-tip', map.scenarios[s] + ', ' + map.prefectures[p] + ', ' + year + ': ' + text);
      var title = el.querySelector('title');
      if (title) title.textContent = el.getAttribute('data-tip');
    });
    Array.prototype.forEach.call(svg.querySelectorAll('text.map-value'), function (el) {
      el.textContent = labels[Number(el.getAttribute('data-scenario'))][yi][Number(el.getAttribute('data-prefecture'))];
    });
    Array.prototype.forEach.call(svg.querySelectorAll('g.flows'), function (el) {
      el.setAttribute('display', Number(el.getAttribute('data-year')) === year ? 'inline' : 'none');
    });
    Array.prototype.forEach.call(svg.querySelectorAll('g.map-legend'), function (el) {
      el.setAttribute('display', el.getAttribute('data-mode') === mode ? 'inline' : 'none');
    });
  }
  slider.addEventListener('input', drawMap);
  Array.prototype.forEach.call(document.querySelectorAll('input[name="map-mode"]'), function (radio) {
    radio.addEventListener('change', function () { if (radio.checked) { mode = radio.value; drawMap(); } });
  });
})();
`;
