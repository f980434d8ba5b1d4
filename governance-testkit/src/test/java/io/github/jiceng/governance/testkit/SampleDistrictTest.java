package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.burden.CertificateRequest;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.VillageKind;
import io.github.jiceng.governance.core.linkage.committee.CommitteeKind;
import io.github.jiceng.governance.core.linkage.committee.CommunityCommittee;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisation;
import io.github.jiceng.governance.core.linkage.project.LinkageProject;
import io.github.jiceng.governance.core.linkage.volunteer.Volunteer;
import io.github.jiceng.governance.core.linkage.worker.SocialWorker;
import io.github.jiceng.governance.core.service.SocialWorkStation;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.Village;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleDistrictTest {
  private static final TerritoryShape SMALL = TerritoryShape.of(DivisionCode.parse("500154")).withTownships(2, 3, 1)
      .withVillagesPerTownship(4, 10);

  /** A record with its part. */
  private static final class Emitted {
    final SamplePart part;
    final Object record;

    Emitted(SamplePart part, Object record) {
      this.part = part;
      this.record = record;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Emitted && part == ((Emitted) other).part && record.equals(((Emitted) other).record);
    }

    @Override
    public int hashCode() {
      return part.hashCode() * 31 + record.hashCode();
    }
  }

  private static final class Run {
    final List<Emitted> records = new ArrayList<>();
    final List<PlantedProblem> problems;

    Run(SampleDistrict district) {
      problems = district.generateRecords((part, record) -> records.add(new Emitted(part, record)));
    }

    <T> List<T> all(Class<T> type) {
      return records.stream().map(e -> e.record).filter(type::isInstance).map(type::cast).collect(Collectors.toList());
    }

    <T> List<T> all(SamplePart part, Class<T> type) {
      return records.stream().filter(e -> e.part == part).map(e -> e.record).filter(type::isInstance)
          .map(type::cast).collect(Collectors.toList());
    }
  }

  /** The id of a record as its record type names it: its id, code or volunteer number. */
  private static String idOf(Object record) {
    for (String name : List.of("id", "code", "volunteerNumber")) {
      try {
        Method accessor = record.getClass().getMethod(name);
        Object value = accessor.invoke(record);
        return value instanceof DivisionCode ? ((DivisionCode) value).value() : value.toString();
      } catch (NoSuchMethodException e) {
        continue;
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("no id accessor on " + record.getClass());
  }

  @Test
  void theSameSeedGivesTheSameRecordsAndProblemsInTheSameOrder() {
    Run first = new Run(SampleDistrict.of(11L, 1).withShape(SMALL));
    Run second = new Run(SampleDistrict.of(11L, 1).withShape(SMALL));
    Run other = new Run(SampleDistrict.of(12L, 1).withShape(SMALL));

    assertThat(second.records).isEqualTo(first.records);
    assertThat(second.problems).isEqualTo(first.problems);
    assertThat(other.records).isNotEqualTo(first.records);
  }

  @Test
  void theScaleMultipliesTheVolumeRecordsAndKeepsTheDistrict() {
    Run one = new Run(SampleDistrict.of(5L, 1).withShape(SMALL));
    Run three = new Run(SampleDistrict.of(5L, 3).withShape(SMALL));

    assertThat(three.all(LinkageProject.class)).hasSize(3 * SampleDistrict.PROJECTS_PER_SCALE)
        .hasSize(3 * one.all(LinkageProject.class).size());
    assertThat(three.all(Volunteer.class)).hasSize(3 * one.all(Volunteer.class).size());
    assertThat(three.all(AdmissionRequest.class)).hasSize(3 * SampleDistrict.ADMISSIONS_PER_SCALE);
    assertThat(three.all(CertificateRequest.class)).hasSize(3 * SampleDistrict.CERTIFICATES_PER_SCALE);
    for (SamplePart fixed : List.of(SamplePart.TERRITORY, SamplePart.SERVICE, SamplePart.COVENANTS)) {
      assertThat(three.all(fixed, Object.class)).as(fixed.toString()).isEqualTo(one.all(fixed, Object.class));
    }
  }

  @Test
  void theKaizhouDistrictHasTheArticlesFigures() {
    Run kaizhou = new Run(SampleDistrict.of(2026L, 1));

    assertThat(kaizhou.all(SamplePart.TERRITORY, Township.class)).hasSize(40);
    assertThat(kaizhou.all(SocialWorkStation.class)).hasSize(40);
    assertThat(kaizhou.all(SamplePart.SERVICE, SocialOrganisation.class)).hasSize(447);
    assertThat(kaizhou.all(SocialWorker.class).stream().filter(SocialWorker::isCertified)).hasSize(289);
    assertThat(kaizhou.records.size()).isBetween(14_000, 18_000);
  }

  @Test
  void aboutFivePercentOfRecordsHaveAProblemOfEveryAreaAndEachNamesAGeneratedRecord() {
    for (long seed : new long[] {1L, 2L, 3L}) {
      Run run = new Run(SampleDistrict.of(seed, 1).withShape(SMALL));
      Set<String> ids = new HashSet<>();
      run.records.forEach(e -> ids.add(idOf(e.record)));
      Set<ProblemArea> areas = EnumSet.noneOf(ProblemArea.class);
      for (PlantedProblem problem : run.problems) {
        areas.add(problem.area());
        assertThat(ids).as(problem.toString()).contains(problem.recordId());
        assertThat(problem.description().chinese()).isNotBlank();
        assertThat(problem.description().english()).isNotBlank();
      }
      assertThat(areas).as("seed " + seed).isEqualTo(EnumSet.allOf(ProblemArea.class));
      Map<String, Long> subjects = run.problems.stream().collect(Collectors.groupingBy(
          p -> p.recordType() + " " + p.recordId(), Collectors.counting()));
      assertThat(subjects.values()).as("one problem per record").allMatch(count -> count == 1);
      assertThat((double) run.problems.size() / run.records.size()).as("seed " + seed).isBetween(0.03, 0.07);
    }
  }

  @Test
  void theScaleIsAtLeastOne() {
    assertThatThrownBy(() -> SampleDistrict.of(1L, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scale must be at least 1, but was 0");
    assertThat(SampleDistrict.of(3L, 2).toString()).isEqualTo("SampleDistrict[seed 3, scale 2, Kaizhou]");
  }

  @Test
  void everyVillageAndCommunityHasOneCommitteeRecordAndItsProblemsAreUnderTheCommitteeRules() {
    Run run = new Run(SampleDistrict.of(2026L, 1));
    List<CommunityCommittee> committees = run.all(CommunityCommittee.class);
    assertThat(run.all(SamplePart.COVENANTS, CommunityCommittee.class)).isEmpty();
    assertThat(committees).isNotEmpty().allSatisfy(c -> assertThat(c.kind().isSelfGoverning()).isTrue());
    Map<DivisionCode, Long> perVillage = committees.stream()
        .collect(Collectors.groupingBy(CommunityCommittee::villageCode, Collectors.counting()));
    assertThat(perVillage.values()).allSatisfy(n -> assertThat(n).isEqualTo(1L));
    Set<DivisionCode> villages = run.all(SamplePart.TERRITORY, Village.class).stream().map(Village::code)
        .collect(Collectors.toSet());
    assertThat(committees).allSatisfy(c -> {
      assertThat(villages).contains(c.villageCode());
      // by the code's range (001-199 communities): a few Village records carry a planted kind mismatch
      assertThat(c.kind()).isEqualTo(c.villageCode().villageKind().orElseThrow() == VillageKind.COMMUNITY
          ? CommitteeKind.RESIDENTS_COMMITTEE : CommitteeKind.VILLAGERS_COMMITTEE);
    });

    Set<String> committeeIds = committees.stream().map(CommunityCommittee::id).collect(Collectors.toSet());
    List<PlantedProblem> committeeProblems = run.problems.stream()
        .filter(p -> p.recordType().equals("community-committee")).collect(Collectors.toList());
    assertThat(committeeProblems).allSatisfy(p -> assertThat(committeeIds).contains(p.recordId()));
    assertThat(committeeProblems.stream().flatMap(p -> p.ruleIds().stream()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("meeting.committee.size-out-of-range", "meeting.committee.member-missing",
            "meeting.committee.term-too-long");
    assertThat(run.problems).noneSatisfy(p -> assertThat(p.recordType()).isEqualTo("committee"));
  }
}
