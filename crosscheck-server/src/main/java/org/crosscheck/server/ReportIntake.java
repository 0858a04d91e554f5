package org.crosscheck.server;

import org.crosscheck.model.ReportExtractor;
import org.crosscheck.model.ReportSource;

/**
 * What the server needs to add a report it is sent: reading the text (the spec's header and the body) as a report
 * file is read, and the extraction pipeline. The command line wires both (the server module has no NLP of its own);
 * without them the server stores nothing it is sent. Implementations are thread-safe.
 */
public interface ReportIntake {
    /** Fields sent beside the text, each replacing the header's value when not null. */
    record Fields(String title, String outlet, String url, String published) {
        public static final Fields NONE = new Fields(null, null, null, null);
    }

    /**
     * The report the text stands for, checked as a report file is (size, encoding, header, language).
     *
     * @throws org.crosscheck.model.UnreadableReportException with a one-line reason when it is no report
     * @throws IllegalArgumentException                       when a field is malformed (a published date)
     */
    ReportSource read(String name, byte[] text, Fields fields);

    /** The extraction pipeline, loaded on first use. */
    ReportExtractor extractor();
}
