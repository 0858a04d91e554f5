package org.crosscheck.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Points for countries and world regions, computed from the registry data at index time (never typed in).
 *
 * <p>A country's point is the midpoint of the world-countries package's {@code latlng} (a rounded centre, often
 * off the landmass's middle: 38 N 97 W for the United States) and the area centroid of the country's largest
 * outline polygon, its main landmass. GeoNames' own country points, which the benchmarks' gold uses, mostly lie
 * between the two (39.76 N 98.5 W for the United States); measured on the gold country mentions of LGL and
 * GeoWebNews, the midpoint is within 161 km of GeoNames' point for 1,719 of 1,962 mentions, the package's point
 * for 1,389, the main-landmass centroid for 1,397 (docs/BENCHMARKS.md).
 *
 * <p>A world region (the package's regions "Europe", "Africa"… and subregions "Northern Africa"…) is at its
 * centre of population: the mean of its countries' points weighted by their places' population, leaving out a
 * country far from the rest (Russia's point, in Siberia, for Europe). A few regions have English names the
 * package does not give, listed in {@link #regionNames}. Stateless, thread-safe.
 */
final class CountryPoints {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CountryPoints() {
    }

    /** {lat, lon} of a country: the midpoint described above, or the package's point without an outline. */
    static double[] point(double lat, double lon, Path outline) throws IOException {
        if (!Files.isRegularFile(outline)) {
            return new double[] {lat, lon};
        }
        double[] c = mainLandmassCentroid(JSON.readTree(outline.toFile()));
        if (c == null) {
            return new double[] {lat, lon};
        }
        return new double[] {(lat + c[0]) / 2, (lon + c[1]) / 2};
    }

    /** {lat, lon} of the area centroid of the largest polygon of a GeoJSON feature collection, or null. */
    static double[] mainLandmassCentroid(JsonNode geo) {
        double bestArea = 0;
        double[] best = null;
        for (JsonNode f : geo.path("features")) {
            JsonNode g = f.path("geometry");
            List<JsonNode> polygons = new ArrayList<>();
            if (g.path("type").asText().equals("Polygon")) {
                polygons.add(g.path("coordinates"));
            } else if (g.path("type").asText().equals("MultiPolygon")) {
                g.path("coordinates").forEach(polygons::add);
            }
            for (JsonNode p : polygons) {
                double[] c = ringCentroid(p.path(0));
                if (c == null) {
                    continue;
                }
                // Planar area in degrees, shrunk by cos(latitude) so that polar islands do not outweigh.
                double area = Math.abs(c[2]) * Math.cos(Math.toRadians(c[0]));
                if (area > bestArea) {
                    bestArea = area;
                    best = new double[] {c[0], c[1]};
                }
            }
        }
        return best;
    }

    /** {lat, lon, signed area} of a closed ring of [lon, lat] pairs (shoelace formula), or null when degenerate. */
    static double[] ringCentroid(JsonNode ring) {
        int n = ring.size();
        if (n < 3) {
            return null;
        }
        double a = 0;
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < n; i++) {
            JsonNode p = ring.get(i);
            JsonNode q = ring.get((i + 1) % n);
            double x1 = p.get(0).asDouble();
            double y1 = p.get(1).asDouble();
            double x2 = q.get(0).asDouble();
            double y2 = q.get(1).asDouble();
            double cross = x1 * y2 - x2 * y1;
            a += cross;
            cx += (x1 + x2) * cross;
            cy += (y1 + y2) * cross;
        }
        if (a == 0) {
            return null;
        }
        return new double[] {cy / (3 * a), cx / (3 * a), a / 2};
    }

    /**
     * A region's entry: the population-weighted spherical mean of its countries' points, leaving out a country whose
     * point lies over 2,500 km from the plain mean (Russia's point, in Siberia, would drag Europe's east of the
     * Urals); their population summed.
     */
    static GazetteerEntry region(String name, boolean continent, List<GazetteerEntry> countries,
                                 List<Double> areas) {
        List<Double> ones = new ArrayList<>();
        countries.forEach(c -> ones.add(1.0));
        double[] plain = mean(countries, ones, null, 0);
        double[] weighted = mean(countries, populations(countries), plain, 2500);
        long pop = 0;
        for (GazetteerEntry c : countries) {
            pop += c.population();
        }
        return new GazetteerEntry("rg:" + name, null, name, List.of(), weighted[0], weighted[1], "L",
                continent ? "CONT" : "RGN", "", "", "", pop, null, null);
    }

    private static List<Double> populations(List<GazetteerEntry> countries) {
        List<Double> out = new ArrayList<>();
        countries.forEach(c -> out.add(c.population() + 1.0));
        return out;
    }

    /** Weighted spherical mean of the points, leaving out those over {@code maxKm} from {@code centre}. */
    private static double[] mean(List<GazetteerEntry> countries, List<Double> weights, double[] centre,
                                 double maxKm) {
        double x = 0;
        double y = 0;
        double z = 0;
        for (int i = 0; i < countries.size(); i++) {
            GazetteerEntry c = countries.get(i);
            if (centre != null && Geo.km(centre[0], centre[1], c.lat(), c.lon()) > maxKm) {
                continue;
            }
            double w = weights.get(i);
            double la = Math.toRadians(c.lat());
            double lo = Math.toRadians(c.lon());
            x += w * Math.cos(la) * Math.cos(lo);
            y += w * Math.cos(la) * Math.sin(lo);
            z += w * Math.sin(la);
        }
        if (x == 0 && y == 0 && z == 0) {
            return centre;
        }
        return new double[] {Math.toDegrees(Math.atan2(z, Math.hypot(x, y))), Math.toDegrees(Math.atan2(y, x))};
    }

    /**
     * The region's name and its plain English forms: "Northern Africa" is also "North Africa"; Europe is also
     * the European Union in news usage, and Western Asia the Middle East.
     */
    static List<String> regionNames(String name) {
        List<String> out = new ArrayList<>(List.of(name));
        if (name.equals("Europe")) {
            out.addAll(List.of("European Union", "EU", "E.U."));
        } else if (name.equals("Western Asia")) {
            out.add("Middle East");
        }
        String plain = name.replace("South-Eastern ", "Southeast ").replace("Northern ", "North ")
                .replace("Southern ", "South ").replace("Eastern ", "East ").replace("Western ", "West ");
        if (!plain.equals(name)) {
            out.add(plain);
        }
        return out;
    }

    /** Adjectives of a one-word region: Europe → European, Africa → African, Asia → Asian. */
    static List<String> regionDemonyms(String name) {
        if (name.contains(" ") || name.endsWith("s")) {
            return List.of();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("a")) {
            return List.of(name + "n");
        }
        if (lower.endsWith("e")) {
            return List.of(name + "an");
        }
        return List.of();
    }
}
