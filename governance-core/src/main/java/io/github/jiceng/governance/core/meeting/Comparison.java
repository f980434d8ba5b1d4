package io.github.jiceng.governance.core.meeting;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * How a count is compared with a fraction of a base (比较方式), following 民法典 第一千二百五十九条: "以上" includes the
 * number itself, "超过" and "过半数" do not.
 */
public enum Comparison implements Displayable {
  /** Strictly more than the fraction (超过, 过半数): of 100, more than half is 51 or more. */
  MORE_THAN("超过", "more than", ">"),
  /** The fraction or more (以上): of 100, two-thirds or more is 67 or more. */
  AT_LEAST("以上", "at least", ">=");

  private final BilingualText name;
  private final String symbol;

  Comparison(String chinese, String english, String symbol) {
    this.name = BilingualText.of(chinese, english);
    this.symbol = symbol;
  }

  /**
   * Returns the comparison's symbol.
   *
   * @return {@code ">"} or {@code ">="}
   */
  public String symbol() {
    return symbol;
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
