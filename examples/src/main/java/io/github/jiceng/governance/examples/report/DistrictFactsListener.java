package io.github.jiceng.governance.examples.report;

import io.github.jiceng.governance.core.covenant.AdoptionRecord;
import io.github.jiceng.governance.core.covenant.AdoptionVote;
import io.github.jiceng.governance.core.covenant.Covenant;
import io.github.jiceng.governance.core.covenant.CovenantStatus;
import io.github.jiceng.governance.core.covenant.StatusChange;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.linkage.project.LinkageProject;
import io.github.jiceng.governance.core.linkage.project.ProjectStage;
import io.github.jiceng.governance.core.service.SocialWorkRoom;
import io.github.jiceng.governance.core.service.SocialWorkStation;
import io.github.jiceng.governance.core.territory.District;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.Village;
import io.github.jiceng.governance.json.stream.RecordOutcome;
import io.github.jiceng.governance.json.stream.StreamFinding;
import io.github.jiceng.governance.json.stream.StreamListener;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.covenant.FilingLateRule;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Collects the {@link DistrictFacts} of a streaming validation (区县概况收集器) from each record's model value and from
 * every finding, keeping only what the charts need: the codes of the townships and village-level units in force, the
 * open stations and rooms by territory, and counters. Records that could not be read are skipped; records with
 * errors count, because they still describe the district.
 *
 * <p>On the as-of date: territorial units count if in force, stations and rooms if open. A linkage project's
 * furthest funnel step is the latest of its stages started by then ({@link FunnelStage#of}), or funding if it
 * received money by then and got no further; the service records it lists are not dated in the project, so they do
 * not move it. A covenant version stands at the furthest step of its
 * status history and adoption record dated by then; a version whose latest status is superseded or repealed is not
 * current. It is {@link CovenantState#OVERDUE} as {@code covenant.filing.late} judges an unfiled covenant: adopted
 * by a vote, not filed by the as-of date, and the as-of date after the N-th day after the vote, where N is the
 * pack's {@code covenant.filing.deadline-days} (0, the default, sets no deadline).
 *
 * <pre>{@code
 * DistrictFactsListener facts = DistrictFactsListener.forPack(pack, asOf);
 * StreamReport report = streaming.validate(path, facts);
 * HtmlReport.write(report, facts.facts(), Locale.SIMPLIFIED_CHINESE, writer);
 * }</pre>
 *
 * <p>Not thread-safe; one listener per run.
 */
public final class DistrictFactsListener implements StreamListener {
  private final LocalDate asOf;
  private final OptionalInt filingDeadlineDays;
  private final SortedMap<DivisionCode, String> districts = new TreeMap<>();
  private final SortedMap<DivisionCode, String> townships = new TreeMap<>();
  private final Set<DivisionCode> villages = new HashSet<>();
  private final Map<DivisionCode, Integer> roomsByVillage = new HashMap<>();
  private final Map<DivisionCode, Integer> stationsByTownship = new HashMap<>();
  private final Map<FunnelStage, Long> projects = new EnumMap<>(FunnelStage.class);
  private long projectsWithoutStage;
  private final Map<CovenantState, Long> covenants = new EnumMap<>(CovenantState.class);
  private long covenantsNotCurrent;
  private final SortedMap<String, Map<Severity, Long>> findings = new TreeMap<>();

  /**
   * Creates a listener.
   *
   * @param asOf the day the facts describe, not null
   * @param filingDeadlineDays days after the adoption vote by which a covenant must be filed, 0 for no deadline
   * @throws IllegalArgumentException if the days are negative
   */
  public DistrictFactsListener(LocalDate asOf, int filingDeadlineDays) {
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.filingDeadlineDays = DistrictFacts.deadline(filingDeadlineDays);
  }

  /**
   * Creates a listener with the filing deadline the rule pack sets on the as-of date, as the validator's
   * {@code covenant.filing.late} rule reads it when given that as-of date.
   *
   * @param pack the rule pack of the validation, not null
   * @param asOf the day the facts describe, the validator's as-of date, not null
   * @return the listener
   */
  public static DistrictFactsListener forPack(RulePack pack, LocalDate asOf) {
    Objects.requireNonNull(pack, "pack");
    Objects.requireNonNull(asOf, "asOf");
    int days = pack.parameterValue(FilingLateRule.DEADLINE_DAYS, asOf).value();
    return new DistrictFactsListener(asOf, Math.max(days, 0));
  }

  @Override
  public void record(RecordOutcome outcome) {
    outcome.value().ifPresent(this::collect);
  }

  @Override
  public void finding(StreamFinding located) {
    Finding finding = located.finding();
    findings.computeIfAbsent(finding.code().area(), a -> new EnumMap<>(Severity.class))
        .merge(finding.severity(), 1L, Long::sum);
  }

  private void collect(Object value) {
    if (value instanceof Village) {
      Village village = (Village) value;
      if (village.isInForceOn(asOf)) {
        villages.add(village.code());
      }
    } else if (value instanceof SocialWorkRoom) {
      SocialWorkRoom room = (SocialWorkRoom) value;
      if (room.isOpenOn(asOf)) {
        roomsByVillage.merge(room.territoryCode(), 1, Integer::sum);
      }
    } else if (value instanceof SocialWorkStation) {
      SocialWorkStation station = (SocialWorkStation) value;
      if (station.isOpenOn(asOf)) {
        stationsByTownship.merge(station.territoryCode(), 1, Integer::sum);
      }
    } else if (value instanceof Township) {
      Township township = (Township) value;
      if (township.isInForceOn(asOf)) {
        townships.putIfAbsent(township.code(), township.name());
      }
    } else if (value instanceof District) {
      District district = (District) value;
      if (district.isInForceOn(asOf)) {
        districts.putIfAbsent(district.code(), district.name());
      }
    } else if (value instanceof LinkageProject) {
      Optional<FunnelStage> furthest = furthestStage((LinkageProject) value);
      if (furthest.isPresent()) {
        projects.merge(furthest.get(), 1L, Long::sum);
      } else {
        projectsWithoutStage++;
      }
    } else if (value instanceof Covenant) {
      Optional<CovenantState> state = state((Covenant) value);
      if (state.isPresent()) {
        covenants.merge(state.get(), 1L, Long::sum);
      } else {
        covenantsNotCurrent++;
      }
    }
  }

  private Optional<FunnelStage> furthestStage(LinkageProject project) {
    FunnelStage furthest = null;
    for (ProjectStage stage : project.stages()) {
      if (!stage.start().isAfter(asOf)) {
        furthest = later(furthest, FunnelStage.of(stage.kind()).orElse(null));
      }
    }
    if (project.fundings().stream().anyMatch(funding -> !funding.date().isAfter(asOf))) {
      furthest = later(furthest, FunnelStage.FUNDING);
    }
    return Optional.ofNullable(furthest);
  }

  private static FunnelStage later(FunnelStage a, FunnelStage b) {
    if (a == null) {
      return b;
    }
    return b == null || a.compareTo(b) >= 0 ? a : b;
  }

  /** Returns where a covenant version stands, or empty if it is superseded or repealed. */
  private Optional<CovenantState> state(Covenant covenant) {
    CovenantState state = CovenantState.DRAFTED;
    CovenantStatus latest = null;
    for (StatusChange change : covenant.statusHistory()) {
      if (!change.date().isAfter(asOf)) {
        latest = change.status();
        state = furthest(state, stateOf(change.status()));
      }
    }
    if (latest == CovenantStatus.SUPERSEDED || latest == CovenantStatus.REPEALED) {
      return Optional.empty();
    }
    Optional<AdoptionRecord> adoption = covenant.adoption();
    Optional<AdoptionVote> vote = adoption.flatMap(AdoptionRecord::vote)
        .filter(AdoptionVote::adopted).filter(v -> !v.date().isAfter(asOf));
    boolean filed = false;
    if (adoption.isPresent()) {
      AdoptionRecord record = adoption.get();
      if (record.review().filter(r -> !r.submitted().isAfter(asOf)).isPresent()) {
        state = furthest(state, CovenantState.REVIEWED);
      }
      if (vote.isPresent()) {
        state = furthest(state, CovenantState.ADOPTED);
      }
      filed = record.filing().filter(f -> !f.date().isAfter(asOf)).isPresent();
      if (filed) {
        state = furthest(state, CovenantState.FILED);
      }
      if (record.publication().filter(p -> !p.date().isAfter(asOf)).isPresent()) {
        state = furthest(state, CovenantState.PUBLISHED);
      }
    }
    if (state == CovenantState.ADOPTED && !filed && vote.isPresent() && filingDeadlineDays.isPresent()
        && asOf.isAfter(vote.get().date().plusDays(filingDeadlineDays.getAsInt()))) {
      state = CovenantState.OVERDUE;
    }
    return Optional.of(state);
  }

  private static CovenantState stateOf(CovenantStatus status) {
    switch (status) {
      case DRAFT:
        return CovenantState.DRAFTED;
      case UNDER_REVIEW:
        return CovenantState.REVIEWED;
      case ADOPTED:
        return CovenantState.ADOPTED;
      case FILED:
        return CovenantState.FILED;
      default: // IN_FORCE, and SUPERSEDED and REPEALED, which were published before
        return CovenantState.PUBLISHED;
    }
  }

  /** The later of two steps of the adoption sequence; OVERDUE is never an argument. */
  private static CovenantState furthest(CovenantState a, CovenantState b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /**
   * Returns the facts collected so far; call it after the run.
   *
   * @return the facts
   */
  public DistrictFacts facts() {
    DistrictFacts.Builder builder = DistrictFacts.builder(asOf);
    if (!districts.isEmpty()) {
      builder.districtName(districts.get(districts.firstKey()));
    }
    filingDeadlineDays.ifPresent(builder::filingDeadlineDays);
    Map<DivisionCode, Set<DivisionCode>> villagesByTownship = new HashMap<>();
    for (DivisionCode village : villages) {
      villagesByTownship.computeIfAbsent(village.ancestorAt(DivisionLevel.TOWNSHIP), t -> new HashSet<>())
          .add(village);
    }
    Set<DivisionCode> codes = new TreeSet<>(townships.keySet());
    codes.addAll(villagesByTownship.keySet());
    codes.addAll(stationsByTownship.keySet());
    for (DivisionCode code : codes) {
      Set<DivisionCode> own = villagesByTownship.getOrDefault(code, Set.of());
      int withRoom = 0;
      int rooms = 0;
      for (DivisionCode village : own) {
        int count = roomsByVillage.getOrDefault(village, 0);
        rooms += count;
        withRoom += count > 0 ? 1 : 0;
      }
      builder.addTownship(TownshipCoverage.of(code, Optional.ofNullable(townships.get(code)), own.size(), withRoom,
          rooms, stationsByTownship.getOrDefault(code, 0)));
    }
    projects.forEach(builder::projects);
    builder.projectsWithoutStage(projectsWithoutStage);
    covenants.forEach(builder::covenants);
    builder.covenantsNotCurrent(covenantsNotCurrent);
    findings.forEach((area, counts) -> counts.forEach((severity, count) -> builder.findings(area, severity, count)));
    return builder.build();
  }

  /** Returns for example {@code "DistrictFactsListener[2026-06-30, 412 villages, 12 projects]"}. */
  @Override
  public String toString() {
    return "DistrictFactsListener[" + asOf + ", " + villages.size() + " villages, "
        + (projects.values().stream().mapToLong(Long::longValue).sum() + projectsWithoutStage) + " projects]";
  }
}
