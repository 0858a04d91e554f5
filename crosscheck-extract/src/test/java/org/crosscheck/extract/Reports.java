package org.crosscheck.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.corenlp.CoreNlpAnalyzer;
import org.crosscheck.corenlp.CoreNlpDependencyParser;
import org.crosscheck.corenlp.SemgrexEngine;
import org.crosscheck.model.Actor;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.Geoparser;
import org.crosscheck.model.MentionRole;
import org.crosscheck.model.Place;
import org.crosscheck.model.ReportSource;
import org.crosscheck.model.Span;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.EntityMention;

/**
 * Runs the extractor on short reports written for the tests. The CoreNLP models load once for the test JVM;
 * places come from NER locations alone (the gazetteer has its own tests), which is all the rule stages need.
 */
final class Reports {
    private Reports() {
    }

    private static final class Holder {
        static final RuleBasedExtractor EXTRACTOR = new RuleBasedExtractor(new CoreNlpAnalyzer(), new NerPlaces(),
                new CoreNlpDependencyParser(), new SemgrexEngine());
    }

    static Extraction extract(String body) {
        return extract(body, LocalDate.of(2025, 2, 2));
    }

    static Extraction extract(String body, LocalDate published) {
        return Holder.EXTRACTOR.extract(new ReportSource("test.txt", null, null, null, published, null, Map.of(),
                body, false));
    }

    /** The actor an id names. */
    static Actor actor(Extraction x, String id) {
        return x.actors().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    /** Every name of the actor an id names, and of those it speaks for or sides with. */
    static String names(Extraction x, String id) {
        if (Claim.OUTLET.equals(id)) {
            return "outlet";
        }
        Actor a = actor(x, id);
        StringBuilder sb = new StringBuilder(a.name()).append('|').append(String.join("|", a.aliases()));
        String up = a.speaksFor() != null ? a.speaksFor() : a.side();
        return up == null ? sb.toString() : sb.append(" > ").append(names(x, up)).toString();
    }

    /** The casualty claims, as "claimant: outcome victims low..high" lines. */
    static List<String> casualties(Extraction x) {
        List<String> out = new ArrayList<>();
        for (Claim c : x.claims()) {
            if (c.casualties() != null) {
                var cas = c.casualties();
                out.add(actor(x, c.claimant(), "outlet") + (c.stance() == org.crosscheck.model.Stance.DENIES
                        ? " denies: " : ": ") + cas.outcome() + " " + actor(x, cas.victims(), "?").toLowerCase()
                        + " " + (cas.count().vague() ? "vague" : cas.count().low() + ".." + cas.count().high()));
            }
        }
        return out;
    }

    private static String actor(Extraction x, String id, String otherwise) {
        return x.actors().stream().filter(a -> a.id().equals(id)).map(Actor::name).findFirst().orElse(otherwise);
    }

    /** Asserts that a span quotes {@code body} at the offsets where {@code text} first occurs. */
    static void assertSpan(String body, String text, Span span) {
        Offsets.assertQuotes(body, text, span);
    }

    /**
     * Places from NER locations: one place per distinct name, numbered in order of first mention; the few
     * countries of the tests' reports get their code and country precision, as a gazetteer would give them.
     */
    static final class NerPlaces implements Geoparser {
        private static final Map<String, String> COUNTRIES = Map.of("Pakistan", "PK", "India", "IN");

        @Override
        public List<Place> geoparse(AnnotatedText text) {
            Map<String, List<Span>> byName = new LinkedHashMap<>();
            for (EntityMention m : text.mentions()) {
                if (m.label().equals("LOCATION")) {
                    byName.computeIfAbsent(m.text(), k -> new ArrayList<>()).add(new Span(m.start(), m.end(),
                            m.text()));
                }
            }
            // "the Sara camp in Herat": inside the place named right after "in".
            Map<String, String> within = new HashMap<>();
            List<EntityMention> ms = text.mentions();
            for (int i = 0; i + 1 < ms.size(); i++) {
                if (text.text().substring(ms.get(i).end(), ms.get(i + 1).start()).equals(" in ")) {
                    within.putIfAbsent(ms.get(i).text(), ms.get(i + 1).text());
                }
            }
            List<String> ids = new ArrayList<>(byName.keySet());
            List<Place> out = new ArrayList<>();
            byName.forEach((name, spans) -> out.add(new Place("p" + (out.size() + 1), name, List.of(name), null,
                    null, null, COUNTRIES.get(name), null, null, COUNTRIES.containsKey(name) ? 3 : 1,
                    within.containsKey(name) ? "p" + (ids.indexOf(within.get(name)) + 1) : null, spans)));
            return out;
        }

        /** Where sources speak from ("sources in Kandahar said"), as the geoparser marks it. */
        @Override
        public Map<Span, MentionRole> roles(AnnotatedText text, List<Place> places) {
            Map<Span, MentionRole> out = new HashMap<>();
            for (Place p : places) {
                for (Span m : p.mentions()) {
                    if (text.text().substring(0, m.start()).endsWith("sources in ")) {
                        out.put(m, MentionRole.SOURCE);
                    }
                }
            }
            return out;
        }
    }
}
