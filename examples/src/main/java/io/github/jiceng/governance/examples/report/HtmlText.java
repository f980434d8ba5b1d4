package io.github.jiceng.governance.examples.report;

/** Escaping of text for HTML and SVG (HTML 转义): records are hostile input, so every text goes through here. */
final class HtmlText {
  private HtmlText() {
  }

  /**
   * Escapes text for element content and for quoted attribute values: {@code & < > " '} become entities, and
   * control characters other than tab, line feed and carriage return become U+FFFD.
   *
   * @param text the text, not null
   * @return the escaped text
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f ? '\ufffd' : c);
      }
    }
    return out.toString();
  }
}
