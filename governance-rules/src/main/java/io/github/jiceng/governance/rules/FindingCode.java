package io.github.jiceng.governance.rules;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable code of a finding (问题代码): a rule id such as {@code meeting.quorum.not-met}, or the code of a finding
 * from another source such as {@code constraint.NotBlank} or {@code json.syntax}.
 *
 * <p>A code is two or more dot-separated parts; each part is letters, digits and underscores with single hyphens
 * inside. The first part is the <em>area</em>. Rule ids are stricter, see {@link #ofRule(String)}. Codes compare by
 * their text.
 */
public final class FindingCode implements Comparable<FindingCode>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final String PART = "[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*";
  private static final Pattern CODE = Pattern.compile(PART + "(?:\\." + PART + ")+");
  private static final String RULE_PART = "[a-z][a-z0-9]*(?:-[a-z0-9]+)*";
  private static final Pattern RULE_ID = Pattern.compile(RULE_PART + "\\." + RULE_PART + "\\." + RULE_PART);

  /** The code text. */
  private final String value;

  private FindingCode(String value) {
    this.value = value;
  }

  /**
   * Returns a finding code.
   *
   * @param value the code, for example {@code constraint.NotBlank} or {@code json.unknown-property}
   * @return the code
   * @throws IllegalArgumentException if the text is not two or more dot-separated parts
   */
  public static FindingCode of(String value) {
    Objects.requireNonNull(value, "value");
    if (!CODE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "finding code '" + value + "' is malformed: expected two or more dot-separated parts of letters, digits"
              + " and '_' with single '-' inside, like 'json.unknown-property'");
    }
    return new FindingCode(value);
  }

  /**
   * Returns a rule id: exactly three lower-case parts {@code area.subject.check}, kebab-case inside a part, like
   * {@code territory.code.parent-mismatch}.
   *
   * @param value the rule id
   * @return the code
   * @throws IllegalArgumentException if the text is not a well-formed rule id
   */
  public static FindingCode ofRule(String value) {
    Objects.requireNonNull(value, "value");
    if (!RULE_ID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "rule id '" + value + "' is malformed: expected three lower-case dot-separated parts area.subject.check,"
              + " kebab-case inside a part, like 'territory.code.parent-mismatch'");
    }
    return new FindingCode(value);
  }

  /**
   * Tells whether this code has the form of a rule id ({@code area.subject.check}, lower-case).
   *
   * @return true for a rule id
   */
  public boolean isRuleId() {
    return RULE_ID.matcher(value).matches();
  }

  /**
   * Returns the area: the first part of the code.
   *
   * @return the area, for example {@code meeting} for {@code meeting.quorum.not-met}
   */
  public String area() {
    return value.substring(0, value.indexOf('.'));
  }

  /**
   * Returns the code text.
   *
   * @return the code
   */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(FindingCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FindingCode && value.equals(((FindingCode) other).value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the code text. */
  @Override
  public String toString() {
    return value;
  }
}
