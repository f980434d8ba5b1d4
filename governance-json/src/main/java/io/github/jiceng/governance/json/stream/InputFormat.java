package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.Locale;

/**
 * How records are laid out in an input (输入格式).
 */
public enum InputFormat implements Displayable {
  /**
   * Chosen from the content: a JSON array if the first character that is not white space (after a byte order mark)
   * is {@code [}, NDJSON otherwise.
   */
  AUTO("自动识别", "detected from the content"),
  /** Newline-delimited JSON: one record per line; blank lines are skipped (NDJSON, JSON Lines). */
  NDJSON("每行一条记录（NDJSON）", "one record per line (NDJSON)"),
  /** One JSON array whose elements are the records. */
  JSON_ARRAY("JSON 数组", "a JSON array of records");

  /** How many bytes {@link #detect} may look at: the buffer of the stream it is given must hold as many. */
  static final int DETECTION_BYTES = 1 << 16;

  private final BilingualText name;

  InputFormat(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }

  /**
   * Chooses the format of content from its first character that is not white space (after a byte order mark), as
   * {@link #AUTO} does, and leaves the stream where it was.
   *
   * @param in the content, buffered by at least {@link #DETECTION_BYTES} bytes
   * @return {@link #JSON_ARRAY} or {@link #NDJSON}
   * @throws IOException if the content cannot be read
   */
  static InputFormat detect(BufferedInputStream in) throws IOException {
    in.mark(DETECTION_BYTES);
    try {
      for (int i = 0; i < DETECTION_BYTES; i++) {
        int b = in.read();
        if (b < 0) {
          return NDJSON;
        }
        if (b == '[') {
          return JSON_ARRAY;
        }
        if (!RecordSplitter.isWhitespace(b) && !(i < 3 && (b == 0xEF || b == 0xBB || b == 0xBF))) {
          return NDJSON;
        }
      }
      return NDJSON;
    } finally {
      in.reset();
    }
  }
}
