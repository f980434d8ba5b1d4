package io.github.jiceng.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.UnifiedSocialCreditCode;
import io.github.jiceng.governance.core.linkage.organisation.ImmutableSocialOrganisation;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisation;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.testkit.LinkageGenerators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jiceng validate --lenient-credit-codes}: a social organisation whose credit code fails its check character is
 * unreadable by default (a binding finding at {@code /creditCode}) and, with the flag, read and reported by the
 * {@code id.uscc.check-character} warning.
 */
class LenientCreditCodesTest {
  private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path temp;

  private Path file() throws IOException {
    SocialOrganisation organisation = LinkageGenerators.datasets(DivisionCode.parse("500154"), 2).sample(11L, 1)
        .get(0).organisations().stream().filter(o -> o.creditCode().isPresent()).findFirst().orElseThrow();
    String valid = organisation.creditCode().orElseThrow().value();
    char wrong = CHARSET.charAt((CHARSET.indexOf(valid.charAt(17)) + 1) % CHARSET.length());
    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parseLenient(valid.substring(0, 17) + wrong);
    String line = GovernanceJson.mapper().writeValueAsString(
        ImmutableSocialOrganisation.copyOf(organisation).withCreditCode(code));
    return Files.writeString(temp.resolve("organisations.ndjson"), line + "\n");
  }

  private static List<JsonNode> findings(String... args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false);
    Jiceng.commandLine(console).execute(args);
    List<JsonNode> findings = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        findings.add(JSON.readTree(line));
      }
    }
    return findings;
  }

  @Test
  void aFailedCheckCharacterIsABindingErrorByDefaultAndARuleWarningWhenLenient() throws IOException {
    Path file = file();
    List<JsonNode> strict = findings("validate", file.toString(), "--pack", "500154", "--format", "ndjson");
    assertThat(strict).anySatisfy(f -> {
      assertThat(f.get("code").asText()).startsWith("json.");
      assertThat(f.get("pointer").asText()).isEqualTo("/creditCode");
    });
    assertThat(strict).noneSatisfy(f -> assertThat(f.get("code").asText()).startsWith("id.uscc."));

    List<JsonNode> lenient = findings("validate", file.toString(), "--pack", "500154", "--format", "ndjson",
        "--lenient-credit-codes");
    assertThat(lenient).filteredOn(f -> f.get("pointer").asText().equals("/creditCode"))
        .singleElement().satisfies(f -> {
          assertThat(f.get("code").asText()).isEqualTo("id.uscc.check-character");
          assertThat(f.get("severity").asText()).isEqualTo("WARNING");
        });
    assertThat(lenient).noneSatisfy(f -> assertThat(f.get("code").asText()).startsWith("json."));
  }
}
