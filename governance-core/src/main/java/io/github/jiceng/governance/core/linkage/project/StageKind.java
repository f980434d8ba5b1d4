package io.github.jiceng.governance.core.linkage.project;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import io.github.jiceng.governance.core.linkage.LinkageActor;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A stage of a five-society linkage project (五社联动项目阶段), in the order in which they happen: "社区发现需求 → 社工开发
 * 设计项目 → 社区社会组织实施 → 社区公益基金支持 → 社区志愿者参与", then evaluation. Each stage has the kinds of actor
 * responsible for it ({@link #responsibleActors()}).
 *
 * <p>The sequence is the workflow of the Kaizhou District source article (a local practice model, not a legal
 * requirement).
 */
public enum StageKind implements Displayable {
  /** 社区发现需求: the community discovers a need. */
  NEED_DISCOVERY("社区发现需求", "need discovered by the community", EnumSet.of(LinkageActor.COMMUNITY)),
  /** 社工开发设计项目: a social worker develops and designs the project. */
  DESIGN("社工开发设计项目", "designed by a social worker", EnumSet.of(LinkageActor.SOCIAL_WORKER)),
  /** 社区社会组织实施: a community social organisation implements it. */
  IMPLEMENTATION("社区社会组织实施", "implemented by a community social organisation",
      EnumSet.of(LinkageActor.SOCIAL_ORGANISATION)),
  /** 社区公益基金支持: the community fund (or another charity resource) funds it. */
  FUNDING("社区公益基金支持", "funded by the community fund", EnumSet.of(LinkageActor.CHARITY_RESOURCE)),
  /** 社区志愿者参与: community volunteers take part. */
  VOLUNTEER_PARTICIPATION("社区志愿者参与", "volunteers take part", EnumSet.of(LinkageActor.VOLUNTEER)),
  /** 评估: the project is evaluated, by the community, a social organisation or a social worker. */
  EVALUATION("项目评估", "evaluation",
      EnumSet.of(LinkageActor.COMMUNITY, LinkageActor.SOCIAL_ORGANISATION, LinkageActor.SOCIAL_WORKER));

  private final BilingualText name;
  private final Set<LinkageActor> responsible;

  StageKind(String chinese, String english, EnumSet<LinkageActor> responsible) {
    this.name = BilingualText.of(chinese, english);
    this.responsible = Collections.unmodifiableSet(responsible);
  }

  /**
   * Returns the kinds of actor that may be responsible for this stage.
   *
   * @return one kind, or three for {@link #EVALUATION}
   */
  public Set<LinkageActor> responsibleActors() {
    return responsible;
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
