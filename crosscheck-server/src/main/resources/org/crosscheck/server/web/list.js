/* The events list of the incidents page: titles written from the claims, place, dates, actors, reports and
   claimants, deaths under the chosen policy with the range of the claimants' figures; sortable by its column
   headers, a page size to choose, and export links for the same filters. map.js calls CCList.load on every
   change of the URL; the list reads its own parameters (sort, limit, offset) and the page's policy from it. */
'use strict';
var CCList = (function () {
  var el = CC.el;
  var FILTERS = ['from', 'to', 'country', 'admin1', 'actor', 'claimant', 'type', 'contested'];
  var EXPORT_FILTERS = ['from', 'to', 'country', 'admin1', 'actor', 'claimant', 'contested'];
  var SIZES = ['25', '50', '100', '200'];
  var SORTABLE = { date: 'Date', fatalities: 'Deaths', reports: 'Reports' };
  var hooks = { navigate: null, hover: null };

  function params() { return new URLSearchParams(location.search); }
  function size(p) { var s = p.get('limit'); return SIZES.indexOf(s) >= 0 ? parseInt(s, 10) : 50; }
  function policy(p) { return p.get('policy') === 'range' ? 'range' : 'acled'; }

  function go(change) {
    var p = params();
    change(p);
    if (hooks.navigate) { hooks.navigate(p); }
  }

  function deaths(e, pol) {
    var r = e.fatalities_range;
    var main = pol === 'acled' ? e.fatalities : (r ? r.best : null);
    var range = r && r.low !== null && r.low !== undefined
      ? (r.low === r.high ? String(r.low) : r.low + '–' + r.high) : null;
    return el('td', { 'class': 'num deaths' }, [
      el('span', { 'class': 'figure', text: main === null || main === undefined ? '–' : main }),
      range && range !== String(main) ? el('span', { 'class': 'range', text: 'claims: ' + range }) : null
    ]);
  }

  function dateCell(e) {
    var text = CC.readableRange(e);
    return el('td', { 'class': 'date' }, [el('time', { datetime: e.start_date || null, text: text })]);
  }

  function row(e, pol) {
    var actors = [e.actor1, e.actor2].filter(function (x) { return x; }).join(' · ');
    var tr = el('tr', { 'class': e.contested ? 'is-contested' : null, 'data-id': e.id }, [
      el('td', { 'class': 'title' }, [el('a', { href: '/events/' + e.id, text: e.title || ('Event ' + e.id) }),
        e.contested ? el('span', { 'class': 'tag', text: 'figures contradict' }) : null]),
      el('td', { text: CC.place(e) }),
      dateCell(e),
      el('td', { text: actors || '–' }),
      el('td', { 'class': 'num', text: e.report_count }),
      el('td', { 'class': 'num', title: e.claimants.join('; '), text: e.claimants.length }),
      deaths(e, pol)
    ]);
    tr.addEventListener('mouseenter', function () { if (hooks.hover) { hooks.hover(e); } });
    return tr;
  }

  function headers(p) {
    var sort = p.get('sort') || '-date';
    document.querySelectorAll('#events th[data-sort]').forEach(function (th) {
      var key = th.getAttribute('data-sort');
      var on = sort === key || sort === '-' + key;
      th.setAttribute('aria-sort', on ? (sort.charAt(0) === '-' ? 'descending' : 'ascending') : 'none');
      var b = th.querySelector('button');
      b.textContent = SORTABLE[key] + (on ? (sort.charAt(0) === '-' ? ' ▼' : ' ▲') : '');
    });
    document.getElementById('deaths-h-policy').textContent = policy(p) === 'acled' ? 'acled' : 'range';
  }

  function exports(p) {
    var q = new URLSearchParams();
    EXPORT_FILTERS.forEach(function (k) { var v = p.get(k); if (v) { q.set(k, v); } });
    q.set('policy', policy(p));
    document.querySelectorAll('#exports a[data-format]').forEach(function (a) {
      a.href = '/api/export/' + a.getAttribute('data-format') + '?' + q.toString();
    });
    var note = document.getElementById('export-note');
    note.textContent = p.get('type') ? 'The exports hold every event type; the type filter applies to the list only.' : '';
  }

  /** Loads the page of the list the URL asks for; resolves to the number of matching events. */
  function load(p) {
    var q = new URLSearchParams();
    FILTERS.forEach(function (k) { var v = p.get(k); if (v) { q.set(k, v); } });
    var limit = size(p);
    q.set('limit', limit);
    if (p.get('offset')) { q.set('offset', p.get('offset')); }
    if (p.get('sort')) { q.set('sort', p.get('sort')); }
    document.getElementById('page-size').value = String(limit);
    headers(p);
    exports(p);
    return CC.api('/api/events?' + q.toString()).then(function (res) {
      var body = CC.clear(document.querySelector('#events tbody'));
      var pol = policy(p);
      res.events.forEach(function (e) { body.appendChild(row(e, pol)); });
      var offset = res.offset, shown = res.events.length;
      document.getElementById('page').textContent = res.total ? (offset + 1) + '–' + (offset + shown) + ' of ' + res.total : 'no events';
      document.getElementById('prev').disabled = offset === 0;
      document.getElementById('next').disabled = offset + shown >= res.total;
      return res.total;
    });
  }

  function init(navigate, hover) {
    hooks.navigate = navigate;
    hooks.hover = hover;
    document.querySelectorAll('#events th[data-sort] button').forEach(function (b) {
      b.addEventListener('click', function () {
        var key = b.parentNode.getAttribute('data-sort');
        go(function (p) {
          var cur = p.get('sort') || '-date';
          p.set('sort', cur === '-' + key ? key : '-' + key);
          p.delete('offset');
        });
      });
    });
    document.getElementById('page-size').addEventListener('change', function () {
      var v = this.value;
      go(function (p) { p.set('limit', v); p.delete('offset'); });
    });
    document.getElementById('prev').addEventListener('click', function () {
      go(function (p) {
        var o = Math.max(0, (parseInt(p.get('offset'), 10) || 0) - size(p));
        if (o) { p.set('offset', o); } else { p.delete('offset'); }
      });
    });
    document.getElementById('next').addEventListener('click', function () {
      go(function (p) { p.set('offset', (parseInt(p.get('offset'), 10) || 0) + size(p)); });
    });
  }

  return { init: init, load: load };
})();
