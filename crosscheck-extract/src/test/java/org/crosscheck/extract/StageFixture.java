package org.crosscheck.extract;

import java.util.List;
import java.util.Map;
import org.crosscheck.corenlp.CoreNlpAnalyzer;
import org.crosscheck.corenlp.CoreNlpDependencyParser;
import org.crosscheck.corenlp.SemgrexEngine;
import org.crosscheck.extract.actors.ActorRecognizer;
import org.crosscheck.extract.actors.ActorTable;
import org.crosscheck.extract.attribution.AttributionResolver;
import org.crosscheck.extract.attribution.Attributions;
import org.crosscheck.extract.input.ReportContext;
import org.crosscheck.extract.lexicon.Lexicon;
import org.crosscheck.extract.lexicon.Words;
import org.crosscheck.extract.rules.RuleFile;
import org.crosscheck.extract.rules.StageRules;
import org.crosscheck.extract.attribution.SpeakerRules;
import org.crosscheck.model.Place;
import org.crosscheck.model.ReportSource;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.Sentence;

/**
 * What a stage after the actors reads, built from a text: the report context (places from NER locations), its
 * actor table and its attribution. Stage tests build the text by hand ({@link org.crosscheck.text.HandBuilt})
 * and need no model; {@link #analyse} runs the real analyzer and parser for the few tests of rule files.
 */
public record StageFixture(ReportContext ctx, ActorTable actors, Attributions attributions) {
    /** The stages' inputs for a text as given (hand-built or analysed). */
    public static StageFixture of(AnnotatedText text) {
        ReportSource source = new ReportSource("test.txt", null, null, null, text.anchor(), null, Map.of(),
                text.text(), false);
        Reports.NerPlaces geo = new Reports.NerPlaces();
        List<Place> places = geo.geoparse(text);
        ReportContext ctx = ReportContext.of(source, text, places, geo.roles(text, places).keySet());
        ActorTable actors = new ActorRecognizer().recognize(ctx);
        return new StageFixture(ctx, actors, new AttributionResolver(Speakers.RULES).resolve(ctx, actors));
    }

    /** The stages' inputs for {@code body} analysed by CoreNLP, every sentence with a trigger lemma parsed. */
    public static StageFixture analyse(String body) {
        AnnotatedText text = Models.ANALYZER.analyze(body, java.time.LocalDate.of(2025, 2, 2));
        Lexicon lexicon = Lexicon.english();
        AnnotatedText parsed = Models.PARSER.parse(text, i -> text.sentences().get(i).tokens().stream()
                .anyMatch(t -> lexicon.selectsParse(Words.lemma(t))));
        return of(parsed);
    }

    /** The stages' inputs for {@code body} analysed by CoreNLP with every sentence parsed. */
    public static StageFixture parseAll(String body) {
        AnnotatedText text = Models.ANALYZER.analyze(body, java.time.LocalDate.of(2025, 2, 2));
        return of(Models.PARSER.parse(text, i -> true));
    }

    /** The stage rules compiled by the Semgrex engine. */
    public static StageRules rules() {
        return Models.RULES;
    }

    public Sentence sentence(int index) {
        return ctx.sentences().get(index);
    }

    public List<Sentence> sentences() {
        return ctx.sentences();
    }

    /** The speaker rules, compiled without loading a model, so that hand-built tests stay light. */
    private static final class Speakers {
        static final SpeakerRules RULES = new SpeakerRules(new SemgrexEngine().compile(
                RuleFile.load(SpeakerRules.class, SpeakerRules.RULES)));
    }

    /** The models load once per test JVM, on first use. */
    private static final class Models {
        static final CoreNlpAnalyzer ANALYZER = new CoreNlpAnalyzer();
        static final CoreNlpDependencyParser PARSER = new CoreNlpDependencyParser();
        static final StageRules RULES = StageRules.compile(new SemgrexEngine());
    }
}
