package org.crosscheck.server.api;

import java.util.List;
import org.crosscheck.ledger.HistoryEntry;
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

    record Edited(String target, List<HistoryEntry> history) {
    }

    record Merged(long kept, long absorbed, List<HistoryEntry> history) {
    }

    record SplitOff(long event, long newEvent, List<HistoryEntry> history) {
    }
}
