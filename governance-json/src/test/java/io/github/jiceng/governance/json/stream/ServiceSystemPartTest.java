package io.github.jiceng.governance.json.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiceng.governance.core.territory.TerritorialUnit;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import io.github.jiceng.governance.rules.service.ServiceLookup;
import io.github.jiceng.governance.testkit.DefectiveService;
import io.github.jiceng.governance.testkit.ServiceDataset;
import io.github.jiceng.governance.testkit.ServiceDefect;
import io.github.jiceng.governance.testkit.ServiceGenerators;
import io.github.jiceng.governance.testkit.TerritoryShape;
import io.github.jiceng.governance.core.id.DivisionCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the first pass's lookup, a streaming run over files finds the {@code service.*} findings that batch
 * validation with {@link ServiceLookup} finds, for every planted defect of the test kit; without it, it finds none.
 */
class ServiceSystemPartTest {
  private static final TerritoryShape SMALL = TerritoryShape.of(DivisionCode.parse("500154"));
  private static final RulePack KAIZHOU = StandardPacks.forJurisdiction("500154");
  private static final ObjectMapper JSON = GovernanceJson.mapper();

  @TempDir
  Path temp;

  @Test
  void everyPlantedServiceDefectIsFoundAsInBatch() throws IOException {
    int checked = 0;
    List<String> mismatches = new ArrayList<>();
    for (ServiceDefect defect : ServiceDefect.values()) {
      if (defect.isLocalStandard()) {
        continue; // off in the standard packs
      }
      DefectiveService broken = ServiceGenerators.defective(SMALL, defect).sample(7L, 1).get(0);
      ServiceDataset data = broken.dataset();
      Clock clock = Clock.fixed(data.day().atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
          ZoneId.of("Asia/Shanghai"));
      List<String> batch = codes(Validator.builder(KAIZHOU).lookup(ServiceLookup.of(data.records())).clock(clock)
          .build().validate(data.records()).findings());
      List<Path> files = write(data, defect.name());

      DatasetPrepass.Result prepass = serviceSystem(files);
      assertThat(prepass.problem()).as(defect.name()).isEmpty();
      StreamReport with = RecordStreamValidator.builder(Validator.builder(KAIZHOU).clock(clock).build())
          .lookup(prepass.lookup().orElseThrow()).build().validate(files);
      StreamReport without = RecordStreamValidator.builder(Validator.builder(KAIZHOU).clock(clock).build()).build()
          .validate(files);

      assertThat(batch).as(defect.name()).contains(defect.ruleId() + " " + broken.subjectType() + "/"
          + broken.subjectId());
      if (!serviceCodes(with).equals(serviceOnly(batch))) {
        mismatches.add(defect + ": " + serviceCodes(with) + " vs " + serviceOnly(batch));
      }
      assertThat(serviceCodes(without)).as(defect.name()).isEmpty();
      checked++;
    }
    assertThat(mismatches).isEmpty();
    assertThat(checked).isGreaterThan(8);
  }

  @Test
  void duplicateUnitsAndUnreadableLinesDoNotStopThePass() throws IOException {
    ServiceDataset data = ServiceGenerators.datasets(SMALL).sample(3L, 1).get(0);
    List<Path> files = write(data, "dup");
    String station = JSON.writeValueAsString(data.stations().get(0));
    Files.writeString(files.get(1), station + "\n{not json\n" + station + "\n",
        java.nio.file.StandardOpenOption.APPEND);

    DatasetPrepass.Result prepass = serviceSystem(files);

    assertThat(prepass.problem()).isEmpty();
    assertThat(prepass.lookup()).isPresent();
    long expected = data.records().stream().filter(r -> !(r instanceof io.github.jiceng.governance.core.linkage
        .volunteer.ServiceRecord)).count();
    assertThat(prepass.records()).isLessThanOrEqualTo((int) expected).isGreaterThan(data.stations().size());
  }

  @Test
  void aDatasetWithoutServiceUnitsGetsNoLookup() throws IOException {
    ServiceDataset data = ServiceGenerators.datasets(SMALL).sample(4L, 1).get(0);
    List<Path> files = write(data, "territory-only");

    DatasetPrepass.Result prepass = serviceSystem(List.of(files.get(0)));

    assertThat(prepass.lookup()).isEmpty();
    assertThat(prepass.problem()).isEmpty();
    assertThat(prepass.records()).isEqualTo(data.territory().size());
  }

  private static DatasetPrepass.Result serviceSystem(List<Path> files) {
    return DatasetPrepass.read(files, java.util.EnumSet.of(DatasetPrepass.Part.SERVICE_SYSTEM));
  }

  /** Territory in one file, everything else in another: a dataset split as exports are. */
  private List<Path> write(ServiceDataset data, String name) throws IOException {
    Path territory = temp.resolve(name + "-territory.ndjson");
    Path rest = temp.resolve(name + "-service.ndjson");
    StringBuilder first = new StringBuilder();
    StringBuilder second = new StringBuilder();
    for (Object record : data.records()) {
      (record instanceof TerritorialUnit ? first : second).append(JSON.writeValueAsString(record)).append('\n');
    }
    Files.writeString(territory, first, StandardCharsets.UTF_8);
    Files.writeString(rest, second, StandardCharsets.UTF_8);
    return List.of(territory, rest);
  }

  private static List<String> codes(List<Finding> findings) {
    List<String> codes = new ArrayList<>();
    for (Finding f : findings) {
      codes.add(f.code().value() + " " + f.subject().type() + "/" + f.subject().id().orElse(""));
    }
    return codes.stream().sorted().collect(Collectors.toList());
  }

  private static List<String> serviceOnly(List<String> codes) {
    return codes.stream().filter(c -> c.startsWith("service.")).sorted().collect(Collectors.toList());
  }

  private static List<String> serviceCodes(StreamReport report) {
    return serviceOnly(codes(report.findings().stream().map(StreamFinding::finding).collect(Collectors.toList())));
  }
}
