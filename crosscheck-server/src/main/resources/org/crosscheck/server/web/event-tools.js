/* The event page's small map (Leaflet on the vendored Natural Earth outlines) and the analyst's merge and split
   forms (editor token). event.js calls CCEventTools.render after each load of the event. */
'use strict';
var CCEventTools = (function () {
  var el = CC.el;
  var map = null, marker = null, bound = false;

  function smallMap(e) {
    var box = document.getElementById('small-map');
    var has = typeof e.latitude === 'number' && typeof e.longitude === 'number';
    box.hidden = !has;
    document.getElementById('no-map').hidden = has;
    if (!has || typeof L === 'undefined') { return; }
    var at = [e.latitude, e.longitude];
    var zoom = e.geo_precision === 1 ? 6 : e.geo_precision === 2 ? 5 : 4;
    if (!map) {
      map = L.map(box, { zoomControl: true, attributionControl: true, scrollWheelZoom: false, keyboard: true });
      map.attributionControl.setPrefix(false);
      map.attributionControl.addAttribution('Country outlines: Natural Earth (world-atlas)');
      fetch('/assets/vendor/world-atlas/countries-50m.json').then(function (r) { return r.json(); }).then(function (topo) {
        L.geoJSON(topojson.feature(topo, topo.objects.countries), { style: { color: '#8c8577', weight: 0.6, fillColor: '#ece8df', fillOpacity: 1 }, interactive: false })
          .addTo(map).bringToBack();
      });
    }
    map.setView(at, zoom);
    // The page is shown after this runs: Leaflet measured a hidden box (0 by 0) and drew land and the circle into
    // nothing. Measure again once it is shown.
    requestAnimationFrame(function () { map.invalidateSize({ pan: false }); map.setView(at, zoom, { animate: false }); });
    if (marker) { map.removeLayer(marker); }
    marker = L.circleMarker(at, { radius: 8, color: '#1f4e79', weight: 2, fillColor: '#2b6cb0', fillOpacity: 0.6 }).addTo(map);
    var where = CC.place(e) + (e.geo_precision ? ' (placed ' + ({ 1: 'at the place named', 2: 'near the place or in its district', 3: 'somewhere in the province or region' }[e.geo_precision] || '') + ')' : '');
    box.setAttribute('aria-label', 'Map: ' + where);
    document.getElementById('map-caption').textContent = where;
  }

  function post(path, body, st, reload, done) {
    st.textContent = 'Saving…';
    st.className = '';
    return CC.api(path, { method: 'POST', body: body }).then(function (res) {
      st.textContent = done(res);
      return reload();
    }).catch(function (e) { st.textContent = 'Not saved: ' + e.message; st.className = 'error'; });
  }

  /**
   * What can be split out: each report when several tell the event, else each report's account (its event, by
   * local id) that the matching decisions name.
   */
  function splittable(d) {
    if (d.reports.length >= 2) {
      return d.reports.map(function (r) { return { value: r.id + '/', label: (r.name || 'report ' + r.id) + ' (report ' + r.id + ')' }; });
    }
    var seen = {}, out = [];
    d.decisions.forEach(function (x) {
      if (x.report_id === null || x.report_id === undefined || !x.event_local) { return; }
      var key = x.report_id + '/' + x.event_local;
      if (seen[key]) { return; }
      seen[key] = true;
      out.push({ value: key, label: (x.report_name || 'report ' + x.report_id) + ', its event ' + x.event_local });
    });
    return out;
  }

  function render(d, id, editor, reload) {
    smallMap(d.event);
    document.getElementById('tools').hidden = !editor;
    var split = CC.clear(document.getElementById('split-report'));
    var accounts = splittable(d);
    accounts.forEach(function (a) { split.appendChild(el('option', { value: a.value, text: a.label })); });
    document.getElementById('split-form').hidden = !editor || accounts.length < 2;
    document.getElementById('split-none').hidden = !editor || accounts.length >= 2;
    if (bound) { return; }
    bound = true;
    document.getElementById('merge-form').addEventListener('submit', function (ev) {
      ev.preventDefault();
      var other = parseInt(document.getElementById('merge-other').value, 10);
      post('/api/events/' + id + '/merge', { absorbed: other, why: document.getElementById('merge-why').value },
        document.getElementById('merge-status'), reload, function () { return 'Event ' + other + ' is now part of this event; the history below shows it.'; });
    });
    document.getElementById('split-form').addEventListener('submit', function (ev) {
      ev.preventDefault();
      var v = document.getElementById('split-report').value.split('/');
      var body = { report_id: parseInt(v[0], 10), why: document.getElementById('split-why').value };
      if (v[1]) { body.event_local = v.slice(1).join('/'); }
      post('/api/events/' + id + '/split', body,
        document.getElementById('split-status'), reload, function (res) { return 'That account is now event ' + res.new_event + '.'; });
    });
  }
  return { render: render, post: post };
})();
