/* The event page: each claimant's figures side by side, the estimate under each policy, the contradiction in
   words, the source reports with the evidence highlighted (built from text nodes and <mark> elements), the
   history, and corrections with an editor token. */
'use strict';
(function () {
  var el = CC.el;
  var EVENT_FIELDS = ['event_type', 'sub_event_type', 'start_date', 'end_date', 'country', 'admin1', 'admin2',
    'location', 'latitude', 'longitude', 'geo_precision', 'actor1', 'actor2'];
  var CLAIM_FIELDS = ['claimant', 'via', 'stance', 'outcome', 'victims', 'low_count', 'high_count', 'vague', 'count_text'];
  var match = location.pathname.match(/^\/events\/(\d+)$/);
  var id = match ? match[1] : null;
  var editor = false;
  var current = null;

  function anchor(claimId) { return 'ev-' + String(claimId).replace(/[^A-Za-z0-9_-]/g, '-'); }

  function figureText(f) {
    if (f.stance === 'denies') { return 'denies'; }
    if (f.kind && f.kind !== 'casualties') { return f.kind; }
    if (f.vague || f.low === null) { return '“' + (f.count_text || 'some') + '”'; }
    if (f.high === null) { return 'at least ' + f.low; }
    if (f.high === f.low) { return String(f.low); }
    return f.low + '–' + f.high;
  }

  function card(f) {
    return el('li', { 'class': 'card ' + (f.party ? 'party' : 'independent') + (f.stance === 'denies' ? ' denies' : '') }, [
      el('div', { 'class': 'claimant' }, [el('a', { href: '/claimants/' + encodeURIComponent(f.claimant), text: f.claimant })]),
      f.via ? el('div', { 'class': 'via', text: 'via ' + f.via }) : null,
      el('div', { 'class': 'role', text: f.party ? (f.own_side ? 'party (speaks for the victims’ side)' : 'party to the event') : 'independent' }),
      el('div', { 'class': 'figure', text: figureText(f) }),
      el('div', { 'class': 'statement', text: f.statement }),
      f.evidence ? el('blockquote', { 'class': 'evidence', text: f.evidence }) : null,
      el('a', { href: '#' + anchor(f.claim_id), 'class': 'to-evidence', text: 'Show in ' + (f.report_name || 'report') })
    ]);
  }

  function renderGroups(d) {
    var box = CC.clear(document.getElementById('groups'));
    if (!d.groups.length) { box.appendChild(el('p', { 'class': 'hint', text: 'No casualty figures were claimed.' })); }
    d.groups.forEach(function (g) {
      var sorted = g.figures.slice().sort(function (a, b) { return (a.party === b.party) ? 0 : a.party ? -1 : 1; });
      box.appendChild(el('section', { 'class': 'group' + (g.contested ? ' is-contested' : '') }, [
        el('h3', { text: (g.victims || 'People') + ' ' + (g.outcome || 'harmed') + (g.contested ? ' — figures contradict' : '') }),
        el('ul', { 'class': 'cards' }, sorted.map(card))
      ]));
    });
    var others = CC.clear(document.getElementById('others'));
    if (d.other_claims.length) {
      others.appendChild(el('h3', { text: 'Other claims' }));
      others.appendChild(el('ul', { 'class': 'cards' }, d.other_claims.map(card)));
    }
  }

  function est(e) {
    if (!e || e.best === null || e.best === undefined) { return 'none given'; }
    return e.low === e.high ? String(e.best) : e.low + ' / ' + e.best + ' / ' + e.high;
  }

  function renderEstimates(d) {
    var t = CC.clear(document.getElementById('estimates'));
    t.appendChild(el('thead', {}, [el('tr', {}, [el('th', { scope: 'col', text: 'Victims' }), el('th', { scope: 'col', text: 'acled (conservative)' }), el('th', { scope: 'col', text: 'range (low / best / high)' })])]));
    var body = el('tbody');
    d.groups.forEach(function (g) {
      body.appendChild(el('tr', {}, [el('th', { scope: 'row', text: (g.victims || 'People') + ' ' + g.outcome }),
        el('td', { text: est(g.estimates.acled) }), el('td', { text: est(g.estimates.range) })]));
    });
    body.appendChild(el('tr', { 'class': 'total' }, [el('th', { scope: 'row', text: 'Deaths, all sides' }),
      el('td', { text: est(d.estimates.acled) }), el('td', { text: est(d.estimates.range) })]));
    t.appendChild(body);
  }

  /** The report body as text nodes, with each evidence span of this event's claims in a <mark>. */
  function highlighted(body, spans, claimIds) {
    var wanted = spans.filter(function (s) { return s.kind === 'claim' && claimIds[s.ref]; });
    var cuts = [0, body.length];
    wanted.forEach(function (s) { cuts.push(s.start, s.end); });
    cuts = cuts.filter(function (v, i, a) { return a.indexOf(v) === i; }).sort(function (a, b) { return a - b; });
    var out = el('div', { 'class': 'report-body' });
    var anchored = {};
    for (var i = 0; i + 1 < cuts.length; i++) {
      var a = cuts[i], b = cuts[i + 1];
      var text = body.slice(a, b);
      var covering = wanted.filter(function (s) { return s.start <= a && b <= s.end; });
      if (!covering.length) { out.appendChild(document.createTextNode(text)); continue; }
      var m = el('mark', { 'data-claims': covering.map(function (s) { return s.ref; }).join(' '), title: covering.map(function (s) { return claimIds[s.ref]; }).join('; ') });
      m.textContent = text;
      covering.forEach(function (s) {
        if (!anchored[s.ref]) { anchored[s.ref] = true; m.id = anchor(s.ref); m.tabIndex = -1; }
      });
      out.appendChild(m);
    }
    return out;
  }

  function renderReports(d) {
    var box = CC.clear(document.getElementById('reports'));
    var claimIds = {};
    d.groups.forEach(function (g) { g.figures.forEach(function (f) { claimIds[f.claim_id] = f.claimant + ': ' + figureText(f); }); });
    d.other_claims.forEach(function (f) { claimIds[f.claim_id] = f.claimant; });
    return Promise.all(d.reports.map(function (r) { return CC.api('/api/reports/' + r.id); })).then(function (reps) {
      reps.forEach(function (rep) {
        var meta = rep.report;
        var href = CC.safeHref(meta.url);
        box.appendChild(el('article', { 'class': 'report' }, [
          el('h3', { text: meta.title || meta.name }),
          el('p', { 'class': 'meta' }, [
            [meta.outlet, meta.published, meta.name].filter(function (x) { return x; }).join(' · '),
            href ? ' · ' : null,
            href ? el('a', { href: href, rel: 'noopener noreferrer nofollow', target: '_blank', text: meta.url }) : null,
            rep.duplicate_of ? ' · a copy of report ' + rep.duplicate_of : null,
            meta.current ? null : ' · an older version'
          ]),
          highlighted(rep.body, rep.spans, claimIds),
          context(rep.context)
        ]));
      });
    });
  }

  /** A report's background figures (a war's toll, a year's total): shown as its context, counted for no event. */
  function context(lines) {
    if (!lines || !lines.length) { return null; }
    return el('div', { 'class': 'report-context' }, [
      el('h4', { text: 'Context the report gives (counted for no event)' }),
      el('ul', {}, lines.map(function (t) { return el('li', { text: t }); }))
    ]);
  }

  function renderHistory(d) {
    var h = CC.clear(document.getElementById('history'));
    d.history.forEach(function (x) {
      h.appendChild(el('li', {}, [
        el('span', { 'class': 'when', text: x.at.replace('T', ' ').replace(/\.\d+Z$/, 'Z') }), ' ',
        el('span', { 'class': 'who', text: x.who }), ': ',
        el('span', { 'class': 'what', text: x.what }),
        x.why ? el('span', { 'class': 'why', text: ' — ' + x.why }) : null
      ]));
    });
    var dl = CC.clear(document.getElementById('decisions'));
    d.decisions.forEach(function (x) {
      dl.appendChild(el('li', { text: (x.report_name || 'analyst') + ': ' + x.decision + (x.score !== null ? ' (score ' + x.score + ')' : '') + ' — ' + x.reasons }));
    });
  }

  function renderEditForm(d) {
    var target = CC.clear(document.getElementById('edit-target'));
    target.appendChild(el('option', { value: '', text: 'this event' }));
    d.groups.forEach(function (g) { g.figures.forEach(function (f) { target.appendChild(el('option', { value: f.claim_id, text: 'claim: ' + f.statement })); }); });
    d.other_claims.forEach(function (f) { target.appendChild(el('option', { value: f.claim_id, text: 'claim: ' + f.statement })); });
    fields();
    document.getElementById('edit').hidden = !editor;
    document.getElementById('edit-need').hidden = editor;
  }

  function fields() {
    var isClaim = !!document.getElementById('edit-target').value;
    var f = CC.clear(document.getElementById('edit-field'));
    (isClaim ? CLAIM_FIELDS : EVENT_FIELDS).forEach(function (n) { f.appendChild(el('option', { value: n, text: n.replace(/_/g, ' ') })); });
    prefill();
  }

  function prefill() {
    if (!current) { return; }
    var claim = document.getElementById('edit-target').value;
    var field = document.getElementById('edit-field').value;
    var v = '';
    if (!claim) { v = current.event[field]; } else {
      var all = [];
      current.groups.forEach(function (g) { all = all.concat(g.figures); });
      all = all.concat(current.other_claims);
      var f = all.filter(function (x) { return x.claim_id === claim; })[0] || {};
      var key = { low_count: 'low', high_count: 'high' }[field] || field;
      v = f[key];
    }
    document.getElementById('edit-value').value = v === null || v === undefined ? '' : String(v);
  }

  document.getElementById('edit-target').addEventListener('change', fields);
  document.getElementById('edit-field').addEventListener('change', prefill);
  document.getElementById('edit').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var claim = document.getElementById('edit-target').value;
    var body = { field: document.getElementById('edit-field').value, value: document.getElementById('edit-value').value,
      why: document.getElementById('edit-why').value };
    var st = document.getElementById('edit-status');
    st.textContent = 'Saving…';
    var path = '/api/events/' + id + (claim ? '/claim-edits' : '/edits');
    if (claim) { body.claim = claim; }
    CC.api(path, { method: 'POST', body: body }).then(function () {
      st.textContent = 'Saved; the history below shows it.';
      document.getElementById('edit-why').value = '';
      return load();
    }).catch(function (e) { st.textContent = 'Not saved: ' + e.message; st.className = 'error'; });
  });

  function load() {
    if (!id) { CC.status('No event id in the address.', true); return Promise.resolve(); }
    return CC.api('/api/events/' + id).then(function (d) {
      current = d;
      var e = d.event;
      document.title = 'Crosscheck: ' + (e.title || e.event_type);
      document.getElementById('title').textContent = e.title || (e.event_type + ' — ' + CC.place(e));
      document.getElementById('meta').textContent = CC.readableRange(e) + ' · ' + CC.place(e) + ' · ' +
        [e.event_type, e.sub_event_type].filter(function (x) { return x; }).join(': ') +
        ' · actors: ' + ([e.actor1, e.actor2].filter(function (x) { return x; }).join(', ') || 'none named') + ' · ' + e.report_count + ' report(s), ' + e.claim_count + ' claim(s)' +
        (e.parent_id ? ' · part of event ' + e.parent_id : '');
      CCEventTools.render(d, id, editor, load);
      CCEventAnalyst.render(d, id, editor, load);
      var c = document.getElementById('contested');
      c.hidden = !d.contested;
      c.textContent = d.contested ? 'Contested: claimants give figures or statements that cannot all be true.' : '';
      renderGroups(d);
      var ex = CC.clear(document.getElementById('explanation'));
      (d.explanation.length ? d.explanation : ['No contradiction between the claims.']).forEach(function (s) { ex.appendChild(el('li', { text: s })); });
      renderEstimates(d);
      renderHistory(d);
      renderEditForm(d);
      document.getElementById('event').hidden = false;
      CC.status('');
      return renderReports(d);
    }).then(function () {
      document.body.setAttribute('data-loaded', 'true');
      if (location.hash) { var t = document.getElementById(location.hash.slice(1)); if (t) { t.scrollIntoView(); } }
    }).catch(function (err) { CC.status(err.message, true); });
  }

  CC.authBox(function (me) {
    editor = !!(me && me.role === 'editor');
    document.getElementById('edit').hidden = !editor;
    document.getElementById('edit-need').hidden = editor;
    if (current) { CCEventTools.render(current, id, editor, load); CCEventAnalyst.render(current, id, editor, load); }
  });
  load();
})();
