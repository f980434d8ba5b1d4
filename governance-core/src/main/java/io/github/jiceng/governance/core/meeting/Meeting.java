package io.github.jiceng.governance.core.meeting;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A meeting of villagers, residents or their representatives (村（居）民会议、代表会议、村民小组会议) and its votes: who
 * was eligible, who was not counted and why, who attended (women among them), when it was announced and held, who
 * convened it and at whose request, and each matter voted on.
 *
 * <p>The record's own {@link #date()} decides which law judges it: a meeting of 2025-12-31 is judged by the 2018
 * texts, one of 2026-01-02 by the 2025 revised texts.
 *
 * <pre>{@code
 * Meeting m = Meeting.builder().id("DX-2024-03").type(MeetingType.VILLAGERS_MEETING).base(QuorumBase.ADULTS)
 *     .unit(DivisionCode.parse("500154101201")).date(LocalDate.of(2024, 3, 20))
 *     .noticeDate(LocalDate.of(2024, 3, 8)).convenedBy(Convener.VILLAGERS_COMMITTEE)
 *     .eligible(1200).addExclusions(Exclusion.of(ExclusionReason.UNREACHABLE, 40)).attended(640).womenAttended(250)
 *     .addResolutions(resolution).build();
 * m.quorum(Threshold.MAJORITY, true).isMet();   // 640 of base 1160: true
 * }</pre>
 *
 * <p>Construction rejects only a meaningless record: a base the type cannot count, a unit that is not village-level, a
 * negative count, or two resolutions with one number. An attendance above the eligible number, a notice after the
 * meeting or a quorum not met are findings of the rules.
 */
@Value.Immutable
public abstract class Meeting {
  Meeting() {
  }

  /**
   * Returns a new strict builder.
   *
   * @return the builder
   */
  public static ImmutableMeeting.Builder builder() {
    return new ImmutableMeeting.Builder();
  }

  /**
   * Returns the record's id.
   *
   * @return the id, unique among meetings
   */
  @NotBlank
  public abstract String id();

  /**
   * Returns the type of meeting.
   *
   * @return the type
   */
  public abstract MeetingType type();

  /**
   * Returns whom the quorum counts: adults, households, members or group representatives.
   *
   * @return a base that {@link #type()} allows
   */
  public abstract QuorumBase base();

  /**
   * Returns the village or community (村/社区) whose meeting this is.
   *
   * @return a village-level division code
   */
  public abstract DivisionCode unit();

  /**
   * Returns the villager group, for a group meeting.
   *
   * @return the group's name, such as {@code "第三村民小组"}, or empty
   */
  public abstract Optional<String> group();

  /**
   * Returns the day the meeting was held; its law applies.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the day the meeting was announced to those eligible (通知日期).
   *
   * @return the date, or empty if not recorded
   */
  public abstract Optional<LocalDate> noticeDate();

  /**
   * Returns who convened the meeting.
   *
   * @return the convener
   */
  public abstract Convener convenedBy();

  /**
   * Returns the request that led to the meeting, if it was requested.
   *
   * @return the requisition, or empty if convened on the convener's own initiative
   */
  public abstract Optional<Requisition> requestedBy();

  /**
   * Returns how many were eligible (应到): adults, households, members or group representatives, per {@link #base()}.
   *
   * @return 0 or more
   */
  public abstract int eligible();

  /**
   * Returns the people not counted in the base, by reason (Chongqing 渝办法 第七条).
   *
   * @return the exclusions, possibly none
   */
  public abstract List<Exclusion> exclusions();

  /**
   * Returns how many attended (实到), in the unit of {@link #base()}.
   *
   * @return 0 or more
   */
  public abstract int attended();

  /**
   * Returns how many women attended.
   *
   * @return 0 or more, or empty if not recorded
   */
  public abstract Optional<Integer> womenAttended();

  /**
   * Returns the matters voted on.
   *
   * @return the resolutions, with distinct numbers
   */
  public abstract List<Resolution> resolutions();

  /**
   * Returns how many people the exclusions leave out of the base.
   *
   * @return the sum of the exclusions' counts
   */
  public final long excluded() {
    return exclusions().stream().mapToLong(Exclusion::count).sum();
  }

  /**
   * Returns the quorum calculation of this meeting for a threshold.
   *
   * @param threshold the threshold that applies on the meeting's date, not null
   * @param countExclusions whether the {@link #exclusions()} leave the base (as in Chongqing); when false, or when
   *     they exceed the eligible number, they are ignored
   * @return the calculation
   */
  public final Quorum quorum(Threshold threshold, boolean countExclusions) {
    long excluded = countExclusions ? excluded() : 0;
    int counted = excluded <= eligible() ? (int) excluded : 0;
    return Quorum.of(threshold, eligible(), counted, attended());
  }

  /**
   * Finds the resolution that adopts or amends a covenant.
   *
   * @param covenantId the covenant's id, not null
   * @return the first resolution naming it, or empty
   */
  public final Optional<Resolution> resolutionFor(String covenantId) {
    Objects.requireNonNull(covenantId, "covenantId");
    return resolutions().stream().filter(r -> r.covenantId().filter(covenantId::equals).isPresent()).findFirst();
  }

  @Value.Check
  void check() {
    if (!type().allows(base())) {
      throw new IllegalArgumentException("meeting " + id() + ": a " + type() + " counts its quorum by " + type().bases()
          + ", not by " + base());
    }
    if (unit().level() != DivisionLevel.VILLAGE) {
      throw new IllegalArgumentException("meeting " + id() + ": unit " + unit() + " is not a village-level code (12"
          + " digits with a village part 001-999, such as 500154101201)");
    }
    if (eligible() < 0 || attended() < 0 || womenAttended().orElse(0) < 0) {
      throw new IllegalArgumentException("meeting " + id() + ": counts must be 0 or more, but eligible is " + eligible()
          + ", attended " + attended() + ", women attended " + womenAttended().map(String::valueOf).orElse("—"));
    }
    Set<Integer> numbers = new HashSet<>();
    for (Resolution resolution : resolutions()) {
      if (!numbers.add(resolution.number())) {
        throw new IllegalArgumentException("meeting " + id() + ": two resolutions have number " + resolution.number());
      }
    }
  }

  /**
   * Returns for example {@code "Meeting[DX-2024-03 VILLAGERS_MEETING by ADULTS, 500154101201, 2024-03-20, 640 of
   * 1200]"}.
   */
  @Override
  public String toString() {
    return "Meeting[" + id() + " " + type() + " by " + base() + ", " + unit() + group().map(g -> " " + g).orElse("")
        + ", " + date() + ", " + attended() + " of " + eligible()
        + (exclusions().isEmpty() ? "" : " (" + excluded() + " not counted)")
        + (resolutions().isEmpty() ? "" : ", " + resolutions().size() + " resolution(s)") + "]";
  }
}
