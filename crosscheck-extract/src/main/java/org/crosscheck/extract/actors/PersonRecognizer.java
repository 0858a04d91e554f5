package org.crosscheck.extract.actors;

import java.util.List;
import java.util.Optional;
import org.crosscheck.extract.input.ReportContext;
import org.crosscheck.extract.lexicon.Words;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.Span;
import org.crosscheck.text.EntityMention;
import org.crosscheck.text.Token;

/**
 * Persons: the NER mentions with their titles, a surname alone referring back to the person named before, "aka"
 * names, and the organisation a spokesperson speaks for or a person holds a post in. Stateless.
 */
final class PersonRecognizer {
    private PersonRecognizer() {
    }

    static void person(ReportContext ctx, ActorTable table, EntityMention m) {
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
        // "Acme Relief president Jane Roe", "Hamas commander X": an official's title after the organisation
        boolean post = k < 0 || !Words.SPOKESPEOPLE.contains(Words.lower(ts.get(k)));
        if (post && first < m.firstToken()) {
            k = first;
        }
        if (k >= 0 && (Words.SPOKESPEOPLE.contains(Words.lower(ts.get(k))) || post && k == first && k < m.firstToken())) {
            int j = k - 1;
            while (j >= 0 && (Words.lower(ts.get(j)).equals("'s") || Words.lower(ts.get(j)).equals("’s"))) {
                j--;
            }
            Optional<ActorTable.Mention> org = j >= 0 ? table.at(m.sentence(), j) : Optional.empty();
            String group = j >= 0 && org.isEmpty() ? CommonNounRecognizer.groupReference(table, m.sentence(), ts, j) : null;
            if (group == null && j >= 0 && org.isEmpty()
                    && Words.PEOPLE_NOUNS.get(Words.lower(ts.get(m.firstToken() - 1))) == ActorKind.GOVERNMENT) {
                // "Zarvia's president Jane Roe", "Zarvia President Jane Roe": the country's government
                group = Parties.governmentAt(ctx, table, ts, m.sentence(), j);
            }
            if (group != null) {
                // "the group's vice chairman Jane Roe": the organisation the report named last
                e.speaksFor = group;
                e.side = group;
            } else if (org.isPresent() && !org.get().key().equals(key)
                    && table.entry(org.get().key()).kind != ActorKind.PERSON) {
                e.speaksFor = org.get().key();
                e.side = org.get().key();
                String phrase = ctx.body().substring(ts.get(org.get().first()).start(), m.end());
                if (!phrase.contains("\n")) {
                    e.aliases.add(phrase);
                }
            }
        }
        // "John Ging, UNRWA's Director of Operations": the person holds a post in the organisation
        // "Jane Roe, the group's vice chairman": the same, with "the group" for the organisation named last
        int owner = m.lastToken() + 2;
        if (owner < ts.size() && Words.lower(ts.get(owner)).equals("the")) {
            owner++;
        }
        if (owner + 1 < ts.size() && ts.get(m.lastToken() + 1).word().equals(",")
                && (Words.lower(ts.get(owner + 1)).equals("'s") || Words.lower(ts.get(owner + 1)).equals("’s"))) {
            String org = table.at(m.sentence(), owner).map(ActorTable.Mention::key).filter(o -> o.startsWith("org:"))
                    .orElse(CommonNounRecognizer.groupReference(table, m.sentence(), ts, owner));
            if (org != null && e.side == null) {
                e.side = org;
                // "…, UNRWA's director of operations": an official speaks for the body whose post he holds
                int title = owner + 2;
                while (title + 1 < ts.size() && Words.isAdjective(ts.get(title))) {
                    title++; // "the group's senior commander"
                }
                if (title < ts.size() && Words.TITLES.contains(Words.lower(ts.get(title)))) {
                    e.speaksFor = org;
                }
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
        // "Jane Roe, the top UN relief official in Lima", "Jane Roe, a senior Tarn Front commander": a post the
        // apposition names with its organisation before the title
        if (e.speaksFor == null) {
            String org = postInApposition(table, m.sentence(), ts, m.lastToken() + 1);
            if (org != null && !org.equals(key)) {
                e.speaksFor = org;
                e.side = org;
            }
        }
        // "Jane Roe of the Relief Agency said", "Jane Roe from Acme Aid": she speaks for the organisation she is of
        int of = m.lastToken() + 1;
        if (e.speaksFor == null && of + 1 < ts.size() && List.of("of", "from").contains(Words.lower(ts.get(of)))) {
            int o = Words.DETERMINERS.contains(Words.lower(ts.get(of + 1))) ? of + 2 : of + 1;
            Optional<ActorTable.Mention> org = o < ts.size() ? table.at(m.sentence(), o) : Optional.empty();
            if (org.isPresent() && org.get().key().startsWith("org:") && !org.get().key().equals(key)) {
                e.speaksFor = org.get().key();
                e.side = org.get().key();
            }
        }
        // "the agency's director of operations in Lima, Jane Roe": the post's owner, before the name
        if (e.speaksFor == null && m.firstToken() >= 4 && ts.get(m.firstToken() - 1).word().equals(",")) {
            for (int j = m.firstToken() - 2; j >= 2 && j >= m.firstToken() - 8; j--) {
                String w = Words.lower(ts.get(j));
                if (Words.isPunct(ts.get(j)) || ts.get(j).pos().startsWith("VB")) {
                    break;
                }
                if (Words.TITLES.contains(w) || Words.SPOKESPEOPLE.contains(w)) {
                    int o = j - 1;
                    while (o > 1 && Words.isAdjective(ts.get(o))) {
                        o--;
                    }
                    if (POSSESSIVES.contains(ts.get(o).word())) {
                        String org = table.at(m.sentence(), o - 1).map(ActorTable.Mention::key)
                                .filter(x -> x.startsWith("org:"))
                                .orElse(CommonNounRecognizer.groupReference(table, m.sentence(), ts, o - 1));
                        if (org != null) {
                            e.speaksFor = org;
                            e.side = org;
                        }
                    }
                    break;
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

    /**
     * The organisation of a post named in the apposition that starts at {@code comma} (", the top UN relief
     * official"): an organisation mention, then the head of the apposition a title or an official, before any verb
     * or punctuation. Null when there is none.
     */
    private static String postInApposition(ActorTable table, int sentence, List<Token> ts, int comma) {
        if (comma >= ts.size() || !ts.get(comma).word().equals(",")) {
            return null;
        }
        String org = null;
        for (int j = comma + 1; j < ts.size() && j <= comma + 7; j++) {
            Token t = ts.get(j);
            String w = Words.lower(t);
            if (Words.isPunct(t) || t.pos().startsWith("VB") || t.pos().equals("IN")) {
                return null;
            }
            Optional<ActorTable.Mention> at = table.at(sentence, j);
            if (org == null && at.isPresent() && at.get().key().startsWith("org:")) {
                org = at.get().key();
            }
            boolean head = j + 1 >= ts.size() || !ts.get(j + 1).pos().startsWith("NN");
            if (org != null && head && (Words.TITLES.contains(w) || Words.SPOKESPEOPLE.contains(w)
                    || Words.PEOPLE_NOUNS.get(w) == ActorKind.GOVERNMENT)) {
                return org;
            }
            if (head && t.pos().startsWith("NN") && org != null && !at.map(a -> a.key().startsWith("org:")).orElse(false)) {
                return null; // the apposition's head is no post ("Jane Roe, a UN camp resident")
            }
        }
        return null;
    }

    private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("'s", "’s", "'", "’");

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
}
