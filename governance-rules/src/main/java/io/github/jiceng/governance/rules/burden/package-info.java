/**
 * Rules of burden reduction (村（社区）减负规则): work-item admission (工作事项准入) against the four lists, certificate
 * requests against the certificate lists, and the integrity of list catalogues; the {@link
 * io.github.jiceng.governance.rules.burden.AdmissionReview admission review} that decides requests; and the {@link
 * io.github.jiceng.governance.rules.burden.BundledCatalogues bundled Chongqing catalogues}.
 *
 * <p>The rules read the lists from the pack parameter {@link
 * io.github.jiceng.governance.rules.burden.BurdenParameters#CATALOGUES}: none in the national pack (requests then get
 * an information finding that no lists are in force), the bundled Chongqing catalogues in the Chongqing pack. The
 * lists in force on the record's date apply (the request date for requests).
 *
 * <p>Rule ids start with {@code burden.}; {@link io.github.jiceng.governance.rules.burden.BurdenRules#all()} lists
 * them.
 */
package io.github.jiceng.governance.rules.burden;
