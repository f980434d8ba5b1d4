package io.github.jiceng.governance.rules.service;

import io.github.jiceng.governance.core.service.ServiceUnit;
import io.github.jiceng.governance.core.service.SocialWorkRoom;
import io.github.jiceng.governance.core.territory.Village;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.Parameter;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A village or community with more social-work rooms than the pack allows (村（社区）社工室重复设置). Left side: the
 * village's rooms open on the evaluation date; operator: {@link ComparisonOperator#AT_MOST}; right side: the
 * parameter {@link #MAXIMUM} (default 1).
 */
@RuleDefinition(
    id = "service.village.multiple-rooms",
    severity = Severity.WARNING,
    basis = @Basis(instrument = Instruments.LOCAL_TIER_SCHEMES, confidence = Confidence.SINGLE_SOURCE,
        note = "one room per village or community in the local schemes (reference.md §4 [S]); a pack may allow more"
            + " with service.room.maximum-per-village"))
public final class VillageMultipleRoomsRule implements Rule<Village> {
  /** The most rooms a village-level unit may have open on one day; default 1. */
  public static final Parameter<Integer> MAXIMUM =
      Parameter.of("service.room.maximum-per-village", Integer.class, 1);
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public VillageMultipleRoomsRule() {
    // stateless
  }

  @Override
  public Class<Village> subjectType() {
    return Village.class;
  }

  @Override
  public List<Parameter<?>> parameters() {
    return List.of(MAXIMUM);
  }

  @Override
  public void check(Village village, RuleContext context, FindingCollector out) {
    LocalDate day = context.evaluationDate();
    if (!village.isInForceOn(day)) {
      return;
    }
    int maximum = context.parameter(MAXIMUM);
    Systems.of(context, village.code()).ifPresent(system -> {
      List<SocialWorkRoom> rooms = system.roomsOf(village.code(), day);
      if (!ComparisonOperator.AT_MOST.holds(rooms.size(), maximum)) {
        out.report(Map.of("name", village.name(), "code", village.code().value(), "date", day,
            "count", rooms.size(), "maximum", maximum,
            "rooms", rooms.stream().map(ServiceUnit::id).collect(Collectors.toList())));
      }
    });
  }
}
