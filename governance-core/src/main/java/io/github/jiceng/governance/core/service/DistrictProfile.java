package io.github.jiceng.governance.core.service;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.linkage.worker.SocialWorker;
import io.github.jiceng.governance.core.territory.Territory;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.Village;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A summary of a district's social-work service system for a period (区县社会工作概况), in the shape of the figures
 * civil-affairs bureaus publish: stations and coverage, social workers and certified ones, people trained,
 * organisations engaged, services, funding, and the other facilities by kind. Profiles of successive years compare
 * figure by figure ({@link #changeSince}).
 *
 * <p>A profile is either computed from a {@link ServiceSystem} ({@link #of(ServiceSystem, ReportingPeriod)}: every
 * figure present, stocks on the period's reference day, flows over the period) or stated, for example the figures of
 * a published article, with only the figures the source gives.
 *
 * <pre>{@code
 * DistrictProfile stated = DistrictProfile.builder()
 *     .district(DivisionCode.parse("500154")).period(ReportingPeriod.year(2022))
 *     .putFigures(ProfileFigure.STATIONS, 40L).putFigures(ProfileFigure.CERTIFIED_SOCIAL_WORKERS, 289L)
 *     .build();
 * DistrictProfile.of(system, ReportingPeriod.year(2022)).figure(ProfileFigure.STATIONS); // Optional[40]
 * }</pre>
 */
@Value.Immutable
public abstract class DistrictProfile {
  DistrictProfile() {
  }

  /**
   * Returns a new builder, for a stated profile.
   *
   * @return a new strict builder
   */
  public static ImmutableDistrictProfile.Builder builder() {
    return new ImmutableDistrictProfile.Builder();
  }

  /**
   * Computes the profile of a system for a period: stock figures on the period's {@linkplain
   * ReportingPeriod#referenceDay() reference day}, flow figures over the records dated in the period (of units open
   * on the record's day). Each unit, worker, organisation and record is counted once.
   *
   * @param system the system, not null
   * @param period the period, not null
   * @return the profile, with every figure and the funding
   * @throws NullPointerException if an argument is null
   */
  public static DistrictProfile of(ServiceSystem system, ReportingPeriod period) {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(period, "period");
    LocalDate day = period.referenceDay();
    DivisionCode district = system.district();
    Territory territory = system.territoryOn(day);
    Map<ProfileFigure, Long> figures = new EnumMap<>(ProfileFigure.class);
    figures.put(ProfileFigure.TOWNSHIPS, (long) territory.townships().size());
    figures.put(ProfileFigure.TOWNSHIPS_WITH_STATION, territory.townships().stream().map(Township::code)
        .filter(code -> !system.stationsOf(code, day).isEmpty()).count());
    figures.put(ProfileFigure.STATIONS, (long) system.unitsOn(ServiceTier.TOWNSHIP, day).size());
    figures.put(ProfileFigure.VILLAGES, (long) territory.villages().size());
    figures.put(ProfileFigure.VILLAGES_WITH_ROOM, territory.villages().stream().map(Village::code)
        .filter(code -> !system.roomsOf(code, day).isEmpty()).count());
    figures.put(ProfileFigure.ROOMS, (long) system.unitsOn(ServiceTier.VILLAGE, day).size());
    figures.put(ProfileFigure.GUIDANCE_CENTRES, (long) system.unitsOn(ServiceTier.DISTRICT, day).size());
    figures.put(ProfileFigure.SOCIAL_WORKERS, system.workers().stream().filter(w -> w.isEmployedOn(day)).count());
    figures.put(ProfileFigure.CERTIFIED_SOCIAL_WORKERS, system.workers().stream()
        .filter(w -> w.isEmployedOn(day)).filter(SocialWorker::isCertified).count());
    figures.put(ProfileFigure.PEOPLE_TRAINED, system.recordsIn(TrainingSession.class, district, period).stream()
        .mapToLong(TrainingSession::participants).sum());
    figures.put(ProfileFigure.ORGANISATIONS_ENGAGED, system.organisations().stream()
        .filter(o -> o.registeredOn().map(d -> !d.isAfter(day)).orElse(true)).count());
    figures.put(ProfileFigure.SERVICES_DELIVERED, system.recordsIn(ServiceDelivery.class, district, period).stream()
        .mapToLong(ServiceDelivery::activities).sum());
    figures.put(ProfileFigure.BENEFICIARIES, system.recordsIn(ServiceDelivery.class, district, period).stream()
        .mapToLong(ServiceDelivery::beneficiaryCount).sum());
    for (FacilityKind kind : FacilityKind.values()) {
      figures.put(ProfileFigure.of(kind), system.facilities().stream()
          .filter(f -> f.kind() == kind && f.isOpenOn(day)).count());
    }
    BigDecimal funding = system.recordsIn(ServiceFunding.class, district, period).stream()
        .map(ServiceFunding::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    return builder().district(district).period(period).putAllFigures(figures).funding(funding).build();
  }

  /**
   * Returns the district's county-level code.
   *
   * @return the code
   */
  public abstract DivisionCode district();

  /**
   * Returns the period the profile describes.
   *
   * @return the period
   */
  public abstract ReportingPeriod period();

  /**
   * Returns the figures the profile has.
   *
   * @return the figures, each at least 0
   */
  public abstract Map<ProfileFigure, Long> figures();

  /**
   * Returns the funding the units received in the period, in yuan.
   *
   * @return the total, or empty if not stated
   */
  public abstract Optional<BigDecimal> funding();

  /**
   * Returns one figure.
   *
   * @param figure the figure, not null
   * @return its value, or empty if the profile does not have it
   * @throws NullPointerException if {@code figure} is null
   */
  public final Optional<Long> figure(ProfileFigure figure) {
    return Optional.ofNullable(figures().get(Objects.requireNonNull(figure, "figure")));
  }

  /**
   * Returns the change of each figure both profiles have, from an earlier profile to this one (this minus earlier).
   *
   * @param earlier the earlier profile of the same district, not null
   * @return the changes, in the order of {@link ProfileFigure}
   * @throws IllegalArgumentException if the profiles are of different districts
   * @throws NullPointerException if {@code earlier} is null
   */
  public final Map<ProfileFigure, Long> changeSince(DistrictProfile earlier) {
    Objects.requireNonNull(earlier, "earlier");
    if (!earlier.district().equals(district())) {
      throw new IllegalArgumentException("cannot compare the profile of " + district().gbCode() + " with that of "
          + earlier.district().gbCode() + "; expected the same district");
    }
    Map<ProfileFigure, Long> changes = new EnumMap<>(ProfileFigure.class);
    figures().forEach((figure, value) -> earlier.figure(figure).ifPresent(before -> changes.put(figure,
        value - before)));
    return Collections.unmodifiableMap(changes);
  }

  @Value.Check
  void check() {
    if (district().level() != DivisionLevel.COUNTY) {
      throw new IllegalArgumentException("DistrictProfile: district code " + district() + " is "
          + district().level() + "-level, expected a county-level code");
    }
    figures().forEach((figure, value) -> Amounts.requireNonNegative("DistrictProfile", district().gbCode(),
        figure.name(), value));
    funding().ifPresent(f -> Amounts.requireNonNegative("DistrictProfile", district().gbCode(), "funding", f));
  }

  /** Returns for example {@code "DistrictProfile[500154 2022: STATIONS=40, CERTIFIED_SOCIAL_WORKERS=289]"}. */
  @Override
  public String toString() {
    Map<ProfileFigure, Long> ordered = new EnumMap<>(ProfileFigure.class);
    ordered.putAll(figures());
    StringBuilder text = new StringBuilder("DistrictProfile[" + district().gbCode() + " " + period() + ":");
    ordered.forEach((figure, value) -> text.append(' ').append(figure.name()).append('=').append(value).append(','));
    funding().ifPresent(f -> text.append(" funding=").append(f.toPlainString()).append(','));
    text.setLength(text.length() - 1);
    return text.append(']').toString();
  }
}
