/**
 * Casualty claims: counted, zero and vague figures of people killed, wounded, captured or missing, with their
 * victims. Feeds {@code claims[].casualties}.
 */
package org.crosscheck.extract.claims.casualty;
