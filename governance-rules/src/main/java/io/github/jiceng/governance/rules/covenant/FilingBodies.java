package io.github.jiceng.governance.rules.covenant;

import io.github.jiceng.governance.core.covenant.AdoptionRecord;
import io.github.jiceng.governance.core.covenant.Covenant;
import io.github.jiceng.governance.core.covenant.FilingBody;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The filing-body check shared by the confirmed and the provisional rule. */
final class FilingBodies {
  private static final Set<FilingBody> VILLAGE = EnumSet.of(FilingBody.TOWNSHIP_GOVERNMENT);
  private static final Set<FilingBody> COMMUNITY = EnumSet.of(FilingBody.DISTRICT_GOVERNMENT, FilingBody.STREET_OFFICE);

  private FilingBodies() {
  }

  static void check(Covenant covenant, FindingCollector out) {
    covenant.adoption().flatMap(AdoptionRecord::filing).ifPresent(filing -> {
      Set<FilingBody> expected = covenant.kind().isVillage() ? VILLAGE : COMMUNITY;
      if (!expected.contains(filing.body())) {
        out.report(JsonPointer.of("adoption", "filing", "body"), new Args().put("kind", covenant.kind())
            .put("body", filing.body()).put("expected", List.copyOf(expected)).map());
      }
    });
  }
}
