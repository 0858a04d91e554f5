package org.crosscheck.ledger.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Event;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.Place;
import org.crosscheck.model.Span;

/**
 * Which of a report's events each claim counts for, so that no claim is dropped (issue 11, "every claim reaches
 * the ledger"). A claim the extraction puts on an event stays there. A claim on no event is either:
 * <ul>
 * <li>a <em>background</em> figure (codebook, "Scope": a cumulative total, a war's toll), kept as the report's
 *     context and counted for no incident, when the extractor marked it so ({@link Claim#scope()}) — wherever the
 *     report tells it: a campaign's toll in the lead is no more an incident's than one in the last paragraph;</li>
 * <li>else a figure the extractor could tie to no incident: it joins the report's main incident (the one most of
 *     its claims are about, the first told on a tie);</li>
 * <li>else, when the report tells no incident at all, the incident of its own that {@link ReportIncident} makes
 *     from the report.</li>
 * </ul>
 * A pure function of the extraction. Immutable.
 *
 * @param placed the extraction as the ledger counts it: every claim but the background ones on an event
 * @param background the ids of the background claims
 */
public record ClaimPlacement(Extraction placed, Set<String> background) {

    public static ClaimPlacement of(Extraction x) {
        List<Event> events = new ArrayList<>(x.events());
        Map<String, String> eventOf = new LinkedHashMap<>();
        List<Claim> unplaced = new ArrayList<>();
        List<String> background = new ArrayList<>();
        for (Claim c : x.claims()) {
            if (c.event() != null) {
                eventOf.put(c.id(), c.event());
            } else if (c.background()) {
                background.add(c.id());
            } else {
                unplaced.add(c);
            }
        }
        if (unplaced.isEmpty()) {
            return new ClaimPlacement(x, Set.copyOf(background));
        }
        List<Place> places = x.places();
        String home;
        if (events.isEmpty()) {
            ReportIncident.Incident own = ReportIncident.of(x, unplaced);
            events.add(own.event());
            places = own.places();
            home = own.event().id();
        } else {
            home = main(events, eventOf);
        }
        unplaced.forEach(c -> eventOf.put(c.id(), home));
        List<Claim> claims = x.claims().stream().map(c -> c.onEvent(eventOf.get(c.id()))).toList();
        return new ClaimPlacement(new Extraction(x.report(), x.actors(), places, events, claims),
                Set.copyOf(background));
    }

    /** The event most claims are about; the first told on a tie. */
    private static String main(List<Event> events, Map<String, String> eventOf) {
        Map<String, Long> counts = eventOf.values().stream()
                .collect(Collectors.groupingBy(e -> e, HashMap::new, Collectors.counting()));
        Event best = null;
        long most = -1;
        for (Event e : events.stream().sorted(java.util.Comparator.comparingInt(ClaimPlacement::start)).toList()) {
            long n = counts.getOrDefault(e.id(), 0L);
            if (n > most) {
                best = e;
                most = n;
            }
        }
        return best.id();
    }

    private static int start(Event e) {
        return e.evidence().stream().mapToInt(Span::start).min().orElse(Integer.MAX_VALUE);
    }
}
