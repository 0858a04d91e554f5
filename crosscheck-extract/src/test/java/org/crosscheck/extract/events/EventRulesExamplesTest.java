package org.crosscheck.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crosscheck.extract.StageFixture;
import org.crosscheck.extract.rules.RuleExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples of the event stage's rule files ({@code event-means.tsv}, {@code flight-words.txt}), each run through
 * the real analyzer and parser and the event stage: the sentence tells the incidents of the sub-types the example
 * states ("a rocket attack" is one shelling, no armed clash beside it; "fled the fighting" is none).
 */
class EventRulesExamplesTest {
    record Example(String sentence, String subType) {
        @Override
        public String toString() {
            return subType + ": " + sentence;
        }
    }

    static List<Example> examples() {
        return RuleExamples.read(EventMeans.class, "event-rules.examples", 2,
                f -> new Example(f.get(0), f.get(1)));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theSentenceTellsTheIncidentsItsExampleStates(Example example) {
        StageFixture f = StageFixture.analyse(example.sentence());
        List<EventDraft> events = new EventExtractor().extract(f.ctx(), f.actors(), List.of());
        List<String> expected = example.subType().equals("none") ? List.of()
                : List.of(example.subType().split(", *"));
        assertEquals(expected, events.stream().map(EventDraft::subType).toList(),
                () -> example + " " + f.sentence(0).dependencies());
    }

    @Test
    void everyMeansHasAnExample() {
        // the means table's rows are its rules; each sub-type it gives is checked on a sentence
        Set<String> means = new TreeSet<>(RuleExamples.read(EventMeans.class, EventMeans.FILE, 3,
                f -> f.get(2).strip()));
        Set<String> exemplified = examples().stream().flatMap(e -> Stream.of(e.subType().split(", *")))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(exemplified.containsAll(means), () -> "sub-types without an example: " + means.stream()
                .filter(m -> !exemplified.contains(m)).toList());
        assertTrue(exemplified.contains("none"), "no example of violence fled (" + FledViolence.FILE + ")");
    }
}
