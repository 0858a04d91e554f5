/* Search over reports and claims; snippets are text with matched words in <mark> elements made by the DOM. */
'use strict';
(function () {
  var el = CC.el;
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

  var q = (p.get('q') || '').trim();
  if (q) {
    var query = new URLSearchParams({ q: q });
    if (p.get('kind')) { query.set('kind', p.get('kind')); }
    CC.status('Searching…');
    CC.api('/api/search?' + query.toString()).then(function (res) {
      var list = CC.clear(document.getElementById('hits'));
      res.hits.forEach(function (h) {
        var href = h.event_id ? '/events/' + h.event_id : null;
        list.appendChild(el('li', { 'class': 'hit' }, [
          el('div', { 'class': 'kind', text: h.kind === 'claim' ? 'Claim' : 'Report' }),
          href ? el('a', { href: href, text: h.title }) : el('span', { text: h.title }),
          snippet(h.snippet, h.marks)
        ]));
      });
      CC.status(res.hits.length ? res.hits.length + ' found.' : 'Nothing found.');
      document.body.setAttribute('data-loaded', 'true');
    }).catch(function (e) { CC.status(e.message, true); });
  }
  CC.authBox(function () { });
})();
