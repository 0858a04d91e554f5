package org.crosscheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.crosscheck.extract.input.ReportFileReader;
import org.crosscheck.extract.input.ReportOverrides;
import org.crosscheck.json.ReportJson;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.ReportExtractor;
import org.crosscheck.model.ReportSource;
import org.crosscheck.model.UnreadableReportException;

/**
 * How one report file ended when read and extracted as {@code crosscheck extract} does: a result, which must pass
 * {@link OutputChecks}; a failure for the user, which must be one line (no line break, no Java type name, at
 * most 300 characters); or an internal error, which must never happen. Shared by the fuzz test and the property
 * tests. An {@link OutOfMemoryError} is not caught: it fails the run.
 *
 * @param failure   the user's one-line message, or {@code null} when a result came back
 * @param thrown    what ended the extraction (a refusal or an internal error), or {@code null}
 * @param internal  internal errors, described
 * @param invalid   what is wrong with the result (schema, span, count)
 * @param badMessage the failure message when it is not fit for a user, or {@code null}
 */
record InputVerdict(boolean result, String failure, Throwable thrown, List<String> internal, List<String> invalid,
                    String badMessage) {
    private static final ReportOverrides NO_OVERRIDES = new ReportOverrides(null, null, null, null);
    private static final Pattern JAVA_TYPE = Pattern.compile("\\b[A-Z]\\w*(?:Exception|Error)\\b|\\bjava\\.");

    static InputVerdict of(Path file, ReportFileReader reader, ReportExtractor extractor, OutputChecks checks)
            throws IOException {
        try {
            ReportSource source = reader.read(file, NO_OVERRIDES);
            Extraction x = extractor.extract(source);
            String body = x.report().body() != null ? x.report().body() : source.body();
            return new InputVerdict(true, null, null, List.of(), checks.problems(new ReportJson().write(x), body),
                    null);
        } catch (UnreadableReportException e) {
            String msg = e.getMessage();
            boolean bad = msg == null || msg.isBlank() || msg.contains("\n") || msg.contains("\r")
                    || msg.length() > 300 || JAVA_TYPE.matcher(msg).find();
            return new InputVerdict(false, String.valueOf(msg), e, List.of(), List.of(), bad ? msg : null);
        } catch (RuntimeException e) {
            return new InputVerdict(false, null, e, List.of(Main.describe(e)), List.of(), null);
        } catch (StackOverflowError e) {
            return new InputVerdict(false, null, e, List.of(Main.describe(e)), List.of(), null);
        }
    }

    /** Everything wrong with this outcome, empty when it is a valid result or a one-line failure. */
    List<String> problems() {
        List<String> out = new ArrayList<>(internal);
        invalid.forEach(p -> out.add("invalid output: " + p));
        if (badMessage != null) {
            out.add("failure not fit for a user: " + badMessage);
        }
        return out;
    }
}
