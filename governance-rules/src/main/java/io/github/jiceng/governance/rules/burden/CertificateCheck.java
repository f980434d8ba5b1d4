package io.github.jiceng.governance.rules.burden;

import io.github.jiceng.governance.core.burden.CertificateRequest;
import io.github.jiceng.governance.core.burden.EffectiveLists;
import io.github.jiceng.governance.core.burden.ItemMatch;
import io.github.jiceng.governance.core.burden.ListKind;
import io.github.jiceng.governance.core.burden.ListedItem;
import io.github.jiceng.governance.rules.RuleContext;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A certificate request matched against the certificate lists in force for its community on the evaluation date;
 * shared by the certificate rules so that they agree on which finding applies.
 */
final class CertificateCheck {
  private final EffectiveLists lists;
  private final ItemMatch match;

  private CertificateCheck(EffectiveLists lists, ItemMatch match) {
    this.lists = lists;
    this.match = match;
  }

  static CertificateCheck of(CertificateRequest request, RuleContext context) {
    EffectiveLists lists = Lists.catalogues(context).effectiveFor(request.community(), context.evaluationDate());
    return new CertificateCheck(lists, lists.match(request.itemId().stream().collect(Collectors.toList()),
        request.certificate()));
  }

  /** Returns whether a list of certificates the community may issue is in force. */
  boolean hasCertificateList() {
    return !lists.itemsOf(ListKind.CERTIFICATE).isEmpty();
  }

  /** Returns the matched certificates the community may not issue. */
  List<ListedItem> prohibited() {
    return match.on(ListKind.CERTIFICATE_PROHIBITED);
  }

  /** Returns the matched certificates the community may issue. */
  List<ListedItem> allowed() {
    return match.on(ListKind.CERTIFICATE);
  }

  EffectiveLists lists() {
    return lists;
  }
}
