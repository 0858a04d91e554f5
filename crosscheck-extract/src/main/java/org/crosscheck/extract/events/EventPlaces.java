package org.crosscheck.extract.events;

import java.util.List;
import java.util.Optional;
import org.crosscheck.extract.input.ReportContext;
import org.crosscheck.extract.lexicon.Lexicon;
import org.crosscheck.extract.lexicon.LexiconFile;
import org.crosscheck.extract.lexicon.WordClass;
import org.crosscheck.extract.lexicon.Words;
import org.crosscheck.model.Place;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * Where an incident happened: the place its sentence names near the event word (not a dateline, not a country named
 * as a party), else the place the paragraph was just at, else the place of the incident told before it. Stateless.
 */
final class EventPlaces {
    private static final java.util.Set<String> DIRECTIONS = Lexicon.english().words(WordClass.COMPASS_DIRECTIONS);
    private static final java.util.Set<String> UNITS = Lexicon.english().words(WordClass.DISTANCE_UNITS);

    private EventPlaces() {
    }

    /**
     * The place the sentence names (after the event word first, skipping a dateline), else the one place the
     * previous sentence of the paragraph named, else the place of the incident told last (the operation's, for
     * an incident inside it).
     */
    static Place placeFor(ReportContext ctx, Sentence s, int at, EventDraft last) {
        Place own = own(ctx, s, at);
        return own != null ? own : fallback(ctx, s, last);
    }

    /** The place the sentence itself names for the incident of token {@code at}, or null. */
    static Place own(ReportContext ctx, Sentence s, int at) {
        List<ReportContext.PlaceMention> named = ctx.placesIn(s.index()).stream()
                .filter(p -> !isDateline(ctx, p) && !actorUse(s, p) && !referencePoint(s, p)).toList();
        // in a parsed sentence, the places the event word's clause holds ("shelled a market in X") before the
        // places of another clause of it ("…, officials in Y said", "as talks went on in Z")
        List<ReportContext.PlaceMention> attached = PlaceAttachment.attached(s, at, named);
        List<ReportContext.PlaceMention> here = attached.isEmpty() ? named : attached;
        Specificity rank = new Specificity(ctx.places());
        int atOffset = s.tokens().get(at).start();
        Optional<ReportContext.PlaceMention> after = here.stream().filter(p -> p.start() > atOffset)
                .min(rank.then(p -> p.start() - atOffset));
        if (after.isPresent() && after.get().start() - atOffset < 120) {
            return innermost(here, after.get().place());
        }
        Optional<ReportContext.PlaceMention> before = here.stream().filter(p -> p.start() < atOffset)
                .min(rank.then(p -> atOffset - p.start()));
        if (before.isPresent()) {
            return innermost(here, before.get().place());
        }
        return after.map(p -> innermost(here, p.place())).orElse(null);
    }

    /** Where a sentence that names no place of its own happened: where its paragraph or the last incident was. */
    private static Place fallback(ReportContext ctx, Sentence s, EventDraft last) {
        if (s.index() > 0 && ctx.paragraph(s.index() - 1) == ctx.paragraph(s.index())) {
            List<Place> prev = ctx.placesIn(s.index() - 1).stream().filter(p -> !isDateline(ctx, p))
                    .map(ReportContext.PlaceMention::place).distinct().toList();
            if (prev.size() == 1) {
                return prev.get(0);
            }
        }
        if (last == null) {
            return null;
        }
        return last.parent != null ? last.parent.place : last.place;
    }

    /** "the Kakuma camp in Turkana County, ... when it was bombed": the place inside {@code place} the sentence
     * names. */
    private static Place innermost(List<ReportContext.PlaceMention> here, Place place) {
        Place cur = place;
        for (int depth = 0; depth < here.size(); depth++) {
            String id = cur.id();
            Optional<Place> inner = here.stream().map(ReportContext.PlaceMention::place)
                    .filter(p -> id.equals(p.within())).findFirst();
            if (inner.isEmpty()) {
                break;
            }
            cur = inner.get();
        }
        return cur;
    }

    /**
     * A country or province stands for the report's main town or camp inside it when the report has one (the
     * precision-1 place it names most): "attacked a refugee camp in Kenya" in a report about Kakuma.
     */
    static Place specific(ReportContext ctx, Sentence s, int at, Place place) {
        // "strikes on the province", "coordinated attacks in the province": several incidents told as one span it
        boolean several = at >= 0 && s.tokens().get(at).pos().equals("NNS");
        if (place == null || place.precision() < 3 || several || regionWide(ctx, s, place)) {
            return place;
        }
        Place main = null;
        for (Place p : ctx.places()) {
            boolean inside = place.country() != null && place.country().equals(p.country())
                    && (place.admin1() == null || place.admin1().equals(p.admin1()));
            if (p.precision() == 1 && inside && p.mentions().size() >= 2
                    && (main == null || p.mentions().size() > main.mentions().size())) {
                main = p;
            }
        }
        return main == null ? place : main;
    }

    /**
     * "attacks across Ukraine", "shelled several towns in Donetsk": the sentence tells an incident spread over the
     * region, which then is its place.
     */
    private static boolean regionWide(ReportContext ctx, Sentence s, Place place) {
        List<Token> ts = s.tokens();
        for (ReportContext.PlaceMention m : ctx.placesIn(s.index())) {
            if (!m.place().id().equals(place.id())) {
                continue;
            }
            int k = 0;
            while (k < ts.size() && ts.get(k).end() <= m.start()) {
                k++;
            }
            int j = k - 1;
            while (j >= 0 && (ts.get(j).pos().startsWith("DT") || ts.get(j).pos().startsWith("JJ"))) {
                j--;
            }
            if (j >= 0 && REGION_WIDE.contains(Words.lower(ts.get(j)))
                    || j >= 1 && Words.lower(ts.get(j)).equals("in") && REGION_WIDE.contains(Words.lower(ts.get(j - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> REGION_WIDE = LexiconFile.read(EventPlaces.class, "region-wide.txt", 1)
            .stream().map(l -> l.field(0).strip()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * "200 km north of the city of X", "15 miles south-east of X": a distance and a direction name X as the
     * point an incident is measured from, not where it happened.
     */
    private static boolean referencePoint(Sentence s, ReportContext.PlaceMention p) {
        List<Token> ts = s.tokens();
        int k = 0;
        while (k < ts.size() && ts.get(k).start() < p.start()) {
            k++;
        }
        // back over "the southern city of", "the town of"
        int j = k - 1;
        while (j > 0 && k - j <= 5 && !DIRECTIONS.contains(Words.lower(ts.get(j - 1)))) {
            String pos = ts.get(j).pos();
            if (!(pos.startsWith("DT") || pos.startsWith("JJ") || pos.startsWith("NN") || Words.lower(ts.get(j)).equals("of"))) {
                return false;
            }
            j--;
        }
        return j > 1 && Words.lower(ts.get(j)).equals("of") && DIRECTIONS.contains(Words.lower(ts.get(j - 1)))
                && UNITS.contains(Words.lower(ts.get(j - 2)));
    }

    /**
     * "condemned Peru", "attacked by Russia": a country or town named as a party, not where it happened; so is
     * one that modifies the noun of a party ("the Tigray regional government", "Kenya's police", "Aleppo
     * officials said").
     */
    private static boolean actorUse(Sentence s, ReportContext.PlaceMention p) {
        List<Token> ts = s.tokens();
        for (int k = 1; k < ts.size(); k++) {
            if (ts.get(k).start() == p.start()) {
                Token prev = ts.get(k - 1);
                if (prev.pos().startsWith("VB") || Words.lower(prev).equals("by")) {
                    return true;
                }
            }
            if (ts.get(k).start() >= p.start() && ts.get(k).end() <= p.end() && modifiesParty(s, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code k} is a modifier (compound, possessive, adjective) of a noun naming a state's party. */
    private static boolean modifiesParty(Sentence s, int k) {
        if (!s.isParsed()) {
            return false;
        }
        for (var d : s.governorsOf(k)) {
            if (d.governor() >= 0 && PARTY_MODIFIER.contains(d.relation())) {
                Token head = s.tokens().get(d.governor());
                if (Words.isNoun(head) && Lexicon.english().peopleNoun(Words.lower(head))
                        .filter(n -> n.speaker() || PARTY_KINDS.contains(n.kind())).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final java.util.Set<String> PARTY_MODIFIER = java.util.Set.of("compound", "nmod:poss", "amod");
    private static final java.util.Set<org.crosscheck.model.ActorKind> PARTY_KINDS = java.util.EnumSet.of(
            org.crosscheck.model.ActorKind.GOVERNMENT, org.crosscheck.model.ActorKind.STATE_FORCES,
            org.crosscheck.model.ActorKind.POLICE);

    private static boolean isDateline(ReportContext ctx, ReportContext.PlaceMention p) {
        String body = ctx.body();
        int lineStart = body.lastIndexOf('\n', Math.max(0, p.start() - 1)) + 1;
        return p.start() - lineStart < 3 && p.end() < body.length()
                && (body.charAt(p.end()) == ':' || body.startsWith(" :", p.end()) || body.startsWith(" —", p.end())
                    || body.startsWith(" -", p.end()) || body.startsWith(",", p.end())
                    && body.substring(p.end(), Math.min(body.length(), p.end() + 40)).matches("(?s),[^.\\n]{0,30}\\(.*"));
    }
}
