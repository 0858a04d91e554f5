package org.crosscheck.extract.lexicon;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.Outcome;
import org.crosscheck.text.Token;

/**
 * The English vocabulary the rules read: reporting verbs, outcome words, the nouns that name parties and
 * victims, quantity words. Kept in one place so that every stage agrees on what, say, "troops" means.
 * Stateless and thread-safe.
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

    /** Verbs that introduce what someone asserts; by lemma. */
    public static final Set<String> REPORTING = Set.of("say", "tell", "claim", "report", "announce", "state", "add",
            "confirm", "allege", "insist", "assert", "emphasise", "emphasize", "declare", "acknowledge", "admit",
            "explain", "write", "estimate", "indicate", "note", "warn", "quote", "charge", "stress", "reaffirm",
            "describe", "count", "maintain", "contend", "testify", "recount", "recall", "believe", "told", "said");

    /** Verbs by which a party contradicts another's account; by lemma. */
    public static final Set<String> DENYING = Set.of("deny", "reject", "dismiss", "refute", "dispute", "contradict");

    /** Verbs of blame, which attribute an act to another party; by lemma. */
    public static final Set<String> ACCUSING = Set.of("accuse", "blame");

    /** Words that make an attributed sentence part of a written statement, which later sentences continue. */
    public static final Set<String> STATEMENT_NOUNS = Set.of("statement", "statements", "communique", "communiqué",
            "press", "release", "message", "video", "post", "bulletin");

    /** Outcome words: verbs, participles, adjectives and nouns. */
    public static final Map<String, Outcome> OUTCOMES = Map.ofEntries(
            Map.entry("killed", Outcome.KILLED), Map.entry("kill", Outcome.KILLED), Map.entry("kills", Outcome.KILLED),
            Map.entry("killing", Outcome.KILLED), Map.entry("dead", Outcome.KILLED), Map.entry("died", Outcome.KILLED),
            Map.entry("die", Outcome.KILLED), Map.entry("deaths", Outcome.KILLED), Map.entry("death", Outcome.KILLED),
            Map.entry("martyred", Outcome.KILLED), Map.entry("slain", Outcome.KILLED),
            Map.entry("murdered", Outcome.KILLED), Map.entry("massacred", Outcome.KILLED),
            Map.entry("assassinated", Outcome.KILLED), Map.entry("neutralized", Outcome.KILLED),
            Map.entry("neutralised", Outcome.KILLED), Map.entry("neutralize", Outcome.KILLED),
            Map.entry("neutralise", Outcome.KILLED), Map.entry("perished", Outcome.KILLED),
            Map.entry("fatalities", Outcome.KILLED), Map.entry("lives", Outcome.KILLED),
            Map.entry("losses", Outcome.KILLED), Map.entry("lost", Outcome.KILLED),
            Map.entry("executed", Outcome.EXECUTED), Map.entry("beheaded", Outcome.EXECUTED),
            Map.entry("decapitated", Outcome.EXECUTED), Map.entry("execute", Outcome.EXECUTED),
            Map.entry("wounded", Outcome.WOUNDED), Map.entry("injured", Outcome.WOUNDED),
            Map.entry("wounding", Outcome.WOUNDED), Map.entry("injuring", Outcome.WOUNDED),
            Map.entry("injuries", Outcome.WOUNDED), Map.entry("hurt", Outcome.WOUNDED),
            Map.entry("wound", Outcome.WOUNDED), Map.entry("injure", Outcome.WOUNDED),
            Map.entry("captured", Outcome.CAPTURED), Map.entry("abducted", Outcome.CAPTURED),
            Map.entry("kidnapped", Outcome.CAPTURED), Map.entry("capture", Outcome.CAPTURED),
            Map.entry("arrested", Outcome.ARRESTED), Map.entry("detained", Outcome.ARRESTED),
            Map.entry("arrest", Outcome.ARRESTED),
            Map.entry("missing", Outcome.MISSING),
            Map.entry("casualties", Outcome.HARMED), Map.entry("harmed", Outcome.HARMED),
            Map.entry("casualty", Outcome.HARMED));

    /** Outcome nouns that carry their own victims ("four deaths", "11 injuries", "50 lives"). */
    public static final Set<String> OUTCOME_NOUNS = Set.of("deaths", "death", "injuries", "casualties", "fatalities",
            "lives", "losses", "dead", "wounded", "injured", "casualty");

    /** Outcome words that, placed before a count, act on it ("killed 92 militants", "the deaths of 25"). */
    public static final Set<String> OUTCOME_BEFORE_COUNT = Set.of("killed", "kill", "kills", "killing", "wounding",
            "injuring", "wounded", "injured", "neutralized", "neutralised", "neutralize", "neutralise", "executed",
            "execute", "beheaded", "captured", "capture", "abducted", "kidnapped", "arrested", "detained", "arrest",
            "deaths", "death", "lives", "lost", "massacred", "slaughtered", "slaughter", "shot");

    /** Nouns naming people, as victims or parties, with the kind of actor they make. */
    public static final Map<String, ActorKind> PEOPLE_NOUNS = Map.ofEntries(
            Map.entry("soldiers", ActorKind.STATE_FORCES), Map.entry("soldier", ActorKind.STATE_FORCES),
            Map.entry("troops", ActorKind.STATE_FORCES), Map.entry("personnel", ActorKind.STATE_FORCES),
            Map.entry("servicemen", ActorKind.STATE_FORCES), Map.entry("army", ActorKind.STATE_FORCES),
            Map.entry("military", ActorKind.STATE_FORCES), Map.entry("forces", ActorKind.STATE_FORCES),
            Map.entry("gendarmes", ActorKind.STATE_FORCES), Map.entry("gendarmerie", ActorKind.STATE_FORCES),
            Map.entry("paramilitaries", ActorKind.STATE_FORCES), Map.entry("paramilitary", ActorKind.STATE_FORCES),
            Map.entry("marines", ActorKind.STATE_FORCES), Map.entry("commandos", ActorKind.STATE_FORCES),
            Map.entry("guards", ActorKind.STATE_FORCES), Map.entry("sailors", ActorKind.STATE_FORCES),
            Map.entry("airmen", ActorKind.STATE_FORCES), Map.entry("officers", ActorKind.STATE_FORCES),
            Map.entry("officer", ActorKind.STATE_FORCES), Map.entry("recruits", ActorKind.STATE_FORCES),
            Map.entry("police", ActorKind.POLICE), Map.entry("policemen", ActorKind.POLICE),
            Map.entry("policeman", ActorKind.POLICE), Map.entry("levies", ActorKind.POLICE),
            Map.entry("militants", ActorKind.ARMED_GROUP), Map.entry("militant", ActorKind.ARMED_GROUP),
            Map.entry("rebels", ActorKind.ARMED_GROUP), Map.entry("rebel", ActorKind.ARMED_GROUP),
            Map.entry("insurgents", ActorKind.ARMED_GROUP), Map.entry("fighters", ActorKind.ARMED_GROUP),
            Map.entry("guerrillas", ActorKind.ARMED_GROUP), Map.entry("guerillas", ActorKind.ARMED_GROUP),
            Map.entry("jihadists", ActorKind.ARMED_GROUP), Map.entry("terrorists", ActorKind.ARMED_GROUP),
            Map.entry("gunmen", ActorKind.ARMED_GROUP), Map.entry("attackers", ActorKind.ARMED_GROUP),
            Map.entry("extremists", ActorKind.ARMED_GROUP), Map.entry("separatists", ActorKind.ARMED_GROUP),
            Map.entry("militiamen", ActorKind.ARMED_GROUP), Map.entry("militia", ActorKind.ARMED_GROUP),
            Map.entry("militias", ActorKind.ARMED_GROUP), Map.entry("assailants", ActorKind.ARMED_GROUP),
            Map.entry("commanders", ActorKind.ARMED_GROUP), Map.entry("bombers", ActorKind.ARMED_GROUP),
            Map.entry("civilians", ActorKind.CIVILIANS), Map.entry("civilian", ActorKind.CIVILIANS),
            Map.entry("residents", ActorKind.CIVILIANS), Map.entry("villagers", ActorKind.CIVILIANS),
            Map.entry("refugees", ActorKind.CIVILIANS), Map.entry("children", ActorKind.CIVILIANS),
            Map.entry("child", ActorKind.CIVILIANS), Map.entry("women", ActorKind.CIVILIANS),
            Map.entry("students", ActorKind.CIVILIANS), Map.entry("worshippers", ActorKind.CIVILIANS),
            Map.entry("passengers", ActorKind.CIVILIANS), Map.entry("farmers", ActorKind.CIVILIANS),
            Map.entry("peasants", ActorKind.CIVILIANS), Map.entry("mourners", ActorKind.CIVILIANS),
            Map.entry("protesters", ActorKind.CIVILIANS), Map.entry("protestors", ActorKind.CIVILIANS),
            Map.entry("patients", ActorKind.CIVILIANS), Map.entry("pilgrims", ActorKind.CIVILIANS),
            Map.entry("adults", ActorKind.CIVILIANS), Map.entry("men", ActorKind.CIVILIANS),
            Map.entry("teenagers", ActorKind.CIVILIANS), Map.entry("boys", ActorKind.CIVILIANS),
            Map.entry("girls", ActorKind.CIVILIANS), Map.entry("babies", ActorKind.CIVILIANS),
            Map.entry("journalists", ActorKind.CIVILIANS), Map.entry("workers", ActorKind.CIVILIANS),
            Map.entry("staff", ActorKind.OTHER), Map.entry("members", ActorKind.OTHER),
            Map.entry("people", ActorKind.OTHER), Map.entry("persons", ActorKind.OTHER),
            Map.entry("individuals", ActorKind.OTHER),
            Map.entry("victims", ActorKind.OTHER), Map.entry("bodies", ActorKind.OTHER),
            Map.entry("witnesses", ActorKind.OTHER), Map.entry("activists", ActorKind.OTHER),
            Map.entry("observers", ActorKind.OTHER), Map.entry("doctors", ActorKind.OTHER),
            Map.entry("medics", ActorKind.OTHER), Map.entry("sources", ActorKind.OTHER),
            Map.entry("officials", ActorKind.GOVERNMENT), Map.entry("official", ActorKind.GOVERNMENT),
            Map.entry("authorities", ActorKind.GOVERNMENT), Map.entry("government", ActorKind.GOVERNMENT),
            Map.entry("ministry", ActorKind.GOVERNMENT), Map.entry("administration", ActorKind.GOVERNMENT),
            Map.entry("governor", ActorKind.GOVERNMENT), Map.entry("commissioner", ActorKind.GOVERNMENT),
            Map.entry("minister", ActorKind.GOVERNMENT), Map.entry("president", ActorKind.GOVERNMENT),
            Map.entry("spokesman", ActorKind.PERSON), Map.entry("spokeswoman", ActorKind.PERSON),
            Map.entry("spokesperson", ActorKind.PERSON), Map.entry("correspondent", ActorKind.MEDIA),
            Map.entry("reporter", ActorKind.MEDIA), Map.entry("hospital", ActorKind.OTHER),
            Map.entry("group", ActorKind.ARMED_GROUP), Map.entry("organisation", ActorKind.ARMED_GROUP),
            Map.entry("organization", ActorKind.ARMED_GROUP));

    /** Nouns that name a party but can never be counted victims ("killed 12 officials" is rare, "12 witnesses" rarer). */
    public static final Set<String> NOT_VICTIMS = Set.of("witnesses", "sources", "observers", "authorities", "government",
            "ministry", "administration", "spokesman", "spokeswoman", "spokesperson", "correspondent", "reporter",
            "hospital", "group", "organisation", "organization", "activists", "doctors", "medics");

    /** Titles that may stand before a person's name and belong to the alias. */
    public static final Set<String> TITLES = Set.of("commander", "spokesperson", "spokesman", "spokeswoman", "general",
            "gen.", "colonel", "col.", "major", "maj.", "captain", "capt.", "lieutenant", "lt.", "president",
            "minister", "prime", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "shaheed", "fighter", "sheikh",
            "mullah", "maulana", "governor", "commissioner", "chief", "sergeant", "sgt.", "leader", "secretary",
            "senator", "mayor", "ambassador", "brigadier", "corporal", "private", "emir", "imam", "king", "prince");

    /** Words for those who speak for an organisation, not for themselves. */
    public static final Set<String> SPOKESPEOPLE = Set.of("spokesperson", "spokesman", "spokeswoman", "spokespersons",
            "spokesmen", "mouthpiece");

    /** Words in an organisation's name that say what kind of party it is, tried in order. */
    public static final Map<String, ActorKind> ORG_KIND_WORDS = Map.ofEntries(
            Map.entry("liberation", ActorKind.ARMED_GROUP), Map.entry("taliban", ActorKind.ARMED_GROUP),
            Map.entry("front", ActorKind.ARMED_GROUP), Map.entry("brigade", ActorKind.ARMED_GROUP),
            Map.entry("brigades", ActorKind.ARMED_GROUP), Map.entry("militia", ActorKind.ARMED_GROUP),
            Map.entry("rebels", ActorKind.ARMED_GROUP), Map.entry("mujahideen", ActorKind.ARMED_GROUP),
            Map.entry("jihad", ActorKind.ARMED_GROUP), Map.entry("tehrik", ActorKind.ARMED_GROUP),
            Map.entry("hamas", ActorKind.ARMED_GROUP), Map.entry("hezbollah", ActorKind.ARMED_GROUP),
            Map.entry("revolutionary", ActorKind.ARMED_GROUP), Map.entry("farc", ActorKind.ARMED_GROUP),
            Map.entry("qaeda", ActorKind.ARMED_GROUP), Map.entry("state", ActorKind.ARMED_GROUP),
            Map.entry("movement", ActorKind.ARMED_GROUP), Map.entry("houthis", ActorKind.ARMED_GROUP),
            Map.entry("police", ActorKind.POLICE), Map.entry("levies", ActorKind.POLICE),
            Map.entry("army", ActorKind.STATE_FORCES), Map.entry("forces", ActorKind.STATE_FORCES),
            Map.entry("corps", ActorKind.STATE_FORCES), Map.entry("guard", ActorKind.STATE_FORCES),
            Map.entry("military", ActorKind.STATE_FORCES), Map.entry("navy", ActorKind.STATE_FORCES),
            Map.entry("gendarmerie", ActorKind.STATE_FORCES), Map.entry("staff", ActorKind.STATE_FORCES),
            Map.entry("relations", ActorKind.MEDIA), Map.entry("news", ActorKind.MEDIA),
            Map.entry("tv", ActorKind.MEDIA), Map.entry("television", ActorKind.MEDIA),
            Map.entry("radio", ActorKind.MEDIA), Map.entry("press", ActorKind.MEDIA),
            Map.entry("times", ActorKind.MEDIA), Map.entry("post", ActorKind.MEDIA),
            Map.entry("agency", ActorKind.GOVERNMENT), Map.entry("ministry", ActorKind.GOVERNMENT),
            Map.entry("department", ActorKind.GOVERNMENT), Map.entry("government", ActorKind.GOVERNMENT),
            Map.entry("council", ActorKind.GOVERNMENT), Map.entry("office", ActorKind.GOVERNMENT),
            Map.entry("nations", ActorKind.OTHER), Map.entry("service", ActorKind.GOVERNMENT),
            Map.entry("party", ActorKind.POLITICAL_GROUP), Map.entry("league", ActorKind.POLITICAL_GROUP),
            Map.entry("congress", ActorKind.POLITICAL_GROUP));

    /** Determiners and pronoun-like words dropped from the front of a name. */
    public static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its",
            "their", "his", "her", "our", "some", "any");

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
