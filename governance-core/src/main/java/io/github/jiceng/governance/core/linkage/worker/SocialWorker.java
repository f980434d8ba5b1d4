package io.github.jiceng.governance.core.linkage.worker;

import io.github.jiceng.governance.core.id.ResidentIdNumber;
import io.github.jiceng.governance.core.linkage.ActorRef;
import io.github.jiceng.governance.core.linkage.ActorType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A social worker (社会工作者): a person doing professional social work, with the vocational qualifications they hold
 * (none for an uncertified worker), their employer and post. The resident identity number is personal data, masked
 * in {@link #toString()}.
 *
 * <p>The employer is a reference to a {@link ActorType#SOCIAL_WORK_STATION social-work station}, a {@link
 * ActorType#SOCIAL_ORGANISATION social organisation} (typically a social-work service organisation) or a {@link
 * ActorType#COMMUNITY_COMMITTEE community committee}; construction rejects any other type.
 *
 * <pre>{@code
 * SocialWorker wang = SocialWorker.builder()
 *     .id("SW-0001").name("王芳")
 *     .addQualifications(Qualification.of(QualificationLevel.SOCIAL_WORKER, "2021-0001", 2021))
 *     .employer(ActorRef.of(ActorType.SOCIAL_WORK_STATION, "STATION-500154101"))
 *     .postType(PostType.STATION_RESIDENT)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class SocialWorker {
  /** The types of record that can employ a social worker. */
  public static final Set<ActorType> EMPLOYER_TYPES = Set.copyOf(EnumSet.of(
      ActorType.SOCIAL_WORK_STATION, ActorType.SOCIAL_ORGANISATION, ActorType.COMMUNITY_COMMITTEE));

  SocialWorker() {
  }

  /**
   * Returns a new builder.
   *
   * @return a new strict builder
   */
  public static ImmutableSocialWorker.Builder builder() {
    return new ImmutableSocialWorker.Builder();
  }

  /**
   * Returns the record's id (a staff number, never the resident identity number).
   *
   * @return the id; checked to be non-blank by the rules
   */
  @NotBlank
  public abstract String id();

  /**
   * Returns the social worker's name.
   *
   * @return the name; checked to be non-blank by the rules
   */
  @NotBlank
  public abstract String name();

  /**
   * Returns the resident identity number, personal data.
   *
   * @return the number, or empty
   */
  public abstract Optional<ResidentIdNumber> residentId();

  /**
   * Returns the vocational qualifications held.
   *
   * @return the qualifications, empty for an uncertified social worker
   */
  public abstract List<@Valid Qualification> qualifications();

  /**
   * Returns the employer: a social-work station, a social organisation or a community committee.
   *
   * @return the reference to the employer's record
   */
  @Valid
  public abstract ActorRef employer();

  /**
   * Returns the kind of post.
   *
   * @return the post type
   */
  public abstract PostType postType();

  /**
   * Returns the first day of employment in this post.
   *
   * @return the day, or empty if not recorded
   */
  public abstract Optional<LocalDate> employedFrom();

  /**
   * Returns the first day the worker no longer held this post.
   *
   * @return the day, or empty if the worker still holds it
   */
  public abstract Optional<LocalDate> employedUntil();

  /**
   * Returns whether the social worker holds at least one vocational qualification (持证社工).
   *
   * @return true if certified
   */
  public final boolean isCertified() {
    return !qualifications().isEmpty();
  }

  /**
   * Returns the highest qualification level held.
   *
   * @return the level, or empty for an uncertified social worker
   */
  public final Optional<QualificationLevel> highestLevel() {
    return qualifications().stream().map(Qualification::level).max(Comparator.naturalOrder());
  }

  /**
   * Returns whether the social worker holds the post on a day.
   *
   * @param date the day, not null
   * @return true if employed from on or before the day (or from an unknown day) and not yet left
   * @throws NullPointerException if {@code date} is null
   */
  public final boolean isEmployedOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return employedFrom().map(from -> !date.isBefore(from)).orElse(true)
        && employedUntil().map(date::isBefore).orElse(true);
  }

  @Value.Check
  void check() {
    if (!EMPLOYER_TYPES.contains(employer().type())) {
      throw new IllegalArgumentException("SocialWorker '" + id() + "': employer " + employer()
          + " is not a social-work station, a social organisation or a community committee");
    }
    if (employedFrom().isPresent() && employedUntil().isPresent()
        && !employedUntil().get().isAfter(employedFrom().get())) {
      throw new IllegalArgumentException("SocialWorker '" + id() + "': employed until " + employedUntil().get()
          + " is not after employed from " + employedFrom().get());
    }
  }

  /** Returns for example {@code "SocialWorker[SW-0001 王芳 SOCIAL_WORKER, social-work-station:ST-1 STATION_RESIDENT]"}. */
  @Override
  public String toString() {
    return "SocialWorker[" + id() + " " + name() + " " + highestLevel().map(Enum::name).orElse("uncertified")
        + ", " + employer() + " " + postType() + residentId().map(r -> ", id " + r).orElse("") + "]";
  }
}
