package io.github.jiceng.governance.json;

import static io.github.jiceng.governance.json.WrittenJson.write;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.jiceng.governance.core.id.ResidentIdNumber;
import io.github.jiceng.governance.core.territory.Territory;
import io.github.jiceng.governance.core.territory.Village;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.testkit.IdentifierGenerators;
import io.github.jiceng.governance.testkit.InvalidIdentifierGenerators;
import io.github.jiceng.governance.testkit.InvalidSample;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Hostile input never makes the reader throw, and findings never show a resident identity number in clear.
 */
class RobustnessPropertiesTest {
  private static final int EXAMPLES = 500;
  private static final RecordReader READER = RecordReader.create();
  private static final String NOISE = "{}[]:,\"\\ \n0-1.5eE+truefalsenull\u0000\u00ff汉\uD83D\uDE00\uFEFF";

  /** A random edit of a document: delete, insert noise, duplicate, move or cut a piece. */
  static String mutate(String json, SplittableRandom random) {
    StringBuilder text = new StringBuilder(json);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && text.length() > 0; e++) {
      int at = random.nextInt(text.length());
      int length = Math.min(text.length() - at, 1 + random.nextInt(8));
      switch (random.nextInt(5)) {
        case 0:
          text.delete(at, at + length);
          break;
        case 1:
          for (int i = 0; i < length; i++) {
            text.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
          }
          break;
        case 2:
          text.insert(at, text.substring(at, at + length));
          break;
        case 3:
          String piece = text.substring(at, at + length);
          text.delete(at, at + length);
          text.insert(random.nextInt(text.length() + 1), piece);
          break;
        default:
          text.setLength(at);
      }
    }
    return text.toString();
  }

  static void checkWellFormed(String json, ReadResult<?> result) {
    if (result.value().isEmpty()) {
      assertThat(result.hasErrors()).as(json).isTrue();
    }
    int lines = json.split("\n", -1).length;
    for (Finding finding : result.findings()) {
      assertThat(JsonFindingCodes.ALL).as(json).contains(finding.code());
      assertThat(finding.message(Locale.ENGLISH)).isNotBlank();
      assertThat(finding.message(Locale.SIMPLIFIED_CHINESE)).isNotBlank();
      finding.location().line().ifPresent(line -> assertThat(line).as(json).isBetween(1, lines));
    }
  }

  @Test
  void mutatedDocumentsGiveFindingsNeverExceptions() {
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      Territory territory = Samples.territory(random.nextLong());
      Village village = Samples.village(random.nextLong());
      String territoryJson = mutate(write(territory), random);
      String villageJson = mutate(random.nextBoolean() ? write(village) : write(List.of(village)), random);
      checkWellFormed(territoryJson, READER.read(territoryJson, Territory.class));
      checkWellFormed(villageJson, READER.read(villageJson, Village.class));
      checkWellFormed(villageJson, READER.read(villageJson, Village[].class));
      checkWellFormed(villageJson, READER.readRecord(villageJson));
      byte[] bytes = villageJson.getBytes(UTF_8);
      if (bytes.length > 0) {
        bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
      }
      ReadResult<Object> fromBytes = READER.readRecord(bytes);
      assertThat(fromBytes.value().isPresent() || fromBytes.hasErrors()).isTrue();
    });
  }

  /** Documents that put a text where a resident identity number might leak: in and around every kind of value. */
  private static List<String> placements(String text) {
    String village = write(Samples.village(1L));
    List<String> documents = new ArrayList<>();
    documents.add("[\"" + text + "\"]");
    documents.add(village.replaceFirst("\"code\":\"[0-9]+\"", "\"code\":\"" + text + "\""));
    documents.add(village.replaceFirst("\"code\":\"[0-9]+\"", "\"code\":" + text));
    documents.add(village.replaceFirst("\"kind\":\"[A-Z_]+\"", "\"kind\":\"" + text + "\""));
    documents.add(village.replaceFirst("\\{", "{\"" + text + "\":1,"));
    documents.add(village.replaceFirst("\\{", "{\"established\":\"" + text + "\","));
    documents.add(village.replaceFirst("\"type\":\"village\"", "\"type\":\"" + text + "\""));
    documents.add(village.replaceFirst("\\{", "{" + text));
    return documents;
  }

  private static void neverInClear(String text, ReadResult<?> result) {
    String birthDigits = text.length() >= 14 ? text.substring(6, 14) : text;
    for (Finding finding : result.findings()) {
      String shown = finding.message(Locale.ENGLISH) + " " + finding.message(Locale.SIMPLIFIED_CHINESE) + " "
          + finding.attributes() + " " + finding.location() + " " + finding;
      assertThat(shown).as("a finding about a resident identity number").doesNotContain(text)
          .doesNotContain(birthDigits);
    }
  }

  @Test
  void findingsNeverShowAResidentIdentityNumberInClear() {
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      InvalidSample invalid = InvalidIdentifierGenerators.invalidResidentIdNumbers().generate(random);
      String valid = IdentifierGenerators.residentIdNumbers().generate(random).value();
      String legacy = IdentifierGenerators.legacyResidentIdNumbers().generate(random);
      for (String text : List.of(valid, legacy, invalid.text())) {
        ReadResult<ResidentIdNumber[]> ids = READER.read("[\"" + text + "\"]", ResidentIdNumber[].class);
        neverInClear(text, ids);
        if (!text.equals(valid)) {
          assertThat(ids.findings()).singleElement().satisfies(finding ->
              assertThat(finding.attribute("value")).contains(ResidentIdNumber.mask(text)));
        }
        if (text.matches("[0-9A-Za-z]{15,}") && text.chars().filter(c -> c < '0' || c > '9').count() <= 1) {
          for (String document : placements(text)) {
            neverInClear(text, READER.read(document, Village.class));
            neverInClear(text, READER.readRecord(document));
            neverInClear(text, READER.read(document, ResidentIdNumber[].class));
          }
        }
      }
    });
  }
}
