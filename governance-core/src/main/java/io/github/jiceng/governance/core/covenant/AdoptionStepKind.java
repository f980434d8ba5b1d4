package io.github.jiceng.governance.core.covenant;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * The steps of making or amending a covenant (制定程序), in the order of the 2018 seven-ministry guidance, with 备案公布
 * split into filing and publication.
 */
public enum AdoptionStepKind implements Displayable {
  /** Soliciting opinions (征集民意). */
  SOLICITATION("征集民意", "soliciting opinions"),
  /** Preparing the draft (拟定草案). */
  DRAFTING("拟定草案", "preparing the draft"),
  /** Submitting the draft for review to the township or street (提请审核). */
  REVIEW("提请审核", "review by the township or street"),
  /** Deliberation and vote at the meeting (审议表决). */
  VOTE("审议表决", "deliberation and vote"),
  /** Filing with the competent government body (备案). */
  FILING("备案", "filing"),
  /** Publication (公布). */
  PUBLICATION("公布", "publication");

  private final BilingualText name;

  AdoptionStepKind(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
