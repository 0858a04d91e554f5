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
    void aPartyNameThatNerLeftUntaggedIsAnOrganisation() {
        AnnotatedText t = HandBuilt.sentence("In the north , the Taliban said a convoy was hit .")
                .tags("IN DT NN , DT NNP VBD DT NN VBD VBN .").text();
        ActorTable actors = StageFixture.of(t).actors();
        ActorTable.Mention m = actors.in(0).get(0);
        assertQuotes(t.text(), "Taliban", m.span());
        assertEquals(ActorKind.ARMED_GROUP, actors.entry(m.key()).kind());
    }

    @Test
    void aPostInAnAppositionSpeaksForItsOrganisation() {
        AnnotatedText t = HandBuilt.sentence("Ana Ruiz , the top UN relief official in Lima , said the depot burned .")
                .tags("NNP NNP , DT JJ NNP NN NN IN NNP , VBD DT NN VBD .")
                .ner("PERSON PERSON O O O ORGANIZATION O O O LOCATION O O O O O O").text();
        ActorTable actors = StageFixture.of(t).actors();
        ActorTable.Entry ruiz = actors.entry(actors.in(0).get(0).key());
        assertEquals("UN", actors.entry(ruiz.speaksFor()).name());

        AnnotatedText resident = HandBuilt.sentence("Ana Ruiz , a UN camp resident , said the depot burned .")
                .tags("NNP NNP , DT NNP NN NN , VBD DT NN VBD .")
                .ner("PERSON PERSON O O ORGANIZATION O O O O O O O O").text();
        ActorTable other = StageFixture.of(resident).actors();
        assertEquals(null, other.entry(other.in(0).get(0).key()).speaksFor(), "a resident holds no post");
    }

    @Test
    void aPersonOfAnOrganisationSpeaksForIt() {
        AnnotatedText t = HandBuilt.sentence("Ana Ruiz of the Relief Agency said the depot burned .")
                .tags("NNP NNP IN DT NNP NNP VBD DT NN VBD .")
                .ner("PERSON PERSON O O ORGANIZATION ORGANIZATION O O O O O").text();
        ActorTable actors = StageFixture.of(t).actors();
        ActorTable.Entry ruiz = actors.entry(actors.at(0, 0).orElseThrow().key());
        assertEquals("Relief Agency", actors.entry(ruiz.speaksFor()).name());
    }

    @Test
    void aPartyNounWithItsPlaceIsOneMoreSurfaceForm() {
        AnnotatedText t = HandBuilt.sentence("Rebel groups in Dara say a clinic was hit .")
                .tags("JJ NNS IN NNP VBP DT NN VBD VBN .")
                .ner("O O O LOCATION O O O O O O").text();
        ActorTable actors = StageFixture.of(t).actors();
        ActorTable.Entry rebels = actors.entry(actors.at(0, 1).orElseThrow().key());
        assertEquals("Rebel groups", rebels.name());
        assertTrue(rebels.aliases().contains("Rebel groups in Dara"), rebels.aliases().toString());
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

    @Test
    void aSpokesmanOfAnAcronymTheTaggerMissedSpeaksForThatOrganisation() {
        AnnotatedText t = HandBuilt.text(java.time.LocalDate.of(2024, 9, 3),
                HandBuilt.sentence("The Kivu Liberation Front ( KLF ) shelled the ridge .")
                        .tags("DT NNP NNP NNP -LRB- NNP -RRB- VBD DT NN .")
                        .ner("O ORGANIZATION ORGANIZATION ORGANIZATION O ORGANIZATION O O O O O"),
                HandBuilt.sentence("A KLF spokesman denied it .").tags("DT NNP NN VBD PRP .")
                        .lemmas("a KLF spokesman deny it ."));
        ActorTable actors = StageFixture.of(t).actors();
        ActorTable.Mention m = actors.at(1, 2).orElseThrow();
        assertQuotes(t.text(), "KLF spokesman", m.span());
        assertEquals("Kivu Liberation Front", actors.entry(m.key()).name());
    }

    @Test
    void aPartyNounBeforeANeutralHeadGivesItsKind() {
        AnnotatedText t = HandBuilt.sentence("Rebel groups and military sources said the road was cut .")
                .tags("JJ NNS CC JJ NNS VBD DT NN VBD VBN .").lemmas("rebel group and military source say the road be cut .")
                .text();
        ActorTable actors = StageFixture.of(t).actors();
        ActorTable.Mention rebels = actors.at(0, 1).orElseThrow();
        assertQuotes(t.text(), "Rebel groups", rebels.span());
        assertEquals(ActorKind.ARMED_GROUP, actors.entry(rebels.key()).kind());
        ActorTable.Mention sources = actors.at(0, 4).orElseThrow();
        assertQuotes(t.text(), "military sources", sources.span());
        assertEquals(ActorKind.STATE_FORCES, actors.entry(sources.key()).kind());
    }

    @Test
    void anOfficialOfTheGroupSpeaksForTheOrganisationNamedBefore() {
        AnnotatedText t = HandBuilt.text(java.time.LocalDate.of(2024, 9, 3),
                HandBuilt.sentence("The Kivu Liberation Front holds the hills .").tags("DT NNP NNP NNP VBZ DT NNS .")
                        .ner("O ORGANIZATION ORGANIZATION ORGANIZATION O O O O"),
                HandBuilt.sentence("The group 's vice chairman Jean Mbala says : we lost two men .")
                        .tags("DT NN POS NN NN NNP NNP VBZ : PRP VBD CD NNS .")
                        .ner("O O O O O PERSON PERSON O O O O NUMBER O O"),
                HandBuilt.sentence("Paul Ndoki , the group 's deputy commander , agreed .")
                        .tags("NNP NNP , DT NN POS JJ NN , VBD .")
                        .ner("PERSON PERSON O O O O O O O O O"));
        ActorTable actors = StageFixture.of(t).actors();
        String front = actors.at(0, 1).orElseThrow().key();
        assertEquals(front, actors.entry(actors.at(1, 5).orElseThrow().key()).speaksFor());
        assertEquals(front, actors.entry(actors.at(2, 0).orElseThrow().key()).speaksFor());
    }

    @Test
    void aCountrysPresidentSpeaksForItsGovernment() {
        AnnotatedText t = HandBuilt.sentence("Zarvia 's president Jane Roe denied the raid .")
                .tags("NNP POS NN NNP NNP VBD DT NN .").lemmas("Zarvia 's president Jane Roe deny the raid .")
                .ner("LOCATION O O PERSON PERSON O O O O").text();
        ActorTable actors = StageFixture.of(t).actors();
        ActorTable.Entry roe = actors.entry(actors.at(0, 3).orElseThrow().key());
        ActorTable.Entry government = actors.entry(roe.speaksFor());
        assertEquals("Zarvia", government.name());
        assertEquals(ActorKind.GOVERNMENT, government.kind());
    }

    @Test
    void officialsOfACountrySideWithItsGovernment() {
        AnnotatedText t = HandBuilt.sentence("Zarvia officials said the border was shut .")
                .tags("NNP NNS VBD DT NN VBD VBN .").lemmas("Zarvia official say the border be shut .")
                .ner("LOCATION O O O O O O O").text();
        ActorTable actors = StageFixture.of(t).actors();
        ActorTable.Entry officials = actors.entry(actors.at(0, 1).orElseThrow().key());
        assertEquals("Zarvia", actors.entry(officials.side()).name());
        assertEquals(ActorKind.GOVERNMENT, actors.entry(officials.side()).kind());
    }

    @Test
    void aPostNamedBeforeThePersonGivesTheOrganisationHeSpeaksFor() {
        AnnotatedText t = HandBuilt.sentence("The Relief Council 's director of operations in Lima , Jane Roe , said two staff died .")
                .tags("DT NNP NNP POS NN IN NNS IN NNP , NNP NNP , VBD CD NNS VBD .")
                .ner("O ORGANIZATION ORGANIZATION O O O O O LOCATION O PERSON PERSON O O NUMBER O O O").text();
        ActorTable actors = StageFixture.of(t).actors();
        ActorTable.Entry roe = actors.entry(actors.at(0, 10).orElseThrow().key());
        assertEquals("Relief Council", actors.entry(roe.speaksFor()).name());
    }
}
