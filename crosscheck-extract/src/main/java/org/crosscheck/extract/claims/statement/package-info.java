/**
 * Claims that answer or blame other parties: denials, accusations, claims of responsibility, occurrence claims
 * (who, a party says, did it) and the claims a denial names with their owner. Feeds claims with stance
 * {@code denies}, the claims they answer ({@code refutes} is then set by claims.link) and occurrence claims.
 */
package org.crosscheck.extract.claims.statement;
