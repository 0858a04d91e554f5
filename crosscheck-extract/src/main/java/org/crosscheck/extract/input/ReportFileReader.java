package org.crosscheck.extract.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.CrosscheckConfig;
import org.crosscheck.model.ReportSource;
import org.crosscheck.model.UnreadableReportException;

/**
 * Reads a report file (see {@code shared/spec/README.md}, "Input: a report file") into a {@link ReportSource},
 * refusing with a one-line {@link UnreadableReportException} what cannot be a report: a file that is missing,
 * empty, larger than the limit (checked before reading), binary, not valid UTF-8 (naming the byte), a header
 * {@code published} that is neither a date nor {@code unknown}, text that is not English.
 *
 * <p>The header is split exactly as the reference reader {@code shared/tools/goldlib.py read_report} does, so that
 * body offsets agree with the scorer: {@code key: value} lines ({@code ^[a-z][a-z_-]*:}), the first key being one
 * of title/outlet/url/published/language, ended by a blank line; otherwise the whole file is body.
 *
 * <p>Two decisions on the text itself:
 * <ul>
 *   <li>Line ends are normalised to {@code \n} ({@code \r\n} and a lone {@code \r} alike) before the header is
 *       split, as Python's universal-newline reading in the reference reader does; offsets refer to that text.
 *       A CRLF file therefore gets the same body, offsets and report id as its LF twin.</li>
 *   <li>A leading UTF-8 byte-order mark is dropped (it is an encoding mark, not text), so a file saved "with
 *       BOM" still has its header read. The reference reader keeps it as U+FEFF; no shared file has one.</li>
 * </ul>
 * Thread-safe and stateless apart from its settings.
 */
public final class ReportFileReader {
    /** Header keys that may open a header; any other lowercase key may follow them (goldlib's {@code known}). */
    public static final Set<String> KNOWN_KEYS = Set.of("title", "outlet", "url", "published", "language");

    private static final Pattern HEADER_LINE = Pattern.compile("([a-z][a-z_-]*):\\s?(.*)", Pattern.DOTALL);
    /** How many leading bytes are checked for control characters; a report's text shows itself at once. */
    private static final int SNIFF_BYTES = 64 * 1024;
    /** Share of C0 control bytes (other than tab, newline, CR, form feed, escape) above which a file is binary. */
    private static final double MAX_CONTROL_RATIO = 0.01;

    private final long maxBytes;
    private final LanguageIdentifier languages;

    /** A reader with the configured size limit that also refuses non-English text. */
    public ReportFileReader(CrosscheckConfig config) {
        this(config.maxReportBytes(), new LanguageIdentifier());
    }

    /**
     * @param maxBytes  the largest file accepted, in bytes
     * @param languages the language check, or {@code null} to accept text in any language
     */
    public ReportFileReader(long maxBytes, LanguageIdentifier languages) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
        this.languages = languages;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Reads {@code file} with no command-line overrides. */
    public ReportSource read(Path file) {
        return read(file, ReportOverrides.NONE);
    }

    /**
     * Reads {@code file}; the report's name is the file name.
     *
     * @throws UnreadableReportException with a one-line reason (not naming the file) when it is no report
     */
    public ReportSource read(Path file, ReportOverrides overrides) {
        Objects.requireNonNull(file, "file");
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new UnreadableReportException("is a directory");
            }
            if (!Files.exists(file)) {
                throw new UnreadableReportException("no such file");
            }
            if (!Files.isRegularFile(file)) {
                throw new UnreadableReportException("not a regular file");
            }
            long size = Files.size(file);
            checkSize(size);
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableReportException("no such file");
        } catch (AccessDeniedException e) {
            throw new UnreadableReportException("permission denied");
        } catch (IOException e) {
            throw new UnreadableReportException("cannot read: " + e.getMessage());
        }
        Path fileName = file.getFileName();
        return parse(fileName == null ? file.toString() : fileName.toString(), bytes, overrides);
    }

    /**
     * Turns the bytes of a report file into a report, with every check {@link #read} makes.
     *
     * @param name the report's name (its file name)
     */
    public ReportSource parse(String name, byte[] bytes, ReportOverrides overrides) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(overrides, "overrides");
        checkSize(bytes.length);
        if (bytes.length == 0) {
            throw new UnreadableReportException("empty file");
        }
        checkNotBinary(bytes);
        String text = decodeUtf8(bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        text = normaliseLineEnds(text);
        if (isBlank(text)) {
            throw new UnreadableReportException(text.isEmpty() ? "empty file" : "empty file (only whitespace)");
        }
        Header header = splitHeader(text);
        if (isBlank(header.body())) {
            throw new UnreadableReportException("no text after the header");
        }
        Map<String, String> fields = header.fields();
        String publishedText = overrides.published() != null ? overrides.published() : fields.get("published");
        LocalDate published = null;
        if (publishedText != null) {
            try {
                published = ReportOverrides.parsePublished(publishedText);
            } catch (IllegalArgumentException e) {
                throw new UnreadableReportException("malformed header: " + e.getMessage());
            }
        }
        String language = fields.get("language");
        if (language != null && !language.isEmpty() && !isEnglishCode(language)) {
            throw new UnreadableReportException("not English (header says language: " + Quoted.of(language) + ")");
        }
        if (languages != null) {
            languages.requireEnglish(header.body());
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (!KNOWN_KEYS.contains(k)) {
                metadata.put(k, v);
            }
        });
        return new ReportSource(name,
                pick(overrides.title(), fields.get("title")),
                pick(overrides.outlet(), fields.get("outlet")),
                pick(overrides.url(), fields.get("url")),
                published,
                language == null || language.isEmpty() ? "en" : language,
                metadata, header.body(), false);
    }

    /** A report file split into its header fields (in file order) and its body. */
    public record Header(Map<String, String> fields, String body, int bodyOffset) {
        public Header {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    /**
     * Splits decoded, newline-normalised text as {@code goldlib.read_report} does: header lines while they match
     * {@code ^([a-z][a-z_-]*):\s?(.*)$} (the first one with a known key), then a blank line; the body is what
     * follows that blank line. Without both a header line and the blank line, the whole text is body.
     */
    public static Header splitHeader(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        int pos = 0;
        int lineNo = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, lineEnd);
            Matcher m = HEADER_LINE.matcher(line);
            if (!m.matches() || (lineNo == 0 && !KNOWN_KEYS.contains(m.group(1)))) {
                if (!fields.isEmpty() && isBlank(line)) {
                    int bodyStart = nl < 0 ? text.length() : nl + 1;
                    return new Header(fields, text.substring(bodyStart), bodyStart);
                }
                break;
            }
            fields.put(m.group(1), pyStrip(m.group(2)));
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
            lineNo++;
        }
        return new Header(Map.of(), text, 0);
    }

    private void checkSize(long size) {
        if (size > maxBytes) {
            throw new UnreadableReportException("too large: " + humanBytes(size) + " is over the limit of "
                    + humanBytes(maxBytes) + " (see --max-bytes)");
        }
    }

    private static void checkNotBinary(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new UnreadableReportException("UTF-16 text, not UTF-8 (save it as UTF-8)");
        }
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new UnreadableReportException("binary file (NUL byte at byte " + i + ")");
            }
            if (i < n && (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B || b == 0x7F)) {
                control++;
            }
        }
        if (control > Math.max(2, n * MAX_CONTROL_RATIO)) {
            throw new UnreadableReportException(String.format(Locale.ROOT,
                    "binary file (%d control characters in its first %d bytes)", control, n));
        }
    }

    /** Strict UTF-8: a malformed or truncated sequence is refused, naming its byte offset and line. */
    static String decodeUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new UnreadableReportException(String.format(Locale.ROOT,
                    "invalid UTF-8 at byte %d (line %d): %s", at, line, hexBytes(bytes, at, result.length())));
        }
        if (result.isOverflow()) {
            throw new IllegalStateException("UTF-8 output buffer overflow"); // cannot happen: chars <= bytes
        }
        out.flip();
        return out.toString();
    }

    private static String hexBytes(byte[] bytes, int at, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = at; i < Math.min(bytes.length, at + Math.max(1, length)); i++) {
            sb.append(sb.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", bytes[i] & 0xFF));
        }
        return sb.toString();
    }

    /** {@code \r\n} and lone {@code \r} become {@code \n}, as Python's universal newlines make them. */
    public static String normaliseLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean isEnglishCode(String language) {
        String l = language.strip().toLowerCase(Locale.ROOT);
        return l.equals("en") || l.startsWith("en-") || l.startsWith("en_") || l.equals("eng") || l.equals("english");
    }

    private static String pick(String override, String header) {
        return override != null ? override : header;
    }

    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isPySpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Python's {@code str.strip()}: trims the characters {@code str.isspace()} accepts. */
    static String pyStrip(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isPySpace(s.charAt(b))) {
            b++;
        }
        while (e > b && isPySpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    /** Python's {@code str.isspace()} for one UTF-16 unit (every such character is in the BMP). */
    static boolean isPySpace(char c) {
        return switch (c) {
            case ' ', '\t', '\n', '\u000B', '\f', '\r', '\u001C', '\u001D', '\u001E', '\u001F', '\u0085', '\u00A0',
                 '\u1680', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000' -> true;
            default -> c >= '\u2000' && c <= '\u200A';
        };
    }

    static String humanBytes(long n) {
        if (n >= 1024L * 1024) {
            return String.format(Locale.ROOT, "%.1f MB (%d bytes)", n / (1024.0 * 1024), n);
        }
        if (n >= 1024) {
            return String.format(Locale.ROOT, "%.1f KB (%d bytes)", n / 1024.0, n);
        }
        return n + " bytes";
    }
}
