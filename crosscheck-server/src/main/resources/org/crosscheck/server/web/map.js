/* The incidents page: filters in the URL, a Leaflet map on an offline basemap (Natural Earth countries from
   world-atlas), clustered circles sized by the lowest reported death toll, a timeline and the events list. */
'use strict';
(function () {
  var FILTERS = ['from', 'to', 'country', 'admin1', 'actor', 'claimant', 'type', 'contested'];
  var PAGE = 25;
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
    document.getElementById('sort').value = p.get('sort') || '-date';
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
    var sort = document.getElementById('sort').value;
    if (sort !== '-date') { p.set('sort', sort); }
    navigate(p);
  });
  document.getElementById('clear').addEventListener('click', function () { form.reset(); navigate(new URLSearchParams()); });
  document.getElementById('sort').addEventListener('change', function () {
    var p = params(); p.set('sort', this.value); p.delete('offset'); navigate(p);
  });
  document.getElementById('prev').addEventListener('click', function () {
    var p = params(); var o = Math.max(0, (parseInt(p.get('offset'), 10) || 0) - PAGE);
    if (o) { p.set('offset', o); } else { p.delete('offset'); } navigate(p);
  });
  document.getElementById('next').addEventListener('click', function () {
    var p = params(); p.set('offset', (parseInt(p.get('offset'), 10) || 0) + PAGE); navigate(p);
  });
  window.addEventListener('popstate', load);

  function initMap() {
    map = L.map('map', { worldCopyJump: true, minZoom: 1, maxZoom: 12, keyboard: true }).setView([20, 30], 2);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('Country outlines: Natural Earth (world-atlas)');
    fetch('/assets/vendor/world-atlas/countries-50m.json').then(function (r) { return r.json(); }).then(function (topo) {
      var land = topojson.feature(topo, topo.objects.countries);
      L.geoJSON(land, { style: { color: '#8c8577', weight: 0.6, fillColor: '#ece8df', fillOpacity: 1 }, interactive: false })
        .addTo(map).bringToBack();
    });
    cluster = L.markerClusterGroup({
      chunkedLoading: true, showCoverageOnHover: false, maxClusterRadius: 40,
      iconCreateFunction: function (c) {
        var n = c.getChildCount();
        var contested = c.getAllChildMarkers().some(function (m) { return m.options.contested; });
        var span = document.createElement('span');
        span.textContent = String(n);
        return L.divIcon({ html: span, className: 'cluster' + (contested ? ' cluster-contested' : ''), iconSize: L.point(34, 34) });
      }
    });
    map.addLayer(cluster);
  }

  function radius(f) { return f === null || f === undefined ? 5 : Math.min(30, 5 + 3 * Math.sqrt(f)); }

  function loadPoints(q) {
    return CC.api('/api/events/points?' + q.toString()).then(function (res) {
      cluster.clearLayers();
      markers = {};
      var layers = res.points.map(function (p) {
        var m = L.circleMarker([p[1], p[2]], {
          radius: radius(p[3]), weight: p[4] ? 3 : 1, color: p[4] ? '#b35900' : '#1f4e79',
          dashArray: p[4] ? '4 3' : null, fillColor: '#2b6cb0', fillOpacity: 0.45, contested: !!p[4]
        });
        m.on('click', function () { popup(m, p[0]); });
        markers[p[0]] = m;
        return m;
      });
      cluster.addLayers(layers);
      if (layers.length) {
        var b = L.latLngBounds(layers.map(function (m) { return m.getLatLng(); }));
        map.fitBounds(b.pad(0.3), { maxZoom: 7 });
      }
      return res.points.length;
    });
  }

  function popup(marker, id) {
    CC.api('/api/events/' + id).then(function (d) {
      var e = d.event;
      var box = el('div', { 'class': 'popup' }, [
        el('strong', { text: e.event_type + (e.sub_event_type ? ' (' + e.sub_event_type + ')' : '') }),
        el('div', { text: CC.dateRange(e) + ' · ' + CC.place(e) }),
        el('div', { text: 'Lowest reported deaths: ' + (e.fatalities === null ? 'none given' : e.fatalities) }),
        d.contested ? el('div', { 'class': 'contested-inline', text: 'Claims contradict each other' }) : null,
        el('a', { href: '/events/' + e.id, text: 'Open the event' })
      ]);
      marker.bindPopup(box).openPopup();
      highlightDay(e.start_date);
    }).catch(function (err) { CC.status(err.message, true); });
  }

  /* ---- timeline: bars per day, week or month depending on the span; a bar filters by its dates ---- */
  function bins(days) {
    if (!days.length) { return { unit: 'day', list: [] }; }
    var first = new Date(days[0][0] + 'T00:00:00Z'), last = new Date(days[days.length - 1][0] + 'T00:00:00Z');
    var span = (last - first) / 86400000;
    var unit = span <= 120 ? 'day' : span <= 3 * 365 ? 'week' : 'month';
    function key(d) {
      var dt = new Date(d + 'T00:00:00Z');
      if (unit === 'day') { return d; }
      if (unit === 'week') { dt.setUTCDate(dt.getUTCDate() - ((dt.getUTCDay() + 6) % 7)); return dt.toISOString().slice(0, 10); }
      return d.slice(0, 7) + '-01';
    }
    function end(k) {
      var dt = new Date(k + 'T00:00:00Z');
      if (unit === 'day') { return k; }
      if (unit === 'week') { dt.setUTCDate(dt.getUTCDate() + 6); } else { dt.setUTCMonth(dt.getUTCMonth() + 1); dt.setUTCDate(0); }
      return dt.toISOString().slice(0, 10);
    }
    var map = {}, order = [];
    days.forEach(function (d) {
      var k = key(d[0]);
      if (!map[k]) { map[k] = { from: k, to: end(k), events: 0, contested: 0, deaths: 0 }; order.push(k); }
      map[k].events += d[1]; map[k].contested += d[2]; map[k].deaths += d[3];
    });
    return { unit: unit, list: order.map(function (k) { return map[k]; }) };
  }

  function drawTimeline(days) {
    var box = CC.clear(document.getElementById('timeline'));
    var b = bins(days);
    if (!b.list.length) { box.appendChild(el('p', { 'class': 'hint', text: 'No dated events match.' })); return; }
    var max = Math.max.apply(null, b.list.map(function (x) { return x.events; }));
    var list = el('div', { 'class': 'bars', role: 'list', 'aria-label': 'Events per ' + b.unit });
    b.list.forEach(function (x) {
      var label = (b.unit === 'day' ? x.from : x.from + ' to ' + x.to) + ': ' + x.events + ' events' +
        (x.contested ? ', ' + x.contested + ' with contradicting claims' : '');
      var bar = el('button', { type: 'button', 'class': 'bar', title: label, 'aria-label': label, 'data-from': x.from, 'data-to': x.to, role: 'listitem' });
      var fill = el('span', { 'class': 'fill' });
      fill.style.height = Math.max(4, Math.round(100 * x.events / max)) + '%';
      if (x.contested) {
        var c = el('span', { 'class': 'fill-contested' });
        c.style.height = Math.round(100 * x.contested / x.events) + '%';
        fill.appendChild(c);
      }
      bar.appendChild(fill);
      bar.addEventListener('click', function () {
        var p = params(); p.set('from', x.from); p.set('to', x.to); p.delete('offset'); navigate(p);
      });
      list.appendChild(bar);
    });
    box.appendChild(list);
    box.appendChild(el('div', { 'class': 'axis' }, [el('span', { text: b.list[0].from }), el('span', { text: b.list[b.list.length - 1].to })]));
  }

  function highlightDay(day) {
    document.querySelectorAll('#timeline .bar').forEach(function (bar) {
      var on = day && bar.getAttribute('data-from') <= day && day <= bar.getAttribute('data-to');
      bar.classList.toggle('selected', !!on);
    });
  }

  function loadList(p) {
    var q = filterQuery(p);
    q.set('limit', PAGE);
    if (p.get('offset')) { q.set('offset', p.get('offset')); }
    if (p.get('sort')) { q.set('sort', p.get('sort')); }
    return CC.api('/api/events?' + q.toString()).then(function (res) {
      var body = CC.clear(document.querySelector('#events tbody'));
      res.events.forEach(function (e) {
        var row = el('tr', { 'class': e.contested ? 'is-contested' : null }, [
          el('td', { text: CC.dateRange(e) }),
          el('td', {}, [el('a', { href: '/events/' + e.id, text: e.event_type + (e.sub_event_type ? ': ' + e.sub_event_type : '') })]),
          el('td', { text: CC.place(e) }),
          el('td', { text: e.claimants.join('; ') }),
          el('td', { 'class': 'num', text: e.fatalities === null ? '–' : e.fatalities }),
          el('td', { text: e.contested ? 'contradict' : '' })
        ]);
        row.addEventListener('mouseenter', function () {
          var m = markers[e.id];
          highlightDay(e.start_date);
          if (m && map.hasLayer(m)) { m.setStyle({ fillOpacity: 0.9 }); setTimeout(function () { m.setStyle({ fillOpacity: 0.45 }); }, 1200); }
        });
        body.appendChild(row);
      });
      var offset = res.offset, shown = res.events.length;
      document.getElementById('page').textContent = res.total ? (offset + 1) + '–' + (offset + shown) + ' of ' + res.total : 'no events';
      document.getElementById('prev').disabled = offset === 0;
      document.getElementById('next').disabled = offset + shown >= res.total;
      return res.total;
    });
  }

  function load() {
    var p = params();
    fillForm(p);
    var q = filterQuery(p);
    CC.status('Loading…');
    Promise.all([loadPoints(q), CC.api('/api/events/timeline?' + q.toString()), loadList(p)]).then(function (r) {
      drawTimeline(r[1].days);
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
  CC.authBox(function () { });
  loadActors();
  load();
})();
