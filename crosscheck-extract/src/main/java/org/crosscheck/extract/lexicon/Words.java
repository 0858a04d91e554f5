package org.crosscheck.extract.lexicon;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.Outcome;
import org.crosscheck.text.Token;

/**
 * The token tests every stage shares, and the lexicon's word lists under the names the stages use: reporting
 * verbs, outcome words, the nouns that name parties and victims. The words themselves live in the
 * {@link Lexicon}'s files, so that every stage agrees on what, say, "troops" means. Stateless and thread-safe.
 */
public final class Words {
    private Words() {
    }

    public static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }

    public static String lemma(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }

    private static final Lexicon LEXICON = Lexicon.english();

    /** Verbs that introduce what someone asserts; by lemma. */
    public static final Set<String> REPORTING = LEXICON.cueLemmas(CueRole.REPORT);

    /** Verbs by which a party contradicts another's account; by lemma. */
    public static final Set<String> DENYING = LEXICON.cueLemmas(CueRole.DENY);

    /** Verbs of blame, which attribute an act to another party; by lemma. */
    public static final Set<String> ACCUSING = LEXICON.cueLemmas(CueRole.ACCUSE);

    /** Words that make an attributed sentence part of a written statement, which later sentences continue. */
    public static final Set<String> STATEMENT_NOUNS = LEXICON.words(WordClass.STATEMENT_NOUNS);

    /** Outcome words: verbs, participles, adjectives and nouns. */
    public static final Map<String, Outcome> OUTCOMES = outcomes();

    /** Outcome nouns that carry their own victims ("four deaths", "11 injuries", "50 lives"). */
    public static final Set<String> OUTCOME_NOUNS = outcomeWords(OutcomeWord::noun);

    /** Outcome words that, placed before a count, act on it ("killed 92 militants", "the deaths of 25"). */
    public static final Set<String> OUTCOME_BEFORE_COUNT = outcomeWords(OutcomeWord::beforeCount);

    /** Nouns naming people, as victims or parties, with the kind of actor they make. */
    public static final Map<String, ActorKind> PEOPLE_NOUNS = peopleKinds();

    /** Nouns that name a party but can never be counted victims ("12 witnesses"). */
    public static final Set<String> NOT_VICTIMS = peopleWords(PeopleNoun::notVictim);

    /** Titles that may stand before a person's name and belong to the alias. */
    public static final Set<String> TITLES = LEXICON.words(WordClass.TITLES);

    /** Words for those who speak for an organisation, not for themselves. */
    public static final Set<String> SPOKESPEOPLE = peopleWords(PeopleNoun::speaker);

    /** Words in an organisation's name that say what kind of party it is. */
    public static final Map<String, ActorKind> ORG_KIND_WORDS = LEXICON.organisationKinds();

    /** Determiners and pronoun-like words dropped from the front of a name. */
    public static final Set<String> DETERMINERS = LEXICON.words(WordClass.DETERMINERS);

    private static Map<String, Outcome> outcomes() {
        Map<String, Outcome> out = new LinkedHashMap<>();
        LEXICON.outcomeWords().values().stream().filter(w -> w.outcome() != null)
                .forEach(w -> out.put(w.word(), w.outcome()));
        return Collections.unmodifiableMap(out);
    }

    private static Set<String> outcomeWords(Predicate<OutcomeWord> test) {
        return LEXICON.outcomeWords().values().stream().filter(test).map(OutcomeWord::word)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Map<String, ActorKind> peopleKinds() {
        Map<String, ActorKind> out = new LinkedHashMap<>();
        LEXICON.peopleNouns().values().stream().filter(n -> n.kind() != null)
                .forEach(n -> out.put(n.word(), n.kind()));
        return Collections.unmodifiableMap(out);
    }

    private static Set<String> peopleWords(Predicate<PeopleNoun> test) {
        return LEXICON.peopleNouns().values().stream().filter(test).map(PeopleNoun::word)
                .collect(Collectors.toUnmodifiableSet());
    }

    public static boolean isPunct(Token t) {
        return !t.word().isEmpty() && !Character.isLetterOrDigit(t.word().codePointAt(0));
    }

    public static boolean isNoun(Token t) {
        return t.pos().startsWith("NN");
    }

    public static boolean isAdjective(Token t) {
        return t.pos().startsWith("JJ") || t.pos().equals("VBN") && !isOutcome(t);
    }

    public static boolean isOutcome(Token t) {
        return OUTCOMES.containsKey(lower(t));
    }

    public static boolean isCapitalised(Token t) {
        return !t.word().isEmpty() && Character.isUpperCase(t.word().codePointAt(0));
    }
}
