package io.github.jiceng.governance.json.stream;

import java.math.BigDecimal;

/**
 * A key in parts, a text and two numbers (such as a volunteer and two epoch days), that gives the same key as the
 * definition's key function without making it: the sum table keeps and compares the parts, and makes the key only
 * for the totals that may report. Internal to the package: given to a definition with
 * {@link SumPerKey.Builder#splitKey}; the key function stays the definition's key, for {@link KeyedCheck#keys} and
 * the reporter.
 *
 * @param <T> the Java type of the records summed
 */
interface SplitKey<T> {
  /**
   * Returns the text part of a record's key.
   *
   * @param record the record
   * @return the text, not null (a definition with a split key gives every record a key)
   */
  String text(T record);

  /**
   * Returns the first number of a record's key.
   *
   * @param record the record
   * @return the number
   */
  long first(T record);

  /**
   * Returns the second number of a record's key.
   *
   * @param record the record
   * @return the number
   */
  long second(T record);

  /**
   * Makes the key from its parts: what the definition's key function gives for a record with these parts. Distinct
   * parts must make distinct keys.
   *
   * @param text the text part
   * @param first the first number
   * @param second the second number
   * @return the key
   */
  String key(String text, long first, long second);

  /**
   * Tells whether a key whose second number and total are these can have a finding: false only if the reporter
   * would report nothing for it, so that the key need not be made.
   *
   * @param second the second number
   * @param total the key's total
   * @return false if there is nothing to report
   */
  boolean mayReport(long second, BigDecimal total);
}
