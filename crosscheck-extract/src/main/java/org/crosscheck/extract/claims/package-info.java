/**
 * What the claim stages share: the {@link org.crosscheck.extract.claims.ClaimDraft} they produce, their
 * interface, and the reader of quantity phrases.
 */
package org.crosscheck.extract.claims;
