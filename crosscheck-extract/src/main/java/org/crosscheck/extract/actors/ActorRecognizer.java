package org.crosscheck.extract.actors;

import java.util.List;
import java.util.Optional;
import org.crosscheck.extract.input.ReportContext;
import org.crosscheck.extract.lexicon.Words;
import org.crosscheck.model.ActorKind;
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
public final class ActorRecognizer {
    public ActorTable recognize(ReportContext ctx) {
        ActorTable table = new ActorTable();
        List<EntityMention> mentions = new java.util.ArrayList<>(ctx.text().mentions());
        mentions.addAll(OrganisationRecognizer.unlabelledOrganisations(ctx));
        mentions.sort(java.util.Comparator.comparingInt(EntityMention::start));
        for (EntityMention m : mentions) {
            if (m.label().equals("ORGANIZATION")) {
                OrganisationRecognizer.organisation(ctx, table, m);
            }
        }
        for (EntityMention m : mentions) {
            if (m.label().equals("PERSON")) {
                PersonRecognizer.person(ctx, table, m);
            }
        }
        for (Sentence s : ctx.sentences()) {
            CommonNounRecognizer.commonNouns(ctx, table, s);
        }
        linkSides(table);
        identifications(ctx, table);
        return table;
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
