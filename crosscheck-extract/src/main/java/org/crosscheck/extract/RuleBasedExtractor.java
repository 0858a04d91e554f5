package org.crosscheck.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crosscheck.extract.actors.ActorRecognizer;
import org.crosscheck.extract.actors.ActorTable;
import org.crosscheck.extract.attribution.Attribution;
import org.crosscheck.extract.attribution.AttributionResolver;
import org.crosscheck.extract.attribution.SpeakerRules;
import org.crosscheck.extract.attribution.Attributions;
import org.crosscheck.extract.claims.ClaimDraft;
import org.crosscheck.extract.claims.ClaimExtractor;
import org.crosscheck.extract.claims.casualty.CasualtyExtractor;
import org.crosscheck.extract.claims.link.ClaimConsolidator;
import org.crosscheck.extract.claims.material.MaterialClaimExtractor;
import org.crosscheck.extract.claims.statement.StatementClaimExtractor;
import org.crosscheck.extract.events.EventDraft;
import org.crosscheck.extract.events.EventExtractor;
import org.crosscheck.extract.input.LanguageIdentifier;
import org.crosscheck.extract.input.ReportContext;
import org.crosscheck.extract.lexicon.Lexicon;
import org.crosscheck.extract.lexicon.Words;
import org.crosscheck.extract.rules.StageRules;
import org.crosscheck.extract.scope.BackgroundScope;
import org.crosscheck.extract.time.SutimeTimeResolver;
import org.crosscheck.extract.time.TimeMention;
import org.crosscheck.extract.time.TimeResolver;
import org.crosscheck.model.Actor;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Event;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.Geoparser;
import org.crosscheck.model.Place;
import org.crosscheck.model.ReportExtractor;
import org.crosscheck.model.ReportMeta;
import org.crosscheck.model.ReportSource;
import org.crosscheck.model.UnreadableReportException;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.DependencyParser;
import org.crosscheck.text.PatternEngine;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;
import org.crosscheck.text.TextAnalyzer;

/**
 * The extraction pipeline: language check, NLP analysis, a dependency parse of the sentences that hold a trigger
 * lemma of the lexicon (the others are read from tokens only, which keeps the parser's cost to the sentences
 * that need it), places, then the rule stages — actors, attribution, claims (casualties, denials and blame,
 * damage/seizure/control), events with their times — and the consolidation that numbers and links them.
 * Thread-safe when its analyzer, parser and geoparser are: it keeps no state between reports, and each
 * report's working tables live only inside one call.
 */
public final class RuleBasedExtractor implements ReportExtractor {
    /**
     * The longest body extracted, in UTF-16 units. Analysis holds about 350 bytes per character of a body at
     * once (a 2,000,000-character report peaked at 0.7 GB of live heap), so this keeps two reports on two
     * threads within the default 2 GB heap beside the models (0.6 GB live); news reports are under 100,000.
     */
    public static final int MAX_BODY_CHARS = 1_000_000;

    private final TextAnalyzer analyzer;
    private final DependencyParser parser;
    private final Geoparser geoparser;
    private final Lexicon lexicon = Lexicon.english();
    private final LanguageIdentifier languages = new LanguageIdentifier();
    private final TimeResolver times = new SutimeTimeResolver();
    private final ActorRecognizer actorRecognizer = new ActorRecognizer();
    private final AttributionResolver attributionResolver;
    private final List<ClaimExtractor> claimExtractors;
    private final BackgroundScope scope = new BackgroundScope();
    private final EventExtractor eventExtractor = new EventExtractor(scope);
    private final ClaimConsolidator consolidator = new ClaimConsolidator();

    /** A pipeline without a parser: the rules read from dependency parses find nothing. */
    public RuleBasedExtractor(TextAnalyzer analyzer, Geoparser geoparser) {
        this(analyzer, geoparser, DependencyParser.NONE, PatternEngine.NONE);
    }

    /**
     * @param parser   parses the sentences that hold a trigger lemma
     * @param patterns compiles the stages' rule files, once, here
     */
    public RuleBasedExtractor(TextAnalyzer analyzer, Geoparser geoparser, DependencyParser parser,
                              PatternEngine patterns) {
        this.analyzer = Objects.requireNonNull(analyzer);
        this.geoparser = Objects.requireNonNull(geoparser);
        this.parser = Objects.requireNonNull(parser);
        StageRules rules = StageRules.compile(patterns);
        this.attributionResolver = new AttributionResolver(new SpeakerRules(rules.speakers()));
        this.claimExtractors = List.of(new CasualtyExtractor(rules.casualtyFrames()), new StatementClaimExtractor(),
                new MaterialClaimExtractor(rules.materialFrames()));
    }

    @Override
    public Extraction extract(ReportSource source) {
        String body = source.body();
        if (body.isBlank()) {
            throw new UnreadableReportException("the report has no text");
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw new UnreadableReportException(String.format("the report's text has %,d characters, more than "
                    + "the %,d one report may have", body.length(), MAX_BODY_CHARS));
        }
        languages.requireEnglish(body);
        AnnotatedText analysed = analyzer.analyze(body, source.published());
        AnnotatedText text = parser.parse(analysed, i -> holdsTrigger(analysed.sentences().get(i)));
        List<Place> places = geoparser.geoparse(text);
        ReportContext ctx = ReportContext.of(source, text, places, geoparser.roles(text, places).keySet());
        ActorTable actors = actorRecognizer.recognize(ctx);
        Attributions attributions = attributionResolver.resolve(ctx, actors);
        List<ClaimDraft> drafts = new ArrayList<>();
        for (ClaimExtractor x : claimExtractors) {
            drafts.addAll(x.extract(ctx, actors, attributions));
        }
        List<TimeMention> timeMentions = times.resolve(text);
        List<EventDraft> eventDrafts = eventExtractor.extract(ctx, actors, timeMentions);

        Set<String> referenced = new HashSet<>();
        for (ClaimDraft d : drafts) {
            if (d.attribution().claimant() != null) {
                referenced.add(actors.resolve(d.attribution().claimant()));
            }
            if (d.attribution().via() != null) {
                referenced.add(actors.resolve(d.attribution().via()));
            }
            if (d.victims() != null) {
                referenced.add(actors.resolve(d.victims()));
            }
        }
        eventDrafts.forEach(e -> e.actors().forEach(a -> referenced.add(actors.resolve(a))));
        for (ActorTable.Entry e : actors.entries()) {
            if (referenced.contains(e.key())) {
                if (e.side() != null) {
                    referenced.add(actors.resolve(e.side()));
                }
                if (e.speaksFor() != null) {
                    referenced.add(actors.resolve(e.speaksFor()));
                }
            }
        }
        Map<String, String> actorIds = new LinkedHashMap<>();
        List<Actor> actorList = actors.toActors(actorIds, referenced, places);

        Map<EventDraft, String> eventIds = new LinkedHashMap<>();
        for (int i = 0; i < eventDrafts.size(); i++) {
            eventIds.put(eventDrafts.get(i), "e" + (i + 1));
        }
        List<Event> events = new ArrayList<>();
        for (EventDraft e : eventDrafts) {
            List<String> eventActors = e.actors().stream().map(actors::resolve).map(actorIds::get)
                    .filter(Objects::nonNull).distinct().toList();
            events.add(new Event(eventIds.get(e), e.type(), e.subType(),
                    e.parent() == null ? null : eventIds.get(e.parent()), e.time(),
                    e.place() == null ? null : e.place().id(), eventActors, null, e.evidence(), e.rule()));
        }
        List<Claim> claims = consolidator.consolidate(resolveKeys(drafts, actors), actorIds, eventDrafts, eventIds,
                d -> d.isCasualty() && scope.cue(ctx.sentences().get(d.sentence()), d.token()).isPresent()).claims();
        ReportMeta meta = new ReportMeta(sha256(body), source.title(), source.outlet(), source.url(),
                source.published(), source.language() == null ? "en" : source.language(), body.length(), source.bodyFromMarkup() ? body : null);
        return new Extraction(meta, actorList, places, events, claims);
    }

    /** Whether a sentence holds a trigger lemma of the lexicon, and so is worth a dependency parse. */
    private boolean holdsTrigger(Sentence s) {
        for (Token t : s.tokens()) {
            if (lexicon.selectsParse(Words.lemma(t))) {
                return true;
            }
        }
        return false;
    }

    /** Drafts whose actor keys were merged away by a later stage point at the surviving actor. */
    private static List<ClaimDraft> resolveKeys(List<ClaimDraft> drafts, ActorTable actors) {
        List<ClaimDraft> out = new ArrayList<>();
        for (ClaimDraft d : drafts) {
            Attribution a = d.attribution();
            Attribution resolved = new Attribution(a.claimant() == null ? null : actors.resolve(a.claimant()),
                    a.via() == null ? null : actors.resolve(a.via()), a.cue());
            out.add(new ClaimDraft(d.sentence(), d.token(), resolved, d.stance(), d.kind(), d.outcome(),
                    d.victims() == null ? null : actors.resolve(d.victims()), d.count(), d.object(), d.quantity(),
                    d.evidence(), d.answers() == null ? null : actors.resolve(d.answers()), d.rule()));
        }
        return out;
    }

    public static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
