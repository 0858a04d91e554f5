/* Crosscheck web UI: shared helpers. Report text, names and every other value from the API are untrusted:
   they are put into the page only as text nodes (textContent, createTextNode), never as markup. */
'use strict';
var CC = (function () {
  var TOKEN_KEY = 'crosscheck.token';

  function token() {
    try { return sessionStorage.getItem(TOKEN_KEY) || ''; } catch (e) { return ''; }
  }

  function setToken(t) {
    try { if (t) { sessionStorage.setItem(TOKEN_KEY, t); } else { sessionStorage.removeItem(TOKEN_KEY); } } catch (e) { /* private mode */ }
  }

  /** fetch JSON; the token goes in a header (never a cookie), so other sites cannot write on the user's behalf. */
  function api(path, options) {
    var opts = options || {};
    return request(path, opts, 'application/json').then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (j) {
        if (!r.ok) { throw failure(r, j); }
        return j;
      });
    });
  }

  /** fetch a binary answer (an ArrayBuffer); errors come as JSON, as from api(). */
  function bytes(path) {
    return request(path, {}, 'application/octet-stream, application/json').then(function (r) {
      if (r.ok) { return r.arrayBuffer(); }
      return r.json().catch(function () { return {}; }).then(function (j) { throw failure(r, j); });
    });
  }

  function request(path, opts, accept) {
    var headers = { 'Accept': accept };
    var t = token();
    if (t) { headers['Authorization'] = 'Bearer ' + t; }
    if (opts.body !== undefined) { headers['Content-Type'] = 'application/json'; }
    return fetch(path, {
      method: opts.method || 'GET',
      headers: headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      credentials: 'omit'
    });
  }

  function failure(r, j) {
    var err = new Error(j && j.error && j.error.message ? j.error.message : ('HTTP ' + r.status));
    err.status = r.status;
    return err;
  }

  /** An element with text content only; attrs are set as properties or attributes, never as HTML. */
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) { return; }
        if (k === 'text') { e.textContent = String(v); } else if (k === 'class') { e.className = v; } else { e.setAttribute(k, v === true ? '' : String(v)); }
      });
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) { return; }
      e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    });
    return e;
  }

  function clear(node) {
    while (node.firstChild) { node.removeChild(node.firstChild); }
    return node;
  }

  /** A link only to this site or to http(s); anything else (javascript:, data:) is shown as text. */
  function safeHref(url) {
    if (!url) { return null; }
    try {
      var u = new URL(url, location.origin);
      return (u.protocol === 'http:' || u.protocol === 'https:') ? u.href : null;
    } catch (e) { return null; }
  }

  function status(msg, isError) {
    var s = document.getElementById('status');
    if (!s) { return; }
    s.textContent = msg || '';
    s.className = 'status' + (isError ? ' error' : '');
  }

  function dateRange(e) {
    if (!e.start_date) { return 'date unknown'; }
    return e.end_date && e.end_date !== e.start_date ? e.start_date + ' to ' + e.end_date : e.start_date;
  }

  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  /** "3 Mar 2025" from "2025-03-03"; parts for ranges. */
  function dayParts(iso) {
    var m = /^(-?\d+)-(\d\d)-(\d\d)$/.exec(iso || '');
    return m ? { y: m[1].replace(/^0+(?=\d)/, ''), m: MONTHS[parseInt(m[2], 10) - 1], d: String(parseInt(m[3], 10)) } : null;
  }

  /**
   * An event's dates as words that claim no more than is shown: the day (or days) for minute, hour and day
   * precision (the list never shows a time), the week, month or year when that is all that is known, and the
   * publication date marked as such.
   */
  function readableRange(e) {
    var a = dayParts(e.start_date), b = dayParts(e.end_date);
    if (!a) { return 'date unknown'; }
    var p = e.time_precision;
    if (p === 'year') { return a.y; }
    if (p === 'month') { return a.m + ' ' + a.y; }
    var one = a.d + ' ' + a.m + ' ' + a.y;
    var text;
    if (!b || e.end_date === e.start_date) { text = one; }
    else if (a.y === b.y && a.m === b.m) { text = a.d + '–' + b.d + ' ' + b.m + ' ' + b.y; }
    else if (a.y === b.y) { text = a.d + ' ' + a.m + ' – ' + b.d + ' ' + b.m + ' ' + b.y; }
    else { text = one + ' – ' + b.d + ' ' + b.m + ' ' + b.y; }
    if (p === 'week') { return 'week of ' + text; }
    if (p === 'published') { return text + ' (publication date)'; }
    return text;
  }

  function place(e) {
    return [e.location, e.admin1, e.country].filter(function (x) { return x; }).join(', ') || 'place unknown';
  }

  /** The token box in the header: enter, check (GET /api/me) and forget a token. */
  function authBox(onChange) {
    var box = document.getElementById('auth');
    if (!box) { return; }
    function render(me) {
      clear(box);
      if (me && me.authenticated) {
        box.appendChild(el('span', { 'class': 'who', text: 'Token: ' + me.name + ' (' + me.role + ')' }));
        var out = el('button', { type: 'button', text: 'Forget token' });
        out.addEventListener('click', function () { setToken(''); render(null); if (onChange) { onChange(null); } });
        box.appendChild(out);
      } else {
        var form = el('form', { 'class': 'token-form', 'aria-label': 'API token' });
        var input = el('input', { type: 'password', name: 'token', placeholder: 'API token', autocomplete: 'off', 'aria-label': 'API token', maxlength: '200' });
        form.appendChild(input);
        form.appendChild(el('button', { type: 'submit', text: 'Use token' }));
        form.addEventListener('submit', function (ev) {
          ev.preventDefault();
          setToken(input.value.trim());
          check();
        });
        box.appendChild(form);
        if (me && me.error) { box.appendChild(el('span', { 'class': 'error', role: 'alert', text: me.error })); }
      }
    }
    function check() {
      if (!token()) { render(null); if (onChange) { onChange(null); } return; }
      api('/api/me').then(function (me) {
        if (!me.authenticated) { setToken(''); render({ error: 'unknown token' }); if (onChange) { onChange(null); } return; }
        render(me);
        if (onChange) { onChange(me); }
      }).catch(function (e) { setToken(''); render({ error: e.message }); if (onChange) { onChange(null); } });
    }
    check();
  }

  return { api: api, bytes: bytes, el: el, clear: clear, safeHref: safeHref, status: status, dateRange: dateRange, readableRange: readableRange, place: place,
           authBox: authBox, token: token };
})();
