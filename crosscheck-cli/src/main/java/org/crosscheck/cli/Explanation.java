package org.crosscheck.cli;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crosscheck.model.Actor;
import org.crosscheck.model.Casualties;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Count;
import org.crosscheck.model.Event;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.Span;

/**
 * {@code extract --explain}: each event and claim of a report on one line, with the id of the rule that found
 * it and the words it stands on, so that a reader can see which rule to mend for an output.
 */
final class Explanation {
    private Explanation() {
    }

    static String of(String report, Extraction x) {
        Map<String, String> names = x.actors().stream().collect(Collectors.toMap(Actor::id, Actor::name));
        Function<String, String> name = id -> id == null ? "?" : Claim.OUTLET.equals(id) ? "the outlet"
                : names.getOrDefault(id, id);
        StringBuilder sb = new StringBuilder(report).append('\n');
        for (Event e : x.events()) {
            sb.append(String.format("  %-4s %-28s %s%s, %s%n", e.id(), rule(e.rule()), e.type(),
                    e.subType() == null ? "" : " / " + e.subType(), e.time() == null ? "time unknown"
                            : e.time().start()));
            e.evidence().stream().limit(1).forEach(s -> sb.append("       ").append(quote(s)).append('\n'));
        }
        for (Claim c : x.claims()) {
            sb.append(String.format("  %-4s %-28s %s %s %s%s%n", c.id(), rule(c.rule()), name.apply(c.claimant()),
                    c.stance(), c.kind(), what(c, name)));
            c.evidence().forEach(s -> sb.append("       ").append(quote(s)).append('\n'));
        }
        return sb.toString().stripTrailing();
    }

    private static String what(Claim c, Function<String, String> name) {
        Casualties cas = c.casualties();
        if (cas != null) {
            return ": " + cas.outcome() + " " + count(cas.count()) + " " + name.apply(cas.victims());
        }
        return c.object() == null ? "" : ": " + c.object();
    }

    private static String count(Count n) {
        if (n.vague()) {
            return "(vague)";
        }
        if (n.low() != null && n.low().equals(n.high())) {
            return String.valueOf(n.low());
        }
        return (n.low() == null ? "" : n.low()) + ".." + (n.high() == null ? "" : n.high());
    }

    private static String rule(String rule) {
        return rule == null ? "(no rule)" : rule;
    }

    private static String quote(Span s) {
        return "\"" + s.text().replace('\n', ' ') + "\" @" + s.start();
    }
}
