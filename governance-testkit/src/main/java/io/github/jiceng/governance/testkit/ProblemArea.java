package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * The area of a problem planted in the sample district (问题所属领域): the kind of data it is found in.
 */
public enum ProblemArea implements Displayable {
  /** Division codes, parents and kinds of territorial units. */
  TERRITORY("行政区划", "territory"),
  /** Five-society linkage records: committees, volunteers, service records, campaigns, projects. */
  LINKAGE("五社联动", "five-society linkage"),
  /** Records of the three-tier service system: station staff, organisations, service records. */
  SERVICE("三级服务体系", "three-tier service"),
  /** Covenants, meetings, committees and councils. */
  COVENANT("村规民约与会议", "covenants and meetings"),
  /** Admission and certificate requests against the four lists. */
  BURDEN("减负准入", "burden reduction"),
  /** Identifiers (credit codes, resident identity numbers) and record ids. */
  IDENTIFIERS("标识符", "identifiers");

  private final BilingualText name;

  ProblemArea(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
