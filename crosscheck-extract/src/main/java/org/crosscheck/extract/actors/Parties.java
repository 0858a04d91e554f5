package org.crosscheck.extract.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crosscheck.extract.input.ReportContext;
import org.crosscheck.extract.lexicon.Words;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.NameKey;
import org.crosscheck.model.Place;
import org.crosscheck.model.Span;
import org.crosscheck.text.Token;

/**
 * When two names are one party, and which places may stand for one. A country or a capital speaks for its
 * government ("Lima denied"); a province or state ("Upper Nile State", "Kunar province") is a place the report locates things in, not a party
 * (codebook, Actors: provinces are not parties to an incident unless the report says they took part).
 */
public final class Parties {
    private Parties() {
    }

    /** Whether the place is a first-level division: its name is its own admin1. */
    public static boolean isProvince(Place p) {
        return p.admin1() != null && (NameKey.same(p.admin1(), p.name())
                || p.aliases().stream().anyMatch(a -> NameKey.same(a, p.admin1())));
    }

    /**
     * The government a country or capital named at token {@code k} stands for ("Islamabad denies", "Israel says",
     * "Zarvia's president"), added to the table with a mention on the place's words; null when the word names no
     * such place (a province is no government).
     */
    public static String governmentAt(ReportContext ctx, ActorTable actors, List<Token> ts, int sentence, int k) {
        Place place = ctx.placeAt(ts.get(k).start());
        boolean location = ts.get(k).ner().equals("LOCATION");
        if (!(place != null && !isProvince(place) || place == null && location) || !Words.isCapitalised(ts.get(k))) {
            return null;
        }
        int first = k;
        while (first > 0 && (place != null ? ctx.placeAt(ts.get(first - 1).start()) == place
                : ts.get(first - 1).ner().equals("LOCATION"))) {
            first--;
        }
        String name = place != null ? place.name() : ctx.body().substring(ts.get(first).start(), ts.get(k).end());
        String key = "gov:" + ActorTable.norm(name);
        if (!actors.has(key)) {
            actors.actor(key, name, ActorKind.GOVERNMENT).markNamed();
        }
        Span span = Span.of(ctx.body(), ts.get(first).start(), ts.get(k).end());
        actors.mention(key, sentence, first, k, span, span.text());
        return key;
    }

    /**
     * Whether two actor keys are one party: the same actor, one speaking for or siding with the other, or names
     * that open with the same country word ("Zarvian army", "Zarvia").
     */
    public static boolean same(ActorTable actors, String a, String b) {
        List<String> up = chain(actors, a);
        List<String> other = chain(actors, b);
        if (up.stream().anyMatch(other::contains)) {
            return true;
        }
        String sa = countryWord(actors.entry(up.get(up.size() - 1)));
        String sb = countryWord(actors.entry(other.get(other.size() - 1)));
        return sa != null && sa.equals(sb);
    }

    private static List<String> chain(ActorTable actors, String key) {
        List<String> out = new ArrayList<>();
        String k = actors.resolve(key);
        while (k != null && !out.contains(k)) {
            out.add(k);
            ActorTable.Entry e = actors.entry(k);
            String up = e.speaksFor() != null ? e.speaksFor() : e.side();
            k = up == null ? null : actors.resolve(up);
        }
        return out;
    }

    /** The stem of a name's first word when it is capitalised and no kind word ("Zarvian" in "Zarvian army"). */
    private static String countryWord(ActorTable.Entry e) {
        String first = Objects.requireNonNullElse(e.name(), "").split("[\\s-]+")[0];
        if (e.kind() == ActorKind.PERSON || first.isEmpty() || !Character.isUpperCase(first.charAt(0)) || first.length() < 4
                || Words.ORG_KIND_WORDS.containsKey(first.toLowerCase(java.util.Locale.ROOT))
                || Words.PEOPLE_NOUNS.containsKey(first.toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        return CommonNounRecognizer.stem(first);
    }
}
