package org.crosscheck.extract.time;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.extract.time.TimeMention.Role;
import org.crosscheck.model.TimePrecision;
import org.crosscheck.text.Token;

/** A mention on its way to a {@link TimeMention}; mutable, local to one call of {@link SutimeTimeResolver}. */
final class TimeDraft {
    /** How a mention gets its date: from its own words, or from the account around it. */
    enum Kind { OWN, CLOCK_ONLY, SAME_DAY, UNRESOLVED }

    final int sentence;
    final List<Token> tokens;
    int first;
    final int last;
    final String value;
    Kind kind = Kind.OWN;
    LocalDate date;
    LocalDate lastDate;
    LocalTime time;
    ZoneOffset zone;
    String partOfDay;
    TimePrecision precision;
    Role role = Role.POINT;
    boolean drop;

    TimeDraft(int sentence, List<Token> tokens, int first, int last, String value) {
        this.sentence = sentence;
        this.tokens = tokens;
        this.first = first;
        this.last = last;
        this.value = value;
    }

    int start() {
        return tokens.get(first).start();
    }

    List<String> words() {
        List<String> out = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            out.add(tokens.get(i).word().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    String word(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).word().toLowerCase(Locale.ROOT) : "";
    }

    void set(LocalDate from, LocalDate to, TimePrecision p) {
        date = from;
        lastDate = to;
        precision = p;
    }

    void day(LocalDate d) {
        time = null;
        if ("NI".equals(partOfDay)) {
            set(d, d.plusDays(1), TimePrecision.DAY);
        } else {
            set(d, d, TimePrecision.DAY);
        }
    }

    void clock(LocalDate d, LocalTime t) {
        time = t;
        set(d, d, t.getMinute() == 0 ? TimePrecision.HOUR : TimePrecision.MINUTE);
    }

    /** A stated date, not one borrowed from the account: others may borrow it in turn. */
    boolean canAnchorOthers() {
        return !drop && kind == Kind.OWN && date != null && precision.compareTo(TimePrecision.DAY) <= 0
                && !lastDate.isAfter(date.plusDays(1));
    }
}
