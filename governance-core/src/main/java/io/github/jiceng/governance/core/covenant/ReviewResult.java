package io.github.jiceng.governance.core.covenant;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * The result of the township's or street's review of a draft (审核意见).
 */
public enum ReviewResult implements Displayable {
  /** Approved as submitted (审核通过). */
  APPROVED("审核通过", "approved"),
  /** Approved once the stated changes are made (修改后通过). */
  APPROVED_WITH_CHANGES("修改后通过", "approved with changes"),
  /** Returned for revision (退回修改); the draft must be reviewed again before the vote. */
  RETURNED("退回修改", "returned for revision");

  private final BilingualText name;

  ReviewResult(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  /**
   * Returns whether the draft may go to the vote.
   *
   * @return true unless returned
   */
  public boolean clearsTheDraft() {
    return this != RETURNED;
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
