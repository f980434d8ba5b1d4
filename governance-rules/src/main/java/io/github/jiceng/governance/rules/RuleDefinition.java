package io.github.jiceng.governance.rules;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a rule's metadata in one place, on the rule class, like Error Prone's {@code @BugPattern}.
 *
 * <pre>{@code
 * @RuleDefinition(id = "meeting.quorum.not-met", severity = Severity.ERROR, basis = @Basis(
 *     instrument = "中华人民共和国村民委员会组织法", article = "第二十二条", confidence = Confidence.CONFIRMED))
 * public final class QuorumRule implements Rule<Meeting> { ... }
 * }</pre>
 *
 * <p>The title and message templates are not in the annotation: they are the keys {@code <id>.title} and
 * {@code <id>.message} of the {@link #bundle()} next to the rule class, in English ({@code messages.properties}) and
 * Chinese ({@code messages_zh_CN.properties}). Mark a rule that must no longer be used with {@link Deprecated}; never
 * reuse or rename an id.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleDefinition {
  /**
   * The stable rule id, {@code area.subject.check}.
   *
   * @return the id, for example {@code territory.code.parent-mismatch}
   */
  String id();

  /**
   * The default severity; a rule pack may override it.
   *
   * @return the severity
   */
  Severity severity();

  /**
   * The legal bases. A rule with bases is in force only while at least one of them is.
   *
   * @return the bases, possibly none for a pure data-quality rule
   */
  Basis[] basis() default {};

  /**
   * The first day the rule itself applies, in addition to its bases.
   *
   * @return an ISO-8601 date, or empty if not bounded
   */
  String inForceFrom() default "";

  /**
   * The first day the rule no longer applies.
   *
   * @return an ISO-8601 date, or empty if not bounded
   */
  String inForceUntil() default "";

  /**
   * The base name of the message bundle, relative to the rule class's package.
   *
   * @return the base name; {@code messages} reads {@code messages.properties} and {@code messages_zh_CN.properties}
   */
  String bundle() default "messages";
}
