package org.crosscheck.geo.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the geoparsing corpora in their three XML formats: LGL's ({@code <toponym><start/><end/><phrase/>
 * <gaztag><lat/><lon/>}, also TR-News'), GeoWebNews' ({@code <toponym><extractedName/><type/><start/><end/>
 * <latitude/><longitude/>}) and GeoVirus' ({@code <locations><location><name/><start/><end/><lat/><lon/>}).
 * The format is told by the elements found. In GeoVirus the gold {@code name} is authoritative (CamCoder's
 * evaluation, which defined the format, reads the name and the coordinates): many entries' {@code start}/{@code end}
 * are shifted from it by a character or more, so a span whose text is not its name is moved to the nearest
 * occurrence of the name within {@value #REALIGN_WINDOW} characters, and counted; one whose name is nowhere near is
 * left out, and counted. Stateless, thread-safe.
 */
public final class GeoCorpusReader {
    /**
     * GeoWebNews types not scored: the authors' geotagging gold is the literal and associative toponyms
     * (2,720), leaving out generic expressions ("the city") and non-toponyms.
     */
    private static final Set<String> GWN_UNSCORED = Set.of("Non_Lit_Expression", "Literal_Expression",
            "Non_Toponym");

    /** How far from its stated offsets a GeoVirus name is looked for. */
    static final int REALIGN_WINDOW = 200;

    /** Which format a file is in. */
    public enum Format { LGL, GEOWEBNEWS, GEOVIRUS }

    /**
     * A read corpus. {@code realigned} counts the gold spans moved onto their name, {@code unaligned} those left out
     * because their name was not found near their offsets (GeoVirus only; 0 elsewhere).
     */
    public record Corpus(Format format, List<BenchArticle> articles, int realigned, int unaligned) {
        public Corpus {
            articles = List.copyOf(articles);
        }

        public Corpus(Format format, List<BenchArticle> articles) {
            this(format, articles, 0, 0);
        }

        /** Whether every toponym of the text is annotated, so that geotagging precision means something. */
        public boolean exhaustive() {
            return format == Format.GEOWEBNEWS;
        }
    }

    public Corpus read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            Document doc = f.newDocumentBuilder().parse(in);
            List<BenchArticle> out = new ArrayList<>();
            NodeList arts = doc.getElementsByTagName("article");
            Format format = null;
            int[] alignment = new int[2];
            for (int i = 0; i < arts.getLength(); i++) {
                Element a = (Element) arts.item(i);
                String text = childText(a, "text");
                if (text == null) {
                    continue;
                }
                String id = a.hasAttribute("docid") ? a.getAttribute("docid") : a.getAttribute("file");
                List<GoldToponym> tagged = new ArrayList<>();
                List<GoldToponym> located = new ArrayList<>();
                NodeList locs = a.getElementsByTagName("location");
                if (locs.getLength() > 0 || format == Format.GEOVIRUS) {
                    format = Format.GEOVIRUS;
                    for (int k = 0; k < locs.getLength(); k++) {
                        Element t = (Element) locs.item(k);
                        addByName(text, t, tagged, located, alignment);
                    }
                } else {
                    NodeList tops = a.getElementsByTagName("toponym");
                    for (int k = 0; k < tops.getLength(); k++) {
                        Element t = (Element) tops.item(k);
                        if (childText(t, "extractedName") != null) {
                            format = Format.GEOWEBNEWS;
                            if (GWN_UNSCORED.contains(childText(t, "type"))) {
                                continue;
                            }
                            add(text, t, "extractedName", "latitude", "longitude", tagged, located);
                        } else {
                            format = Format.LGL;
                            Element gaz = child(t, "gaztag");
                            add(text, t, "phrase", null, null, tagged, located);
                            if (gaz != null && childText(gaz, "lat") != null) {
                                GoldToponym g = tagged.get(tagged.size() - 1);
                                tagged.set(tagged.size() - 1, new GoldToponym(g.start(), g.end(), g.text(),
                                        Double.valueOf(childText(gaz, "lat")), Double.valueOf(childText(gaz, "lon"))));
                                located.add(tagged.get(tagged.size() - 1));
                            }
                        }
                    }
                }
                out.add(new BenchArticle(id, text, tagged, located));
            }
            if (format == null) {
                throw new IOException(file + ": no <article> with toponyms in a known format");
            }
            return new Corpus(format, out, alignment[0], alignment[1]);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(file + ": not readable XML: " + e.getMessage(), e);
        }
    }

    /** Adds a toponym whose offsets fit the text; corpora carry a few that do not (negative offsets). */
    private static void add(String text, Element t, String nameTag, String latTag, String lonTag,
                            List<GoldToponym> tagged, List<GoldToponym> located) {
        String s = childText(t, "start");
        String e = childText(t, "end");
        if (s == null || e == null) {
            return;
        }
        int start = Integer.parseInt(s.trim());
        int end = Integer.parseInt(e.trim());
        if (start < 0 || end > text.length() || end <= start) {
            return;
        }
        Double lat = null;
        Double lon = null;
        if (latTag != null) {
            String la = childText(t, latTag);
            String lo = childText(t, lonTag);
            if (la != null && lo != null && !la.isBlank() && !lo.isBlank()) {
                lat = Double.valueOf(la.trim());
                lon = Double.valueOf(lo.trim());
            }
        }
        GoldToponym g = new GoldToponym(start, end, text.substring(start, end), lat, lon);
        tagged.add(g);
        if (g.hasCoordinates()) {
            located.add(g);
        }
    }

    /**
     * Adds a GeoVirus location at its stated span when that quotes its name, else at the nearest occurrence of the
     * name (exact case first) within {@link #REALIGN_WINDOW}; {@code alignment} counts [realigned, unaligned].
     */
    private static void addByName(String text, Element t, List<GoldToponym> tagged, List<GoldToponym> located,
                                  int[] alignment) {
        String name = childText(t, "name");
        String s = childText(t, "start");
        String la = childText(t, "lat");
        String lo = childText(t, "lon");
        if (name == null || name.isBlank() || s == null || la == null || lo == null) {
            return;
        }
        name = name.strip();
        int stated;
        try {
            stated = Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            stated = 0;
        }
        int start = nearest(text, name, stated, false);
        if (start < 0) {
            start = nearest(text, name, stated, true);
        }
        if (start < 0) {
            alignment[1]++;
            return;
        }
        if (start != stated || !text.startsWith(name, start)) {
            alignment[0]++;
        }
        GoldToponym g = new GoldToponym(start, start + name.length(), text.substring(start, start + name.length()),
                Double.valueOf(la.trim()), Double.valueOf(lo.trim()));
        tagged.add(g);
        located.add(g);
    }

    /** Start of the occurrence of {@code name} nearest {@code from} within the window, or -1. */
    static int nearest(String text, String name, int from, boolean ignoreCase) {
        for (int d = 0; d <= REALIGN_WINDOW; d++) {
            for (int at : new int[] {from - d, from + d}) {
                if (at >= 0 && at + name.length() <= text.length()
                        && text.regionMatches(ignoreCase, at, name, 0, name.length())) {
                    return at;
                }
            }
        }
        return -1;
    }

    private static Element child(Element e, String tag) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(tag)) {
                return c;
            }
        }
        return null;
    }

    private static String childText(Element e, String tag) {
        Element c = child(e, tag);
        if (c == null) {
            return null;
        }
        String s = c.getTextContent();
        return s == null || s.isEmpty() ? null : s;
    }
}
