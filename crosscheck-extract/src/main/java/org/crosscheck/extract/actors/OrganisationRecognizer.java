package org.crosscheck.extract.actors;

import java.util.List;
import org.crosscheck.extract.input.ReportContext;
import org.crosscheck.extract.lexicon.Lexicon;
import org.crosscheck.extract.lexicon.WordClass;
import org.crosscheck.extract.lexicon.Words;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.NameKey;
import org.crosscheck.model.Span;
import org.crosscheck.text.EntityMention;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * Organisations: the NER mentions and runs of proper nouns with an organisation head ("Tarn Front") that NER
 * missed, with parenthesised acronyms ("Baloch Liberation Army (BLA)"), members named after the group ("BLA
 * fighters"), and the kind of party the name says. Stateless.
 */
final class OrganisationRecognizer {
    private OrganisationRecognizer() {
    }

    private static final List<ActorKind> KIND_PRIORITY = List.of(ActorKind.ARMED_GROUP, ActorKind.POLICE,
            ActorKind.MEDIA, ActorKind.STATE_FORCES, ActorKind.POLITICAL_GROUP, ActorKind.GOVERNMENT,
            ActorKind.OTHER);

    static void organisation(ReportContext ctx, ActorTable table, EntityMention m) {
        List<Token> ts = ctx.tokens(m.sentence());
        if (insideParentheses(ts, m.firstToken(), m.lastToken()) && m.firstToken() >= 2) {
            return; // an acronym in parentheses is taken with the name before it
        }
        String name = m.text();
        org.crosscheck.model.Place place = ctx.placeAt(m.start());
        if (place != null && Parties.isProvince(place) && (NameKey.same(place.name(), name)
                || place.aliases().stream().anyMatch(a -> NameKey.same(a, name)))) {
            return; // "Upper Nile State": a province the geoparser placed, not an organisation
        }
        String key = findOrganisation(table, name);
        if (key == null) {
            key = "org:" + ActorTable.norm(name);
            ActorTable.Entry e = table.actor(key, name, orgKind(name));
            e.named = true;
        }
        int last = m.lastToken();
        String alias = name;
        // "Baloch Liberation Army (BLA)": the parenthesised acronym is the same party
        if (last + 2 < ts.size() && ts.get(last + 1).word().equals("(")
                && ts.get(last + 2).ner().equals("ORGANIZATION")) {
            int close = last + 2;
            while (close < ts.size() && !ts.get(close).word().equals(")")) {
                close++;
            }
            if (close < ts.size()) {
                Span acr = Span.of(ctx.body(), ts.get(last + 2).start(), ts.get(close - 1).end());
                table.mention(key, m.sentence(), last + 2, close - 1, acr, acr.text());
                String withParen = ctx.body().substring(m.start(), ts.get(close).end());
                table.get(key).ifPresent(e -> e.aliases.add(withParen));
                last = close;
            }
        }
        // "BLA fighters", "FC personnel", "Frontier Corps (FC) personnel": the group's members are the group
        int end = last;
        if (last + 1 < ts.size()) {
            Token next = ts.get(last + 1);
            ActorKind k = Words.PEOPLE_NOUNS.get(Words.lower(next));
            if (k != null && !Words.SPOKESPEOPLE.contains(Words.lower(next)) && !Words.NOT_VICTIMS.contains(
                    Words.lower(next)) || Words.lower(next).equals("group") || Words.lower(next).equals("forces")) {
                end = last + 1;
                if (end + 1 < ts.size() && Words.lower(ts.get(end + 1)).equals("group")) {
                    end++;
                }
            }
        }
        Span span = Span.of(ctx.body(), m.start(), ts.get(end).end());
        table.mention(key, m.sentence(), m.firstToken(), end, span, end == m.lastToken() ? alias : span.text());
        if (end != m.lastToken()) {
            table.get(key).ifPresent(e -> e.aliases.add(name));
        }
    }

    /** Heads that make a run of proper nouns an organisation's name even when NER missed it ("Tarn Front"). */
    private static final java.util.Set<String> ORG_HEADS = Lexicon.english().words(WordClass.ORGANISATION_HEADS);
    /** Names of parties NER often leaves untagged ("the Houthis", "the Taliban"). */
    private static final java.util.Set<String> PARTY_NAMES = Lexicon.english().words(WordClass.PARTY_NAMES);

    static List<EntityMention> unlabelledOrganisations(ReportContext ctx) {
        List<EntityMention> out = new java.util.ArrayList<>();
        for (Sentence s : ctx.sentences()) {
            List<Token> ts = s.tokens();
            int i = 0;
            while (i < ts.size()) {
                if (!ts.get(i).isEntity() && PARTY_NAMES.contains(Words.lower(ts.get(i)))
                        && Character.isUpperCase(ts.get(i).word().codePointAt(0))) {
                    // "the Houthis said": a party's name NER left untagged
                    out.add(new EntityMention("ORGANIZATION", ts.get(i).start(), ts.get(i).end(), ts.get(i).word(),
                            s.index(), i, i, null));
                    i++;
                    continue;
                }
                if (!ts.get(i).pos().equals("NNP") && !ts.get(i).pos().equals("NNPS") || ts.get(i).isEntity()) {
                    i++;
                    continue;
                }
                int j = i;
                while (j + 1 < ts.size() && (ts.get(j + 1).pos().startsWith("NNP")) && !ts.get(j + 1).isEntity()) {
                    j++;
                }
                if (ORG_HEADS.contains(Words.lower(ts.get(j))) && (j > i || Words.lower(ts.get(j)).equals("levies"))
                        && !(i > 0 && ts.get(i - 1).ner().equals("ORGANIZATION"))) {
                    out.add(new EntityMention("ORGANIZATION", ts.get(i).start(), ts.get(j).end(),
                            ctx.body().substring(ts.get(i).start(), ts.get(j).end()), s.index(), i, j, null));
                }
                i = j + 1;
            }
        }
        return out;
    }

    private static boolean insideParentheses(List<Token> ts, int first, int last) {
        return first > 0 && last + 1 < ts.size() && ts.get(first - 1).word().equals("(")
                && ts.get(last + 1).word().equals(")");
    }

    /** An organisation already known under this name, one of its aliases, or its acronym. */
    static String findOrganisation(ActorTable table, String name) {
        String n = ActorTable.norm(name);
        if (table.has("org:" + n)) {
            return "org:" + n;
        }
        for (ActorTable.Entry e : allOrganisations(table)) {
            if (e.aliases.stream().anyMatch(a -> ActorTable.norm(a).equals(n))
                    || n.equals(acronym(e.name)) || ActorTable.norm(e.name).equals(acronym(name))) {
                return e.key;
            }
        }
        return null;
    }

    private static List<ActorTable.Entry> allOrganisations(ActorTable table) {
        return table.entries().stream().filter(e -> e.key.startsWith("org:")).toList();
    }

    public static String acronym(String name) {
        String[] words = ActorTable.norm(name).split(" ");
        if (words.length < 2) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && !List.of("of", "and", "for", "the").contains(w)) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    public static ActorKind orgKind(String name) {
        List<String> words = List.of(ActorTable.norm(name).replace('-', ' ').split(" "));
        for (ActorKind k : KIND_PRIORITY) {
            for (String w : words) {
                if (Words.ORG_KIND_WORDS.get(w) == k) {
                    return k;
                }
            }
        }
        return ActorKind.OTHER;
    }
}
