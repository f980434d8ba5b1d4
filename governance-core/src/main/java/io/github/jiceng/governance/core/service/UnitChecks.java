package io.github.jiceng.governance.core.service;

/** Construction checks and descriptions shared by the three kinds of {@link ServiceUnit}. */
final class UnitChecks {
  private UnitChecks() {
  }

  /** Rejects a unit whose territory is not at its tier's level, or that closes on or before it opens. */
  static void check(String type, ServiceUnit unit) {
    if (unit.territoryCode().level() != unit.tier().territoryLevel()) {
      throw new IllegalArgumentException(type + " '" + unit.id() + "' (" + unit.name() + "): territory code "
          + unit.territoryCode() + " is " + unit.territoryCode().level() + "-level, expected a "
          + unit.tier().territoryLevel() + "-level code");
    }
    Amounts.requireOrder(type, unit.id(), java.util.Optional.of(unit.openedOn()), unit.closedOn());
  }

  /** Returns for example {@code "ST-1 满月镇社会工作服务站, 500154101000, opened 2021-06-01, closed 2024-01-01"}. */
  static String describe(ServiceUnit unit) {
    return unit.id() + " " + unit.name() + ", " + unit.territoryCode() + ", opened " + unit.openedOn()
        + unit.closedOn().map(d -> ", closed " + d).orElse("")
        + unit.operator().map(o -> ", " + o).orElse("");
  }
}
