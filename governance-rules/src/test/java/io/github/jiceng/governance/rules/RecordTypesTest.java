package io.github.jiceng.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.territory.ImmutableVillage;
import io.github.jiceng.governance.core.territory.TerritorialUnit;
import io.github.jiceng.governance.core.territory.Territory;
import io.github.jiceng.governance.core.territory.Village;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordTypesTest {

  @Test
  void theStandardTypes() {
    RecordTypes types = RecordTypes.standard();
    assertThat(types.names()).containsExactly("admission-decision", "admission-request", "certificate-request",
        "district", "list-catalogue", "township", "village");
    assertThat(types.classOf("village")).contains(Village.class);
    assertThat(types.classOf("community")).isEmpty();
    assertThat(types.nameOf(ImmutableVillage.class)).contains("village");
    assertThat(types.nameOf(Village.class)).contains("village");
    assertThat(types.nameOf(Territory.class)).isEmpty();
    assertThat(types.namesOfSubtypes(TerritorialUnit.class)).containsExactly("district", "township", "village");
    assertThat(types.namesOfSubtypes(Object.class)).isEqualTo(types.names());
    assertThat(types.namesOfSubtypes(String.class)).isEmpty();
    assertThat(types.toString()).startsWith("RecordTypes[district, township, village, ");
    Village jinzhou = Village.of(DivisionCode.parse("500154001001"), "金州社区");
    assertThat(types.typeOf(jinzhou).map(t -> t.subjectOf(jinzhou))).contains(Subject.of("village", "500154001001"));
  }

  @Test
  void namesMustBeKebabCaseAndClassesMustNotOverlap() {
    for (String name : List.of("Village", "social_organisation", "", "-village", "village-", "a--b", "村")) {
      assertThatThrownBy(() -> RecordType.of(name, Village.class, v -> "x"))
          .isInstanceOf(IllegalArgumentException.class);
    }
    RecordTypes standard = RecordTypes.standard();
    assertThatThrownBy(() -> standard.with(RecordType.of("village", String.class, s -> s)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already registered");
    assertThatThrownBy(() -> standard.with(RecordType.of("unit", TerritorialUnit.class, u -> "x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subtype or supertype");
    assertThatThrownBy(() -> standard.with(RecordType.of("community", Village.class, v -> "x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already registered");
  }

  @Test
  void aRecordTypeGivesSubjectsAndDates() {
    RecordType<String> notes = RecordType.of("note", String.class, s -> s.isEmpty() ? null : s.substring(0, 1))
        .withDate(s -> LocalDate.of(2026, 1, s.length()));

    assertThat(notes.subjectOf("abc")).isEqualTo(Subject.of("note", "a"));
    assertThat(notes.subjectOf("")).isEqualTo(Subject.ofType("note"));
    assertThat(notes.dateOf("abc")).contains(LocalDate.of(2026, 1, 3));
    assertThat(RecordType.of("note", String.class, s -> s).dateOf("abc")).isEmpty();
    assertThat(RecordTypes.of(notes)).isEqualTo(RecordTypes.of(notes)).isNotEqualTo(RecordTypes.standard());
  }
}
