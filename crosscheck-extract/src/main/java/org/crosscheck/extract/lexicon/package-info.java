/**
 * The English vocabulary every stage shares: reporting verbs, outcome words, nouns for parties and victims,
 * titles, and the token tests built on them.
 */
package org.crosscheck.extract.lexicon;
