/**
 * The report as the stages read it: report files and their header ({@link
 * org.crosscheck.extract.input.ReportFileReader}), the English check, and the analysed body with its places and
 * paragraphs ({@link org.crosscheck.extract.input.ReportContext}).
 */
package org.crosscheck.extract.input;
