/**
 * Claims that answer or blame other parties: denials, accusations and claims of responsibility. Feeds claims
 * with stance {@code denies} and their {@code refutes}.
 */
package org.crosscheck.extract.claims.statement;
