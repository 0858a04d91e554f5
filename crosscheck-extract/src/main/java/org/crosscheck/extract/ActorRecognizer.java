package org.crosscheck.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.Span;
import org.crosscheck.text.EntityMention;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * Finds the parties a report names: organisations and persons from NER, with acronym definitions ("Baloch
 * Liberation Army (BLA)"), "aka" names, titles and spokespeople; and the common-noun parties ("Pakistani forces",
 * "25 soldiers", "civilians", "local officials"), grouped by the country or organisation that modifies them, with
 * units and generic forces placed on the side of the report's main force. Stateless and thread-safe; each call
 * builds a new {@link ActorTable}.
 */
final class ActorRecognizer {
    private static final List<ActorKind> KIND_PRIORITY = List.of(ActorKind.ARMED_GROUP, ActorKind.POLICE,
            ActorKind.MEDIA, ActorKind.STATE_FORCES, ActorKind.POLITICAL_GROUP, ActorKind.GOVERNMENT,
            ActorKind.OTHER);

    ActorTable recognize(ReportContext ctx) {
        ActorTable table = new ActorTable();
        List<EntityMention> mentions = new java.util.ArrayList<>(ctx.text().mentions());
        mentions.addAll(unlabelledOrganisations(ctx));
        mentions.sort(java.util.Comparator.comparingInt(EntityMention::start));
        for (EntityMention m : mentions) {
            if (m.label().equals("ORGANIZATION")) {
                organisation(ctx, table, m);
            }
        }
        for (EntityMention m : mentions) {
            if (m.label().equals("PERSON")) {
                person(ctx, table, m);
            }
        }
        for (Sentence s : ctx.sentences()) {
            commonNouns(ctx, table, s);
        }
        linkSides(table);
        identifications(ctx, table);
        return table;
    }

    // ---- organisations ----

    private void organisation(ReportContext ctx, ActorTable table, EntityMention m) {
        List<Token> ts = ctx.tokens(m.sentence());
        if (insideParentheses(ts, m.firstToken(), m.lastToken()) && m.firstToken() >= 2) {
            return; // an acronym in parentheses is taken with the name before it
        }
        String name = m.text();
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
    private static final java.util.Set<String> ORG_HEADS = java.util.Set.of("front", "army", "movement", "party",
            "brigade", "brigades", "corps", "council", "ministry", "agency", "committee", "organisation",
            "organization", "service", "office", "department", "command", "levies", "militia", "forces", "guard",
            "battalion", "regiment", "division", "coalition", "alliance", "union", "commission");

    private static List<EntityMention> unlabelledOrganisations(ReportContext ctx) {
        List<EntityMention> out = new java.util.ArrayList<>();
        for (Sentence s : ctx.sentences()) {
            List<Token> ts = s.tokens();
            int i = 0;
            while (i < ts.size()) {
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
    private static String findOrganisation(ActorTable table, String name) {
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

    static String acronym(String name) {
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

    static ActorKind orgKind(String name) {
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

    // ---- persons ----

    private void person(ReportContext ctx, ActorTable table, EntityMention m) {
        List<Token> ts = ctx.tokens(m.sentence());
        String name = m.text();
        // a person's name inside an organisation's span ("Baloch" in "Baloch Liberation Army") is not a person
        if (table.at(m.sentence(), m.firstToken()).isPresent() || ctx.placeAt(m.start()) != null) {
            return;
        }
        // "Baloch identity", "Kurdish fighters": a one-word name before a common noun is an adjective
        if (m.firstToken() == m.lastToken() && m.lastToken() + 1 < ts.size()
                && ts.get(m.lastToken() + 1).pos().startsWith("NN") && !ts.get(m.lastToken() + 1).isEntity()) {
            return;
        }
        String key = findPerson(table, name);
        if (key == null) {
            key = "person:" + ActorTable.norm(name);
            table.actor(key, name, ActorKind.PERSON).named = true;
        }
        ActorTable.Entry e = table.entry(key);
        int first = m.firstToken();
        while (first > 0 && Words.TITLES.contains(Words.lower(ts.get(first - 1)))) {
            first--;
        }
        Span span = Span.of(ctx.body(), ts.get(first).start(), m.end());
        table.mention(key, m.sentence(), first, m.lastToken(), span, span.text());
        e.aliases.add(name);
        // "BLA spokesperson Azad Baloch", "State Department spokesman John Kirby", "the BLA's spokesperson, Azad Baloch"
        int k = m.firstToken() - 1;
        while (k >= 0 && !Words.SPOKESPEOPLE.contains(Words.lower(ts.get(k))) && k >= first - 1
                && (Words.TITLES.contains(Words.lower(ts.get(k))) || Words.isPunct(ts.get(k))
                    && !ts.get(k).word().equals("("))) {
            k--;
        }
        if (k >= 0 && Words.SPOKESPEOPLE.contains(Words.lower(ts.get(k)))) {
            int j = k - 1;
            while (j >= 0 && (Words.lower(ts.get(j)).equals("'s") || Words.lower(ts.get(j)).equals("’s"))) {
                j--;
            }
            Optional<ActorTable.Mention> org = j >= 0 ? table.at(m.sentence(), j) : Optional.empty();
            if (org.isPresent() && !org.get().key().equals(key)) {
                e.speaksFor = org.get().key();
                e.side = org.get().key();
                String phrase = ctx.body().substring(ts.get(org.get().first()).start(), m.end());
                if (!phrase.contains("\n")) {
                    e.aliases.add(phrase);
                }
            }
        }
        // "John Ging, UNRWA's Director of Operations": the person holds a post in the organisation
        if (m.lastToken() + 3 < ts.size() && ts.get(m.lastToken() + 1).word().equals(",")
                && (Words.lower(ts.get(m.lastToken() + 3)).equals("'s")
                    || Words.lower(ts.get(m.lastToken() + 3)).equals("’s"))) {
            Optional<ActorTable.Mention> org = table.at(m.sentence(), m.lastToken() + 2);
            if (org.isPresent() && org.get().key().startsWith("org:") && e.side == null) {
                e.side = org.get().key();
            }
        }
        // "Y, a spokesman for X"
        int after = m.lastToken() + 1;
        if (after + 3 < ts.size() && ts.get(after).word().equals(",")) {
            for (int j = after + 1; j < Math.min(ts.size(), after + 6); j++) {
                if (Words.SPOKESPEOPLE.contains(Words.lower(ts.get(j))) && j + 2 < ts.size()
                        && List.of("for", "of").contains(Words.lower(ts.get(j + 1)))) {
                    int orgTok = j + 2;
                    if (Words.DETERMINERS.contains(Words.lower(ts.get(orgTok))) && orgTok + 1 < ts.size()) {
                        orgTok++;
                    }
                    Optional<ActorTable.Mention> org = table.at(m.sentence(), orgTok);
                    if (org.isPresent()) {
                        e.speaksFor = org.get().key();
                        e.side = org.get().key();
                    }
                }
            }
        }
        // "Majeed Baloch (aka Murtaza Kareem)" / "also known as"
        int a = m.lastToken() + 1;
        if (a + 2 < ts.size() && ts.get(a).word().equals("(") && Words.lower(ts.get(a + 1)).equals("aka")) {
            int b = a + 2;
            StringBuilder alias = new StringBuilder();
            int start = ts.get(b).start();
            while (b < ts.size() && !ts.get(b).word().equals(")")) {
                b++;
            }
            if (b < ts.size()) {
                alias.append(ctx.body(), start, ts.get(b - 1).end());
                e.aliases.add(alias.toString());
            }
        }
    }

    private static String findPerson(ActorTable table, String name) {
        String n = ActorTable.norm(name);
        if (table.has("person:" + n)) {
            return "person:" + n;
        }
        if (!n.contains(" ")) {
            // a surname alone refers back to the one person of that surname named before
            List<ActorTable.Entry> matches = table.entries().stream()
                    .filter(e -> e.kind == ActorKind.PERSON && e.key.startsWith("person:")
                            && (ActorTable.norm(e.name).endsWith(" " + n) || ActorTable.norm(e.name).startsWith(n + " ")))
                    .toList();
            if (matches.size() == 1) {
                return matches.get(0).key;
            }
        }
        return null;
    }

    // ---- common nouns ----

    private void commonNouns(ReportContext ctx, ActorTable table, Sentence s) {
        List<Token> ts = s.tokens();
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            String w = Words.lower(t);
            ActorKind kind = Words.PEOPLE_NOUNS.get(w);
            if (kind == null || !Words.isNoun(t) && !w.equals("military") && !w.equals("police")) {
                continue;
            }
            if (table.at(s.index(), i).isPresent() || Words.SPOKESPEOPLE.contains(w) && namedNext(ts, i)) {
                continue;
            }
            // the head is the last noun: "military" in "military camp" or "police" in "police station" is not
            if (i + 1 < ts.size() && (Words.isNoun(ts.get(i + 1)) || ts.get(i + 1).word().equals("'s")
                    || ts.get(i + 1).word().equals("’s"))) {
                continue;
            }
            int first = i;
            while (first > 0) {
                Token p = ts.get(first - 1);
                String pw = Words.lower(p);
                boolean modifier = (Words.isAdjective(p) || Words.isNoun(p)) && !Words.isPunct(p)
                        && !Words.DETERMINERS.contains(pw) && !p.ner().equals("NUMBER") && !p.ner().equals("DATE")
                        && !p.ner().equals("PERSON") && !QuantityReader.VAGUE.contains(pw)
                        && !Words.isOutcome(p) && !pw.equals("other") && !pw.equals("others");
                if (!modifier) {
                    break;
                }
                first--;
            }
            boolean definite = first > 0 && Words.lower(ts.get(first - 1)).equals("the");
            Span span = Span.of(ctx.body(), ts.get(first).start(), t.end());
            String np = span.text();
            String key = commonKey(ctx, table, s.index(), ts, first, i, kind, definite);
            if (key == null) {
                continue;
            }
            if (!table.has(key)) {
                table.actor(key, np, kind);
            }
            table.mention(key, s.index(), first, i, span, np);
        }
    }

    /** Whether a person's name follows (", Azad Baloch"), making a spokesperson noun a title rather than a party. */
    private static boolean namedNext(List<Token> ts, int i) {
        int k = i + 1;
        while (k < ts.size() && Words.isPunct(ts.get(k))) {
            k++;
        }
        return k < ts.size() && ts.get(k).ner().equals("PERSON");
    }

    private String commonKey(ReportContext ctx, ActorTable table, int sentence, List<Token> ts, int first, int head,
                             ActorKind kind, boolean definite) {
        String headWord = Words.lower(ts.get(head));
        for (int k = first; k < head; k++) {
            Token mod = ts.get(k);
            if (mod.ner().equals("ORGANIZATION")) {
                Optional<ActorTable.Mention> org = table.at(sentence, k);
                if (org.isPresent()) {
                    return org.get().key();
                }
            }
        }
        if (List.of("group", "organisation", "organization").contains(headWord)) {
            if (definite && head - first <= 1) {
                // "the group", "the militant group": the organisation last named
                return table.lastBefore(sentence, first, e -> e.named && e.key.startsWith("org:")
                        && (e.kind == ActorKind.ARMED_GROUP || e.kind == ActorKind.POLITICAL_GROUP))
                        .or(() -> table.lastBefore(sentence, first, e -> e.named && e.key.startsWith("org:")
                                && e.kind == ActorKind.OTHER))
                        .map(ActorTable.Mention::key).orElse(null);
            }
            return null;
        }
        String country = null;
        for (int k = first; k < head; k++) {
            Token mod = ts.get(k);
            if (Words.isCapitalised(mod) && (mod.ner().equals("MISC") || mod.ner().equals("LOCATION")
                    || ctx.placeAt(mod.start()) != null)) {
                country = stem(mod.word());
            }
        }
        if (head - first >= 1 && Words.lower(ts.get(first)).equals("enemy")) {
            return "enemy:" + kind;
        }
        if ((kind == ActorKind.STATE_FORCES || kind == ActorKind.POLICE) && country != null) {
            return "forces:" + country + ":" + kind;
        }
        StringBuilder words = new StringBuilder();
        for (int k = first; k <= head; k++) {
            words.append(k > first ? " " : "").append(Words.lower(ts.get(k)));
        }
        return "np:" + kind + ":" + words;
    }

    /** Country names and their demonyms share a stem: Pakistan/Pakistani, Israel/Israeli, Syria/Syrian. */
    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() <= 4 ? w : w.substring(0, Math.min(5, w.length()));
    }

    /** "Two individuals … were identified as a Pakistani military officer": the people side with what they are identified as. */
    private void identifications(ReportContext ctx, ActorTable table) {
        for (Sentence s : ctx.sentences()) {
            List<Token> ts = s.tokens();
            for (int i = 1; i + 2 < ts.size(); i++) {
                if (!Words.lower(ts.get(i)).equals("identified") || !Words.lower(ts.get(i + 1)).equals("as")) {
                    continue;
                }
                Optional<ActorTable.Mention> who = table.lastBefore(s.index(), i, e -> true)
                        .filter(m -> m.sentence() == s.index());
                Optional<ActorTable.Mention> as = Optional.empty();
                for (int k = i + 2; k < Math.min(ts.size(), i + 8) && as.isEmpty(); k++) {
                    as = table.at(s.index(), k);
                }
                if (who.isPresent() && as.isPresent() && !who.get().key().equals(as.get().key())) {
                    ActorTable.Entry e = table.entry(who.get().key());
                    ActorTable.Entry target = table.entry(as.get().key());
                    e.side = target.side != null ? target.side : target.key;
                }
            }
        }
    }

    // ---- sides ----

    /**
     * Generic forces ("soldiers", "the military") side with the report's main force of their kind; singular
     * institutional nouns ("the army") are that force.
     */
    private void linkSides(ActorTable table) {
        Optional<ActorTable.Entry> mainForce = table.entries().stream()
                .filter(e -> e.key.startsWith("forces:") && e.kind == ActorKind.STATE_FORCES)
                .max((a, b) -> Integer.compare(a.spans.size(), b.spans.size()));
        if (mainForce.isEmpty()) {
            mainForce = table.dominant(ActorKind.STATE_FORCES);
        }
        Optional<ActorTable.Entry> mainGroup = table.dominant(ActorKind.ARMED_GROUP);
        for (ActorTable.Entry e : List.copyOf(table.entries())) {
            if (e.key.startsWith("np:") || e.key.startsWith("enemy:")) {
                String head = e.key.substring(e.key.lastIndexOf(' ') + 1);
                head = head.substring(head.lastIndexOf(':') + 1);
                if (e.kind == ActorKind.STATE_FORCES && mainForce.isPresent() && e.key.startsWith("np:")) {
                    if (List.of("military", "army").contains(head) && !e.key.contains(" ")) {
                        table.merge(e.key, mainForce.get().key);
                    } else {
                        e.side = mainForce.get().key;
                    }
                } else if (e.kind == ActorKind.ARMED_GROUP && mainGroup.isPresent() && e.key.startsWith("np:")) {
                    e.side = mainGroup.get().key;
                }
            } else if (e.key.startsWith("org:") && e.kind == ActorKind.STATE_FORCES && mainForce.isPresent()
                    && !mainForce.get().key.equals(e.key)) {
                e.side = mainForce.get().key;
            }
        }
    }
}
