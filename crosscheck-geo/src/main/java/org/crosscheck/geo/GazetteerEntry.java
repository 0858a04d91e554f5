package org.crosscheck.geo;

import java.util.List;
import java.util.Objects;

/**
 * One gazetteer record. {@code key} is unique in the index ({@code gn:1175296} for a GeoNames feature,
 * {@code cc:PK} for a country, {@code a1:PK.02} for a first-level division from the admin package);
 * {@code geonamesId} is null where the source has none. {@code admin1}/{@code admin2} are GeoNames admin codes,
 * {@code admin1Name}/{@code admin2Name} their names where known. Immutable.
 */
public record GazetteerEntry(String key, Long geonamesId, String name, List<String> alternateNames, double lat,
                             double lon, String featureClass, String featureCode, String country, String admin1,
                             String admin2, long population, String admin1Name, String admin2Name) {
    public GazetteerEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        alternateNames = alternateNames == null ? List.of() : List.copyOf(alternateNames);
        featureClass = featureClass == null ? "" : featureClass;
        featureCode = featureCode == null ? "" : featureCode;
        country = country == null ? "" : country;
        admin1 = admin1 == null ? "" : admin1;
        admin2 = admin2 == null ? "" : admin2;
    }

    /** What kind of place this is, from the GeoNames feature code. */
    public Kind kind() {
        return Kind.of(featureClass, featureCode);
    }

    /** The entry with admin names filled in. */
    public GazetteerEntry withAdminNames(String a1, String a2) {
        return new GazetteerEntry(key, geonamesId, name, alternateNames, lat, lon, featureClass, featureCode, country,
                admin1, admin2, population, a1, a2);
    }

    /** ACLED precision of a place of this kind named on its own: 1 a site, 2 a district, 3 a province/country. */
    public int precision() {
        return switch (kind()) {
            case COUNTRY, ADMIN1, REGION -> 3;
            case ADMIN2 -> 2;
            default -> 1;
        };
    }

    /** Kinds of place, coarse enough to rank candidates by. */
    public enum Kind {
        COUNTRY, ADMIN1, ADMIN2, CAPITAL, ADMIN_SEAT, POPULATED, REGION, OTHER;

        static Kind of(String fclass, String fcode) {
            if (fcode.startsWith("PCL") || fcode.equals("TERR")) {
                return COUNTRY;
            }
            if (fcode.equals("ADM1") || fcode.equals("ADM1H")) {
                return ADMIN1;
            }
            if (fcode.startsWith("ADM2") || fcode.startsWith("ADM3")) {
                return ADMIN2;
            }
            if (fcode.equals("PPLC") || fcode.equals("PPLG")) {
                return CAPITAL;
            }
            if (fcode.startsWith("PPLA")) {
                return ADMIN_SEAT;
            }
            if (fclass.equals("P")) {
                return POPULATED;
            }
            if (fclass.equals("L") || fcode.equals("CONT") || fcode.startsWith("RGN")) {
                return REGION;
            }
            return OTHER;
        }
    }
}
