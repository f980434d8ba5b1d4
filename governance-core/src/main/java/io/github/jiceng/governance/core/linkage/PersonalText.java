package io.github.jiceng.governance.core.linkage;

import java.util.Objects;

/**
 * Masks personal text (个人信息脱敏) such as names and phone numbers for {@code toString()} and messages: the first and
 * last character stay, every other one becomes {@code *} ({@code 张小明} gives {@code 张*明}, {@code 张三} gives {@code
 * 张*}, {@code 13812345678} gives {@code 1*********8}). Resident identity numbers mask themselves.
 */
public final class PersonalText {
  private PersonalText() {
  }

  /**
   * Masks a text: keeps its first and last character (only the first if it has one or two characters, none if it has
   * one) and replaces every other one with {@code *}.
   *
   * @param text the text, not null
   * @return the masked text, as long (in code points) as the input
   * @throws NullPointerException if {@code text} is null
   */
  public static String mask(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int[] codePoints = text.codePoints().toArray();
    int n = codePoints.length;
    StringBuilder builder = new StringBuilder(text.length());
    for (int i = 0; i < n; i++) {
      boolean keep = i == 0 ? n > 1 : i == n - 1 && n > 2;
      if (keep) {
        builder.appendCodePoint(codePoints[i]);
      } else {
        builder.append('*');
      }
    }
    return builder.toString();
  }
}
