package org.crosscheck.ledger.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.crosscheck.model.ReportSource;
import org.crosscheck.model.UnreadableReportException;
import org.junit.jupiter.api.Test;

class HtmlReportReaderTest {
    private static final String PAGE = """
            <!doctype html><html lang="en-GB"><head>
            <title>Site | Sudan bombs refugees</title>
            <meta property="og:title" content="Sudan 'bombs refugees' in South Sudan">
            <meta property="og:site_name" content="Horn Wire">
            <meta property="article:published_time" content="2019-05-10T08:12:00Z">
            <link rel="canonical" href="https://example.org/news/world-africa-15678261">
            <script>var tracking = "killed 99";</script>
            </head><body>
            <nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article>
              <h1>Sudan 'bombs refugees' in South Sudan</h1>
              <figure><img src="x.jpg"><figcaption>A file photo of the camp</figcaption></figure>
              <p>Federal warplanes have bombed a refugee camp in Lakeland state, officials say.</p>
              <p>At least 12 people were killed, said county commissioner Samuel Lokeny.</p>
              <aside>Related: other stories</aside>
              <h2>Denial</h2>
              <p>The federal army denied the attack.</p>
            </article>
            <footer>Copyright</footer>
            </body></html>""";

    @Test
    void pageIsReducedToTheArticleTextWithItsMetadata() {
        ReportSource s = new HtmlReportReader(1_000_000).parse(PAGE, "bbc.html");
        assertEquals("Sudan 'bombs refugees' in South Sudan", s.title());
        assertEquals("Horn Wire", s.outlet());
        assertEquals(LocalDate.of(2019, 5, 10), s.published());
        assertEquals("https://example.org/news/world-africa-15678261", s.url());
        assertEquals("en", s.language());
        assertTrue(s.bodyFromMarkup());
        assertEquals("Federal warplanes have bombed a refugee camp in Lakeland state, officials say.\n\n"
                + "At least 12 people were killed, said county commissioner Samuel Lokeny.\n\nDenial\n\n"
                + "The federal army denied the attack.", s.body());
        assertFalse(s.body().contains("killed 99"));
        assertFalse(s.body().contains("file photo"));
    }

    @Test
    void dateFromJsonLdWhenNoMetaTag() {
        String page = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"datePublished\": \"2026-01-31T10:00:00+05:00\"}</script></head><body><p>Text.</p></body></html>";
        assertEquals(LocalDate.of(2026, 1, 31), new HtmlReportReader(1000).parse(page, "a.html").published());
    }

    @Test
    void aPageWithoutTextIsRefused() {
        assertThrows(UnreadableReportException.class,
                () -> new HtmlReportReader(1000).parse("<html><body><nav>menu</nav></body></html>", "x.html"));
    }
}
