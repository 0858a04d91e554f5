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
 * The format is told by the elements found. Stateless, thread-safe.
 */
public final class GeoCorpusReader {
    /**
     * GeoWebNews types not scored: the authors' geotagging gold is the literal and associative toponyms
     * (2,720), leaving out generic expressions ("the city") and non-toponyms.
     */
    private static final Set<String> GWN_UNSCORED = Set.of("Non_Lit_Expression", "Literal_Expression",
            "Non_Toponym");

    /** Which format a file is in. */
    public enum Format { LGL, GEOWEBNEWS, GEOVIRUS }

    /** A read corpus. */
    public record Corpus(Format format, List<BenchArticle> articles) {
        public Corpus {
            articles = List.copyOf(articles);
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
                        add(text, t, "name", "lat", "lon", tagged, located);
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
            return new Corpus(format, out);
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
