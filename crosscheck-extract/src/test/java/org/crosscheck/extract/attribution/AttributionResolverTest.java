package org.crosscheck.extract.attribution;

import static org.crosscheck.extract.Offsets.assertQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.crosscheck.extract.StageFixture;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.HandBuilt;
import org.junit.jupiter.api.Test;

/** Whose account each token is, on hand-built tokens. */
class AttributionResolverTest {
    @Test
    void aReportingVerbGivesItsSubjectTheAccountAfterIt() {
        AnnotatedText t = HandBuilt.text(LocalDate.of(2024, 9, 3),
                HandBuilt.sentence("Police said two guards were hurt .").tags("NNS VBD CD NNS VBD VBN .")
                        .lemmas("police say two guard be hurt ."),
                HandBuilt.sentence("The road was closed .").tags("DT NN VBD VBN ."));
        StageFixture f = StageFixture.of(t);
        Attribution a = f.attributions().at(0, 2);
        assertEquals("Police", f.actors().entry(a.claimant()).name());
        assertQuotes(t.text(), "said", a.cue());
        assertEquals(a, f.attributions().at(1, 1), "the next sentence of the paragraph goes on with the account");
    }

    @Test
    void aCueAfterAQuotedSentenceSpeaksOnlyTheQuotation() {
        AnnotatedText t = HandBuilt.sentence("After the raid killed nine , the mayor was sure “ We saw no fighters , ” Ruiz told reporters .")
                .tags("IN DT NN VBD CD , DT NN VBD JJ `` PRP VBD DT NNS , '' NNP VBD NNS .")
                .lemmas("after the raid kill nine , the mayor be sure `` we see no fighter , '' Ruiz tell reporter .")
                .ner("O O O O NUMBER O O O O O O O O O O O O PERSON O O O").text();
        StageFixture f = StageFixture.of(t);
        assertTrue(f.attributions().at(0, 4).isOutlet(), "the words before the quotation are not the speaker's");
        assertEquals("Ruiz", f.actors().entry(f.attributions().at(0, 14).claimant()).name());
    }

    @Test
    void aQuotedPhraseInsideTheAccountDoesNotStopTheCue() {
        AnnotatedText t = HandBuilt.sentence("Gunmen killed nine and burned “ everything , ” Ruiz said .")
                .tags("NNS VBD CD CC VBD `` NN , '' NNP VBD .")
                .lemmas("gunman kill nine and burn `` everything , '' Ruiz say .")
                .ner("O O NUMBER O O O O O O PERSON O O").text();
        StageFixture f = StageFixture.of(t);
        assertEquals("Ruiz", f.actors().entry(f.attributions().at(0, 2).claimant()).name());
    }

    @Test
    void withoutACueTheOutletSpeaks() {
        AnnotatedText t = HandBuilt.sentence("Two guards were hurt .").tags("CD NNS VBD VBN .").text();
        assertTrue(StageFixture.of(t).attributions().at(0, 0).isOutlet());
    }

    @Test
    void eachConjoinedSubjectOfAParsedVerbSpeaks() {
        AnnotatedText t = HandBuilt.sentence("Lima and Quito have denied sending troops .")
                .tags("NNP CC NNP VBP VBN VBG NNS .").lemmas("Lima and Quito have deny send troop .")
                .ner("LOCATION O LOCATION O O O O O")
                .deps("nsubj(denied-5, Lima-1) cc(Quito-3, and-2) conj:and(Lima-1, Quito-3) nsubj(denied-5, Quito-3) "
                        + "aux(denied-5, have-4) root(ROOT-0, denied-5) xcomp(denied-5, sending-6) "
                        + "obj(sending-6, troops-7) punct(denied-5, .-8)").text();
        StageFixture f = StageFixture.of(t);
        var speakers = f.attributions().cues().stream().map(c -> f.actors().entry(c.attribution().claimant()).name())
                .toList();
        assertEquals(java.util.List.of("Lima", "Quito"), speakers);
        assertTrue(f.attributions().cues().stream().allMatch(AttributionResolver.Cue::denial));
    }

    @Test
    void aNegatedDenialIsNoCue() {
        AnnotatedText t = HandBuilt.sentence("Officials do not deny the raid .")
                .tags("NNS VBP RB VB DT NN .").lemmas("official do not deny the raid .")
                .deps("nsubj(deny-4, Officials-1) aux(deny-4, do-2) advmod(deny-4, not-3) root(ROOT-0, deny-4) "
                        + "det(raid-6, the-5) obj(deny-4, raid-6) punct(deny-4, .-7)").text();
        assertTrue(StageFixture.of(t).attributions().cues().isEmpty());
    }

    @Test
    void aPassiveDenialSpeaksThroughItsAgent() {
        AnnotatedText t = HandBuilt.sentence("The toll was denied by police .")
                .tags("DT NN VBD VBN IN NNS .").lemmas("the toll be deny by police .")
                .deps("det(toll-2, The-1) nsubj:pass(denied-4, toll-2) aux:pass(denied-4, was-3) root(ROOT-0, denied-4) "
                        + "case(police-6, by-5) obl:agent(denied-4, police-6) punct(denied-4, .-7)").text();
        StageFixture f = StageFixture.of(t);
        assertEquals("police", f.actors().entry(f.attributions().cues().get(0).attribution().claimant()).name()
                .toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void theHeaderNamesTheOutletByItsFirstNameAndAShortNameInParentheses() {
        assertEquals(java.util.List.of("relief agency", "tra"), HeaderOutlet.names("Relief Agency (TRA) news release"));
        assertEquals(java.util.List.of("daily courier"),
                HeaderOutlet.names("The Daily Courier (internal evidence: 'told the Courier')"));
    }

    @Test
    void rejectingSomethingAskedIsARefusalNotADenial() {
        AnnotatedText t = HandBuilt.sentence("The junta rejected calls for a truce .")
                .tags("DT NN VBD NNS IN DT NN .").lemmas("the junta reject call for a truce .")
                .deps("det(junta-2, The-1) nsubj(rejected-3, junta-2) root(ROOT-0, rejected-3) obj(rejected-3, calls-4) "
                        + "case(truce-7, for-5) det(truce-7, a-6) nmod:for(calls-4, truce-7) punct(rejected-3, .-8)").text();
        assertTrue(StageFixture.of(t).attributions().cues().isEmpty());
    }

    @Test
    void theContentOfAClaimNamesNoOwner() {
        AnnotatedText t = HandBuilt.sentence("Lima disputed claims that rebels fired from the school .")
                .tags("NNP VBD NNS IN NNS VBD IN DT NN .").lemmas("Lima dispute claim that rebel fire from the school .")
                .deps("nsubj(disputed-2, Lima-1) root(ROOT-0, disputed-2) obj(disputed-2, claims-3) mark(fired-6, that-4) "
                        + "nsubj(fired-6, rebels-5) acl(claims-3, fired-6) case(school-9, from-7) det(school-9, the-8) "
                        + "obl:from(fired-6, school-9) punct(disputed-2, .-10)").text();
        assertTrue(ReportingClause.answeredOwners(StageFixture.of(t).sentence(0), 2).isEmpty());
    }

    @Test
    void aNameBeforeItsShortFormSpeaksAndItRefersBackToIt() {
        AnnotatedText t = HandBuilt.text(LocalDate.of(2024, 9, 3),
                HandBuilt.sentence("The Relief Council ( TRC ) said the only clinic still open was shelled .")
                        .tags("DT NNP NNP -LRB- NNP -RRB- VBD DT JJ NN RB JJ VBD VBN .")
                        .lemmas("the Relief Council ( TRC ) say the only clinic still open be shell .")
                        .ner("O ORGANIZATION ORGANIZATION O O O O O O O O O O O O"),
                HandBuilt.sentence("A medic was killed , it added .").tags("DT NN VBD VBN , PRP VBD .")
                        .lemmas("a medic be kill , it add ."));
        StageFixture f = StageFixture.of(t);
        var names = f.attributions().cues().stream().map(c -> f.actors().entry(c.attribution().claimant()).name())
                .toList();
        assertEquals(java.util.List.of("Relief Council", "Relief Council"), names);
    }

    @Test
    void aPartyThatStartsTheReportedClauseIsNotTheSpeaker() {
        AnnotatedText t = HandBuilt.sentence("Reports said the hospital was shelled .")
                .tags("NNS VBD DT NN VBD VBN .").lemmas("report say the hospital be shell .").text();
        assertTrue(StageFixture.of(t).attributions().cues().isEmpty());
    }
}
