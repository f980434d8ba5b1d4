package io.github.jiceng.governance.rules.meeting;

import io.github.jiceng.governance.core.meeting.Meeting;
import io.github.jiceng.governance.core.meeting.MeetingType;
import io.github.jiceng.governance.core.meeting.Requesters;
import io.github.jiceng.governance.core.meeting.Requisition;
import io.github.jiceng.governance.core.meeting.Threshold;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.RuleContext;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The requisition checks (提议召集) shared by the confirmed and the provisional rule, and the Chongqing convening
 * deadline.
 *
 * <p>Earlier texts: a villagers' meeting must be convened when one-tenth or more of the villagers aged 18+ or
 * one-third or more of the representatives ask (村委会法 第二十一条); a villagers' representative meeting when
 * one-fifth or more of the representatives ask (第二十六条); a residents' meeting when one-fifth or more of the
 * residents aged 18+, one-fifth or more of the households or one-third or more of the residents' groups ask
 * (居委会法 1989 第九条). "以上" includes the number, so the shares are {@link Threshold#atLeast} compared in integers.
 */
final class RequisitionCheck {
  private static final Map<MeetingType, Map<Requesters, Threshold>> EARLIER = earlierTexts();

  private RequisitionCheck() {
  }

  private static Map<MeetingType, Map<Requesters, Threshold>> earlierTexts() {
    Map<MeetingType, Map<Requesters, Threshold>> all = new EnumMap<>(MeetingType.class);
    for (MeetingType type : MeetingType.values()) {
      all.put(type, Collections.unmodifiableMap(new EnumMap<>(Requesters.class)));
    }
    Map<Requesters, Threshold> villagers = new EnumMap<>(Requesters.class);
    villagers.put(Requesters.ADULTS, Threshold.atLeast(1, 10));
    villagers.put(Requesters.REPRESENTATIVES, Threshold.ONE_THIRD);
    all.put(MeetingType.VILLAGERS_MEETING, Collections.unmodifiableMap(villagers));
    Map<Requesters, Threshold> representatives = new EnumMap<>(Requesters.class);
    representatives.put(Requesters.REPRESENTATIVES, Threshold.atLeast(1, 5));
    all.put(MeetingType.VILLAGER_REPRESENTATIVE_MEETING, Collections.unmodifiableMap(representatives));
    Map<Requesters, Threshold> residents = new EnumMap<>(Requesters.class);
    residents.put(Requesters.ADULTS, Threshold.atLeast(1, 5));
    residents.put(Requesters.HOUSEHOLDS, Threshold.atLeast(1, 5));
    residents.put(Requesters.RESIDENT_GROUPS, Threshold.ONE_THIRD);
    all.put(MeetingType.RESIDENTS_MEETING, Collections.unmodifiableMap(residents));
    return Collections.unmodifiableMap(all);
  }

  /** The earlier texts' shares for a meeting type, by requesters; empty where the texts name none. */
  static Map<Requesters, Threshold> earlierText(MeetingType type) {
    return EARLIER.get(type);
  }

  /** The kebab-case code of requesters in parameter names, for example {@code resident-groups}. */
  static String code(Requesters requesters) {
    return requesters.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The share required of the meeting's requesters on its date, or empty if the rules do not judge it. */
  static Optional<Applied<Threshold>> requiredShare(Meeting meeting, RuleContext context) {
    if (meeting.requestedBy().isEmpty() || !LawVersions.isCovered(meeting.type(), context.evaluationDate())) {
      return Optional.empty();
    }
    Requesters by = meeting.requestedBy().get().by();
    Threshold earlier = EARLIER.get(meeting.type()).get(by);
    if (earlier == null) {
      return Optional.empty();
    }
    return Optional.of(LawVersions.apply(context,
        MeetingParameters.requisition(meeting.type(), by).orElseThrow(), earlier));
  }

  static void run(Meeting meeting, RuleContext context, FindingCollector out, boolean provisionalRule) {
    Optional<Applied<Threshold>> share = requiredShare(meeting, context);
    if (share.isEmpty() || !share.get().isFor(provisionalRule)) {
      return;
    }
    Requisition requisition = meeting.requestedBy().get();
    Threshold threshold = share.get().value();
    if (threshold.isMet(requisition.requesters(), requisition.outOf())) {
      return;
    }
    out.report(JsonPointer.of("requestedBy", "requesters"), new Arguments()
        .put("type", meeting.type())
        .put("date", meeting.date())
        .put("requestDate", requisition.date())
        .put("by", requisition.by())
        .put("requesters", requisition.requesters())
        .put("outOf", requisition.outOf())
        .put("threshold", Arguments.wording(threshold))
        .put("required", threshold.minimum(requisition.outOf()))
        .source(share.get())
        .put("thresholdValue", threshold.toString())
        .map());
  }

  /**
   * A villagers' representative meeting convened more days after an effective representatives' requisition than a
   * pack allows (Chongqing: 15, 渝办法 第十一条). A requisition below its share obliges no one and is not judged here.
   */
  static void late(Meeting meeting, RuleContext context, FindingCollector out) {
    if (meeting.type() != MeetingType.VILLAGER_REPRESENTATIVE_MEETING || meeting.requestedBy().isEmpty()) {
      return;
    }
    Applied<Integer> limit = Applied.local(context, MeetingParameters.REQUISITION_CONVENING_DAYS);
    Optional<Applied<Threshold>> share = requiredShare(meeting, context);
    Requisition requisition = meeting.requestedBy().get();
    if (limit.value() <= 0 || share.isEmpty()
        || !share.get().value().isMet(requisition.requesters(), requisition.outOf())) {
      return;
    }
    long days = ChronoUnit.DAYS.between(requisition.date(), meeting.date());
    if (days <= limit.value()) {
      return;
    }
    out.report(JsonPointer.of("date"), new Arguments()
        .put("type", meeting.type())
        .put("date", meeting.date())
        .put("requestDate", requisition.date())
        .put("days", days)
        .put("limit", limit.value())
        .source(limit)
        .map());
  }
}
