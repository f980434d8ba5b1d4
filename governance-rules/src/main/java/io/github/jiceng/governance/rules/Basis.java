package io.github.jiceng.governance.rules;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One legal basis of a rule, inside {@link RuleDefinition#basis()}; read as a {@link LegalBasis}. Empty strings mean
 * "absent".
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Basis {
  /**
   * The instrument's title.
   *
   * @return for example {@code 中华人民共和国村民委员会组织法}
   */
  String instrument();

  /**
   * The article.
   *
   * @return for example {@code 第二十二条}, or empty for the whole instrument
   */
  String article() default "";

  /**
   * The version of the instrument.
   *
   * @return for example {@code 2018年修正}, or empty
   */
  String version() default "";

  /**
   * The first day the basis is in force.
   *
   * @return an ISO-8601 date such as {@code 2010-10-28}, or empty if not bounded
   */
  String inForceFrom() default "";

  /**
   * The first day the basis is no longer in force (it is excluded from the period).
   *
   * @return an ISO-8601 date, or empty if still in force
   */
  String inForceUntil() default "";

  /**
   * How sure we are of the basis; no default, so that every author decides.
   *
   * @return the confidence
   */
  Confidence confidence();

  /**
   * A note, such as where the text was checked.
   *
   * @return the note, or empty
   */
  String note() default "";
}
