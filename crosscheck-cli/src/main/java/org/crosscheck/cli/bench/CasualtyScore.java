package org.crosscheck.cli.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Killed and injured figures of the system against the coders', per article, and the same for the two trivial
 * answers (always 0, always 1): exact match, and agreement on whether anyone was killed (injured) at all. Articles
 * the system failed on count as answered 0. Not thread-safe: add from one thread.
 */
public final class CasualtyScore {
    /** One scored article: gold and system figures, or the failure that left the system without one. */
    public record Row(GvdbArticle article, MainIncident.Figures system, String failure) {
    }

    private final List<Row> rows = new ArrayList<>();

    public void add(GvdbArticle article, MainIncident.Figures system) {
        rows.add(new Row(article, system, null));
    }

    public void failed(GvdbArticle article, String failure) {
        rows.add(new Row(article, new MainIncident.Figures(0, 0), failure));
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** Exact and zero/non-zero agreement of an answer with the gold figure, over every article. */
    record Agreement(double exact, double zeroNonZero) {
    }

    private Agreement agreement(ToIntFunction<GvdbArticle> gold, ToIntFunction<Row> answer) {
        if (rows.isEmpty()) {
            return new Agreement(0, 0);
        }
        int exact = 0;
        int zero = 0;
        for (Row r : rows) {
            int g = gold.applyAsInt(r.article());
            int a = answer.applyAsInt(r);
            exact += g == a ? 1 : 0;
            zero += (g == 0) == (a == 0) ? 1 : 0;
        }
        return new Agreement((double) exact / rows.size(), (double) zero / rows.size());
    }

    /** Per figure (killed, injured), per answer (system, always 0, always 1): exact and zero/non-zero. */
    public Map<String, Map<String, Agreement>> table() {
        Map<String, Map<String, Agreement>> t = new LinkedHashMap<>();
        t.put("killed", answers(GvdbArticle::killed, r -> r.system().killed()));
        t.put("injured", answers(GvdbArticle::injured, r -> r.system().injured()));
        return t;
    }

    private Map<String, Agreement> answers(ToIntFunction<GvdbArticle> gold, ToIntFunction<Row> system) {
        Map<String, Agreement> m = new LinkedHashMap<>();
        m.put("system", agreement(gold, system));
        m.put("always_0", agreement(gold, r -> 0));
        m.put("always_1", agreement(gold, r -> 1));
        return m;
    }

    public long failures() {
        return rows.stream().filter(r -> r.failure() != null).count();
    }

    public String text() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "articles %d, failed %d%n", rows.size(), failures()));
        b.append(String.format(Locale.ROOT, "%-8s %-9s %7s %11s%n", "figure", "answer", "exact", "zero/non-0"));
        table().forEach((figure, answers) -> answers.forEach((answer, a) -> b.append(String.format(Locale.ROOT,
                "%-8s %-9s %7.3f %11.3f%n", figure, answer.replace('_', '-'), a.exact(), a.zeroNonZero()))));
        return b.toString();
    }

    public String json() {
        StringBuilder b = new StringBuilder("{\"articles\":" + rows.size() + ",\"failed\":" + failures());
        table().forEach((figure, answers) -> {
            b.append(",\"").append(figure).append("\":{");
            String sep = "";
            for (Map.Entry<String, Agreement> e : answers.entrySet()) {
                b.append(sep).append(String.format(Locale.ROOT, "\"%s\":{\"exact\":%.4f,\"zero_nonzero\":%.4f}",
                        e.getKey(), e.getValue().exact(), e.getValue().zeroNonZero()));
                sep = ",";
            }
            b.append('}');
        });
        return b.append('}').toString();
    }

    /** Every article where the system's figure differs from the gold, one a line: id, figure, gold, system. */
    public List<String> misses() {
        List<String> out = new ArrayList<>();
        for (Row r : rows) {
            String why = r.failure() == null ? "" : "\tfailed: " + r.failure();
            if (r.article().killed() != r.system().killed()) {
                out.add(r.article().id() + "\tkilled\t" + r.article().killed() + "\t" + r.system().killed() + why);
            }
            if (r.article().injured() != r.system().injured()) {
                out.add(r.article().id() + "\tinjured\t" + r.article().injured() + "\t" + r.system().injured() + why);
            }
        }
        return out;
    }
}
