package io.github.jiceng.governance.core.meeting;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The type of a self-governance meeting (会议类型), with the bases its quorum may count and the statutory thresholds
 * of the texts in force until 2025-12-31.
 *
 * <p>A villagers' meeting "by household representatives" (户代表会议) is a {@link #VILLAGERS_MEETING} whose base is
 * {@link QuorumBase#HOUSEHOLDS}: the law describes one meeting with two ways of counting, so this model keeps the
 * type and the base apart.
 *
 * <table>
 *   <caption>Thresholds of the pre-2026 texts</caption>
 *   <tr><th>Type</th><th>Quorum</th><th>Decision</th><th>Source</th></tr>
 *   <tr><td>村民会议</td><td>&gt; 1/2 of adults, or &gt;= 2/3 of households</td><td>&gt; 1/2 of those present</td>
 *       <td>村委会法 Art 22</td></tr>
 *   <tr><td>村民代表会议</td><td>&gt;= 2/3 of members</td><td>&gt; 1/2 of those present</td><td>Art 26</td></tr>
 *   <tr><td>村民小组会议</td><td>&gt;= 2/3 of adults or of households</td><td>&gt; 1/2 of those present</td>
 *       <td>Art 28</td></tr>
 *   <tr><td>居民会议</td><td>&gt; 1/2 of adults, households or group representatives</td>
 *       <td>&gt; 1/2 of those present</td><td>居委会法 (1989) Art 10</td></tr>
 *   <tr><td>居民代表会议</td><td>none (the body is new in the 2026 text)</td><td>none</td><td>—</td></tr>
 * </table>
 */
public enum MeetingType implements Displayable {
  /** Villagers' meeting (村民会议): the plenary body of a village, which alone may adopt village rules. */
  VILLAGERS_MEETING("村民会议", "villagers' meeting", "villagers-meeting", true,
      EnumSet.of(QuorumBase.ADULTS, QuorumBase.HOUSEHOLDS)),
  /** Villagers' representative meeting (村民代表会议): representatives and committee members. */
  VILLAGER_REPRESENTATIVE_MEETING("村民代表会议", "villagers' representative meeting",
      "villager-representative-meeting", true, EnumSet.of(QuorumBase.MEMBERS)),
  /** Villager group meeting (村民小组会议): the villagers of one group. */
  VILLAGER_GROUP_MEETING("村民小组会议", "villager group meeting", "villager-group-meeting", true,
      EnumSet.of(QuorumBase.ADULTS, QuorumBase.HOUSEHOLDS)),
  /** Residents' meeting (居民会议): the plenary body of a community, which makes the residents' convention. */
  RESIDENTS_MEETING("居民会议", "residents' meeting", "residents-meeting", false,
      EnumSet.of(QuorumBase.ADULTS, QuorumBase.HOUSEHOLDS, QuorumBase.GROUP_REPRESENTATIVES)),
  /** Residents' representative meeting (居民代表会议): made a statutory body by the 2026 text. */
  RESIDENT_REPRESENTATIVE_MEETING("居民代表会议", "residents' representative meeting",
      "resident-representative-meeting", false, EnumSet.of(QuorumBase.MEMBERS));

  private final BilingualText name;
  private final String code;
  private final boolean village;
  private final Set<QuorumBase> bases;

  MeetingType(String chinese, String english, String code, boolean village, EnumSet<QuorumBase> bases) {
    this.name = BilingualText.of(chinese, english);
    this.code = code;
    this.village = village;
    this.bases = bases;
  }

  /**
   * Returns the stable kebab-case code, used in parameter names.
   *
   * @return for example {@code "villagers-meeting"}
   */
  public String code() {
    return code;
  }

  /**
   * Returns whether the meeting belongs to a village (村) rather than a residents' community (社区).
   *
   * @return true for the three villagers' meeting types
   */
  public boolean isVillage() {
    return village;
  }

  /**
   * Returns whether the meeting is a plenary meeting of all villagers or residents (村民会议, 居民会议).
   *
   * @return true for {@link #VILLAGERS_MEETING} and {@link #RESIDENTS_MEETING}
   */
  public boolean isPlenary() {
    return this == VILLAGERS_MEETING || this == RESIDENTS_MEETING;
  }

  /**
   * Returns whether the meeting is a representative meeting (代表会议).
   *
   * @return true for {@link #VILLAGER_REPRESENTATIVE_MEETING} and {@link #RESIDENT_REPRESENTATIVE_MEETING}
   */
  public boolean isRepresentative() {
    return this == VILLAGER_REPRESENTATIVE_MEETING || this == RESIDENT_REPRESENTATIVE_MEETING;
  }

  /**
   * Returns whether the quorum of this type of meeting may count a base.
   *
   * @param base the base, not null
   * @return true if the law counts this meeting's quorum on that base
   */
  public boolean allows(QuorumBase base) {
    return bases.contains(Objects.requireNonNull(base, "base"));
  }

  /**
   * Returns the bases this type of meeting may count.
   *
   * @return an unmodifiable set, in declaration order
   */
  public Set<QuorumBase> bases() {
    return Collections.unmodifiableSet(bases); // in declaration order, the same in every run
  }

  /**
   * Returns the quorum of the pre-2026 text (村委会法 2010/2018, 居委会法 1989/2018) for a base.
   *
   * @param base the base, not null
   * @return the threshold, or empty if this type cannot count that base or had no statutory quorum (居民代表会议)
   */
  public Optional<Threshold> statutoryQuorum(QuorumBase base) {
    if (!allows(base)) {
      return Optional.empty();
    }
    switch (this) {
      case VILLAGERS_MEETING:
        return Optional.of(base == QuorumBase.ADULTS ? Threshold.MAJORITY : Threshold.TWO_THIRDS);
      case VILLAGER_REPRESENTATIVE_MEETING:
      case VILLAGER_GROUP_MEETING:
        return Optional.of(Threshold.TWO_THIRDS);
      case RESIDENTS_MEETING:
        return Optional.of(Threshold.MAJORITY);
      default:
        return Optional.empty();
    }
  }

  /**
   * Returns the decision threshold of the pre-2026 text: more than half of those present, for every type that had one.
   *
   * @return the threshold, or empty for {@link #RESIDENT_REPRESENTATIVE_MEETING}
   */
  public Optional<Threshold> statutoryDecision() {
    return this == RESIDENT_REPRESENTATIVE_MEETING ? Optional.empty() : Optional.of(Threshold.MAJORITY);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
