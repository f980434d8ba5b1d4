package io.github.jiceng.governance.examples.report;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.rules.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The facts about a district that the HTML report's charts show (区县概况事实), on one day: three-tier coverage by
 * township, linkage projects by the furthest funnel step they reached, covenants by where they stand, and the
 * findings counted by area (the rule id's first segment) and severity. Collected from a streaming validation by a
 * {@link DistrictFactsListener}, or built directly. Immutable.
 *
 * <pre>{@code
 * DistrictFacts facts = DistrictFacts.builder(LocalDate.of(2026, 6, 30))
 *     .addTownship(TownshipCoverage.of(DivisionCode.parse("500154101000"), Optional.of("满月镇"), 9, 8, 8, 1))
 *     .projects(FunnelStage.FUNDING, 3).covenants(CovenantState.PUBLISHED, 12).build();
 * }</pre>
 */
public final class DistrictFacts {
  private final LocalDate asOf;
  private final Optional<String> districtName;
  private final OptionalInt filingDeadlineDays;
  private final List<TownshipCoverage> townships;
  private final Map<FunnelStage, Long> projects;
  private final long projectsWithoutStage;
  private final Map<CovenantState, Long> covenants;
  private final long covenantsNotCurrent;
  private final SortedMap<String, Map<Severity, Long>> findings;

  private DistrictFacts(Builder builder) {
    this.asOf = builder.asOf;
    this.districtName = builder.districtName;
    this.filingDeadlineDays = builder.filingDeadlineDays;
    List<TownshipCoverage> sorted = new ArrayList<>(builder.townships.values());
    this.townships = List.copyOf(sorted);
    this.projects = Collections.unmodifiableMap(new EnumMap<>(builder.projects));
    this.projectsWithoutStage = builder.projectsWithoutStage;
    this.covenants = Collections.unmodifiableMap(new EnumMap<>(builder.covenants));
    this.covenantsNotCurrent = builder.covenantsNotCurrent;
    SortedMap<String, Map<Severity, Long>> byArea = new TreeMap<>();
    builder.findings.forEach((area, counts) -> byArea.put(area, Collections.unmodifiableMap(new EnumMap<>(counts))));
    this.findings = Collections.unmodifiableSortedMap(byArea);
  }

  /**
   * Starts the facts of a day; every count starts at 0.
   *
   * @param asOf the day the facts describe, not null
   * @return a builder
   */
  public static Builder builder(LocalDate asOf) {
    return new Builder(asOf);
  }

  /**
   * Returns facts with nothing in them, for a report without district facts.
   *
   * @param asOf the day, not null
   * @return the empty facts
   */
  public static DistrictFacts empty(LocalDate asOf) {
    return builder(asOf).build();
  }

  /**
   * Returns the day the facts describe: units open and records dated on or before it count.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the name of the district the records describe.
   *
   * @return the name, or empty if no district record in force was read
   */
  public Optional<String> districtName() {
    return districtName;
  }

  /**
   * Returns the filing deadline that decides {@link CovenantState#OVERDUE}: days after the adoption vote (the rule
   * pack's {@code covenant.filing.deadline-days}).
   *
   * @return the days, or empty if the pack sets no deadline (then no covenant is overdue)
   */
  public OptionalInt filingDeadlineDays() {
    return filingDeadlineDays;
  }

  /**
   * Returns the coverage of every township known from the records, by code.
   *
   * @return an immutable list sorted by code
   */
  public List<TownshipCoverage> townships() {
    return townships;
  }

  /**
   * Returns the number of linkage projects by the furthest funnel step they reached.
   *
   * @return an immutable map with an entry for every step
   */
  public Map<FunnelStage, Long> projectsByFurthestStage() {
    return projects;
  }

  /**
   * Returns the number of linkage projects that reached a funnel step or a later one: the height of the funnel at
   * that step.
   *
   * @param stage the step, not null
   * @return the count
   */
  public long projectsReaching(FunnelStage stage) {
    Objects.requireNonNull(stage, "stage");
    return projects.entrySet().stream().filter(e -> e.getKey().compareTo(stage) >= 0)
        .mapToLong(Map.Entry::getValue).sum();
  }

  /**
   * Returns the number of linkage projects that reached no funnel step by the as-of date.
   *
   * @return the count
   */
  public long projectsWithoutStage() {
    return projectsWithoutStage;
  }

  /**
   * Returns the number of linkage projects.
   *
   * @return the count, with those without a stage
   */
  public long projects() {
    return projectsReaching(FunnelStage.NEED) + projectsWithoutStage;
  }

  /**
   * Returns the number of current covenant versions by where they stand.
   *
   * @return an immutable map with an entry for every state
   */
  public Map<CovenantState, Long> covenantsByState() {
    return covenants;
  }

  /**
   * Returns the number of covenant versions superseded or repealed by the as-of date, which the status chart leaves
   * out.
   *
   * @return the count
   */
  public long covenantsNotCurrent() {
    return covenantsNotCurrent;
  }

  /**
   * Returns the number of active findings by area (the first segment of the rule id, such as {@code linkage}) and
   * severity.
   *
   * @return an immutable map sorted by area; each value has an entry for every severity
   */
  public SortedMap<String, Map<Severity, Long>> findingsByArea() {
    return findings;
  }

  /**
   * Returns the number of findings counted in {@link #findingsByArea()}.
   *
   * @return the count
   */
  public long findingsCounted() {
    return findings.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof DistrictFacts)) {
      return false;
    }
    DistrictFacts that = (DistrictFacts) other;
    return asOf.equals(that.asOf) && districtName.equals(that.districtName)
        && filingDeadlineDays.equals(that.filingDeadlineDays) && townships.equals(that.townships)
        && projects.equals(that.projects) && projectsWithoutStage == that.projectsWithoutStage
        && covenants.equals(that.covenants) && covenantsNotCurrent == that.covenantsNotCurrent
        && findings.equals(that.findings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, districtName, filingDeadlineDays, townships, projects, projectsWithoutStage, covenants,
        covenantsNotCurrent, findings);
  }

  /**
   * Returns for example {@code "DistrictFacts[2026-06-30 开州区: 40 townships, 12 projects, 30 covenants, 57
   * findings]"}.
   */
  @Override
  public String toString() {
    return "DistrictFacts[" + asOf + districtName.map(n -> " " + n).orElse("") + ": " + townships.size()
        + " townships, " + projects() + " projects, "
        + covenants.values().stream().mapToLong(Long::longValue).sum() + " covenants, " + findingsCounted()
        + " findings]";
  }

  /** Builds {@link DistrictFacts}. Not thread-safe. */
  public static final class Builder {
    private final LocalDate asOf;
    private Optional<String> districtName = Optional.empty();
    private OptionalInt filingDeadlineDays = OptionalInt.empty();
    private final SortedMap<DivisionCode, TownshipCoverage> townships = new TreeMap<>();
    private final Map<FunnelStage, Long> projects = new EnumMap<>(FunnelStage.class);
    private long projectsWithoutStage;
    private final Map<CovenantState, Long> covenants = new EnumMap<>(CovenantState.class);
    private long covenantsNotCurrent;
    private final SortedMap<String, Map<Severity, Long>> findings = new TreeMap<>();

    private Builder(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      for (FunnelStage stage : FunnelStage.values()) {
        projects.put(stage, 0L);
      }
      for (CovenantState state : CovenantState.values()) {
        covenants.put(state, 0L);
      }
    }

    /**
     * Sets the district's name.
     *
     * @param name the name, not null
     * @return this builder
     */
    public Builder districtName(String name) {
      this.districtName = Optional.of(Objects.requireNonNull(name, "name"));
      return this;
    }

    /**
     * Sets the filing deadline in days after the vote; 0 means none (as in the rule pack).
     *
     * @param days the days, at least 0
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder filingDeadlineDays(int days) {
      this.filingDeadlineDays = DistrictFacts.deadline(days);
      return this;
    }

    /**
     * Adds the coverage of a township.
     *
     * @param coverage the coverage, not null
     * @return this builder
     * @throws IllegalArgumentException if a township with the same code was added
     */
    public Builder addTownship(TownshipCoverage coverage) {
      Objects.requireNonNull(coverage, "coverage");
      TownshipCoverage previous = townships.putIfAbsent(coverage.code(), coverage);
      if (previous != null) {
        throw new IllegalArgumentException("township " + coverage.code() + " was added twice: " + previous + " and "
            + coverage + "; expected each township once");
      }
      return this;
    }

    /**
     * Adds projects whose furthest step is a stage.
     *
     * @param stage the furthest step, not null
     * @param count the number of projects, at least 0
     * @return this builder
     */
    public Builder projects(FunnelStage stage, long count) {
      projects.merge(Objects.requireNonNull(stage, "stage"), requireCount(count), Long::sum);
      return this;
    }

    /**
     * Adds projects that reached no step.
     *
     * @param count the number of projects, at least 0
     * @return this builder
     */
    public Builder projectsWithoutStage(long count) {
      projectsWithoutStage += requireCount(count);
      return this;
    }

    /**
     * Adds current covenant versions in a state.
     *
     * @param state the state, not null
     * @param count the number of versions, at least 0
     * @return this builder
     */
    public Builder covenants(CovenantState state, long count) {
      covenants.merge(Objects.requireNonNull(state, "state"), requireCount(count), Long::sum);
      return this;
    }

    /**
     * Adds superseded or repealed covenant versions.
     *
     * @param count the number of versions, at least 0
     * @return this builder
     */
    public Builder covenantsNotCurrent(long count) {
      covenantsNotCurrent += requireCount(count);
      return this;
    }

    /**
     * Adds findings of an area and severity.
     *
     * @param area the area, the first segment of the rule id, such as {@code linkage}, not blank
     * @param severity the severity, not null
     * @param count the number of findings, at least 0
     * @return this builder
     * @throws IllegalArgumentException if the area is blank or the count negative
     */
    public Builder findings(String area, Severity severity, long count) {
      Objects.requireNonNull(area, "area");
      Objects.requireNonNull(severity, "severity");
      if (area.isBlank()) {
        throw new IllegalArgumentException("finding area is blank, expected the first segment of a rule id");
      }
      findings.computeIfAbsent(area, a -> {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
          counts.put(s, 0L);
        }
        return counts;
      }).merge(severity, requireCount(count), Long::sum);
      return this;
    }

    /**
     * Builds the facts.
     *
     * @return the facts
     */
    public DistrictFacts build() {
      return new DistrictFacts(this);
    }

    private static long requireCount(long count) {
      if (count < 0) {
        throw new IllegalArgumentException("count must be >= 0, but was " + count);
      }
      return count;
    }
  }

  static OptionalInt deadline(int days) {
    if (days < 0) {
      throw new IllegalArgumentException("filing deadline must be >= 0 days (0 for none), but was " + days);
    }
    return days == 0 ? OptionalInt.empty() : OptionalInt.of(days);
  }
}
