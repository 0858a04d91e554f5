package org.crosscheck.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Geoparser;
import org.crosscheck.model.Place;
import org.crosscheck.model.Span;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.EntityMention;

/**
 * A gazetteer-free places stage for the property tests: one town-precision place per distinct LOCATION mention,
 * numbered in order of first mention, so the stages after places see places and their mentions without the
 * gazetteer being opened.
 */
final class MentionPlaces implements Geoparser {
    @Override
    public List<Place> geoparse(AnnotatedText text) {
        Map<String, List<Span>> byName = new LinkedHashMap<>();
        for (EntityMention m : text.mentions()) {
            if (m.label().equals("LOCATION")) {
                byName.computeIfAbsent(m.text(), k -> new ArrayList<>()).add(new Span(m.start(), m.end(), m.text()));
            }
        }
        List<Place> out = new ArrayList<>();
        byName.forEach((name, spans) -> out.add(new Place("p" + (out.size() + 1), name, List.of(name), null, null,
                null, null, null, null, 1, null, spans)));
        return out;
    }
}
