package io.github.jiceng.governance.core.linkage.worker;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * The level of the national social-worker vocational qualification (社会工作者职业水平等级), in ascending order.
 *
 * <p>The assistant and intermediate levels are awarded by examination alone (以考代评) since the first examinations in
 * 2008 (人事部、民政部《社会工作者职业水平评价暂行规定》, 2006); the senior level by examination and review (考评结合)
 * since the first senior examination in 2019 (《高级社会工作师评价办法》, 人社部规〔2018〕2号).
 */
public enum QualificationLevel implements Displayable {
  /** 助理社会工作师 (初级): assistant social worker, the junior level. */
  ASSISTANT_SOCIAL_WORKER("助理社会工作师", "assistant social worker", 2008),
  /** 社会工作师 (中级): social worker, the intermediate level. */
  SOCIAL_WORKER("社会工作师", "social worker", 2008),
  /** 高级社会工作师: senior social worker. */
  SENIOR_SOCIAL_WORKER("高级社会工作师", "senior social worker", 2019);

  private final BilingualText name;
  private final int firstAwardYear;

  QualificationLevel(String chinese, String english, int firstAwardYear) {
    this.name = BilingualText.of(chinese, english);
    this.firstAwardYear = firstAwardYear;
  }

  /**
   * Returns the year of the first national examination for this level, the earliest year a certificate of this level
   * can carry.
   *
   * @return 2008 for the assistant and intermediate levels, 2019 for the senior level
   */
  public int firstAwardYear() {
    return firstAwardYear;
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
