package io.github.jiceng.governance.rules.burden;

import static io.github.jiceng.governance.rules.burden.BurdenFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.burden.ListCatalogues;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.ValidityPeriod;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The standard packs carry the burden settings, and the Chongqing pack survives serialization. */
class PacksAndSerializationTest {
  private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }

  @Test
  void theNationalPackHasNoListsAndNoTimeLimitsWhileChongqingHasBoth() {
    LocalDate day = LocalDate.of(2025, 1, 1);
    RulePack national = StandardPacks.national();
    RulePack chongqing = StandardPacks.chongqing();

    assertThat(national.parameterValue(BurdenParameters.CATALOGUES, day).value()).isEqualTo(CatalogueSource.none());
    assertThat(national.parameterValue(BurdenParameters.TIMING_CHECKED, day).value()).isFalse();
    assertThat(chongqing.parameterValue(BurdenParameters.CATALOGUES, day).value())
        .isSameAs(BundledCatalogues.CHONGQING);
    assertThat(chongqing.parameterValue(BurdenParameters.TIMING_CHECKED, day).value()).isTrue();
    assertThat(StandardPacks.forJurisdiction("500154").parameterValue(BurdenParameters.TIMING_CHECKED, day).value())
        .isTrue();
    assertThat(national.catalog().descriptors()).filteredOn(d -> d.area().equals("burden"))
        .hasSize(BurdenRules.all().size());
  }

  @Test
  void theChongqingPackSurvivesSerializationAndJudgesTheSame() throws Exception {
    RulePack copy = (RulePack) roundTrip(StandardPacks.chongqing());
    AdmissionRequest request = request("S-1", LocalDate.of(2023, 3, 1), "行政执法");

    assertThat(Validator.builder(copy).rethrowRuleFailures(true).build().validate(request).findings())
        .isEqualTo(Validator.builder(StandardPacks.chongqing()).rethrowRuleFailures(true).build()
            .validate(request).findings())
        .isNotEmpty();
  }

  @Test
  void catalogueSourcesInMemoryAreNotSerializable() {
    RulePack pack = RulePack.builder("cn.test", "1", "500000").parent(StandardPacks.national())
        .parameter(BurdenParameters.CATALOGUES, CatalogueSource.of(ListCatalogues.none()), ValidityPeriod.always())
        .build();

    assertThatThrownBy(() -> roundTrip(pack)).isInstanceOf(NotSerializableException.class)
        .hasMessageContaining("ListCatalogues");
    assertThat(CatalogueSource.none().catalogues().isEmpty()).isTrue();
  }
}
