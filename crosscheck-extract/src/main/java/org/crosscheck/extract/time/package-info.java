/**
 * When events happened: the dates and clock times a report gives, resolved against its publication date.
 *
 * <p>{@link org.crosscheck.extract.time.TimeResolver} turns the DATE/TIME mentions of an analysed text into
 * {@link org.crosscheck.extract.time.TimeMention}s (a period, its precision and whether it starts or ends what
 * is told); {@link org.crosscheck.extract.time.TimeRanges} folds the mentions of an event's evidence into the
 * {@link org.crosscheck.model.TimeRange} of the report format. The NLP stage's normaliser (SUTime) does most of
 * the date arithmetic; this package corrects what it gets wrong for news: weekdays and months are in the past,
 * bare clock times belong to the day being told rather than to the publication day, nights cross midnight.
 * Nothing here imports CoreNLP: it reads only the labels and normalised values kept in
 * {@link org.crosscheck.text.Token}.
 */
package org.crosscheck.extract.time;
