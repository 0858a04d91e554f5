package org.crosscheck.server.search;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The map's points as columns, one array per field, so that 100,000 of them cost a few megabytes and no object
 * per point. {@code version} is the index version they were read from (a cache key). Effectively immutable: the
 * arrays are not handed out.
 */
public final class PointColumns {
    /** A missing figure in {@link #encode()}. */
    public static final int NO_FIGURE = -1;
    /** A missing first day in {@link #encode()}. */
    public static final int NO_DAY = Integer.MIN_VALUE;

    private final long version;
    private final boolean truncated;
    private final int size;
    private final long[] ids;
    private final double[] lat;
    private final double[] lon;
    private final int[] fatalities;
    private final int[] days;
    private final byte[] contested;

    private PointColumns(Builder b, long version, boolean truncated) {
        this.version = version;
        this.truncated = truncated;
        this.size = b.size;
        this.ids = Arrays.copyOf(b.ids, size);
        this.lat = Arrays.copyOf(b.lat, size);
        this.lon = Arrays.copyOf(b.lon, size);
        this.fatalities = Arrays.copyOf(b.fatalities, size);
        this.days = Arrays.copyOf(b.days, size);
        this.contested = Arrays.copyOf(b.contested, size);
    }

    public long version() {
        return version;
    }

    public boolean truncated() {
        return truncated;
    }

    public int size() {
        return size;
    }

    public long id(int i) {
        return ids[i];
    }

    public double lat(int i) {
        return lat[i];
    }

    public double lon(int i) {
        return lon[i];
    }

    /** Deaths under the asked policy, null when no figure. */
    public Integer fatalities(int i) {
        return fatalities[i] == NO_FIGURE ? null : fatalities[i];
    }

    public boolean contested(int i) {
        return contested[i] != 0;
    }

    /** The first day, null when undated. */
    public LocalDate date(int i) {
        return days[i] == NO_DAY ? null : LocalDate.ofEpochDay(days[i]);
    }

    /**
     * Little-endian: int32 count, int32 flags (1: truncated at the asked maximum), then whole columns so that each
     * can be read in place as a typed array: float64 ids, float32 latitudes, float32 longitudes, int32 deaths
     * ({@link #NO_FIGURE} when none), int32 first days since 1970-01-01 ({@link #NO_DAY} when undated), uint8
     * contested (1 or 0).
     */
    public byte[] encode() {
        ByteBuffer buf = ByteBuffer.allocate(8 + size * (8 + 4 + 4 + 4 + 4 + 1)).order(ByteOrder.LITTLE_ENDIAN);
        buf.putInt(size).putInt(truncated ? 1 : 0);
        for (int i = 0; i < size; i++) {
            buf.putDouble(ids[i]);
        }
        // Single precision is within 2 m anywhere on Earth, finer than any place the ledger resolves.
        for (int i = 0; i < size; i++) {
            buf.putFloat((float) lat[i]);
        }
        for (int i = 0; i < size; i++) {
            buf.putFloat((float) lon[i]);
        }
        buf.asIntBuffer().put(fatalities, 0, size);
        buf.position(buf.position() + 4 * size);
        buf.asIntBuffer().put(days, 0, size);
        buf.position(buf.position() + 4 * size);
        buf.put(contested, 0, size);
        return buf.array();
    }

    /** Collects points in order. Not thread-safe. */
    static final class Builder {
        private int size;
        private long[] ids = new long[1024];
        private double[] lat = new double[1024];
        private double[] lon = new double[1024];
        private int[] fatalities = new int[1024];
        private int[] days = new int[1024];
        private byte[] contested = new byte[1024];

        int size() {
            return size;
        }

        void add(long id, double latitude, double longitude, int fatal, int day, boolean isContested) {
            if (size == ids.length) {
                int n = size * 2;
                ids = Arrays.copyOf(ids, n);
                lat = Arrays.copyOf(lat, n);
                lon = Arrays.copyOf(lon, n);
                fatalities = Arrays.copyOf(fatalities, n);
                days = Arrays.copyOf(days, n);
                contested = Arrays.copyOf(contested, n);
            }
            ids[size] = id;
            lat[size] = latitude;
            lon[size] = longitude;
            fatalities[size] = fatal;
            days[size] = day;
            contested[size] = (byte) (isContested ? 1 : 0);
            size++;
        }

        PointColumns build(long version, boolean truncated) {
            return new PointColumns(this, version, truncated);
        }
    }
}
