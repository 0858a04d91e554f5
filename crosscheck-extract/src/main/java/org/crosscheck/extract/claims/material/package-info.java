/**
 * Claims about things rather than people: damage, seizure and control, with the object in the report's words.
 * Feeds claims of kind {@code damage}, {@code seizure} and {@code control}.
 */
package org.crosscheck.extract.claims.material;
