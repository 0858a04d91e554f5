package org.crosscheck.extract.events;

import static org.crosscheck.extract.Offsets.assertQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.extract.StageFixture;
import org.crosscheck.extract.time.SutimeTimeResolver;
import org.crosscheck.model.EventType;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.HandBuilt;
import org.junit.jupiter.api.Test;

/** Events on hand-built tokens. */
class EventExtractorTest {
    @Test
    void aVerbOfAttackMakesAClashAtThePlaceTheSentenceNames() {
        AnnotatedText t = HandBuilt.text(LocalDate.of(2024, 6, 20),
                HandBuilt.sentence("Militants ambushed a convoy near Rutshuru on Tuesday .")
                        .tags("NNS VBD DT NN IN NNP IN NNP .").ner("O O O O O LOCATION O DATE O")
                        .normalized(7, "2024-06-18"));
        StageFixture f = StageFixture.of(t);
        List<EventDraft> events = new EventExtractor().extract(f.ctx(), f.actors(),
                new SutimeTimeResolver().resolve(t));
        assertEquals(1, events.size());
        EventDraft e = events.get(0);
        assertEquals(EventType.BATTLES, e.type());
        assertEquals("Armed clash", e.subType());
        assertEquals("event.verb", e.rule());
        assertEquals("Rutshuru", e.place().name());
        assertEquals("2024-06-18", e.day());
        assertQuotes(t.text(), t.text(), e.evidence().get(0));
    }

    @Test
    void anAirStrikeIsTypedByItsCompound() {
        AnnotatedText t = HandBuilt.sentence("An air strike hit the depot .").tags("DT NN NN VBD DT NN .").text();
        StageFixture f = StageFixture.of(t);
        EventDraft e = new EventExtractor().extract(f.ctx(), f.actors(), List.of()).get(0);
        assertEquals("Air/drone strike", e.subType());
        assertEquals("event.air-strike", e.rule());
    }

    @Test
    void eachKindOfIncidentASentenceTellsIsAnEvent() {
        AnnotatedText t = HandBuilt.sentence("Clashes continued in the hills and an airstrike hit the market .")
                .tags("NNS VBD IN DT NNS CC DT NN VBD DT NN .").text();
        StageFixture f = StageFixture.of(t);
        List<EventDraft> events = new EventExtractor().extract(f.ctx(), f.actors(), List.of());
        assertEquals(List.of(EventType.BATTLES, EventType.EXPLOSIONS), events.stream().map(EventDraft::type).toList());
    }

    @Test
    void thePartsOfAnOperationAreNotIncidentsOfTheirOwn() {
        AnnotatedText t = HandBuilt.sentence("The army began an offensive that included airstrikes and shelling .")
                .tags("DT NN VBD DT NN WDT VBD NNS CC NN .").text();
        StageFixture f = StageFixture.of(t);
        assertEquals(1, new EventExtractor().extract(f.ctx(), f.actors(), List.of()).size());
    }

    @Test
    void anAttackAndTheShellingThatTellsItsMeansOnOneDayAtOnePlaceAreOneIncident() {
        AnnotatedText t = HandBuilt.text(LocalDate.of(2024, 6, 20),
                HandBuilt.sentence("Militiamen attacked villagers in Mabanga on Tuesday .")
                        .tags("NNS VBD NNS IN NNP IN NNP .").ner("O O O O LOCATION O DATE O")
                        .normalized(6, "2024-06-18"),
                HandBuilt.sentence("Mortar shells hit the market of Mabanga on Tuesday .")
                        .tags("NN NNS VBD DT NN IN NNP IN NNP .").ner("O O O O O O LOCATION O DATE O")
                        .normalized(8, "2024-06-18"));
        StageFixture f = StageFixture.of(t);
        List<EventDraft> events = new EventExtractor().extract(f.ctx(), f.actors(),
                new SutimeTimeResolver().resolve(t));
        assertEquals(1, events.size());
        assertEquals(EventType.EXPLOSIONS, events.get(0).type());
        assertEquals("Shelling/artillery/missile attack", events.get(0).subType());
        assertEquals(List.of(0, 1), events.get(0).sentences());
        assertQuotes(t.text(), "Mortar shells hit the market of Mabanga on Tuesday.", events.get(0).evidence().get(1));
    }

    @Test
    void anAttackOnAnotherDayIsAnotherIncident() {
        AnnotatedText t = HandBuilt.text(LocalDate.of(2024, 6, 20),
                HandBuilt.sentence("Militiamen attacked villagers in Mabanga on Monday .")
                        .tags("NNS VBD NNS IN NNP IN NNP .").ner("O O O O LOCATION O DATE O")
                        .normalized(6, "2024-06-17"),
                HandBuilt.sentence("Mortar shells hit the market of Mabanga on Tuesday .")
                        .tags("NN NNS VBD DT NN IN NNP IN NNP .").ner("O O O O O O LOCATION O DATE O")
                        .normalized(8, "2024-06-18"));
        StageFixture f = StageFixture.of(t);
        List<EventDraft> events = new EventExtractor().extract(f.ctx(), f.actors(),
                new SutimeTimeResolver().resolve(t));
        assertEquals(List.of(EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.EXPLOSIONS), events.stream().map(EventDraft::type).toList());
    }

    @Test
    void aTollAtAPlaceOfItsOwnIsAnIncidentOfTheKindToldLast() {
        AnnotatedText t = HandBuilt.text(LocalDate.of(2024, 6, 20),
                HandBuilt.sentence("Drone strikes hit towns across India on Saturday .")
                        .tags("NN NNS VBD NNS IN NNP IN NNP .").ner("O O O O O LOCATION O DATE O")
                        .normalized(7, "2024-06-15"),
                HandBuilt.sentence("Four people were killed in Pune .").tags("CD NNS VBD VBN IN NNP .")
                        .lemmas("four person be kill in Pune .").ner("NUMBER O O O O LOCATION O"),
                HandBuilt.sentence("Two people were injured in India .").tags("CD NNS VBD VBN IN NNP .")
                        .lemmas("two person be injure in India .").ner("NUMBER O O O O LOCATION O"));
        StageFixture f = StageFixture.of(t);
        List<EventDraft> events = new EventExtractor().extract(f.ctx(), f.actors(),
                new SutimeTimeResolver().resolve(t));
        assertEquals(2, events.size(), "a toll in the country of the strikes is no incident of its own");
        EventDraft pune = events.get(1);
        assertEquals("event.toll-place", pune.rule());
        assertEquals(EventType.EXPLOSIONS, pune.type());
        assertEquals("Pune", pune.place().name());
        assertEquals("2024-06-15", pune.day());
        assertQuotes(t.text(), "Four people were killed in Pune.", pune.evidence().get(0));
    }

    @Test
    void anUndatedLeadTakesTheDayItsRetellingGivesNotTheDatelines() {
        AnnotatedText t = HandBuilt.text(LocalDate.of(1991, 3, 4),
                HandBuilt.sentence("Nairobi , 4 Mar 91 ( AFP ) -- Gunmen ambushed a bus near Garsen .")
                        .tags("NNP , CD NNP CD -LRB- NNP -RRB- : NNS VBD DT NN IN NNP .")
                        .ner("LOCATION O DATE DATE DATE O ORGANIZATION O O O O O O O LOCATION O")
                        .normalized(2, "1991-03-04").normalized(3, "1991-03-04").normalized(4, "1991-03-04"),
                HandBuilt.sentence("The bus was ambushed on 28 February , police said .")
                        .tags("DT NN VBD VBN IN CD NNP , NNS VBD .").ner("O O O O O DATE DATE O O O O")
                        .normalized(5, "1991-02-28").normalized(6, "1991-02-28"));
        StageFixture f = StageFixture.of(t);
        List<EventDraft> events = new EventExtractor().extract(f.ctx(), f.actors(),
                new SutimeTimeResolver().resolve(t));
        assertEquals(1, events.size());
        assertEquals("1991-02-28", events.get(0).day());
        assertEquals(List.of(0, 1), events.get(0).sentences());
    }
}
