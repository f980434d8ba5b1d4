package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.burden.ListCatalogue;
import io.github.jiceng.governance.core.burden.ListCatalogues;
import io.github.jiceng.governance.core.burden.WorkItem;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BurdenGeneratorsTest {

  @Test
  void theSameSeedGivesTheSameCases() {
    assertThat(BurdenGenerators.admissionRequests().sample(7L, 20).stream().map(BurdenCase::record)
        .collect(Collectors.toList()))
        .isEqualTo(BurdenGenerators.admissionRequests().sample(7L, 20).stream().map(BurdenCase::record)
            .collect(Collectors.toList()));
    assertThat(BurdenGenerators.catalogues().sample(3L, 5)).isEqualTo(BurdenGenerators.catalogues().sample(3L, 5));
    assertThat(BurdenGenerators.catalogues().sample(3L, 5)).isNotEqualTo(BurdenGenerators.catalogues().sample(4L, 5));
  }

  @Test
  void generatedCataloguesHaveUniqueIdsAndNamesAndOneVersionPerJurisdiction() {
    for (ListCatalogues catalogues : BurdenGenerators.catalogues().sample(11L, 200)) {
      List<WorkItem> items = catalogues.all().stream().flatMap(c -> c.items().stream()).collect(Collectors.toList());
      Set<String> ids = new HashSet<>();
      Set<String> names = new HashSet<>();
      for (WorkItem item : items) {
        assertThat(ids.add(item.id())).as("id " + item.id()).isTrue();
        assertThat(names.add(item.name())).as("name " + item.name()).isTrue();
      }
      assertThat(catalogues.all()).extracting(ListCatalogue::jurisdiction).doesNotHaveDuplicates();
    }
  }

  @Test
  void defectiveCasesSayWhatIsPlanted() {
    for (BurdenDefect defect : BurdenDefect.values()) {
      BurdenCase<?> generated = defect.recordType() == AdmissionRequest.class
          ? BurdenGenerators.admissionRequests(defect).sample(5L, 1).get(0)
          : defect.recordType() == ListCatalogue.class
              ? BurdenGenerators.defectiveCatalogues(defect).sample(5L, 1).get(0)
              : BurdenGenerators.certificateRequests(defect).sample(5L, 1).get(0);
      assertThat(generated.defect()).contains(defect);
      assertThat(generated.record()).isInstanceOf(defect.recordType());
      assertThat(generated.description()).isNotBlank();
    }
    assertThat(BurdenGenerators.admissionRequests().sample(5L, 10)).allSatisfy(c -> assertThat(c.defect()).isEmpty());
  }

  @Test
  void aDuplicateIdIsReallyThere() {
    for (BurdenCase<ListCatalogue> generated : BurdenGenerators.defectiveCatalogues(BurdenDefect.DUPLICATE_ID)
        .sample(9L, 50)) {
      List<String> ids = generated.record().items().stream().map(WorkItem::id).collect(Collectors.toList());
      assertThat(new HashSet<>(ids)).hasSize(ids.size() - 1);
    }
  }

  @Test
  void aDefectOfAnotherRecordTypeIsRejected() {
    assertThatThrownBy(() -> BurdenGenerators.admissionRequests(BurdenDefect.DUPLICATE_ID))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("DUPLICATE_ID is a defect of ListCatalogue, not of AdmissionRequest");
    assertThatThrownBy(() -> BurdenGenerators.certificateRequests(BurdenDefect.NEGATIVE_LIST))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BurdenGenerators.defectiveCatalogues(BurdenDefect.CERTIFICATE_NOT_LISTED))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
