/**
 * The incidents a report tells: event words typed with ACLED's taxonomy, their place, time, parties and
 * operation. Feeds {@code events}.
 */
package org.crosscheck.extract.events;
