package org.crosscheck.extract.events;

import java.util.List;
import java.util.Optional;
import org.crosscheck.extract.input.ReportContext;
import org.crosscheck.extract.lexicon.Lexicon;
import org.crosscheck.extract.lexicon.TriggerLemma;
import org.crosscheck.extract.lexicon.Words;
import org.crosscheck.model.EventType;
import org.crosscheck.model.Outcome;
import org.crosscheck.model.Place;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * A toll told at a place of its own is an incident of its own, of the kind of the incident told last: after
 * "overnight drone attacks across Ukraine", "Four deaths were reported in the Lviv region" and "In Sumy, two
 * people were injured" each tell an incident at that place. A place inside the last incident's town or province
 * is that incident told more closely, and a country is no incident's place. Stateless.
 */
final class TollPlaces {
    private static final Lexicon LEXICON = Lexicon.english();
    private static final List<Outcome> HARM = List.of(Outcome.KILLED, Outcome.WOUNDED, Outcome.HARMED);
    private static final List<EventType> VIOLENT = List.of(EventType.BATTLES, EventType.EXPLOSIONS,
            EventType.VIOLENCE_AGAINST_CIVILIANS);

    private TollPlaces() {
    }

    /** The token of the sentence's first word of death or injury, if it has one. */
    static Optional<Integer> outcomeWord(Sentence s) {
        List<Token> ts = s.tokens();
        for (int i = 0; i < ts.size(); i++) {
            Optional<TriggerLemma> t = LEXICON.trigger(Words.lemma(ts.get(i)));
            if (t.isPresent() && t.get().outcome() != null && HARM.contains(t.get().outcome())) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /**
     * The incident the toll at token {@code at} tells at a place of its own, after the incident {@code last}, or
     * empty when it continues {@code last}.
     */
    static Optional<EventDraft> incident(ReportContext ctx, Sentence s, int at, EventDraft last,
                                         Specificity places) {
        if (last == null || !VIOLENT.contains(last.type)) {
            return Optional.empty();
        }
        Place here = EventPlaces.own(ctx, s, at);
        if (here == null || Specificity.isCountry(here) || last.place != null
                && (!Specificity.isCountry(last.place) && places.nested(last.place, here)
                    || last.place.id().equals(here.id()))) {
            return Optional.empty();
        }
        EventDraft e = new EventDraft(last.type, last.subType, Words.lower(s.tokens().get(at)), false,
                "event.toll-place");
        e.generic = last.generic;
        e.place = here;
        e.parent = last.operation ? last : last.parent;
        return Optional.of(e);
    }
}
