/* Search over events, claims, reports, actors and places: how many match in all, and each hit with the date,
   place and title of its event. Snippets are text with matched words in <mark> elements made by the DOM. */
'use strict';
(function () {
  var el = CC.el;
  var KINDS = { event: 'Event', claim: 'Claim', report: 'Report', actor: 'Actor or claimant', place: 'Place' };
  var p = new URLSearchParams(location.search);
  document.getElementById('q').value = p.get('q') || '';
  document.getElementById('kind').value = p.get('kind') || '';

  function snippet(text, marks) {
    var out = el('p', { 'class': 'snippet' });
    var at = 0;
    marks.forEach(function (m) {
      if (m[0] < at) { return; }
      out.appendChild(document.createTextNode(text.slice(at, m[0])));
      out.appendChild(el('mark', { text: text.slice(m[0], m[1]) }));
      at = m[1];
    });
    out.appendChild(document.createTextNode(text.slice(at)));
    return out;
  }

  function link(h) {
    if (h.kind === 'actor') { return '/claimants/' + encodeURIComponent(h.name); }
    if (h.kind === 'place') { return '/search?kind=event&q=' + encodeURIComponent('"' + h.id.split(',')[0] + '"'); }
    return h.event_id ? '/events/' + h.event_id : null;
  }

  function where(h) {
    if (!h.event_id) { return null; }
    var parts = [h.date ? CC.readableRange({ start_date: h.date, time_precision: 'day' }) : null, h.place,
      h.kind !== 'event' && h.event_title ? 'event: ' + h.event_title : null];
    return el('div', { 'class': 'hint' }, [parts.filter(function (x) { return x; }).join(' · ')]);
  }

  var q = (p.get('q') || '').trim();
  if (q) {
    var query = new URLSearchParams({ q: q, limit: '100' });
    if (p.get('kind')) { query.set('kind', p.get('kind')); }
    CC.status('Searching…');
    CC.api('/api/search?' + query.toString()).then(function (res) {
      var list = CC.clear(document.getElementById('hits'));
      res.hits.forEach(function (h) {
        var href = link(h);
        list.appendChild(el('li', { 'class': 'hit', 'data-kind': h.kind }, [
          el('div', { 'class': 'kind', text: KINDS[h.kind] || h.kind }),
          href ? el('a', { href: href, text: h.title }) : el('span', { text: h.title }),
          where(h),
          snippet(h.snippet, h.marks)
        ]));
      });
      CC.status(!res.total ? 'Nothing found.' : res.total + (res.total === 1 ? ' match' : ' matches') +
        (res.hits.length < res.total ? '; the best ' + res.hits.length + ' are shown.' : '.'));
      document.body.setAttribute('data-loaded', 'true');
    }).catch(function (e) { CC.status(e.message, true); });
  } else {
    document.body.setAttribute('data-loaded', 'true');
  }
  CC.authBox(function () { });
})();
