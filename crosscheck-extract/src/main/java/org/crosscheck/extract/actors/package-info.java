/**
 * Who the report names: organisations, persons and common-noun parties, with aliases, sides and spokespeople,
 * collected in one report's {@link org.crosscheck.extract.actors.ActorTable}. Feeds the {@code actors} of the
 * output.
 */
package org.crosscheck.extract.actors;
