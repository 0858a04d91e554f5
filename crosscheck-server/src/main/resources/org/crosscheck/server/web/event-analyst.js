/* The event page's analyst's figures and detached claims: each listed apart from the reported claims, and, with an
   editor token, the forms that set or withdraw a figure and detach a claim or return it. event.js calls
   CCEventAnalyst.render after each load of the event. */
'use strict';
var CCEventAnalyst = (function () {
  var el = CC.el;
  var OUTCOMES = ['killed', 'wounded', 'captured', 'executed', 'missing', 'arrested', 'harmed'];
  var bound = false;
  var state = { id: null, reload: null };

  /** A small form with its own reason, for one listed item: withdraw a figure, return a claim. */
  function undoForm(label, button, path, fields, done) {
    var why = el('input', { maxlength: '4000', required: true, autocomplete: 'off' });
    var st = el('span', { role: 'status', 'aria-live': 'polite' });
    var form = el('form', { 'class': 'undo' }, [el('label', {}, [label + ' ', why]), ' ', el('button', { type: 'submit', text: button }), ' ', st]);
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var body = { why: why.value };
      Object.keys(fields).forEach(function (k) { body[k] = fields[k]; });
      CCEventTools.post(path, body, st, state.reload, done);
    });
    return form;
  }

  function figureCard(f, editor) {
    return el('li', { 'class': 'card analyst' + (f.active ? '' : ' withdrawn') }, [
      el('div', { 'class': 'claimant', text: 'Analyst (editor ' + f.who + ')' }),
      el('div', { 'class': 'role', text: f.active ? 'the analyst’s own figure, not reported' : 'withdrawn by ' + f.withdrawn_by + ': ' + f.withdrawn_why }),
      el('div', { 'class': 'figure', text: String(f.figure) }),
      el('div', { 'class': 'statement', text: f.statement }),
      editor && f.active ? undoForm('Why withdraw it', 'Withdraw', '/api/events/' + state.id + '/analyst-figures/' + f.id + '/withdraw', {},
        function () { return 'Withdrawn; the history below shows it.'; }) : null
    ]);
  }

  function detachedItem(c, editor) {
    var here = String(c.event) === String(state.id);
    var where = c.event === null ? 'now its report’s context (counted for no event)'
      : here ? 'detached onto this event from event ' + c.home_event : 'now on event ' + c.event;
    return el('li', {}, [
      el('span', { 'class': 'statement', text: c.statement }), ' — ', el('span', { text: where }),
      c.event !== null && !here ? el('span', {}, [' (', el('a', { href: '/events/' + c.event, text: 'event ' + c.event }), ')']) : null,
      editor && c.home_event !== null ? undoForm('Why return it to event ' + c.home_event, 'Return',
        '/api/events/' + state.id + '/reattach', { claim: c.claim_id }, function () { return 'Returned to event ' + c.home_event + '.'; }) : null
    ]);
  }

  function claimsOf(d) {
    var all = [];
    d.groups.forEach(function (g) { all = all.concat(g.figures); });
    return all.concat(d.other_claims);
  }

  function render(d, id, editor, reload) {
    state.id = id;
    state.reload = reload;
    var list = CC.clear(document.getElementById('analyst-figures'));
    var figures = d.analyst_figures || [];
    figures.slice().sort(function (a, b) { return (a.active === b.active) ? 0 : a.active ? -1 : 1; })
      .forEach(function (f) { list.appendChild(figureCard(f, editor)); });
    document.getElementById('analyst-none').hidden = figures.length > 0;
    var active = figures.filter(function (f) { return f.active; });
    var est = document.getElementById('analyst-estimate');
    est.hidden = !active.length;
    est.textContent = active.length ? 'analyst (an analyst’s own figure where one is set, else acled): deaths, all sides ' +
      (d.analyst_estimate && d.analyst_estimate.best !== null ? d.analyst_estimate.best : 'none given') + '.' : '';
    document.getElementById('analyst-tools').hidden = !editor;

    var det = CC.clear(document.getElementById('detached'));
    (d.detached || []).forEach(function (c) { det.appendChild(detachedItem(c, editor)); });
    document.getElementById('detached-none').hidden = (d.detached || []).length > 0;
    document.getElementById('detach-tools').hidden = !editor;
    var pick = CC.clear(document.getElementById('detach-claim'));
    claimsOf(d).forEach(function (f) { pick.appendChild(el('option', { value: f.claim_id, text: f.statement })); });
    document.getElementById('detach-form').hidden = !editor || !pick.options.length;

    var outcome = document.getElementById('analyst-outcome');
    if (!outcome.options.length) { OUTCOMES.forEach(function (o) { outcome.appendChild(el('option', { value: o, text: o })); }); }
    var sides = CC.clear(document.getElementById('analyst-sides'));
    d.groups.forEach(function (g) { if (g.victims) { sides.appendChild(el('option', { value: g.victims })); } });
    if (bound) { return; }
    bound = true;
    document.getElementById('analyst-form').addEventListener('submit', function (ev) {
      ev.preventDefault();
      var victims = document.getElementById('analyst-victims').value.trim();
      var body = { outcome: outcome.value, figure: parseInt(document.getElementById('analyst-figure').value, 10),
        why: document.getElementById('analyst-why').value };
      if (victims) { body.victims = victims; }
      CCEventTools.post('/api/events/' + state.id + '/analyst-figures', body, document.getElementById('analyst-status'), state.reload,
        function () { document.getElementById('analyst-why').value = ''; return 'Set; it is listed as the analyst’s figure and in the history.'; });
    });
    document.getElementById('detach-form').addEventListener('submit', function (ev) {
      ev.preventDefault();
      var body = { claim: document.getElementById('detach-claim').value, to: document.getElementById('detach-to').value,
        why: document.getElementById('detach-why').value };
      CCEventTools.post('/api/events/' + state.id + '/detach', body, document.getElementById('detach-status'), state.reload, function (res) {
        document.getElementById('detach-why').value = '';
        return res.event ? 'The claim is now event ' + res.event + '.' : 'The claim is now its report’s context.';
      });
    });
  }
  return { render: render };
})();
