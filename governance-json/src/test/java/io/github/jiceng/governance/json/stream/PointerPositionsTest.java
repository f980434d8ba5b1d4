package io.github.jiceng.governance.json.stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.json.ValueSamples;
import io.github.jiceng.governance.rules.RecordTypes;
import io.github.jiceng.governance.rules.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Locating a pointer in a record's bytes gives the line and column that locating it in the record's text gives, for
 * records of a generated dataset on one line or several, with spaces and tabs, non-ASCII text, characters outside the Basic Multilingual Plane and escapes,
 * for pointers to values that exist (at any depth) and that do not; records with line breaks, escaped names or a byte
 * order mark are left to the text.
 */
class PointerPositionsTest {
  private static final ObjectMapper MAPPER = GovernanceJson.mapper();
  private static final PointerPositions POSITIONS = new PointerPositions(RecordStreamValidator.DEFAULT_LIMITS);

  @Test
  void bytesAndTextGiveTheSamePosition() {
    qt().withFixedSeed(20261126L).withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      List<String> lines = Datasets.lines(Math.abs(seed % 50));
      String record = lines.get(random.nextInt(lines.size() - 3));
      JsonNode tree = read(record);
      if (random.nextBoolean() && tree instanceof ObjectNode) {
        ((ObjectNode) tree).put("note", "笑\uD83D\uDE00 \"q\" \\ é");
        ((ObjectNode) tree).putArray("list").add("\uD83D\uDE00").addObject().put("名", "值");
      }
      int shape = random.nextInt(4);
      String text = shape == 0 ? pretty(tree, new DefaultPrettyPrinter())
          : shape == 1 ? pretty(tree, new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("\t", " "))
              .withArrayIndenter(new DefaultIndenter(" ", "\t")))
          : shape == 2 ? escaped(tree.toString()) : tree.toString();
      JsonPointer pointer = pointer(tree, random);
      byte[] prefix = "xx\u540d".getBytes(UTF_8);
      byte[] bytes = new byte[prefix.length + text.getBytes(UTF_8).length + 2];
      System.arraycopy(prefix, 0, bytes, 0, prefix.length);
      byte[] body = text.getBytes(UTF_8);
      System.arraycopy(body, 0, bytes, prefix.length, body.length);
      int[] fromBytes = POSITIONS.locate(bytes, prefix.length, prefix.length + body.length, pointer);
      int[] fromText = POSITIONS.locate(text, pointer);
      assertThat(fromText).as(text + " " + pointer).isNotNull();
      if (fromBytes != null) {
        assertThat(fromBytes).as(text + " " + pointer).containsExactly(fromText);
      } else {
        // the scan gives up only at a line break or a name with an escape
        assertThat(text.indexOf('\n') >= 0 || text.contains("\\u")).as(text + " " + pointer).isTrue();
      }
    });
  }

  /**
   * Records of every registered type, with every attribute set (strings with quotes, backslashes, control characters
   * and non-ASCII text, long and short), on one line: as written, with spaces and tabs around colons and commas, with
   * non-ASCII characters escaped, after multi-byte text in the buffer. The scan answers for all of them, as the text
   * does; with escaped property names it gives up.
   */
  @Test
  void recordsOfEveryTypeOnOneLine() {
    RecordTypes types = RecordTypes.standard();
    List<String> names = List.copyOf(types.names());
    AtomicInteger answered = new AtomicInteger();
    int examples = 1500;
    qt().withFixedSeed(20261129L).withExamples(examples).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      Object value = ValueSamples.full(types.classOf(names.get(random.nextInt(names.size()))).orElseThrow(),
          random);
      JsonNode tree = MAPPER.valueToTree(value);
      int shape = random.nextInt(4);
      String text = shape == 0 ? tree.toString()
          : shape == 1 ? pretty(tree, new DefaultPrettyPrinter(Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.BOTH)).withObjectIndenter(new DefaultIndenter("", " \t"))
              .withArrayIndenter(new DefaultIndenter("", "\t ")))
          : shape == 2 ? escaped(tree.toString()) : escapedNames(tree.toString());
      byte[] prefix = List.of("", "名\uD83D\uDE00 ", "[").get(random.nextInt(3)).getBytes(UTF_8);
      byte[] body = text.getBytes(UTF_8);
      byte[] bytes = new byte[prefix.length + body.length + random.nextInt(9)];
      System.arraycopy(prefix, 0, bytes, 0, prefix.length);
      System.arraycopy(body, 0, bytes, prefix.length, body.length);
      for (int p = 0; p < 4; p++) {
        JsonPointer pointer = pointer(tree, random);
        int[] fromText = POSITIONS.locate(text, pointer);
        int[] fromBytes = POSITIONS.locate(bytes, prefix.length, prefix.length + body.length, pointer);
        assertThat(fromText).as(text + " " + pointer).isNotNull();
        if (shape < 3) {
          assertThat(fromBytes).as(text + " " + pointer).containsExactly(fromText);
          answered.incrementAndGet();
        } else if (fromBytes != null) {
          assertThat(fromBytes).as(text + " " + pointer).containsExactly(fromText);
        }
      }
    });
    assertThat(answered.get()).isGreaterThan(examples);
  }

  /** Escapes the first character of every string after a brace or a comma: every property name, some values. */
  private static String escapedNames(String json) {
    StringBuilder out = new StringBuilder();
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      out.append(c);
      if (inString) {
        if (c == '\\') {
          out.append(json.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        char before = i > 0 ? json.charAt(i - 1) : ' ';
        char next = json.charAt(i + 1);
        if ((before == '{' || before == ',') && next != '\\' && next != '"') {
          out.append(String.format("\\u%04x", (int) next));
          i++;
        }
      }
    }
    return out.toString();
  }

  @Test
  void aRecordWithAByteOrderMarkIsLeftToTheText() {
    byte[] bytes = "\uFEFF{\"id\":\"x\"}".getBytes(UTF_8);
    assertThat(POSITIONS.locate(bytes, 0, bytes.length, JsonPointer.of("id"))).isNull();
    byte[] plain = "{\"id\":\"x\"}".getBytes(UTF_8);
    assertThat(POSITIONS.locate(plain, 0, plain.length, JsonPointer.of("id"))).containsExactly(1, 7);
  }

  private static String pretty(JsonNode tree, DefaultPrettyPrinter printer) {
    try {
      return MAPPER.writer(printer).writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  private static JsonNode read(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  /** A random walk into the tree, sometimes ending in a name or index that is not there. */
  private static JsonPointer pointer(JsonNode tree, SplittableRandom random) {
    List<String> tokens = new ArrayList<>();
    JsonNode node = tree;
    while (node.isContainerNode() && node.size() > 0 && random.nextInt(4) != 0) {
      if (node.isObject()) {
        List<String> names = new ArrayList<>();
        node.properties().forEach(entry -> names.add(entry.getKey()));
        String name = names.get(random.nextInt(names.size()));
        tokens.add(name);
        node = node.get(name);
      } else {
        int index = random.nextInt(node.size());
        tokens.add(Integer.toString(index));
        node = node.get(index);
      }
    }
    if (random.nextInt(4) == 0) {
      tokens.add(random.nextBoolean() ? "missing" : "7");
    }
    JsonPointer pointer = JsonPointer.root();
    for (String token : tokens) {
      pointer = pointer.child(token);
    }
    return pointer;
  }

  private static String escaped(String json) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      out.append(c > 0x7F ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return out.toString();
  }
}
