/* The charts page: deaths over time by claimant and by the victims' side (GET /api/charts/deaths) for the
   incidents page's filters, under the policy named on each chart; each chart has a table of the same figures. */
'use strict';
(function () {
  var el = CC.el;
  var FILTERS = ['from', 'to', 'country', 'admin1', 'actor', 'claimant', 'type', 'contested'];
  var PALETTE = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#000000', '#8c6d1f', '#999999'];
  var plots = [];

  function params() { return new URLSearchParams(location.search); }

  function filterText(p) {
    var parts = FILTERS.filter(function (k) { return p.get(k); }).map(function (k) { return k + ' ' + p.get(k); });
    return parts.length ? 'Events with ' + parts.join(', ') + '.' : 'All events.';
  }

  function chart(section, series, res, what) {
    var note = section.querySelector('.policy-note');
    note.textContent = what + ' under the ' + res.policy + ' policy (' + res.policy_description + '), per '
      + 'event, summed over the events that start in each period. ' + res.events + ' dated events'
      + (res.undated ? ', ' + res.undated + ' without a date left out' : '')
      + (res.truncated ? '; only the newest events are counted (narrow the filters to see all)' : '') + '.';
    var box = CC.clear(section.querySelector('.plot'));
    Array.prototype.slice.call(section.querySelectorAll('details')).forEach(function (n) { n.remove(); });
    if (!series.length) { box.appendChild(el('p', { 'class': 'hint', text: 'No death figures for these events.' })); return; }
    var days = [];
    series.forEach(function (s) { s.days.forEach(function (d) { days.push(CCTime.parse(d[0])); }); });
    var first = Math.min.apply(null, days), last = Math.max.apply(null, days);
    var b = CCTime.bins(first, last, CCTime.unitFor(first, last));
    var data = [b.list.map(function (x) { return x.start / 1000; })];
    var defs = [{ label: b.unit.charAt(0).toUpperCase() + b.unit.slice(1) + ' from',
      value: function (u, v) { return v === null ? '–' : CCTime.iso(v * 1000); } }];
    series.forEach(function (s, i) {
      var ys = b.list.map(function () { return 0; });
      s.days.forEach(function (d) { var k = b.index(CCTime.parse(d[0])); if (k >= 0) { ys[k] += d[1]; } });
      data.push(ys);
      var color = s.other ? '#999999' : PALETTE[i % PALETTE.length];
      defs.push({ label: s.name, stroke: color, width: 2, points: { show: true, size: 6, fill: color },
        dash: s.other ? [5, 4] : undefined });
    });
    var single = b.list.length === 1;
    var plot = new uPlot({
      width: Math.max(320, box.clientWidth || 700), height: 260,
      tzDate: function (ts) { return uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'); },
      scales: { x: { time: true, range: single ? function () { return [b.list[0].start / 1000 - 86400 * 15, b.list[0].end / 1000 + 86400 * 15]; } : undefined },
        y: { range: function (u, min, max) { return [0, Math.max(1, max) * 1.1]; } } },
      axes: [CCTime.axis(b.unit), { label: 'Deaths (' + res.policy + ' policy)', size: 60 }],
      series: defs
    }, data, box);
    plot.root.querySelector('.u-over').setAttribute('aria-hidden', 'true');
    plots.push(plot);
    var rows = series.map(function (s) {
      return el('tr', {}, [el('th', { scope: 'row', text: s.name }), el('td', { 'class': 'num', text: s.total }),
        el('td', { text: s.days.length ? s.days[0][0] + ' to ' + s.days[s.days.length - 1][0] : '' })]);
    });
    section.appendChild(el('details', { 'class': 'chart-table', open: true }, [
      el('summary', { text: 'The figures as a table' }),
      el('table', { 'class': 'compact' }, [
        el('caption', { 'class': 'visually-hidden', text: what + ', ' + res.policy + ' policy' }),
        el('thead', {}, [el('tr', {}, [el('th', { scope: 'col', text: 'Series' }),
          el('th', { scope: 'col', 'class': 'num', text: 'Deaths (' + res.policy + ' policy)' }),
          el('th', { scope: 'col', text: 'Dates of its events' })])]),
        el('tbody', {}, rows)])]));
  }

  function load() {
    var p = params();
    var policy = p.get('policy') === 'range' ? 'range' : 'acled';
    document.getElementById('policy').value = policy;
    document.getElementById('filters-text').textContent = filterText(p);
    var q = new URLSearchParams();
    FILTERS.forEach(function (k) { if (p.get(k)) { q.set(k, p.get(k)); } });
    document.getElementById('filters-link').setAttribute('href', '/' + (q.toString() ? '?' + q.toString() : ''));
    q.set('policy', policy);
    CC.status('Loading…');
    plots.forEach(function (x) { x.destroy(); });
    plots = [];
    CC.api('/api/charts/deaths?' + q.toString()).then(function (res) {
      chart(document.getElementById('by-claimant'), res.by_claimant, res,
        "Deaths each claimant's own figures give");
      chart(document.getElementById('by-side'), res.by_side, res, "Deaths on each victims' side, all claimants' figures");
      CC.status('');
      document.body.setAttribute('data-loaded', 'true');
    }).catch(function (err) { CC.status(err.message, true); });
  }

  document.getElementById('policy').addEventListener('change', function () {
    var p = params();
    if (this.value === 'acled') { p.delete('policy'); } else { p.set('policy', this.value); }
    history.replaceState(null, '', '/charts' + (p.toString() ? '?' + p.toString() : ''));
    load();
  });
  CC.authBox(function () { });
  load();
})();
