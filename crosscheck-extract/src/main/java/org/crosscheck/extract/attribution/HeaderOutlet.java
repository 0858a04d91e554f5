package org.crosscheck.extract.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.extract.actors.ActorTable;

/**
 * The parties of a report that are its own outlet, as the file header names it ("UNHCR (UN Refugee Agency) news
 * release" makes "UNHCR" and "UN Refugee Agency" the outlet): their voice is the outlet's, never an actor's
 * (codebook, Claimants). The header's first name and a short parenthesised name count; notes in the header
 * ("internal evidence: 'told the Guardian'") do not. Stateless.
 */
final class HeaderOutlet {
    private static final Pattern PARENS = Pattern.compile("\\(([^()';:\"]{2,40})\\)");
    private static final Pattern FIRST = Pattern.compile("^([^(,/;]+)");

    private HeaderOutlet() {
    }

    /** The keys of the actors of {@code actors} that the header {@code outlet} names. */
    static Set<String> keys(String outlet, ActorTable actors) {
        Set<String> out = new HashSet<>();
        if (outlet == null || outlet.isBlank()) {
            return out;
        }
        List<String> names = names(outlet);
        for (ActorTable.Entry e : actors.entries()) {
            List<String> forms = new ArrayList<>(e.aliases());
            forms.add(e.name());
            for (String f : forms) {
                String n = ActorTable.norm(f);
                if (n.length() >= 3 && names.stream().anyMatch(o -> o.equals(n) || o.startsWith(n + " "))) {
                    out.add(e.key());
                    break;
                }
            }
        }
        return out;
    }

    /** The names the header gives the outlet, normalised: its first name, and a short name in parentheses. */
    static List<String> names(String outlet) {
        List<String> out = new ArrayList<>();
        Matcher first = FIRST.matcher(outlet.trim());
        if (first.find()) {
            out.add(ActorTable.norm(first.group(1)));
        }
        Matcher p = PARENS.matcher(outlet);
        if (p.find()) {
            out.add(ActorTable.norm(p.group(1)));
        }
        out.removeIf(String::isBlank);
        return out;
    }
}
