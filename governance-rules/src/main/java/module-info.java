/**
 * The Jiceng rule engine: rules with stable ids, severities, legal bases and zh-CN/English messages; rule packs per
 * jurisdiction and date; validation reports that merge Bean Validation violations and domain findings.
 *
 * <p>The package {@code io.github.jiceng.governance.rules.constraint} (the Bean Validation bridge) is internal. List
 * catalogues are read from their JSON form with the streaming parser of {@code jackson-core} only (decision 0013);
 * no Jackson type is part of this module's API.
 */
module io.github.jiceng.governance.rules {
  requires transitive io.github.jiceng.governance.core;
  requires static org.immutables.value.annotations;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires com.fasterxml.jackson.core;

  exports io.github.jiceng.governance.rules;
  exports io.github.jiceng.governance.rules.burden;
  exports io.github.jiceng.governance.rules.id;
  exports io.github.jiceng.governance.rules.linkage;
  exports io.github.jiceng.governance.rules.pack;
  exports io.github.jiceng.governance.rules.service;
  exports io.github.jiceng.governance.rules.territory;
  exports io.github.jiceng.governance.rules.meeting;
  exports io.github.jiceng.governance.rules.covenant;
  exports io.github.jiceng.governance.rules.council;

  // Hibernate Validator validates the probe beans of the Bean Validation fast path (constraint.SemanticsProbe and
  // ContainerProbe), internal classes: open the internal package to HV only, for reflection.
  opens io.github.jiceng.governance.rules.constraint to org.hibernate.validator;
}
