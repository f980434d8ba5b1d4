package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.i18n.Displayable;

/**
 * A kind of defect that a generator plants in one record (记录缺陷类型), naming the record type of the finding's
 * subject. Implemented by the defect enumerations whose generators return a {@link DefectiveRecord}.
 */
public interface RecordDefect extends Displayable {
  /**
   * Returns the record type of the defective record, the subject of the finding the defect should make.
   *
   * @return for example {@code committee}
   */
  String subjectType();
}
