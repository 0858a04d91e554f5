package org.crosscheck.extract.actors;

import static org.crosscheck.extract.Offsets.assertQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.extract.StageFixture;
import org.crosscheck.model.ActorKind;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.HandBuilt;
import org.junit.jupiter.api.Test;

/** Actors on hand-built tokens. */
class ActorRecognizerTest {
    @Test
    void anAcronymInParenthesesIsTheSameOrganisation() {
        AnnotatedText t = HandBuilt.sentence("The Kivu Liberation Front ( KLF ) said its fighters held the ridge .")
                .tags("DT NNP NNP NNP -LRB- NNP -RRB- VBD PRP$ NNS VBD DT NN .")
                .ner("O ORGANIZATION ORGANIZATION ORGANIZATION O ORGANIZATION O O O O O O O O")
                .text();
        ActorTable actors = StageFixture.of(t).actors();
        List<ActorTable.Mention> ms = actors.in(0);
        ActorTable.Mention front = ms.get(0);
        assertQuotes(t.text(), "Kivu Liberation Front (KLF)", front.span());
        assertTrue(ms.stream().anyMatch(m -> m.key().equals(front.key()) && m.span().text().equals("KLF")),
                ms.toString());
        assertEquals(ActorKind.ARMED_GROUP, actors.entry(front.key()).kind(), "'liberation' names an armed group");
    }

    @Test
    void aCommonNounPartyTakesItsModifiers() {
        AnnotatedText t = HandBuilt.sentence("Two local policemen were hurt .").tags("CD JJ NNS VBD VBN .")
                .ner("NUMBER O O O O O").text();
        ActorTable actors = StageFixture.of(t).actors();
        ActorTable.Mention m = actors.in(0).get(0);
        assertQuotes(t.text(), "local policemen", m.span());
        assertEquals(ActorKind.POLICE, actors.entry(m.key()).kind());
    }
}
