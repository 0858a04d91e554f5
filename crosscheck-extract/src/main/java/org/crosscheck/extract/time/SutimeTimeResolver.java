package org.crosscheck.extract.time;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.crosscheck.extract.lexicon.Lexicon;
import org.crosscheck.extract.lexicon.WordClass;
import org.crosscheck.extract.time.TimeMention.Role;
import org.crosscheck.model.Span;
import org.crosscheck.model.TimePrecision;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * {@link TimeResolver} over the DATE and TIME labels and normalised values that SUTime (CoreNLP's temporal
 * tagger) leaves on the tokens. SUTime's values are kept where they are right and corrected where news reports
 * read otherwise:
 * <ul>
 *   <li>a weekday is the latest one on or before the publication date, even with a clock time ("at 3 p.m. on
 *       Tuesday", which SUTime puts in the coming week); "last Friday" is strictly before it;</li>
 *   <li>a month or day without a year ("December 14", "early June") is the latest one not after the
 *       publication date, unless it falls in the month after it ("elections on 28 December" in a report of
 *       21 December): SUTime takes the nearest, future or past;</li>
 *   <li>a bare clock time ("until 4:30 AM"), night, or "that day" takes the date of the account it is part of:
 *       a date in the same sentence, else the latest date stated before it, never the publication day unless
 *       the report gives none; a time earlier than the evening it follows is on the next day;</li>
 *   <li>"overnight" in a report is the night before publication; "last night" and "Saturday night" run into
 *       the next morning;</li>
 *   <li>"early/mid/late" narrow a month or year, "earlier this month" stops at the publication date, "in recent
 *       days" and "the past week" are the days up to it;</li>
 *   <li>durations, recurrences, references to the present, ages, and a clock time restated in brackets
 *       ("3 p.m. (1200 GMT)") are left out.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class SutimeTimeResolver implements TimeResolver {
    private static final Set<String> END_CUES = Lexicon.english().words(WordClass.TIME_END_CUES);
    private static final Set<String> START_CUES = Lexicon.english().words(WordClass.TIME_START_CUES);
    /** Words between a cue and its time that do not break the link ("began on", "until about"). */
    private static final Set<String> CUE_GAP = Lexicon.english().words(WordClass.TIME_CUE_GAP);
    private static final Set<String> TRIM = Lexicon.english().words(WordClass.TIME_TRIM);
    private static final LocalTime EVENING = LocalTime.of(18, 0);
    private static final LocalTime NOON = LocalTime.NOON;
    @Override
    public List<TimeMention> resolve(AnnotatedText text) {
        LocalDate anchor = text.anchor();
        List<TimeDraft> drafts = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            collect(s, drafts);
        }
        for (TimeDraft d : drafts) {
            DateReader.classify(d, anchor);
        }
        dropBracketedRestatements(drafts);
        for (TimeDraft d : drafts) {
            d.role = role(d);
            joinBareFirstDay(d);
        }
        for (int i = 0; i < drafts.size(); i++) {
            TimeDraft d = drafts.get(i);
            if (!d.drop && (d.kind == TimeDraft.Kind.CLOCK_ONLY || d.kind == TimeDraft.Kind.SAME_DAY)) {
                borrowDate(d, drafts, i, anchor);
            }
        }
        List<TimeMention> out = new ArrayList<>();
        for (TimeDraft d : drafts) {
            if (!d.drop) {
                out.add(toMention(d, text.text()));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Runs of DATE/TIME tokens with one normalised value (so "January 31" DATE + "at 8 PM" TIME, which SUTime
     * gives the same value, are one mention), and runs of DURATION tokens.
     */
    private static void collect(Sentence s, List<TimeDraft> out) {
        List<Token> ts = s.tokens();
        int i = 0;
        while (i < ts.size()) {
            Token t = ts.get(i);
            String group = group(t.ner());
            if (group == null) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < ts.size() && group.equals(group(ts.get(j + 1).ner()))
                    && Objects.equals(ts.get(j + 1).normalized(), t.normalized())) {
                j++;
            }
            if (!group.equals("SET")) {
                out.add(new TimeDraft(s.index(), ts, i, j, t.normalized()));
                if (group.equals("DURATION")) {
                    out.get(out.size() - 1).kind = null; // marks a duration until classify decides
                }
            }
            i = j + 1;
        }
    }

    private static String group(String ner) {
        switch (ner) {
            case "DATE":
            case "TIME":
                return "DATE";
            case "DURATION":
                return "DURATION";
            case "SET":
                return "SET";
            default:
                return null;
        }
    }

    /** "3 p.m. (1200 GMT)", "20:00 Moscow time (17:00 GMT)": the same moment again, in another zone. */
    private static void dropBracketedRestatements(List<TimeDraft> drafts) {
        for (int i = 1; i < drafts.size(); i++) {
            TimeDraft d = drafts.get(i);
            TimeDraft prev = drafts.get(i - 1);
            if (d.drop || prev.sentence != d.sentence || !d.word(d.first - 1).equals("(")) {
                continue;
            }
            int open = d.first - 1;
            if (open - prev.last <= 3 && open > prev.last) {
                d.drop = true;
            }
        }
    }

    private static Role role(TimeDraft d) {
        int i = d.first - 1;
        while (i >= 0 && CUE_GAP.contains(d.word(i))) {
            i--;
        }
        String cue = d.word(i);
        if (d.word(d.last + 1).equals("'s")) {
            return Role.POINT; // "the dead from Friday's massacre"
        }
        if (END_CUES.contains(cue)) {
            return Role.END;
        }
        if (START_CUES.contains(cue)) {
            return Role.START;
        }
        if (cue.equals("to") || cue.equals("and")) {
            // "from 20:00 on 24 May to 00:00 on 25 May", "between 1 and 3 January"
            for (int j = i - 1; j >= 0; j--) {
                String x = d.word(j);
                if (x.equals("from") || x.equals("between")) {
                    return Role.END;
                }
                if (x.equals(".") || x.equals(";")) {
                    break;
                }
            }
        }
        if (cue.equals("between")) {
            return Role.START;
        }
        return Role.POINT;
    }

    /**
     * "between 1 and 3 January", "from 1 to 3 January": SUTime tags only the second day; the first is the bare
     * number before it, in the same month.
     */
    private static void joinBareFirstDay(TimeDraft d) {
        if (d.drop || d.date == null || d.precision != TimePrecision.DAY || d.first < 3
                || !Set.of("and", "to", "-", "–").contains(d.word(d.first - 1))
                || !Set.of("between", "from").contains(d.word(d.first - 3))) {
            return;
        }
        String n = d.word(d.first - 2);
        if (!n.matches("\\d{1,2}") || Integer.parseInt(n) < 1 || Integer.parseInt(n) >= d.date.getDayOfMonth()) {
            return;
        }
        d.date = d.date.withDayOfMonth(Integer.parseInt(n));
        d.first -= 2;
        d.role = Role.POINT;
    }

    /**
     * Dates a clock time, night or "that day" from the account it belongs to: a stated date in the same
     * sentence (nearest), else the latest stated before it, else the publication date.
     */
    private static void borrowDate(TimeDraft d, List<TimeDraft> drafts, int index, LocalDate anchor) {
        TimeDraft ref = null;
        int best = Integer.MAX_VALUE;
        for (TimeDraft o : drafts) {
            if (o != d && o.sentence == d.sentence && o.canAnchorOthers()) {
                int dist = Math.abs(o.start() - d.start());
                if (dist < best) {
                    best = dist;
                    ref = o;
                }
            }
        }
        if (ref == null) {
            for (int j = index - 1; j >= 0; j--) {
                if (drafts.get(j).canAnchorOthers()) {
                    ref = drafts.get(j);
                    break;
                }
            }
        }
        LocalDate base = ref != null ? ref.date : anchor;
        if (base == null) {
            d.kind = TimeDraft.Kind.UNRESOLVED;
            return;
        }
        if (d.kind == TimeDraft.Kind.SAME_DAY) {
            d.partOfDay = null;
            d.day(base);
            return;
        }
        LocalTime before = null;
        if (ref != null && ref.start() < d.start()) {
            before = ref.time != null ? ref.time : "NI".equals(ref.partOfDay) ? LocalTime.of(21, 0) : null;
        }
        LocalTime t = d.time;
        if (before != null && t != null && t.isBefore(before)
                && (d.role == Role.END || !before.isBefore(EVENING) && t.isBefore(NOON))) {
            base = base.plusDays(1); // the night crossed midnight
        }
        if (t != null) {
            d.clock(base, t);
        } else {
            d.day(base);
        }
    }

    private static TimeMention toMention(TimeDraft d, String body) {
        int a = d.first;
        int b = d.last;
        while (a < b && TRIM.contains(d.word(a))) {
            a++;
        }
        while (b > a && TRIM.contains(d.word(b))) {
            b--;
        }
        Span span = Span.of(body, d.tokens.get(a).start(), d.tokens.get(b).end());
        if (d.kind == TimeDraft.Kind.UNRESOLVED || d.date == null) {
            return new TimeMention(span, d.sentence, null, null, null, null, null, d.role, d.value);
        }
        return new TimeMention(span, d.sentence, d.date, d.lastDate, d.time, d.zone, d.precision, d.role,
                d.value);
    }
}
