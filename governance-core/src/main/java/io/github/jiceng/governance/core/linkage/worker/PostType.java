package io.github.jiceng.governance.core.linkage.worker;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * The kind of post a social worker holds (岗位类型).
 */
public enum PostType implements Displayable {
  /** 驻站社工: a social worker stationed full time at a township or street social-work station. */
  STATION_RESIDENT("驻站社工", "station-resident social worker"),
  /** 项目社工: a social worker employed for a project, for example one purchased by the government. */
  PROJECT("项目社工", "project social worker"),
  /** 社区专职工作者: a full-time community worker of a villagers' or residents' committee. */
  COMMUNITY_WORKER("社区专职工作者", "full-time community worker"),
  /** 机构专职社工: a full-time social worker of a social-work service organisation. */
  ORGANISATION_STAFF("机构专职社工", "social-work organisation staff"),
  /** 兼职: a part-time post. */
  PART_TIME("兼职", "part-time"),
  /** 其他: another post. */
  OTHER("其他", "other");

  private final BilingualText name;

  PostType(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
