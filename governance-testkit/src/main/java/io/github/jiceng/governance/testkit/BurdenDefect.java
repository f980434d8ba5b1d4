package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.burden.CertificateRequest;
import io.github.jiceng.governance.core.burden.ListCatalogue;
import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * A deliberate problem (减负数据缺陷) planted in a generated admission request, certificate request or catalogue, for
 * testing the burden rules: each gives exactly one finding.
 *
 * @see BurdenGenerators
 */
public enum BurdenDefect implements Displayable {
  /** The task is named like a negative-list item, while the request claims an assistance item. */
  NEGATIVE_LIST(AdmissionRequest.class, "负面清单事项", "task on the negative list"),
  /** The task is on no list and is applied for without purchase of services. */
  NOT_LISTED(AdmissionRequest.class, "清单外事项", "task not on the assistance list"),
  /** The task is on no list and is ordered by administrative command. */
  UNLISTED_ORDER(AdmissionRequest.class, "行政命令交办清单外事项", "unlisted task ordered by administrative command"),
  /** An assistance task that needs funding comes without funding. */
  FUNDING_MISSING(AdmissionRequest.class, "经费未随事转", "assistance task without funding"),
  /** The request also claims an item id that is on no list. */
  UNKNOWN_ITEM(AdmissionRequest.class, "所称事项不存在", "claimed item not on the lists"),
  /** The targets lie where no lists are in force. */
  NO_LISTS(AdmissionRequest.class, "无现行清单", "no lists in force for the targets"),
  /** The work starts fewer than 30 working days after the request (a weekday calendar). */
  LATE_APPLICATION(AdmissionRequest.class, "申请提前量不足", "applied too late"),
  /** The certificate is on no certificate list. */
  CERTIFICATE_NOT_LISTED(CertificateRequest.class, "证明不在清单内", "certificate not on the list"),
  /** The certificate is on the list of certificates the community may not issue. */
  CERTIFICATE_MAY_NOT_ISSUE(CertificateRequest.class, "不得出具的证明", "certificate that may not be issued"),
  /** The certificate is listed, and a written commitment replaces it (an information finding). */
  CERTIFICATE_BY_COMMITMENT(CertificateRequest.class, "告知承诺制证明", "certificate replaced by a commitment"),
  /** Two items of the catalogue have the same id. */
  DUPLICATE_ID(ListCatalogue.class, "事项编号重复", "duplicate item id"),
  /** One item name is both on the assistance list and on the negative list. */
  INCOMPATIBLE_LISTS(ListCatalogue.class, "事项列入冲突清单", "item on two incompatible lists");

  private final Class<?> recordType;
  private final BilingualText name;

  BurdenDefect(Class<?> recordType, String chinese, String english) {
    this.recordType = recordType;
    this.name = BilingualText.of(chinese, english);
  }

  /**
   * Returns the type of record that carries this defect.
   *
   * @return {@code AdmissionRequest}, {@code CertificateRequest} or {@code ListCatalogue}
   */
  public Class<?> recordType() {
    return recordType;
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
