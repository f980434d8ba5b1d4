package io.github.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.core.territory.Territory;
import io.github.jiceng.governance.core.territory.Village;
import io.github.jiceng.governance.rules.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The examples of docs/json-format.md are read as the page says. */
class DocumentationExamplesTest {
  private static final Path PAGE = Path.of("..", "docs", "json-format.md");
  private static final RecordReader READER = RecordReader.create();

  private static List<String> blocks(String page, String language) {
    Matcher matcher = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(page);
    List<String> blocks = new ArrayList<>();
    while (matcher.find()) {
      blocks.add(matcher.group(1));
    }
    return blocks;
  }

  @Test
  void everyJsonExampleReadsWithoutFindings() throws IOException {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    List<String> examples = blocks(page, "json");
    assertThat(examples).hasSizeGreaterThanOrEqualTo(4);
    for (String example : examples) {
      ReadResult<?> result = example.contains("\"districts\"")
          ? READER.read(example, Territory.class)
          : READER.readRecord(example);
      assertThat(result.findings()).as(example).isEmpty();
      assertThat(result.value()).as(example).isPresent();
    }
  }

  @Test
  void theFindingExampleIsWhatTheReaderSays() throws IOException {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    String[] lines = blocks(page, "text").get(0).split("\n");
    String json = Documents.lines("{", "  \"type\": \"village\",", "  \"code\": \"5001540O1001\",",
        "  \"name\": \"金州社区\",", "  \"kind\": \"COMMUNITY\",", "  \"townshipCode\": \"500154001000\"", "}");
    Finding finding = READER.read(json, Village.class).findings().get(0);
    assertThat(finding.toString()).startsWith(lines[0].substring(0, lines[0].length() - 1));
    assertThat(lines[1].trim()).isEqualTo(finding.message(Locale.ENGLISH));
    assertThat(lines[2].trim()).isEqualTo(finding.message(Locale.SIMPLIFIED_CHINESE));
    assertThat(lines[3]).contains("problem=" + finding.attributes().get("problem"),
        "problemCode=" + finding.attributes().get("problemCode"), "position=" + finding.attributes().get("position"));
  }

  @Test
  void theTableOfRecordTypesListsExactlyTheRegisteredTypes() throws Exception {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    String section = page.substring(page.indexOf("## All record types"), page.indexOf("## Identifiers"));
    java.util.Map<String, String[]> rows = new java.util.TreeMap<>();
    for (String line : section.split("\n")) {
      if (line.startsWith("| `")) {
        String[] cells = line.split("\\|");
        rows.put(cells[1].trim().replace("`", ""), cells);
      }
    }
    io.github.jiceng.governance.rules.RecordTypes types = io.github.jiceng.governance.rules.RecordTypes.standard();
    assertThat(rows.keySet()).isEqualTo(types.names());
    for (io.github.jiceng.governance.rules.RecordType<?> type : types.all()) {
      String[] cells = rows.get(type.name());
      assertThat("io.github.jiceng.governance.core." + cells[2].trim().replace("`", ""))
          .as(type.name()).isEqualTo(type.javaType().getName());
      assertThat(cells[3].trim()).as(type.name()).isEqualTo(type.hasOwnDate() ? "yes" : "no");
      assertThat(JsonSchemas.ofRecordType(type.name())).as(type.name()).isPresent();
    }
  }
}
