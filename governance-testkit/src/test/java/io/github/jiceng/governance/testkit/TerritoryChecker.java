package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.territory.TerritorialUnit;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.Village;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An independent consistency check of unit lists, written from the domain notes (not from the generator): every
 * inconsistency found, as a problem type and the unit's code.
 */
final class TerritoryChecker {
  /** One inconsistency: a {@link TerritoryDefect} name or another type, and the unit. */
  record Problem(String type, TerritorialUnit unit) {
  }

  private TerritoryChecker() {
  }

  static List<Problem> problems(List<TerritorialUnit> units) {
    Map<DivisionCode, List<TerritorialUnit>> byCode = new HashMap<>();
    units.forEach(unit -> byCode.computeIfAbsent(unit.code(), code -> new ArrayList<>()).add(unit));
    List<Problem> problems = new ArrayList<>();
    for (TerritorialUnit unit : units) {
      Optional<DivisionCode> codeParent = unit.code().parent();
      if (unit instanceof Village) {
        Village village = (Village) unit;
        if (!Optional.of(village.townshipCode()).equals(codeParent)) {
          problems.add(new Problem(TerritoryDefect.VILLAGE_PARENT_MISMATCH.name(), unit));
        }
        if (!Optional.of(village.kind()).equals(village.code().villageKind())) {
          problems.add(new Problem(TerritoryDefect.VILLAGE_KIND_MISMATCH.name(), unit));
        }
      }
      if (unit instanceof Township) {
        Township township = (Township) unit;
        if (!township.districtCode().equals(township.code().ancestorAt(DivisionLevel.COUNTY))) {
          problems.add(new Problem("TOWNSHIP_PARENT_MISMATCH", unit));
        }
        if (!Optional.of(township.kind()).equals(township.code().townshipKind())) {
          problems.add(new Problem("TOWNSHIP_KIND_MISMATCH", unit));
        }
      }
      if (unit.level() != DivisionLevel.COUNTY) {
        boolean codeParentPresent = byCode.containsKey(codeParent.orElseThrow());
        boolean statedParentPresent = byCode.containsKey(unit.parentCode().orElseThrow());
        if (!codeParentPresent || !statedParentPresent) {
          problems.add(new Problem(TerritoryDefect.MISSING_PARENT.name(), unit));
        } else {
          LocalDate day = unit.established().orElse(LocalDate.of(2000, 1, 1));
          if (byCode.get(codeParent.orElseThrow()).stream().noneMatch(parent -> parent.isInForceOn(day))) {
            problems.add(new Problem("PARENT_NOT_IN_FORCE", unit));
          }
        }
      } else if (unit.parentCode().isPresent()) {
        problems.add(new Problem("DISTRICT_WITH_PARENT", unit));
      }
    }
    return problems;
  }
}
