package org.crosscheck.server.api;

import java.util.Arrays;
import java.util.List;
import org.crosscheck.ledger.HistoryEntry;
import org.crosscheck.model.Outcome;
import org.crosscheck.server.http.Fields;

/** The bodies the write routes take and what they answer; each body checks its fields as it is read. */
final class EditRequests {
    static final int MAX_TEXT = 4000;

    private EditRequests() {
    }

    /** A change of one field of an event (or of a claim, with {@code claim} in the claim-edits body). */
    record Edit(String claim, String field, String value, String why) {
        Edit {
            Fields.optional("claim", claim, 200);
            Fields.required("field", field, 64);
            Fields.optional("value", value, MAX_TEXT);
            Fields.required("why", why, MAX_TEXT);
        }
    }

    record Merge(Long absorbed, String why) {
        Merge {
            Fields.id("absorbed", absorbed);
            Fields.required("why", why, MAX_TEXT);
        }
    }

    /** One report's event taken out of an event; {@code eventLocal} null takes all of that report's events. */
    record Split(Long reportId, String eventLocal, String why) {
        Split {
            Fields.id("report_id", reportId);
            if (eventLocal != null) {
                Fields.required("event_local", eventLocal, 64);
            }
            Fields.required("why", why, MAX_TEXT);
        }
    }

    /** One claim of the event taken out of it: {@code to} "own_event" (an event of its own) or "context". */
    record Detach(String claim, String to, String why) {
        Detach {
            Fields.required("claim", claim, 200);
            Fields.required("to", to, 16);
            if (!to.equals(OWN_EVENT) && !to.equals(CONTEXT)) {
                throw new IllegalArgumentException("'to' is " + OWN_EVENT + " or " + CONTEXT);
            }
            Fields.required("why", why, MAX_TEXT);
        }

        boolean ownEvent() {
            return to.equals(OWN_EVENT);
        }
    }

    static final String OWN_EVENT = "own_event";
    static final String CONTEXT = "context";

    /** A detached claim returned to the event its report event is in (the undo of a detach). */
    record Reattach(String claim, String why) {
        Reattach {
            Fields.required("claim", claim, 200);
            Fields.required("why", why, MAX_TEXT);
        }
    }

    /** An analyst's own figure: {@code figure} people {@code outcome}, {@code victims} named or everyone. */
    record AnalystFigure(String outcome, String victims, Integer figure, String why) {
        AnalystFigure {
            Fields.required("outcome", outcome, 16);
            if (Arrays.stream(Outcome.values()).noneMatch(o -> o.toString().equals(outcome))) {
                throw new IllegalArgumentException("'outcome' is one of " + List.of(Outcome.values()));
            }
            Fields.optional("victims", victims, 500);
            if (figure == null || figure < 0 || figure > MAX_FIGURE) {
                throw new IllegalArgumentException("'figure' must be a whole number from 0 to " + MAX_FIGURE);
            }
            Fields.required("why", why, MAX_TEXT);
        }

        Outcome outcomeCode() {
            return Arrays.stream(Outcome.values()).filter(o -> o.toString().equals(outcome)).findFirst()
                    .orElseThrow();
        }
    }

    static final int MAX_FIGURE = 10_000_000;

    /** Why an analyst's figure is withdrawn. */
    record Withdraw(String why) {
        Withdraw {
            Fields.required("why", why, MAX_TEXT);
        }
    }

    record Detached(String claim, Long event, List<HistoryEntry> history) {
    }

    record FigureSet(long id, long event, List<HistoryEntry> history) {
    }

    record Edited(String target, List<HistoryEntry> history) {
    }

    record Merged(long kept, long absorbed, List<HistoryEntry> history) {
    }

    record SplitOff(long event, long newEvent, List<HistoryEntry> history) {
    }
}
