package io.github.jiceng.governance.core.territory;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The urban-rural classification code (城乡分类代码): a three-digit code published with the statistical division codes
 * that says whether a village-level unit is urban (first digit 1) or rural (first digit 2), and what kind of area.
 */
public enum UrbanRuralClass implements Displayable {
  /** 111 主城区: main urban area. */
  MAIN_URBAN_AREA("111", "主城区", "main urban area"),
  /** 112 城乡结合区: urban-rural fringe. */
  URBAN_RURAL_FRINGE("112", "城乡结合区", "urban-rural fringe"),
  /** 121 镇中心区: town centre. */
  TOWN_CENTRE("121", "镇中心区", "town centre"),
  /** 122 镇乡结合区: town-rural fringe. */
  TOWN_RURAL_FRINGE("122", "镇乡结合区", "town-rural fringe"),
  /** 123 特殊区域: special area (urban). */
  SPECIAL_AREA("123", "特殊区域", "special area"),
  /** 210 乡中心区: township centre (rural). */
  TOWNSHIP_CENTRE("210", "乡中心区", "township centre"),
  /** 220 村庄: village (rural). */
  VILLAGE("220", "村庄", "village");

  private final String code;
  private final BilingualText name;

  UrbanRuralClass(String code, String chinese, String english) {
    this.code = code;
    this.name = BilingualText.of(chinese, english);
  }

  /**
   * Returns the class with a three-digit code.
   *
   * @param code the code, for example {@code "111"}, not null
   * @return the class
   * @throws IllegalArgumentException if the code is not one of 111, 112, 121, 122, 123, 210, 220
   * @throws NullPointerException if {@code code} is null
   */
  public static UrbanRuralClass parse(String code) {
    Objects.requireNonNull(code, "code");
    return find(code).orElseThrow(() -> new IllegalArgumentException(
        "urban-rural classification code '" + code
            + "' is not defined; expected one of 111, 112, 121, 122, 123 (urban) or 210, 220 (rural)"));
  }

  /**
   * Returns the class with a three-digit code, or empty if the code is not defined.
   *
   * @param code the code, not null
   * @return the class, or empty
   * @throws NullPointerException if {@code code} is null
   */
  public static Optional<UrbanRuralClass> find(String code) {
    Objects.requireNonNull(code, "code");
    for (UrbanRuralClass value : values()) {
      if (value.code.equals(code)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the three-digit code.
   *
   * @return the code, for example {@code "111"}
   */
  public String code() {
    return code;
  }

  /**
   * Returns whether the class is urban (code 1xx) rather than rural (code 2xx).
   *
   * @return true for 111, 112, 121, 122 and 123
   */
  public boolean isUrban() {
    return code.charAt(0) == '1';
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
