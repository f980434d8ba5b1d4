package io.github.jiceng.governance.rules.covenant;

import io.github.jiceng.governance.core.covenant.AdoptionRecord;
import io.github.jiceng.governance.core.covenant.Covenant;
import io.github.jiceng.governance.core.covenant.CovenantStatus;
import io.github.jiceng.governance.core.covenant.StatusChange;
import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.util.Optional;

/**
 * A covenant is recorded as filed, in force or published, but no filing is recorded (未备案): village rules are filed
 * with the township government (村委会法 第二十七条), a residents' convention with the district government or its street
 * office (居委会法 第十五条), before they are published (2018 guidance: 备案公布).
 */
@RuleDefinition(
    id = "covenant.filing.missing",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Bases.VILLAGE_LAW, article = "第二十七条", version = Bases.VILLAGE_EARLIER,
            inForceFrom = Bases.VILLAGE_FROM, inForceUntil = Bases.REVISED, confidence = Confidence.CONFIRMED,
            note = Bases.CONFIRMED_NOTE),
        @Basis(instrument = Bases.RESIDENTS_LAW, article = "第十五条", version = Bases.RESIDENTS_EARLIER,
            inForceFrom = Bases.RESIDENTS_FROM, inForceUntil = Bases.REVISED, confidence = Confidence.CONFIRMED,
            note = Bases.CONFIRMED_NOTE),
        @Basis(instrument = Bases.VILLAGE_LAW, version = Bases.VILLAGE_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.CONFIRMED, note = Bases.INSTRUMENT_NOTE),
        @Basis(instrument = Bases.RESIDENTS_LAW, version = Bases.RESIDENTS_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.CONFIRMED, note = Bases.INSTRUMENT_NOTE),
        @Basis(instrument = Bases.GUIDANCE, version = Bases.GUIDANCE_VERSION, inForceFrom = Bases.GUIDANCE_FROM,
            confidence = Confidence.CONFIRMED, note = Bases.GUIDANCE_NOTE)})
public final class FilingMissingRule implements Rule<Covenant> {
  private static final long serialVersionUID = 1L;
  private static final BilingualText PUBLISHED = BilingualText.of("已公布", "published");

  /** Creates the rule. */
  public FilingMissingRule() {
    // stateless
  }

  @Override
  public Class<Covenant> subjectType() {
    return Covenant.class;
  }

  @Override
  public void check(Covenant record, RuleContext context, FindingCollector out) {
    if (record.adoption().flatMap(AdoptionRecord::filing).isPresent()) {
      return;
    }
    Optional<CovenantStatus> status = record.statusHistory().stream().map(StatusChange::status)
        .filter(CovenantStatus::impliesFiling).findFirst();
    boolean published = record.adoption().flatMap(AdoptionRecord::publication).isPresent();
    if (status.isPresent() || published) {
      out.report(JsonPointer.of("adoption", "filing"), new Args().put("kind", record.kind())
      .put("title", record.title())
          .put("evidence", status.<Object>map(s -> s).orElse(PUBLISHED)).map());
    }
  }
}
