package org.crosscheck.extract.events;

import static org.crosscheck.extract.Offsets.assertQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.extract.input.ReportContext;
import org.crosscheck.model.Place;
import org.crosscheck.model.ReportSource;
import org.crosscheck.model.Span;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.HandBuilt;
import org.junit.jupiter.api.Test;

/** A site noun of the event word's clause places the incident at the one site of that kind the report names. */
class NamedSitesTest {
    private final NamedSites sites = NamedSites.load();

    @Test
    void aCampInACountryIsTheCampTheReportNames() {
        ReportContext ctx = report("Warplanes bombed a refugee camp in Chad .", "NNS VBD DT NN NN IN NNP .",
                "The Goz Amer camp shelters herders .", "DT NNP NNP NN VBZ NNS .", "Goz Amer camp");
        Place site = sites.site(ctx, ctx.sentences().get(0), 1);
        assertEquals("Goz Amer camp", site.name());
        assertQuotes(ctx.body(), "Goz Amer camp", site.mentions().get(0));
    }

    @Test
    void twoNamedCampsOrSeveralCampsNameNoSite() {
        ReportContext two = report("Warplanes bombed a refugee camp in Chad .", "NNS VBD DT NN NN IN NNP .",
                "The Goz Amer camp and Farchana camp shelter herders .", "DT NNP NNP NN CC NNP NN VBP NNS .",
                "Goz Amer camp", "Farchana camp");
        assertNull(sites.site(two, two.sentences().get(0), 1));
        ReportContext plural = report("Warplanes bombed refugee camps in Chad .", "NNS VBD NN NNS IN NNP .",
                "The Goz Amer camp shelters herders .", "DT NNP NNP NN VBZ NNS .", "Goz Amer camp");
        assertNull(sites.site(plural, plural.sentences().get(0), 1));
    }

    @Test
    void aSiteNounInsideAPlaceNameIsThatPlaceNotACommonNoun() {
        ReportContext ctx = report("Warplanes bombed the Goz Amer camp in Chad .", "NNS VBD DT NNP NNP NN IN NNP .",
                "Herders fled .", "NNS VBD .", "Goz Amer camp");
        assertNull(sites.site(ctx, ctx.sentences().get(0), 1));
    }

    /** Two sentences; Chad (a country) in the first, the named sites where the text first has them. */
    private static ReportContext report(String first, String firstTags, String second, String secondTags,
                                        String... siteNames) {
        AnnotatedText t = HandBuilt.text(LocalDate.of(2025, 3, 14), HandBuilt.sentence(first).tags(firstTags),
                HandBuilt.sentence(second).tags(secondTags));
        List<Place> places = new ArrayList<>();
        places.add(place(t, "p1", "Chad", 3, null));
        for (String name : siteNames) {
            places.add(place(t, "p" + (places.size() + 1), name, 1, "p1"));
        }
        ReportSource source = new ReportSource("test.txt", null, null, null, t.anchor(), null, Map.of(), t.text(),
                false);
        return ReportContext.of(source, t, places, Set.of());
    }

    private static Place place(AnnotatedText t, String id, String name, int precision, String within) {
        int at = t.text().indexOf(name);
        return new Place(id, name, List.of(name), null, null, null, "TD", null, null, precision, within,
                List.of(new Span(at, at + name.length(), name)));
    }
}
