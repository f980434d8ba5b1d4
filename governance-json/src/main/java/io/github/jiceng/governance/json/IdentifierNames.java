package io.github.jiceng.governance.json;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.InvalidIdentifierException;
import io.github.jiceng.governance.core.id.ResidentIdNumber;
import io.github.jiceng.governance.core.id.UnifiedSocialCreditCode;
import java.util.Locale;

/**
 * Names the identifiers in findings: the identifier in both languages, and the identifier problem as a code in the
 * form of the rule ids that check identifiers ({@code id.uscc.check-character}).
 */
final class IdentifierNames {
  private IdentifierNames() {
  }

  /**
   * Returns the name of the identifier type in both languages.
   *
   * @param type the identifier class, may be null
   * @param problem the parser's exception
   * @return for example 统一社会信用代码 / unified social credit code
   */
  static BilingualText of(Class<?> type, InvalidIdentifierException problem) {
    if (type == DivisionCode.class) {
      return BilingualText.of("行政区划代码", "division code");
    } else if (type == UnifiedSocialCreditCode.class) {
      return BilingualText.of("统一社会信用代码", "unified social credit code");
    } else if (type == ResidentIdNumber.class) {
      return BilingualText.of("居民身份证号码", "resident identity number");
    }
    return BilingualText.of(problem.identifierKind(), problem.identifierKind());
  }

  /**
   * Returns the problem as a code {@code id.<identifier>.<problem>}: {@code uscc}, {@code division-code} or
   * {@code resident-id}, then {@link io.github.jiceng.governance.core.id.IdentifierProblem#code()}.
   *
   * @param type the identifier class, may be null
   * @param problem the parser's exception
   * @return for example {@code id.uscc.check-character}
   */
  static String problemCode(Class<?> type, InvalidIdentifierException problem) {
    String identifier;
    if (type == DivisionCode.class) {
      identifier = "division-code";
    } else if (type == UnifiedSocialCreditCode.class) {
      identifier = "uscc";
    } else if (type == ResidentIdNumber.class) {
      identifier = "resident-id";
    } else {
      identifier = problem.identifierKind().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT);
    }
    return "id." + identifier + "." + problem.problem().code();
  }

  /**
   * Returns what the parser says is wrong, without the part of its message that repeats the input.
   *
   * @param problem the parser's exception
   * @return for example {@code check character 'A' does not match 'T' computed from positions 1-17 (GB 32100 mod 31)}
   */
  static String detail(InvalidIdentifierException problem) {
    String message = String.valueOf(problem.getMessage());
    String prefix = "Invalid " + problem.identifierKind() + " '" + problem.displayedInput() + "'"
        + (problem.position().isPresent() ? " at position " + problem.position().getAsInt() : "") + ": ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }
}
