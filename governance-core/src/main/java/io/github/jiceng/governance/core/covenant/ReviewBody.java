package io.github.jiceng.governance.core.covenant;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * Who reviewed a draft covenant (审核主体) under the 2018 guidance: the township party committee and government for a
 * village, the street party working committee and office for a community.
 */
public enum ReviewBody implements Displayable {
  /** The township (乡镇党委、政府). */
  TOWNSHIP("乡镇党委、政府", "township party committee and government"),
  /** The street (街道党工委、办事处). */
  STREET("街道党工委、办事处", "street party working committee and office"),
  /** Another body (其他). */
  OTHER("其他", "other");

  private final BilingualText name;

  ReviewBody(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
