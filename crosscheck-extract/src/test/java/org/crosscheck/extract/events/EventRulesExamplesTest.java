package org.crosscheck.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crosscheck.extract.StageFixture;
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

    static List<Example> examples() throws IOException {
        try (var in = EventMeans.class.getResourceAsStream("event-rules.examples");
             var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", -1))
                    .map(f -> new Example(f[0], f[1])).toList();
        }
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
}
