/* The timeline (uPlot): a real time axis with every bin from the first day to the last, empty ones included, by
   day, week, month or year as the shown span asks; a y-axis of events or of deaths under the chosen policy; bars
   for the matching events (their part with contradicting claims over them) and a line for the events in the
   map's view. Dragging across it (or choosing a bar) picks a date range; a table gives the same figures to
   keyboards and screen readers. Shared helpers for binning are used by the charts page too. */
'use strict';
var CCTime = (function () {
  var DAY = 86400000;

  function parse(d) { return Date.parse(d + 'T00:00:00Z'); }
  function iso(ms) { return new Date(ms).toISOString().slice(0, 10); }

  /** day up to 3 months, week up to 3 years, month up to 30 years, else year. */
  function unitFor(fromMs, toMs) {
    var days = (toMs - fromMs) / DAY;
    return days <= 92 ? 'day' : days <= 3 * 366 ? 'week' : days <= 30 * 366 ? 'month' : 'year';
  }

  function binStart(ms, unit) {
    var d = new Date(ms);
    if (unit === 'week') { return ms - ((d.getUTCDay() + 6) % 7) * DAY; }
    if (unit === 'month') { return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1); }
    if (unit === 'year') { return Date.UTC(d.getUTCFullYear(), 0, 1); }
    return ms;
  }

  function next(ms, unit) {
    var d = new Date(ms);
    if (unit === 'week') { return ms + 7 * DAY; }
    if (unit === 'month') { return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1); }
    if (unit === 'year') { return Date.UTC(d.getUTCFullYear() + 1, 0, 1); }
    return ms + DAY;
  }

  /**
   * Every bin from the one holding fromMs to the one holding toMs: {start, end (ms, exclusive), from, to (ISO,
   * inclusive)}; and index(ms), the bin a day falls in (-1 outside).
   */
  function bins(fromMs, toMs, unit) {
    var list = [], at = {};
    for (var s = binStart(fromMs, unit); s <= toMs && list.length < 5000; s = next(s, unit)) {
      at[s] = list.length;
      list.push({ start: s, end: next(s, unit), from: iso(s), to: iso(next(s, unit) - DAY) });
    }
    return {
      unit: unit, list: list,
      index: function (ms) { var i = at[binStart(ms, unit)]; return i === undefined ? -1 : i; }
    };
  }

  /** uPlot options for a time axis in whole bins of a unit: ticks a whole number of days apart, dates as text. */
  function axis(unit) {
    var d = 86400;
    var incrs = unit === 'year' ? [365 * d, 2 * 365 * d, 5 * 365 * d, 10 * 365 * d, 25 * 365 * d]
      : unit === 'month' ? [31 * d, 92 * d, 183 * d, 365 * d, 2 * 365 * d, 5 * 365 * d]
      : [d, 2 * d, 7 * d, 14 * d, 31 * d, 92 * d, 183 * d, 365 * d];
    var len = unit === 'year' ? 4 : unit === 'month' ? 7 : 10;
    return { incrs: incrs, space: 70, grid: { show: false },
      values: function (u, splits) { return splits.map(function (v) { return iso(v * 1000).slice(0, len); }); } };
  }

  return { parse: parse, iso: iso, unitFor: unitFor, bins: bins, axis: axis, DAY: DAY };
})();

var CCTimeline = (function () {
  var el = CC.el;
  var COLORS = { all: '#6d94bb', contested: '#b35900', view: '#1d232b' };

  /**
   * A timeline in box. options.onRange(from, to) is called with ISO dates when a range or a bar is chosen.
   * Returns {set(days, opts), inView(rows), highlight(date)}: days as /api/events/timeline gives them; opts
   * {measure: 'events'|'deaths', policy, from, to} (from/to: the filter's dates, which set the axis); rows
   * [[first day in days since 1970-01-01 or null, deaths or null]] for the events in the map's view, or null.
   */
  function create(box, options) {
    var plotBox = el('div', { 'class': 'timeline-plot' });
    var tableBox = el('details', { 'class': 'timeline-table' }, [el('summary', { text: 'The timeline as a table' })]);
    box.appendChild(plotBox);
    box.appendChild(tableBox);
    var state = { days: [], opts: {}, view: null, mark: null, b: null };
    var plot = null;

    function measure(row) { return state.opts.measure === 'deaths' ? row[3] : row[1]; }

    function build() {
      var days = state.days, o = state.opts;
      if (plot) { plot.destroy(); plot = null; }
      CC.clear(plotBox);
      Array.prototype.slice.call(tableBox.querySelectorAll('table, p')).forEach(function (n) { n.remove(); });
      if (!days.length && !(o.from && o.to)) {
        plotBox.appendChild(el('p', { 'class': 'hint', text: 'No dated events match.' }));
        box.setAttribute('data-bins', '0');
        return;
      }
      var first = o.from ? CCTime.parse(o.from) : CCTime.parse(days[0][0]);
      var last = o.to ? CCTime.parse(o.to) : CCTime.parse(days[days.length - 1][0]);
      var b = CCTime.bins(first, last, CCTime.unitFor(first, last));
      state.b = b;
      var all = b.list.map(function () { return 0; });
      var contested = all.slice(), view = state.view ? all.slice() : null;
      days.forEach(function (d) {
        var i = b.index(CCTime.parse(d[0]));
        if (i >= 0) { all[i] += measure(d); contested[i] += d[2]; }
      });
      if (view) {
        // Summed by day first: there may be 100,000 rows and far fewer days.
        var perDay = {};
        state.view.forEach(function (r) {
          if (r[0] !== null) { perDay[r[0]] = (perDay[r[0]] || 0) + (o.measure === 'deaths' ? (r[1] || 0) : 1); }
        });
        Object.keys(perDay).forEach(function (d) {
          var i = b.index(Number(d) * CCTime.DAY);
          if (i >= 0) { view[i] += perDay[d]; }
        });
      }
      var deaths = o.measure === 'deaths';
      var yName = deaths ? 'Deaths (' + o.policy + ' policy)' : 'Events';
      var series = [{ label: b.unit.charAt(0).toUpperCase() + b.unit.slice(1) + ' from',
          value: function (u, v) { return v === null ? '–' : CCTime.iso(v * 1000); } },
        { label: deaths ? 'Deaths, all matching events' : 'All matching events', fill: COLORS.all, stroke: COLORS.all,
          paths: uPlot.paths.bars({ size: [0.9, 60], align: 1 }), points: { show: false } }];
      var data = [b.list.map(function (x) { return x.start / 1000; }), all];
      if (!deaths) {
        series.push({ label: 'With contradicting claims', fill: COLORS.contested, stroke: COLORS.contested,
          paths: uPlot.paths.bars({ size: [0.9, 60], align: 1 }), points: { show: false } });
        data.push(contested);
      }
      if (view) {
        // Dots, only where the view has events: a line along zero would read as the axis.
        series.push({ label: "In the map's view", stroke: COLORS.view, width: 2, paths: function () { return null; },
          points: { show: true, size: 7, fill: COLORS.view } });
        data.push(view.map(function (v) { return v ? v : null; }));
      }
      var width = Math.max(300, plotBox.clientWidth || box.clientWidth - 20);
      plot = new uPlot({
        width: width, height: 170, tzDate: function (ts) { return uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'); },
        scales: { x: { time: true, range: function () { return [b.list[0].start / 1000, b.list[b.list.length - 1].end / 1000]; } },
          y: { range: function (u, min, max) { return [0, Math.max(1, max) * 1.1]; } } },
        axes: [CCTime.axis(b.unit), { label: yName, size: 60, values: function (u, vals) {
          return vals.map(function (v) { return Number.isInteger(v) ? String(v) : ''; }); } }],
        cursor: { drag: { x: true, y: false, setScale: false }, points: { show: false } },
        legend: { live: true },
        series: series,
        hooks: {
          setSelect: [function (u) {
            if (u.select.width < 4) { return; }
            var from = u.posToVal(u.select.left, 'x') * 1000, to = u.posToVal(u.select.left + u.select.width, 'x') * 1000;
            u.setSelect({ left: 0, width: 0, top: 0, height: 0 }, false);
            var i = Math.max(0, b.index(Math.floor(from / CCTime.DAY) * CCTime.DAY));
            var j = b.index(Math.floor(to / CCTime.DAY) * CCTime.DAY);
            options.onRange(b.list[i].from, b.list[j < 0 ? b.list.length - 1 : j].to);
          }],
          draw: [function (u) {
            if (!state.mark) { return; }
            var i = b.index(CCTime.parse(state.mark));
            if (i < 0) { return; }
            var x0 = u.valToPos(b.list[i].start / 1000, 'x', true), x1 = u.valToPos(b.list[i].end / 1000, 'x', true);
            var ctx = u.ctx;
            ctx.save();
            ctx.strokeStyle = COLORS.view; ctx.lineWidth = 2; ctx.setLineDash([4, 3]);
            ctx.strokeRect(x0, u.bbox.top, Math.max(2, x1 - x0), u.bbox.height);
            ctx.restore();
          }]
        }
      }, data, plotBox);
      var down = null;
      plot.over.addEventListener('mousedown', function (ev) { down = ev.clientX; });
      plot.over.addEventListener('mouseup', function (ev) {
        if (down !== null && Math.abs(ev.clientX - down) < 4 && plot.cursor.idx !== null && plot.cursor.idx !== undefined) {
          var x = b.list[plot.cursor.idx];
          options.onRange(x.from, x.to);
        }
        down = null;
      });
      plot.root.querySelector('.u-over').setAttribute('aria-hidden', 'true');
      box.setAttribute('data-bins', String(b.list.length));
      box.setAttribute('data-y', yName);
      box.setAttribute('data-in-view', view ? String(view.reduce(function (x, y) { return x + y; }, 0)) : '');
      box.setAttribute('data-unit', b.unit);
      table(b, all, contested, view, deaths, yName);
    }

    /** The same figures as a table, the non-empty bins only; a bin's dates are a button that picks them. */
    function table(b, all, contested, view, deaths, yName) {
      var head = [el('th', { scope: 'col', text: 'Dates' }), el('th', { scope: 'col', 'class': 'num', text: yName })];
      if (!deaths) { head.push(el('th', { scope: 'col', 'class': 'num', text: 'With contradicting claims' })); }
      if (view) { head.push(el('th', { scope: 'col', 'class': 'num', text: "In the map's view" })); }
      var body = el('tbody');
      b.list.forEach(function (x, i) {
        if (!all[i] && !(view && view[i])) { return; }
        var pick = el('button', { type: 'button', 'class': 'linklike', 'data-from': x.from, 'data-to': x.to,
          text: x.from === x.to ? x.from : x.from + ' to ' + x.to });
        pick.addEventListener('click', function () { options.onRange(x.from, x.to); });
        var cells = [el('td', {}, [pick]), el('td', { 'class': 'num', text: all[i] })];
        if (!deaths) { cells.push(el('td', { 'class': 'num', text: contested[i] })); }
        if (view) { cells.push(el('td', { 'class': 'num', text: view[i] })); }
        body.appendChild(el('tr', {}, cells));
      });
      tableBox.appendChild(el('table', { 'class': 'compact' }, [el('thead', {}, [el('tr', {}, head)]), body]));
    }

    var resizeTimer = null;
    window.addEventListener('resize', function () {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(function () { if (plot) { build(); } }, 200);
    });

    return {
      set: function (days, opts) { state.days = days; state.opts = opts; build(); },
      inView: function (rows) { state.view = rows; if (state.days) { build(); } },
      highlight: function (date) { state.mark = date; if (plot) { plot.redraw(false); } }
    };
  }

  return { create: create };
})();
