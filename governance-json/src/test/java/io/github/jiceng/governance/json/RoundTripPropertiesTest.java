package io.github.jiceng.governance.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.IdentifierProblem;
import io.github.jiceng.governance.core.id.ResidentIdNumber;
import io.github.jiceng.governance.core.id.UnifiedSocialCreditCode;
import io.github.jiceng.governance.core.territory.District;
import io.github.jiceng.governance.core.territory.TerritorialUnit;
import io.github.jiceng.governance.core.territory.Territory;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.Village;
import io.github.jiceng.governance.testkit.IdentifierGenerators;
import io.github.jiceng.governance.testkit.InvalidIdentifierGenerators;
import io.github.jiceng.governance.testkit.InvalidSample;
import java.io.StringReader;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

/**
 * Serialise then deserialise gives an equal value, for every model type: through {@link GovernanceJson#mapper()},
 * through a plain mapper with only the {@link GovernanceModule}, and through a {@link RecordReader} from text, a
 * reader and UTF-8 bytes (which must also report no finding).
 */
class RoundTripPropertiesTest {
  private static final int EXAMPLES = 200;
  private static final ObjectMapper MAPPER = GovernanceJson.mapper();
  private static final ObjectMapper PLAIN = JsonMapper.builder().addModule(new GovernanceModule()).build();
  private static final RecordReader READER = RecordReader.create();

  static <T> void roundTrips(LongFunction<T> values, Class<T> type) {
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      T value = values.apply(seed);
      String json = write(MAPPER, value);
      assertThat(read(MAPPER, json, type)).isEqualTo(value);
      assertThat(read(PLAIN, write(PLAIN, value), type)).isEqualTo(value);
      assertThat(write(PLAIN, value)).isEqualTo(json);
      for (ReadResult<T> result : List.of(READER.read(json, type),
          READER.read(new StringReader(json), type), READER.read(json.getBytes(UTF_8), type))) {
        assertThat(result.findings()).isEmpty();
        assertThat(result.value()).contains(value);
      }
    });
  }

  static String write(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  private static <T> T read(ObjectMapper mapper, String json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new AssertionError(json, e);
    }
  }

  @Test
  void divisionCodesOfEveryLevel() {
    roundTrips(Samples::divisionCode, DivisionCode.class);
  }

  @Test
  void divisionCodesAreWrittenAsTheirTwelveDigitsAndReadFromSix() {
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      DivisionCode code = Samples.divisionCode(seed);
      assertThat(write(MAPPER, code)).isEqualTo("\"" + code.value() + "\"").matches("\"[0-9]{12}\"");
      if (code.value().endsWith("000000")) {
        assertThat(read(MAPPER, "\"" + code.value().substring(0, 6) + "\"", DivisionCode.class)).isEqualTo(code);
      }
    });
  }

  @Test
  void unifiedSocialCreditCodes() {
    roundTrips(seed -> IdentifierGenerators.unifiedSocialCreditCodes().generate(new SplittableRandom(seed)),
        UnifiedSocialCreditCode.class);
  }

  @Test
  void residentIdNumbersAreWrittenInClear() {
    roundTrips(seed -> IdentifierGenerators.residentIdNumbers().generate(new SplittableRandom(seed)),
        ResidentIdNumber.class);
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      ResidentIdNumber id = IdentifierGenerators.residentIdNumbers().generate(new SplittableRandom(seed));
      assertThat(write(MAPPER, id)).isEqualTo("\"" + id.value() + "\"");
    });
  }

  @Test
  void districts() {
    roundTrips(Samples::district, District.class);
  }

  @Test
  void townships() {
    roundTrips(Samples::township, Township.class);
  }

  @Test
  void villages() {
    roundTrips(Samples::village, Village.class);
  }

  @Test
  void territories() {
    roundTrips(Samples::territory, Territory.class);
  }

  @Test
  void unitsReadByTheirTypeProperty() {
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      TerritorialUnit unit = new TerritorialUnit[] {
          Samples.district(seed), Samples.township(seed), Samples.village(seed)}[(int) Math.floorMod(seed, 3L)];
      String json = write(MAPPER, unit);
      ReadResult<Object> any = READER.readRecord(json);
      assertThat(any.findings()).isEmpty();
      assertThat(any.value()).contains(unit);
      ReadResult<TerritorialUnit> typed = READER.read(json, TerritorialUnit.class);
      assertThat(typed.value()).contains(unit);
      assertThat(typed.subject().type())
          .isEqualTo(unit instanceof District ? "district" : unit instanceof Township ? "township" : "village");
      assertThat(json).startsWith("{\"type\":\"" + typed.subject().type() + "\",");
    });
  }

  @Test
  void lenientCreditCodesKeepTheirFailedChecks() {
    RecordReader lenient = RecordReader.builder().lenientCreditCodes(true).build();
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      InvalidSample sample = InvalidIdentifierGenerators.invalidUnifiedSocialCreditCodes()
          .generate(new SplittableRandom(seed));
      String json = "\"" + sample.text() + "\"";
      boolean checkOnly = sample.expectedProblem() == IdentifierProblem.CHECK_CHARACTER
          || sample.expectedProblem() == IdentifierProblem.EMBEDDED_CHECK_CHARACTER;
      ReadResult<UnifiedSocialCreditCode> strict = READER.read(json, UnifiedSocialCreditCode.class);
      assertThat(strict.value()).isEmpty();
      assertThat(strict.findings()).singleElement().satisfies(finding -> {
        assertThat(finding.code()).isEqualTo(JsonFindingCodes.INVALID_VALUE);
        assertThat(finding.attribute("problem")).contains(sample.expectedProblem().name());
      });
      ReadResult<UnifiedSocialCreditCode> read = lenient.read(json, UnifiedSocialCreditCode.class);
      if (checkOnly) {
        assertThat(read.findings()).isEmpty();
        UnifiedSocialCreditCode code = read.value().orElseThrow();
        assertThat(code.value()).isEqualTo(sample.text());
        assertThat(code.failedChecks()).contains(sample.expectedProblem());
        assertThat(write(MAPPER, code)).isEqualTo(json);
      } else {
        assertThat(read.value()).isEmpty();
      }
    });
  }
}
