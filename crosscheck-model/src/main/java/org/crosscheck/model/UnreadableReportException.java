package org.crosscheck.model;

/**
 * A report that cannot be read or extracted for a reason in the input itself (empty, binary, not UTF-8, too
 * large, not English, a malformed header date). Its message is one line meant for the user, naming the problem;
 * the command line prints it without a stack trace.
 */
public class UnreadableReportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnreadableReportException(String message) {
        super(message);
    }
}
