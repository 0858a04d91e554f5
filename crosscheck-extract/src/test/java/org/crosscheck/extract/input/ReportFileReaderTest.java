package org.crosscheck.extract.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.crosscheck.model.CrosscheckConfig;
import org.crosscheck.model.ReportSource;
import org.crosscheck.model.UnreadableReportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFileReaderTest {
    private static final String ENGLISH = "Militants attacked a checkpoint in the district on Monday, killing at least "
            + "five soldiers, the army said in a statement. The group has claimed responsibility for the attack, "
            + "which came after a week of clashes in the area.\n";

    @TempDir
    Path dir;

    private final ReportFileReader reader = new ReportFileReader(CrosscheckConfig.defaults());

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private String failure(Path p) {
        return assertThrows(UnreadableReportException.class, () -> reader.read(p)).getMessage();
    }

    @Test
    void headerIsSplitFromBodyAndBodyStartsAfterBlankLine() throws IOException {
        String file = "title: Checkpoint attacked\noutlet: Daily Example\nurl: https://example.org/a\n"
                + "published: 2025-02-02\nlanguage: en\nlicence: CC BY 4.0\n\n" + ENGLISH;
        ReportSource r = reader.read(write("a.txt", file));
        assertEquals("a.txt", r.name());
        assertEquals("Checkpoint attacked", r.title());
        assertEquals("Daily Example", r.outlet());
        assertEquals("https://example.org/a", r.url());
        assertEquals(LocalDate.of(2025, 2, 2), r.published());
        assertEquals("en", r.language());
        assertEquals(Map.of("licence", "CC BY 4.0"), r.metadata());
        assertEquals(ENGLISH, r.body());
        assertEquals(file.indexOf("Militants"), ReportFileReader.splitHeader(file).bodyOffset());
        assertFalse(r.bodyFromMarkup());
    }

    @Test
    void firstLineWithUnknownKeyMakesWholeFileBody() throws IOException {
        String file = "summary: not a header key\n\n" + ENGLISH;
        ReportSource r = reader.read(write("b.txt", file));
        assertEquals(file, r.body());
        assertNull(r.title());
        assertNull(r.published());
    }

    @Test
    void unknownKeysMayFollowAKnownFirstKey() {
        ReportFileReader.Header h = ReportFileReader.splitHeader("title: T\nsource: wire\n\nBody.");
        assertEquals(Map.of("title", "T", "source", "wire"), h.fields());
        assertEquals("Body.", h.body());
    }

    @Test
    void headerWithoutBlankLineIsBodyAsInReferenceReader() {
        String text = "title: T\nBody starts without a blank line.";
        ReportFileReader.Header h = ReportFileReader.splitHeader(text);
        assertTrue(h.fields().isEmpty());
        assertEquals(text, h.body());
        assertEquals(0, h.bodyOffset());
        // header lines up to the end of the file: all body too
        assertEquals("title: T\nurl: u", ReportFileReader.splitHeader("title: T\nurl: u").body());
    }

    @Test
    void headerValuesAreStrippedAndSpaceAfterColonIsOptional() {
        ReportFileReader.Header h = ReportFileReader.splitHeader("title:Tight\nurl:   spaced  \u00a0\n \t\nBody");
        assertEquals("Tight", h.fields().get("title"));
        assertEquals("spaced", h.fields().get("url"));
        assertEquals("Body", h.body()); // a whitespace-only line ends the header, as line.strip() == '' does
    }

    @Test
    void headerKeysMustBeLowercase() {
        String text = "Title: T\n\nBody";
        assertEquals(text, ReportFileReader.splitHeader(text).body());
    }

    @Test
    void crlfIsNormalisedSoOffsetsMatchTheLfFile() throws IOException {
        String lf = "title: T\npublished: 2024-05-01\n\n" + ENGLISH + "Second paragraph.\n";
        ReportSource fromLf = reader.read(write("lf.txt", lf));
        ReportSource fromCrlf = reader.read(write("crlf.txt", lf.replace("\n", "\r\n")));
        ReportSource fromCr = reader.read(write("cr.txt", lf.replace("\n", "\r")));
        assertEquals(fromLf.body(), fromCrlf.body());
        assertEquals(fromLf.body(), fromCr.body());
        assertEquals(fromLf.body().indexOf("Second"), fromCrlf.body().indexOf("Second"));
        assertFalse(fromCrlf.body().contains("\r"));
        assertEquals("T", fromCrlf.title());
    }

    @Test
    void utf8BomIsDroppedAndHeaderStillRead() throws IOException {
        byte[] text = ("title: With BOM\n\n" + ENGLISH).getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[text.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bom, 3, text.length);
        ReportSource r = reader.read(write("bom.txt", bom));
        assertEquals("With BOM", r.title());
        assertEquals(ENGLISH, r.body());
        assertEquals('M', r.body().charAt(0));
    }

    @Test
    void nonAsciiBodyKeepsUtf16Offsets() throws IOException {
        String body = "The BLA’s “Stay, Hit and Run” raid 🚩 ended. " + ENGLISH;
        ReportSource r = reader.read(write("u.txt", "title: x\n\n" + body));
        assertEquals(body, r.body());
        assertEquals("ended", r.body().substring(body.indexOf("ended"), body.indexOf("ended") + 5));
    }

    @Test
    void commandLineOverridesReplaceHeader() throws IOException {
        Path p = write("o.txt", "title: Header title\noutlet: Header outlet\npublished: 2025-02-02\n\n" + ENGLISH);
        ReportSource r = reader.read(p, new ReportOverrides("CLI title", null, "https://cli.example", "2024-12-31"));
        assertEquals("CLI title", r.title());
        assertEquals("Header outlet", r.outlet());
        assertEquals("https://cli.example", r.url());
        assertEquals(LocalDate.of(2024, 12, 31), r.published());
        ReportSource unknown = reader.read(p, new ReportOverrides(null, null, null, "unknown"));
        assertNull(unknown.published());
    }

    @Test
    void overrideDateRescuesMalformedHeaderDate() throws IOException {
        Path p = write("d.txt", "published: yesterday\n\n" + ENGLISH);
        assertTrue(failure(p).contains("published date 'yesterday'"));
        assertEquals(LocalDate.of(2020, 1, 2),
                reader.read(p, new ReportOverrides(null, null, null, "2020-01-02")).published());
    }

    @Test
    void malformedOverrideDateIsRefusedWhenBuilt() {
        assertThrows(IllegalArgumentException.class, () -> new ReportOverrides(null, null, null, "02/02/2025"));
        assertThrows(IllegalArgumentException.class, () -> new ReportOverrides(null, null, null, "2025-02-30"));
    }

    @Test
    void publishedUnknownIsNoDate() throws IOException {
        assertNull(reader.read(write("u.txt", "published: unknown\n\n" + ENGLISH)).published());
    }

    @Test
    void malformedPublishedDatesAreOneLineErrors() throws IOException {
        for (String bad : new String[] {"2025-13-01", "2025-02-30", "Feb 2, 2025", "2025/02/02", ""}) {
            String msg = failure(write("bad.txt", "title: T\npublished: " + bad + "\n\n" + ENGLISH));
            assertTrue(msg.startsWith("malformed header: published date '" + bad + "'"), msg);
            assertFalse(msg.contains("\n"));
        }
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        assertEquals("empty file", failure(write("e.txt", "")));
    }

    @Test
    void whitespaceOnlyFileIsRefused() throws IOException {
        assertEquals("empty file (only whitespace)", failure(write("w.txt", " \n\r\n\t\n")));
    }

    @Test
    void headerWithoutBodyIsRefused() throws IOException {
        assertEquals("no text after the header", failure(write("h.txt", "title: Only a header\n\n\n")));
    }

    @Test
    void nulByteMeansBinary() throws IOException {
        byte[] bytes = ("Some text" + ENGLISH).getBytes(StandardCharsets.UTF_8);
        bytes[4] = 0;
        assertEquals("binary file (NUL byte at byte 4)", failure(write("n.txt", bytes)));
    }

    @Test
    void controlCharactersMeanBinary() throws IOException {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 7 == 0 ? 0x03 : 'a');
        }
        assertTrue(failure(write("c.bin", bytes)).startsWith("binary file (58 control characters"));
    }

    @Test
    void aFewControlCharactersInLongTextAreTolerated() throws IOException {
        String text = ENGLISH.repeat(5) + "\u0007" + ENGLISH; // a stray bell in real text
        assertEquals(text, reader.read(write("bell.txt", text)).body());
    }

    @Test
    void utf16IsNamed() throws IOException {
        byte[] bytes = ("\uFEFF" + ENGLISH).getBytes(StandardCharsets.UTF_16LE);
        assertEquals("UTF-16 text, not UTF-8 (save it as UTF-8)", failure(write("u16.txt", bytes)));
    }

    @Test
    void invalidUtf8NamesTheByteAndLine() throws IOException {
        byte[] latin1 = "Line one\nCaf\u00e9 attack".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("invalid UTF-8 at byte 12 (line 2): 0xE9", failure(write("l1.txt", latin1)));
    }

    @Test
    void truncatedUtf8SequenceAtEndIsRefused() throws IOException {
        byte[] good = (ENGLISH + "\u2019").getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(good, good.length - 1);
        String msg = failure(write("cut.txt", cut));
        assertTrue(msg.startsWith("invalid UTF-8 at byte " + (good.length - 3) + " (line 2)"), msg);
    }

    @Test
    void encodedSurrogateIsInvalidUtf8() throws IOException {
        byte[] bytes = {'a', 'b', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'c'};
        assertTrue(failure(write("sur.txt", bytes)).startsWith("invalid UTF-8 at byte 2 (line 1)"));
    }

    @Test
    void tooLargeIsRefusedBeforeReading() throws IOException {
        ReportFileReader small = new ReportFileReader(100, null);
        Path p = write("big.txt", "x".repeat(101));
        String msg = assertThrows(UnreadableReportException.class, () -> small.read(p)).getMessage();
        assertEquals("too large: 101 bytes is over the limit of 100 bytes (see --max-bytes)", msg);
        assertEquals("x".repeat(100), small.read(write("ok.txt", "x".repeat(100))).body());
    }

    @Test
    void defaultLimitIsTwentyMegabytes() throws IOException {
        Path p = dir.resolve("huge.txt");
        try (var ch = java.nio.channels.FileChannel.open(p, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), 20L * 1024 * 1024); // sparse: 20 MB + 1 byte
        }
        assertTrue(failure(p).startsWith("too large: 20.0 MB (20971521 bytes) is over the limit of 20.0 MB"));
    }

    @Test
    void missingFileAndDirectoryAreOneLineErrors() throws IOException {
        assertEquals("no such file", failure(dir.resolve("missing.txt")));
        assertEquals("is a directory", failure(dir));
    }

    /** Issue 14's fuzzing: a header value pasted full of text made a failure line of thousands of characters. */
    @Test
    void headerValuesAreQuotedShortInFailures() throws IOException {
        String junk = "(word ".repeat(500);
        assertEquals("not English (header says language: " + junk.substring(0, 40) + "…)",
                failure(write("l.txt", "title: T\nlanguage: " + junk + "\n\n" + ENGLISH)));
        assertEquals("malformed header: published date '2024-05-01 The dead were Amal, Bora, Che…' is "
                + "neither YYYY-MM-DD nor 'unknown'", failure(write("p.txt", "published: 2024-05-01 The dead were "
                + "Amal, Bora, Chen, Dara, Emeka, Farah\n\n" + ENGLISH)));
        assertEquals("not English (header says language: e  n)",
                failure(write("r.txt", "title: T\nlanguage: e\u202e\u202en\n\n" + ENGLISH)));
    }

    @Test
    void nonEnglishHeaderLanguageIsRefused() throws IOException {
        assertEquals("not English (header says language: fr)",
                failure(write("fr.txt", "title: T\nlanguage: fr\n\n" + ENGLISH)));
        assertEquals("en-GB", reader.read(write("gb.txt", "title: T\nlanguage: en-GB\n\n" + ENGLISH)).language());
    }

    @Test
    void nonEnglishBodyIsRefused() throws IOException {
        String french = "title: Attaque\npublished: 2025-02-02\n\nLes militants ont attaqué un poste de contrôle dans "
                + "le district lundi, tuant au moins cinq soldats, selon un communiqué de l'armée. Le groupe a "
                + "revendiqué l'attaque, qui est survenue après une semaine d'affrontements dans la région.\n";
        assertTrue(failure(write("fr.txt", french)).startsWith("not English (detected: fr;"));
    }

    @Test
    void languageCheckCanBeTurnedOff() throws IOException {
        ReportFileReader any = new ReportFileReader(1000, null);
        String russian = "Боевики атаковали блокпост в районе в понедельник, убив по меньшей мере пятерых солдат.";
        assertEquals(russian, any.read(write("ru.txt", russian)).body());
    }
}
