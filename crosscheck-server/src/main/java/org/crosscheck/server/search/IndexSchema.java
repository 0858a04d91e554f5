package org.crosscheck.server.search;

import java.util.Locale;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

/**
 * The server index's Lucene fields. One document per ledger event (every filter of the events list, its sort keys
 * and the list row's JSON), per claim and per report (full-text search), per actor and per place (the lists).
 * Keyword fields hold {@link org.crosscheck.model.NameKey} keys; {@code _dv} fields are doc values for sorting and
 * collecting. Stateless.
 */
final class IndexSchema {
    /** Bumped whenever documents change shape: an index of another format is rebuilt. */
    static final String FORMAT_VERSION = "5";
    static final String FORMAT = "crosscheck.catalog.format";
    static final String FINGERPRINT = "crosscheck.fingerprint";

    static final String KIND = "kind";
    /** Event id: on an event document and on the documents of its claims. */
    static final String EVENT_ID = "eid";
    /** Report id: on a report document and on the documents of the events it tells of. */
    static final String REPORT_ID = "rid";
    static final String START = "start";
    static final String END = "end";
    static final String COUNTRY = "country";
    static final String ADMIN1 = "admin1";
    static final String TYPE = "type";
    static final String ACTOR = "actor";
    static final String CLAIMANT = "claimant";
    static final String CONTESTED = "contested";
    static final String TOP = "top";
    /** The key of an actor or place document, so that it can be updated alone. */
    static final String LIST_KEY = "lkey";

    static final String ID_DV = "id_dv";
    static final String START_DV = "start_dv";
    static final String CONTESTED_DV = "contested_dv";
    static final String FATALITIES_DV = "fatal_dv";
    /** Deaths under the {@code range} policy (its best figure); -1 when no figure is given. */
    static final String FATALITIES_RANGE_DV = "fatal_range_dv";
    static final String REPORTS_DV = "reports_dv";
    static final String LAT_DV = "lat_dv";
    static final String LON_DV = "lon_dv";
    static final String PUBLISHED_DV = "published_dv";
    static final String EVENTS_DV = "events_dv";

    /** Full text (words of a report's title and body, or of a claim), with offsets for snippets. */
    static final String TEXT = "text";
    static final String TITLE = "title";
    static final String BODY = "body";
    /** Where the body starts in {@link #TEXT} (after the title). */
    static final String BODY_AT = "body_at";
    static final String CLAIM_ID = "cid";
    static final String CLAIM_EVENT = "event";
    static final String CLAIM_REPORT = "report";
    /** The JSON the API serves for the document (a list row). */
    static final String JSON = "json";
    /** What an event adds to the actors and places lists, so that an update can take it back. */
    static final String SHARES = "shares";

    static final FieldType TEXT_WITH_OFFSETS;

    static {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        TEXT_WITH_OFFSETS = t;
    }

    /** The kinds of document. */
    enum Kind {
        EVENT, CLAIM, REPORT, ACTOR, PLACE;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        Term term() {
            return new Term(KIND, code());
        }
    }

    private IndexSchema() {
    }
}
