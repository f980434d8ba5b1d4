/**
 * The Jiceng governance model: immutable value types of China's grassroots (village and community) governance.
 *
 * <p>Packages: {@code core.id} (identifiers with check characters), {@code core.territory} (the territorial
 * hierarchy), {@code core.i18n} (bilingual display names). No I/O, no JSON databinding, no framework.
 */
module io.github.jiceng.governance.core {
  requires static org.immutables.value.annotations;
  requires static jakarta.validation;

  exports io.github.jiceng.governance.core.burden;
  exports io.github.jiceng.governance.core.i18n;
  exports io.github.jiceng.governance.core.id;
  exports io.github.jiceng.governance.core.linkage;
  exports io.github.jiceng.governance.core.linkage.charity;
  exports io.github.jiceng.governance.core.linkage.committee;
  exports io.github.jiceng.governance.core.linkage.organisation;
  exports io.github.jiceng.governance.core.linkage.project;
  exports io.github.jiceng.governance.core.linkage.volunteer;
  exports io.github.jiceng.governance.core.linkage.worker;
  exports io.github.jiceng.governance.core.service;
  exports io.github.jiceng.governance.core.territory;
  exports io.github.jiceng.governance.core.meeting;
  exports io.github.jiceng.governance.core.covenant;
  exports io.github.jiceng.governance.core.council;
}
