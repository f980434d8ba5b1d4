package io.github.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.jiceng.governance.core.burden.ListCatalogue;
import io.github.jiceng.governance.rules.burden.BundledCatalogues;
import io.github.jiceng.governance.rules.burden.CatalogueFormatException;
import io.github.jiceng.governance.rules.burden.CatalogueJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The two readers of the {@code list-catalogue} JSON form cannot drift: {@link CatalogueJson} of governance-rules
 * (jackson-core only, used for the bundled catalogues) and {@link GovernanceJson#mapper()}. Each bundled file reads to
 * an equal catalogue through both, and writing it back gives the file's text; generated catalogues written by the
 * mapper read back equal through CatalogueJson; and on damaged documents both readers accept or both reject.
 */
class CatalogueJsonAgreementTest {
  private static final ObjectMapper MAPPER = GovernanceJson.mapper();
  /** The layout of the bundled files: two-space indentation, one property or array element per line. */
  private static final ObjectWriter LAYOUT = MAPPER.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
      .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")).withObjectIndenter(new DefaultIndenter("  ", "\n")));
  /** The bundled resources, read from the rules module's sources (its resource package is not open to this one). */
  private static final Path RESOURCES =
      Path.of("..", "governance-rules", "src", "main", "resources", "io", "github", "jiceng", "governance", "rules",
          "burden");

  @Test
  void eachBundledFileReadsEqualThroughBothReadersAndWritesBackTheSame() throws Exception {
    assertThat(BundledCatalogues.CHONGQING.resources()).hasSize(4);
    for (String name : BundledCatalogues.CHONGQING.resources()) {
      String text = Files.readString(RESOURCES.resolve(name), StandardCharsets.UTF_8);
      ListCatalogue byMapper = MAPPER.readValue(text, ListCatalogue.class);
      ListCatalogue byRules = CatalogueJson.read(text, name);

      assertThat(byRules).as(name).isEqualTo(byMapper);
      assertThat(BundledCatalogues.CHONGQING.catalogues().all()).as(name).contains(byRules);
      assertThat(LAYOUT.writeValueAsString(byMapper) + "\n").as(name).isEqualTo(text);
      assertThat(name).isEqualTo(byRules.id() + "-" + byRules.version() + ".json");
    }
  }

  @Test
  void generatedCataloguesWrittenByTheMapperReadEqualThroughCatalogueJson() {
    qt().withFixedSeed(20261126L).withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      ListCatalogue catalogue = BurdenSamples.listCatalogue(seed);
      String json = RoundTripPropertiesTest.write(MAPPER, catalogue);

      assertThat(CatalogueJson.read(json, "generated.json")).isEqualTo(catalogue);
      assertThat(CatalogueJson.read(pretty(catalogue), "pretty.json")).isEqualTo(catalogue);
    });
  }

  @Test
  void onDamagedDocumentsBothReadersAgree() {
    qt().withFixedSeed(20261126L).withExamples(1000).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      String json = RobustnessPropertiesTest.mutate(
          RoundTripPropertiesTest.write(MAPPER, BurdenSamples.listCatalogue(seed)), random);
      Optional<ListCatalogue> byMapper = readByMapper(json);
      if (byMapper.isPresent()) {
        assertThat(CatalogueJson.read(json, "damaged.json")).as(json).isEqualTo(byMapper.get());
      } else {
        assertThatThrownBy(() -> CatalogueJson.read(json, "damaged.json")).as(json)
            .isInstanceOf(CatalogueFormatException.class).hasMessageStartingWith("damaged.json line ");
      }
    });
  }

  private static String pretty(ListCatalogue catalogue) {
    try {
      return LAYOUT.writeValueAsString(catalogue);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  private static Optional<ListCatalogue> readByMapper(String json) {
    try {
      return Optional.of(MAPPER.readValue(json, ListCatalogue.class));
    } catch (JsonProcessingException | IllegalArgumentException | IllegalStateException e) {
      return Optional.empty();
    }
  }
}
