/* Adding a report (POST /api/reports, editor token): the file's text or pasted text with optional header
   fields; the answer shows what was stored, the claims extracted and links to the events the report touched. */
'use strict';
(function () {
  var el = CC.el;
  var form = document.getElementById('upload');
  var STATUS = { stored: 'Stored as a new report.', new_version: 'Stored as a new version of a report already held.',
    duplicate: 'Stored; it is a copy of a report already held.', unchanged: 'This text is already in the ledger; nothing changed.' };

  function readFile() {
    var f = document.getElementById('file').files[0];
    if (!f) { return Promise.resolve(document.getElementById('text').value); }
    return f.text();
  }

  function count(c) {
    if (!c) { return ''; }
    if (c.low === null || c.low === undefined) { return c.text ? '“' + c.text + '”' : 'some'; }
    if (c.high === null || c.high === undefined) { return 'at least ' + c.low; }
    return c.low === c.high ? String(c.low) : c.low + ' to ' + c.high;
  }

  function actorName(actors, id) {
    var a = (actors || []).filter(function (x) { return x.id === id; })[0];
    return a ? a.name : id;
  }

  function show(res) {
    document.getElementById('result').hidden = false;
    document.getElementById('result-summary').textContent = (STATUS[res.status] || res.status) + ' Report ' + res.report_id +
      (res.duplicate_of ? ', a copy of report ' + res.duplicate_of : '') + '.';
    var evs = CC.clear(document.getElementById('result-events'));
    (res.events || []).forEach(function (id) { evs.appendChild(el('li', {}, [el('a', { href: '/events/' + id, text: 'Event ' + id })])); });
    if (!(res.events || []).length) { evs.appendChild(el('li', { 'class': 'hint', text: 'none' })); }
    var cl = CC.clear(document.getElementById('result-claims'));
    (res.claims || []).forEach(function (c) {
      var who = actorName(res.actors, c.claimant) + (c.via ? ' (via ' + actorName(res.actors, c.via) + ')' : '');
      var k = c.casualties;
      var what = k
        ? (c.stance === 'denies' ? 'denies that ' : 'claims ') + count(k.count) + ' ' + (k.victims ? actorName(res.actors, k.victims) : 'people') + ' ' + (k.outcome || 'harmed')
        : (c.stance === 'denies' ? 'denies ' : 'claims ') + '(' + c.kind + ')' + (c.object ? ': ' + c.object : '');
      cl.appendChild(el('li', { text: who + ' ' + what }));
    });
    if (!(res.claims || []).length) { cl.appendChild(el('li', { 'class': 'hint', text: 'no claims found' })); }
  }

  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    readFile().then(function (text) {
      if (!text || !text.trim()) { CC.status('Choose a file or paste the report\u2019s text.', true); return null; }
      var body = { text: text };
      ['title', 'outlet', 'url', 'published'].forEach(function (k) { var v = document.getElementById(k).value.trim(); if (v) { body[k] = v; } });
      var f = document.getElementById('file').files[0];
      if (f) { body.name = f.name; }
      CC.status('Extracting… (this can take a minute)');
      return CC.api('/api/reports', { method: 'POST', body: body }).then(function (res) {
        CC.status('');
        show(res);
        document.body.setAttribute('data-loaded', 'true');
      });
    }).catch(function (e) { CC.status('Not added: ' + e.message, true); });
  });

  CC.authBox(function (me) {
    var editor = !!(me && me.role === 'editor');
    form.hidden = !editor;
    document.getElementById('upload-need').hidden = editor;
  });
  document.body.setAttribute('data-loaded', 'true');
})();
