package io.github.jiceng.governance.rules.meeting;

import io.github.jiceng.governance.core.linkage.committee.CommitteeKind;
import io.github.jiceng.governance.core.meeting.MeetingType;
import io.github.jiceng.governance.core.meeting.QuorumBase;
import io.github.jiceng.governance.core.meeting.Requesters;
import io.github.jiceng.governance.core.meeting.Threshold;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.LegalBasis;
import io.github.jiceng.governance.rules.Parameter;
import io.github.jiceng.governance.rules.ValidityPeriod;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The pack parameters of the meeting rules (会议规则参数). A rule pack sets them with {@code
 * RulePack.Builder.parameter(parameter, value, period, reason)}.
 *
 * <p>Two kinds:
 * <ul>
 *   <li><b>2026 numbers</b> ({@link #quorum}, {@link #decision}, {@link #VILLAGERS_MEETING_NOTICE_DAYS}, committee
 *       sizes, {@link #TERM_YEARS}, assembly shares, required members): read only for records dated on or after
 *       2026-01-01; earlier records are judged by the earlier texts' numbers, fixed in code. Their defaults carry the
 *       earlier numbers provisionally (basis confidence {@link Confidence#PROVISIONAL}); a finding that uses a default
 *       comes from the {@code -provisional} rule.
 *   <li><b>Local parameters</b> ({@link #EXCLUSIONS_ALLOWED}, {@link #REPRESENTATIVE_MEETING_NOTICE_DAYS}): off by
 *       default, switched on by the Chongqing pack for every date from the local measures' entry into force.
 * </ul>
 */
public final class MeetingParameters {
  private static final ValidityPeriod FROM_2026 = ValidityPeriod.from(LawVersions.REVISED_TEXTS);
  private static final LegalBasis VILLAGE_2025 = LegalBasis.of("中华人民共和国村民委员会组织法", Confidence.PROVISIONAL)
      .withVersion("2025年修正").withInForce(FROM_2026)
      .withNote("2026 number not confirmed (reference §0, §9 item 1); the default carries the 2010/2018 text's number");
  private static final LegalBasis RESIDENTS_2025 = LegalBasis.of("中华人民共和国城市居民委员会组织法",
      Confidence.PROVISIONAL).withVersion("2025年修订").withInForce(FROM_2026)
      .withNote("2026 number not confirmed (reference §0, §9 item 1); the default carries the 1989/2018 text's number");
  private static final Map<MeetingType, Map<QuorumBase, Parameter<Threshold>>> QUORUM = quorumParameters();
  private static final Map<MeetingType, Parameter<Threshold>> DECISION = decisionParameters();
  private static final Map<MeetingType, Map<Requesters, Parameter<Threshold>>> REQUISITION = requisitionParameters();

  /** Days of notice before a villagers' meeting from 2026 (召开村民会议应当提前…天通知); default 10, provisional. */
  public static final Parameter<Integer> VILLAGERS_MEETING_NOTICE_DAYS = Parameter.of(
      "meeting.notice.villagers-meeting-days", Integer.class, 10, VILLAGE_2025);
  /**
   * Days of notice of the agenda before a villagers' representative meeting; 0 (the default) turns the check off.
   * The Chongqing pack sets 3 (渝办法 第十二条).
   */
  public static final Parameter<Integer> REPRESENTATIVE_MEETING_NOTICE_DAYS = Parameter.of(
      "meeting.notice.representative-meeting-days", Integer.class, 0);
  /**
   * Whether people unreachable, unable to return, during a mental-illness episode or unable to express their will
   * leave the base of a villagers' meeting; false nationally, true in Chongqing (渝办法 第七条).
   */
  public static final Parameter<Boolean> EXCLUSIONS_ALLOWED = Parameter.of(
      "meeting.quorum.exclusions-allowed", Boolean.class, false);
  /**
   * The most days from a representatives' requisition to the villagers' representative meeting it asks for; 0 (the
   * default) turns the check off. The Chongqing pack sets 15 (渝办法 第十一条: 应当在十五日内召集).
   */
  public static final Parameter<Integer> REQUISITION_CONVENING_DAYS = Parameter.of(
      "meeting.requisition.representative-meeting-days", Integer.class, 0);
  /** The least members of a villagers' committee from 2026; default 3, provisional. */
  public static final Parameter<Integer> VILLAGERS_COMMITTEE_MINIMUM = Parameter.of(
      "meeting.committee.villagers-committee-minimum", Integer.class, 3, VILLAGE_2025);
  /** The most members of a villagers' committee from 2026; default 7, provisional. */
  public static final Parameter<Integer> VILLAGERS_COMMITTEE_MAXIMUM = Parameter.of(
      "meeting.committee.villagers-committee-maximum", Integer.class, 7, VILLAGE_2025);
  /** The least members of a residents' committee from 2026; default 5, provisional. */
  public static final Parameter<Integer> RESIDENTS_COMMITTEE_MINIMUM = Parameter.of(
      "meeting.committee.residents-committee-minimum", Integer.class, 5, RESIDENTS_2025);
  /** The most members of a residents' committee from 2026; default 9, provisional. */
  public static final Parameter<Integer> RESIDENTS_COMMITTEE_MAXIMUM = Parameter.of(
      "meeting.committee.residents-committee-maximum", Integer.class, 9, RESIDENTS_2025);
  /** Whether a villagers' committee needs a woman member from 2026; default true, provisional. */
  public static final Parameter<Boolean> WOMAN_MEMBER_REQUIRED = Parameter.of(
      "meeting.committee.woman-member-required", Boolean.class, true, VILLAGE_2025);
  /** Whether a villagers' committee of a multi-ethnic village needs a minority member from 2026; default true. */
  public static final Parameter<Boolean> MINORITY_MEMBER_REQUIRED = Parameter.of(
      "meeting.committee.minority-member-required", Boolean.class, true, VILLAGE_2025);
  /** The term of a committee in years from 2026; default 5, provisional. */
  public static final Parameter<Integer> TERM_YEARS = Parameter.of(
      "meeting.committee.term-years", Integer.class, 5, VILLAGE_2025);
  /** The share of representatives among a villagers' representative meeting's members from 2026; default >= 4/5. */
  public static final Parameter<Threshold> REPRESENTATIVES_SHARE = Parameter.of(
      "meeting.assembly.representatives-share", Threshold.class, Threshold.FOUR_FIFTHS, VILLAGE_2025);
  /** The share of women among a villagers' representative meeting's members from 2026; default >= 1/3. */
  public static final Parameter<Threshold> WOMEN_SHARE = Parameter.of(
      "meeting.assembly.women-share", Threshold.class, Threshold.ONE_THIRD, VILLAGE_2025);

  private MeetingParameters() {
  }

  private static Map<MeetingType, Map<QuorumBase, Parameter<Threshold>>> quorumParameters() {
    Map<MeetingType, Map<QuorumBase, Parameter<Threshold>>> all = new EnumMap<>(MeetingType.class);
    for (MeetingType type : MeetingType.values()) {
      Map<QuorumBase, Parameter<Threshold>> byBase = new EnumMap<>(QuorumBase.class);
      for (QuorumBase base : type.bases()) {
        Threshold earlier = type.statutoryQuorum(base).orElse(Threshold.TWO_THIRDS);
        LegalBasis basis = type.isVillage() ? VILLAGE_2025 : RESIDENTS_2025;
        if (type.statutoryQuorum(base).isEmpty()) {
          basis = basis.withNote("no earlier number: the body is new in the 2026 text; the default (>= 2/3 of members)"
              + " is an analogy with the villagers' representative meeting, unconfirmed");
        }
        String name = "meeting.quorum." + type.code() + (type.bases().size() > 1 ? "." + base.code() : "");
        byBase.put(base, Parameter.of(name, Threshold.class, earlier, basis));
      }
      all.put(type, Collections.unmodifiableMap(byBase));
    }
    return Collections.unmodifiableMap(all);
  }

  private static Map<MeetingType, Parameter<Threshold>> decisionParameters() {
    Map<MeetingType, Parameter<Threshold>> all = new EnumMap<>(MeetingType.class);
    for (MeetingType type : MeetingType.values()) {
      LegalBasis basis = type.isVillage() ? VILLAGE_2025 : RESIDENTS_2025;
      all.put(type, Parameter.of("meeting.decision." + type.code(), Threshold.class,
          type.statutoryDecision().orElse(Threshold.MAJORITY), basis));
    }
    return Collections.unmodifiableMap(all);
  }

  private static Map<MeetingType, Map<Requesters, Parameter<Threshold>>> requisitionParameters() {
    Map<MeetingType, Map<Requesters, Parameter<Threshold>>> all = new EnumMap<>(MeetingType.class);
    for (MeetingType type : MeetingType.values()) {
      Map<Requesters, Parameter<Threshold>> byRequesters = new EnumMap<>(Requesters.class);
      for (Map.Entry<Requesters, Threshold> earlier : RequisitionCheck.earlierText(type).entrySet()) {
        LegalBasis basis = type.isVillage() ? VILLAGE_2025 : RESIDENTS_2025.withNote("2026 number not confirmed: the"
            + " revised text lowers the share needed to requisition a residents' meeting (reference §0 [S]), by how"
            + " much is unknown [U]; the default carries the 1989/2018 text's number");
        String name = "meeting.requisition." + type.code() + "." + RequisitionCheck.code(earlier.getKey());
        byRequesters.put(earlier.getKey(), Parameter.of(name, Threshold.class, earlier.getValue(), basis));
      }
      all.put(type, Collections.unmodifiableMap(byRequesters));
    }
    return Collections.unmodifiableMap(all);
  }

  /**
   * Returns the parameter of the share of requesters at which a meeting must be convened from 2026 (提议召集), named
   * {@code meeting.requisition.<type>.<requesters>}, for example {@code meeting.requisition.villagers-meeting.adults}
   * (default {@code >= 1/10}).
   *
   * @param type the meeting type, not null
   * @param requesters who ask, not null
   * @return the parameter, or empty if the earlier texts name no share for these requesters and this type
   */
  public static Optional<Parameter<Threshold>> requisition(MeetingType type, Requesters requesters) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(requesters, "requesters");
    return Optional.ofNullable(REQUISITION.get(type).get(requesters));
  }

  /**
   * Returns every requisition parameter.
   *
   * @return the parameters, by type and requesters
   */
  public static List<Parameter<?>> requisitionParameters2026() {
    List<Parameter<?>> all = new ArrayList<>();
    REQUISITION.values().forEach(byRequesters -> all.addAll(byRequesters.values()));
    return List.copyOf(all);
  }

  /**
   * Returns the parameter of a meeting's quorum from 2026, named {@code meeting.quorum.<type>[.<base>]}, for example
   * {@code meeting.quorum.villagers-meeting.adults} (default {@code > 1/2}) or {@code
   * meeting.quorum.villager-representative-meeting} (default {@code >= 2/3}).
   *
   * @param type the meeting type, not null
   * @param base a base the type allows, not null
   * @return the parameter
   * @throws IllegalArgumentException if the type does not count that base
   */
  public static Parameter<Threshold> quorum(MeetingType type, QuorumBase base) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(base, "base");
    Parameter<Threshold> parameter = QUORUM.get(type).get(base);
    if (parameter == null) {
      throw new IllegalArgumentException("a " + type + " counts its quorum by " + type.bases() + ", not by " + base);
    }
    return parameter;
  }

  /**
   * Returns the parameter of a meeting's decision threshold from 2026 (of those present), named {@code
   * meeting.decision.<type>}; default {@code > 1/2}.
   *
   * @param type the meeting type, not null
   * @return the parameter
   */
  public static Parameter<Threshold> decision(MeetingType type) {
    return DECISION.get(Objects.requireNonNull(type, "type"));
  }

  /**
   * Returns every quorum parameter.
   *
   * @return the parameters, by type and base
   */
  public static List<Parameter<?>> quorumParameters2026() {
    List<Parameter<?>> all = new ArrayList<>();
    QUORUM.values().forEach(byBase -> all.addAll(byBase.values()));
    return List.copyOf(all);
  }

  /**
   * Returns every decision parameter.
   *
   * @return the parameters, by type
   */
  public static List<Parameter<?>> decisionParameters2026() {
    return List.copyOf(DECISION.values());
  }

  /**
   * Returns the parameters of a villagers' or residents' committee's least and most members from 2026.
   *
   * @param kind the committee kind, not null; a self-governing kind
   * @return the minimum and maximum parameters, in that order
   * @throws IllegalArgumentException for {@link CommitteeKind#PARTY_ORGANISATION}, whose size the committee laws do
   *     not set
   */
  public static List<Parameter<Integer>> committeeSize(CommitteeKind kind) {
    switch (Objects.requireNonNull(kind, "kind")) {
      case VILLAGERS_COMMITTEE:
        return List.of(VILLAGERS_COMMITTEE_MINIMUM, VILLAGERS_COMMITTEE_MAXIMUM);
      case RESIDENTS_COMMITTEE:
        return List.of(RESIDENTS_COMMITTEE_MINIMUM, RESIDENTS_COMMITTEE_MAXIMUM);
      default:
        throw new IllegalArgumentException("the committee laws set the size of a villagers' or residents' committee,"
            + " not of a " + kind + "; expected VILLAGERS_COMMITTEE or RESIDENTS_COMMITTEE");
    }
  }
}
