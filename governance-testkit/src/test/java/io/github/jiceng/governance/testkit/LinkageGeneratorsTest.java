package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.linkage.LinkageActor;
import io.github.jiceng.governance.core.linkage.project.LinkageProject;
import io.github.jiceng.governance.core.linkage.volunteer.ServiceRecord;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LinkageGeneratorsTest {
  private static final DivisionCode KAIZHOU = DivisionCode.parse("500154");

  @Test
  void theSameSeedGivesTheSameDataset() {
    assertThat(LinkageGenerators.datasets(KAIZHOU, 4).sample(7L, 2))
        .isEqualTo(LinkageGenerators.datasets(KAIZHOU, 4).sample(7L, 2));
    assertThat(LinkageGenerators.datasets(KAIZHOU, 4).sample(7L, 1))
        .isNotEqualTo(LinkageGenerators.datasets(KAIZHOU, 4).sample(8L, 1));
  }

  @Test
  void aDatasetHasTheShapeItsJavadocDescribes() {
    LinkageDataset data = LinkageGenerators.datasets(KAIZHOU, 5).sample(1L, 1).get(0);
    assertThat(data.projects()).hasSize(5);
    assertThat(data.committees()).hasSize(5);
    assertThat(data.organisations()).hasSize(6);
    assertThat(data.volunteers()).hasSize(10);
    assertThat(data.serviceRecords()).hasSizeBetween(10, 20);
    assertThat(data.logs()).hasSize(10);
    assertThat(data.records()).hasSize(5 * 7 + 1 + 1 + 10 + data.serviceRecords().size() + 10);
    for (LinkageProject project : data.projects()) {
      assertThat(project.actorsInvolved()).isEqualTo(EnumSet.allOf(LinkageActor.class));
      BigDecimal hours = data.serviceRecords().stream().filter(r -> r.projectId().orElseThrow().equals(project.id()))
          .map(ServiceRecord::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(project.claimedVolunteerHours()).contains(hours);
      assertThat(project.villageCodes()).allSatisfy(c -> assertThat(KAIZHOU.contains(c)).isTrue());
    }
    Set<String> ids = data.serviceRecords().stream().map(ServiceRecord::id).collect(Collectors.toSet());
    assertThat(ids).hasSameSizeAs(data.serviceRecords());
  }

  @Test
  void everyDefectCanBePlantedAndNamesItsRuleAndSubject() {
    for (LinkageDefect defect : LinkageDefect.values()) {
      DefectiveLinkage broken = LinkageGenerators.defective(KAIZHOU, 3, defect).sample(11L, 1).get(0);
      assertThat(broken.defect()).isEqualTo(defect);
      assertThat(defect.ruleId()).startsWith("linkage.");
      assertThat(broken.description()).contains(broken.subjectId());
      assertThat(broken.dataset()).isNotEqualTo(LinkageGenerators.datasets(KAIZHOU, 3).sample(11L, 1).get(0));
    }
  }

  @Test
  void shapesThatCannotCarryADefectAreRejected() {
    assertThatThrownBy(() -> LinkageGenerators.defective(KAIZHOU, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 to 19000 projects");
    assertThatThrownBy(() -> LinkageGenerators.datasets(DivisionCode.parse("500154101000"), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("county-level");
  }
}
