package org.crosscheck.cli.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.model.Actor;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.Outcome;

/**
 * The killed and wounded figures an extraction gives the report's main incident: the event of the first numeric
 * casualty claim that sits on an event (news reports lead with their incident), else, when no claim sits on an
 * event, every numeric casualty claim. Of the claims on that incident, the largest figure for each outcome (the
 * lower bound of a range: "at least 3" is 3); none is 0. The injured are those hurt and not killed: a wounding of
 * victims the incident's killed claims also name ("a man was shot", "the man died") counts for no injured.
 * People named one by one ("Omar Haddad, 25, and Nadia Karimi, 30, were killed") are distinct victims: when more
 * persons are named with a figure of one each than the largest figure, their number is taken.
 * Figures that carry no event while others do are background totals and count for no incident. Stateless.
 */
public final class MainIncident {
    /** The figures: killed (killed or executed) and wounded. */
    public record Figures(int killed, int injured) {
    }

    public Figures figures(Extraction x) {
        List<Claim> numeric = x.claims().stream()
                .filter(c -> c.casualties() != null && !c.casualties().count().vague()
                        && c.casualties().count().low() != null)
                .sorted(Comparator.comparingInt(MainIncident::start))
                .toList();
        Optional<String> event = numeric.stream().map(Claim::event).filter(Objects::nonNull).findFirst();
        List<Claim> incident = event.isEmpty() ? numeric
                : numeric.stream().filter(c -> event.get().equals(c.event())).toList();
        List<Claim> killed = of(incident, Outcome.KILLED, Outcome.EXECUTED);
        Set<String> dead = killed.stream().map(c -> c.casualties().victims()).collect(Collectors.toSet());
        List<Claim> hurt = of(incident, Outcome.WOUNDED).stream()
                .filter(c -> !dead.contains(c.casualties().victims())).toList();
        Set<String> persons = x.actors().stream().filter(a -> a.kind() == ActorKind.PERSON).map(Actor::id)
                .collect(Collectors.toSet());
        return new Figures(Math.max(largest(killed), named(killed, persons)),
                Math.max(largest(hurt), named(hurt, persons)));
    }

    /** The number of distinct persons that claims of exactly one victim name. */
    private static int named(List<Claim> claims, Set<String> persons) {
        return (int) claims.stream().filter(c -> Objects.equals(c.casualties().count().low(), 1)
                        && Objects.equals(c.casualties().count().high(), 1)
                        && persons.contains(c.casualties().victims()))
                .map(c -> c.casualties().victims()).distinct().count();
    }

    private static List<Claim> of(List<Claim> claims, Outcome... outcomes) {
        List<Outcome> wanted = List.of(outcomes);
        return claims.stream().filter(c -> wanted.contains(c.casualties().outcome())).toList();
    }

    private static int largest(List<Claim> claims) {
        return claims.stream().mapToInt(c -> c.casualties().count().low()).max().orElse(0);
    }

    private static int start(Claim c) {
        return c.evidence().get(0).start();
    }
}
