package io.github.jiceng.governance.rules.linkage;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import io.github.jiceng.governance.core.linkage.volunteer.ServiceRecord;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The optional fields of a service record that the 2012 record measures (Art 7) require, with their names in both
 * languages for messages.
 */
enum ServiceRecordField implements Displayable {
  /** 地点. */
  PLACE("place", "地点", "place", ServiceRecord::place),
  /** 服务对象. */
  RECIPIENTS("recipients", "服务对象", "recipients", ServiceRecord::recipients),
  /** 服务内容. */
  CONTENT("content", "服务内容", "content", ServiceRecord::content),
  /** 服务质量评价. */
  EVALUATION("evaluation", "服务质量评价", "quality evaluation", ServiceRecord::evaluation),
  /** 活动（项目）负责人. */
  ACTIVITY_LEADER("activityLeader", "活动（项目）负责人", "activity leader", ServiceRecord::activityLeader),
  /** 记录人. */
  RECORDER("recorder", "记录人", "recorder", ServiceRecord::recorder);

  private final String property;
  private final BilingualText name;
  private final Function<ServiceRecord, Optional<String>> accessor;

  ServiceRecordField(String property, String chinese, String english,
      Function<ServiceRecord, Optional<String>> accessor) {
    this.property = property;
    this.name = BilingualText.of(chinese, english);
    this.accessor = accessor;
  }

  /** Returns the JSON property name. */
  String property() {
    return property;
  }

  /** Returns whether the field is missing or blank in a record. */
  boolean isMissingIn(ServiceRecord record) {
    Optional<String> value = accessor.apply(record);
    return value.isEmpty() || value.get().isBlank();
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
