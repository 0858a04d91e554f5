package org.crosscheck.geo.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Geocoding metrics over per-toponym errors in km, as CamCoder computes them: accuracy@161 km is the share of
 * errors under 161 km; AUC is the trapezoidal area under the sorted ln(error + 1), divided by ln(20039) times
 * (n - 1), so 0 is perfect; a toponym with no answer counts {@value #NO_ANSWER_KM} km. Immutable.
 */
public record GeocodingScore(int n, double accuracy161, double meanKm, double medianKm, double auc) {
    public static final double NO_ANSWER_KM = 20039;

    public static GeocodingScore of(List<Double> errorsKm) {
        int n = errorsKm.size();
        if (n == 0) {
            return new GeocodingScore(0, 0, 0, 0, 0);
        }
        List<Double> e = new ArrayList<>(errorsKm);
        Collections.sort(e);
        double sum = 0;
        int within = 0;
        for (double x : e) {
            sum += x;
            if (x < 161) {
                within++;
            }
        }
        double median = n % 2 == 1 ? e.get(n / 2) : (e.get(n / 2 - 1) + e.get(n / 2)) / 2;
        double area = 0;
        for (int i = 1; i < n; i++) {
            area += (Math.log(e.get(i - 1) + 1) + Math.log(e.get(i) + 1)) / 2;
        }
        double auc = n > 1 ? area / (Math.log(NO_ANSWER_KM) * (n - 1)) : Math.log(e.get(0) + 1) / Math.log(NO_ANSWER_KM);
        return new GeocodingScore(n, (double) within / n, sum / n, median, auc);
    }

    String json() {
        return String.format(java.util.Locale.ROOT,
                "{\"n\":%d,\"acc161\":%.4f,\"mean_km\":%.1f,\"median_km\":%.1f,\"auc\":%.4f}", n, accuracy161, meanKm,
                medianKm, auc);
    }
}
