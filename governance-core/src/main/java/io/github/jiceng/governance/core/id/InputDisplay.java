package io.github.jiceng.governance.core.id;

/**
 * How parsers show rejected input in exception messages: a visible character in quotes, an invisible one by its
 * code point, and an overlong input cut short so that a message stays readable.
 */
final class InputDisplay {
  /** Inputs longer than this are cut in messages. */
  static final int MAX_SHOWN = 40;

  private InputDisplay() {
  }

  /**
   * Describes one character for a message.
   *
   * @param c the character
   * @return {@code 'c'} for a visible character, {@code U+0020} style for whitespace and control characters
   */
  static String describe(char c) {
    if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
        || Character.isSurrogate(c)) {
      return String.format("U+%04X", (int) c);
    }
    return "'" + c + "'";
  }

  /**
   * Cuts an overlong input for display.
   *
   * @param text the input
   * @return the input, or its first {@link #MAX_SHOWN} characters followed by an ellipsis
   */
  static String abbreviate(String text) {
    return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "…";
  }
}
