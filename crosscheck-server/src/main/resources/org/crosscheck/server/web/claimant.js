/* A claimant's page: every claim it makes over time beside other claimants' figures for the same victims, and
   counts of how often those figures differ. Counts only: no score of truthfulness. */
'use strict';
(function () {
  var el = CC.el;
  var m = location.pathname.match(/^\/claimants\/(.+)$/);
  var name = m ? decodeURIComponent(m[1]) : '';

  function said(f) {
    return f.statement || (f.claimant + ' says ' + (f.low === null ? '“' + (f.count_text || 'some') + '”' : f.low));
  }

  function plural(n, one, many) { return n + ' ' + (n === 1 ? one : many); }

  function render(d) {
    document.title = 'Crosscheck: ' + d.name;
    document.getElementById('name').textContent = d.name;
    var t = d.track;
    var track = CC.clear(document.getElementById('track'));
    [plural(t.figures, 'casualty figure', 'casualty figures') + ' on ' + plural(t.events, 'event', 'events') +
       (t.other_claims ? ', and ' + plural(t.other_claims, 'other claim', 'other claims') : ''),
     plural(t.contradicted, 'figure', 'figures') + ' that another claimant’s figure or denial contradicts',
     plural(t.matched, 'figure', 'figures') + ' that other claimants give without contradiction',
     plural(t.alone, 'figure', 'figures') + ' that no other claimant gives a figure beside'
    ].forEach(function (s) { track.appendChild(el('li', { text: s })); });
    if (d.truncated) { track.appendChild(el('li', { 'class': 'hint', text: 'Only the first 500 events are counted.' })); }
    var body = CC.clear(document.querySelector('#claims tbody'));
    d.claims.forEach(function (r) {
      var others = r.others.length ? el('ul', {}, r.others.map(function (o) {
        return el('li', {}, [el('a', { href: '/claimants/' + encodeURIComponent(o.claimant), text: o.claimant }), ': ' + said(o)]);
      })) : el('span', { 'class': 'hint', text: 'no other claimant’s figure' });
      body.appendChild(el('tr', { 'class': r.contradicted ? 'is-contested' : null }, [
        el('td', { 'class': 'date' }, [el('time', { datetime: r.date, text: CC.readableRange({ start_date: r.date, time_precision: 'day' }) })]),
        el('td', {}, [el('a', { href: '/events/' + r.event_id, text: r.event_title }), el('div', { 'class': 'hint', text: r.place })]),
        el('td', {}, [said(r.claim), r.contradicted ? el('span', { 'class': 'tag', text: 'figures contradict' }) : null]),
        el('td', { 'class': 'others' }, [others])
      ]));
    });
  }

  if (!name) { CC.status('No claimant named in the address.', true); return; }
  CC.status('Loading…');
  CC.api('/api/claimants/' + encodeURIComponent(name)).then(function (d) {
    render(d);
    document.getElementById('claimant').hidden = false;
    CC.status('');
    document.body.setAttribute('data-loaded', 'true');
  }).catch(function (e) { CC.status(e.message, true); });
  CC.authBox(function () { });
})();
