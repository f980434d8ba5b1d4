package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * Whether an input is compressed (输入压缩方式).
 */
public enum Compression implements Displayable {
  /** Chosen from the content: gzip if the input starts with the gzip magic bytes {@code 1f 8b}, none otherwise. */
  AUTO("自动识别", "detected from the content"),
  /** Not compressed. */
  NONE("未压缩", "not compressed"),
  /** gzip (RFC 1952); concatenated members are read one after another. */
  GZIP("gzip 压缩", "gzip");

  private final BilingualText name;

  Compression(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
