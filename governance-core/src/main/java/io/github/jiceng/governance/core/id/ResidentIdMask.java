package io.github.jiceng.governance.core.id;

/**
 * How a resident identity number, valid or not, is masked for display; see {@link ResidentIdNumber#mask}.
 */
final class ResidentIdMask {
  private static final int KEEP_START = 6;
  private static final int MAX_MASKED = 32;

  private ResidentIdMask() {
  }

  /**
   * Masks a text: 18 characters keep 6 + 4, 15 characters keep 6 + 3, others keep 6 only if at least 12 long.
   *
   * @param text the text
   * @return the masked text, cut after 32 characters with an ellipsis
   */
  static String mask(CharSequence text) {
    int length = text.length();
    int keepStart;
    int keepEnd;
    if (length == 18) {
      keepStart = KEEP_START;
      keepEnd = 4;
    } else if (length == 15) {
      keepStart = KEEP_START;
      keepEnd = 3;
    } else {
      keepStart = length >= 2 * KEEP_START ? KEEP_START : 0;
      keepEnd = 0;
    }
    StringBuilder masked = new StringBuilder(Math.min(length, MAX_MASKED) + 1);
    for (int i = 0; i < length && i < MAX_MASKED; i++) {
      masked.append(i < keepStart || i >= length - keepEnd ? text.charAt(i) : '*');
    }
    if (length > MAX_MASKED) {
      masked.append('…');
    }
    return masked.toString();
  }
}
