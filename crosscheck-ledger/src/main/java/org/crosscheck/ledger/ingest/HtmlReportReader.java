package org.crosscheck.ledger.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.ReportSource;
import org.crosscheck.model.UnreadableReportException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a saved news page ({@code .html}) as a report: the article's text (paragraphs, subheadings and list
 * items of the article element, without navigation, scripts, captions or the headline), the title, outlet,
 * canonical URL and publication date from the page's metadata (Open Graph, article:published_time, JSON-LD
 * datePublished, a time element). The body is marked {@code bodyFromMarkup}, so the extraction carries it.
 * Stateless; thread-safe.
 */
public final class HtmlReportReader {
    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})");
    private static final String[] DATE_META = {"meta[property=article:published_time]",
        "meta[name=article:published_time]", "meta[itemprop=datePublished]", "meta[name=pubdate]",
        "meta[name=publishdate]", "meta[name=date]", "meta[name=DC.date.issued]", "meta[name=dcterms.date]",
        "meta[property=og:published_time]"};

    private final long maxBytes;

    public HtmlReportReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public static boolean isHtml(Path file) {
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml");
    }

    public ReportSource read(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > maxBytes) {
                throw new UnreadableReportException(file + ": larger than " + maxBytes + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableReportException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        return parse(new String(bytes, StandardCharsets.UTF_8), file.getFileName().toString());
    }

    /** Reduces one page to a report; {@code name} is what the report is called (its file name). */
    public ReportSource parse(String html, String name) {
        Document doc = Jsoup.parse(html);
        String title = firstNonBlank(meta(doc, "meta[property=og:title]"), meta(doc, "meta[name=twitter:title]"),
                doc.title(), doc.selectFirst("h1") == null ? null : doc.selectFirst("h1").text());
        String outlet = meta(doc, "meta[property=og:site_name]");
        Element canonical = doc.selectFirst("link[rel=canonical]");
        String url = firstNonBlank(canonical == null ? null : canonical.absUrl("href").isEmpty()
                ? canonical.attr("href") : canonical.absUrl("href"), meta(doc, "meta[property=og:url]"));
        String language = doc.selectFirst("html[lang]") == null ? null
                : doc.selectFirst("html[lang]").attr("lang").split("-")[0];
        LocalDate published = published(doc, html);

        doc.select("script, style, noscript, nav, header, footer, aside, form, figure, figcaption, iframe, "
                + "button, [role=navigation], [aria-hidden=true], .advert, .ad, .share, .related").remove();
        Element root = firstNonNull(doc.selectFirst("[itemprop=articleBody]"), doc.selectFirst("article"),
                doc.selectFirst("main"), doc.body());
        List<String> paragraphs = new ArrayList<>();
        if (root != null) {
            for (Element el : root.select("p, h2, h3, h4, li, blockquote")) {
                // A blockquote's paragraphs are taken as paragraphs; its own text only when it has none.
                if (el.tagName().equals("blockquote") && !el.select("p").isEmpty()) {
                    continue;
                }
                if (el.tagName().equals("li") && !el.select("p").isEmpty()) {
                    continue;
                }
                String t = el.text().trim();
                if (!t.isEmpty()) {
                    paragraphs.add(t);
                }
            }
            if (paragraphs.isEmpty()) {
                String t = root.wholeText().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll("\\n\\s*\\n+", "\n\n").trim();
                if (!t.isEmpty()) {
                    paragraphs.add(t);
                }
            }
        }
        String body = String.join("\n\n", paragraphs);
        if (body.isBlank()) {
            throw new UnreadableReportException(name + ": the page has no article text");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("format", "html");
        String author = meta(doc, "meta[name=author]");
        if (author != null) {
            metadata.put("author", author);
        }
        return new ReportSource(name, title, outlet, url, published, language, metadata, body, true);
    }

    private static LocalDate published(Document doc, String html) {
        List<String> candidates = new ArrayList<>();
        for (String sel : DATE_META) {
            candidates.add(meta(doc, sel));
        }
        Matcher m = JSON_LD_DATE.matcher(html);
        if (m.find()) {
            candidates.add(m.group(1));
        }
        Element time = doc.selectFirst("time[datetime]");
        if (time != null) {
            candidates.add(time.attr("datetime"));
        }
        for (String c : candidates) {
            if (c != null && c.length() >= 10) {
                try {
                    return LocalDate.parse(c.substring(0, 10));
                } catch (DateTimeParseException e) {
                    // Not ISO: try the next source of the date.
                }
            }
        }
        return null;
    }

    private static String meta(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        if (e == null) {
            return null;
        }
        String v = e.attr("content").trim();
        return v.isEmpty() ? null : v;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }
}
