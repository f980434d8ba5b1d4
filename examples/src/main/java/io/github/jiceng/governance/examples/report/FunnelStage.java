package io.github.jiceng.governance.examples.report;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import io.github.jiceng.governance.core.linkage.project.StageKind;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A step of the linkage project funnel (五社联动项目漏斗): need → design → implementation → funding → volunteers, the five
 * stages of {@link StageKind} before the evaluation. A project is counted at the furthest step it reached.
 */
public enum FunnelStage implements Displayable {
  /** 社区发现需求: the community found the need. */
  NEED("发现需求", "need"),
  /** 社工开发设计项目: a social worker designed the project. */
  DESIGN("社工设计", "design"),
  /** 社区社会组织实施: a community social organisation implements it. */
  IMPLEMENTATION("组织实施", "implementation"),
  /** 社区公益基金支持: the community fund (or another charity resource) funds it. */
  FUNDING("基金支持", "funding"),
  /** 社区志愿者参与: volunteers take part. */
  VOLUNTEERS("志愿者参与", "volunteers");

  private final BilingualText name;

  FunnelStage(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  /**
   * Returns the funnel step of a project stage.
   *
   * @param kind the project stage, not null
   * @return the step, or empty for {@link StageKind#EVALUATION}, which is not a step of the funnel
   * @throws NullPointerException if {@code kind} is null
   */
  public static Optional<FunnelStage> of(StageKind kind) {
    switch (Objects.requireNonNull(kind, "kind")) {
      case NEED_DISCOVERY:
        return Optional.of(NEED);
      case DESIGN:
        return Optional.of(DESIGN);
      case IMPLEMENTATION:
        return Optional.of(IMPLEMENTATION);
      case FUNDING:
        return Optional.of(FUNDING);
      case VOLUNTEER_PARTICIPATION:
        return Optional.of(VOLUNTEERS);
      default:
        return Optional.empty();
    }
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
