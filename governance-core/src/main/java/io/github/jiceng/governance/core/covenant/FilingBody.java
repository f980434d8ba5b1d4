package io.github.jiceng.governance.core.covenant;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * The body a covenant was filed with (备案机关).
 *
 * <p>Under the pre-2026 texts: village rules with the township-level government (乡、民族乡、镇的人民政府, 村委会法 Art
 * 27); a residents' convention with the government of the city without districts or of the district, or its agency,
 * the street office (居委会法 1989 Art 15).
 */
public enum FilingBody implements Displayable {
  /** The township-level people's government (乡、民族乡、镇人民政府). */
  TOWNSHIP_GOVERNMENT("乡、民族乡、镇人民政府", "township government"),
  /** The street office (街道办事处), the agency of the district government. */
  STREET_OFFICE("街道办事处", "street office"),
  /** The people's government of a city without districts or of a district (不设区的市、市辖区人民政府). */
  DISTRICT_GOVERNMENT("不设区的市、市辖区人民政府", "district or city government"),
  /** Another body (其他), for example a department of the civil affairs bureau. */
  OTHER("其他", "other");

  private final BilingualText name;

  FilingBody(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
