package org.crosscheck.extract.lexicon;

import org.crosscheck.model.ActorKind;

/**
 * A noun for people ({@code people-nouns.tsv}): the kind of party it names ({@code null} for a word that names
 * none), whether it can never be counted victims ("witnesses"), and whether it names one who speaks for an
 * organisation ("spokesman").
 */
public record PeopleNoun(String word, ActorKind kind, boolean notVictim, boolean speaker) {
}
