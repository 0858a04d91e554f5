package org.crosscheck.server.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;

/**
 * The search box's syntax (words, "phrases", -not, a|b, prefix*, fuzzy~N) with the work bounded: at most
 * {@link #MAX_EXPANDING_TERMS} fuzzy or prefix terms; a fuzzy term expanded to at most {@link #EXPANSIONS} index
 * terms (together far below Lucene's clause limit); a prefix of at least {@link #MIN_PREFIX} characters, matched
 * as one set of documents whatever the number of words it starts (Lucene's constant-score rewrite, which adds no
 * clauses). A query beyond these is refused with a message rather than run. One instance parses one query; not
 * thread-safe.
 */
final class BoundedQueryParser extends SimpleQueryParser {
    static final int MAX_EXPANDING_TERMS = 8;
    static final int EXPANSIONS = 32;
    static final int MIN_PREFIX = 2;

    private final String field;
    private int expanding;

    BoundedQueryParser(Analyzer analyzer, String field) {
        super(analyzer, field);
        this.field = field;
        setDefaultOperator(BooleanClause.Occur.MUST);
    }

    /** The query; one that finds nothing for a text without words. */
    static Query parse(Analyzer analyzer, String field, String text) {
        Query q = new BoundedQueryParser(analyzer, field).parse(text);
        return q == null ? new MatchNoDocsQuery() : q;
    }

    @Override
    protected Query newFuzzyQuery(String text, int fuzziness) {
        count("fuzzy");
        return new FuzzyQuery(new Term(field, normalize(text)), Math.min(fuzziness,
                FuzzyQuery.defaultMaxEdits), 0, EXPANSIONS, FuzzyQuery.defaultTranspositions);
    }

    @Override
    protected Query newPrefixQuery(String text) {
        String t = normalize(text);
        if (t.codePointCount(0, t.length()) < MIN_PREFIX) {
            throw new IllegalArgumentException("a prefix search needs at least " + MIN_PREFIX + " letters before "
                    + "'*', not '" + text + "*'");
        }
        count("prefix");
        return new PrefixQuery(new Term(field, t));
    }

    private void count(String kind) {
        if (++expanding > MAX_EXPANDING_TERMS) {
            throw new IllegalArgumentException("a search takes at most " + MAX_EXPANDING_TERMS + " fuzzy (~) or "
                    + "prefix (*) terms; this " + kind + " term is one too many");
        }
    }

    private String normalize(String text) {
        return getAnalyzer().normalize(field, text).utf8ToString();
    }
}
