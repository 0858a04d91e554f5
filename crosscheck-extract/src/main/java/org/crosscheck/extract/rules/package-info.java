/**
 * Construction rules kept as data: {@link org.crosscheck.extract.rules.RuleFile} reads a stage's rule file
 * ({@code [id]} then a Semgrex pattern) for the {@link org.crosscheck.text.PatternEngine} the pipeline was given,
 * and {@link org.crosscheck.extract.rules.StageRules} holds the compiled rules of every stage.
 */
package org.crosscheck.extract.rules;
