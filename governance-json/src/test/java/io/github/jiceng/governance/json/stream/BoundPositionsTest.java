package io.github.jiceng.governance.json.stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.json.ValueSamples;
import io.github.jiceng.governance.json.binding.ValueOffsets;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.RecordTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Positions from the offsets that direct binding notes ({@link ValueOffsets}) are those that searching the record's
 * text gives ({@link PointerPositions#locate(String, JsonPointer)}), for generated records of every registered type in
 * many shapes (on one line; pretty-printed with line feeds, carriage returns or both, tabs and spaces around colons;
 * non-ASCII characters and property names escaped; inside a larger buffer after multi-byte text), for pointers to
 * top-level and nested values that exist and that do not; and the position that the record checker gives, offsets or
 * not, is the text's, shifted by the record's line and column.
 */
class BoundPositionsTest {
  private static final ObjectMapper MAPPER = GovernanceJson.mapper();
  private static final RecordTypes TYPES = RecordTypes.standard();
  private static final List<String> NAMES = List.copyOf(TYPES.names());
  private static final PointerPositions POSITIONS = new PointerPositions(RecordStreamValidator.DEFAULT_LIMITS);
  private static final int SHAPES = 8;

  @Test
  void offsetsGiveTheTextsPositions() {
    RecordChecker checker = Streams.STREAMING.recordChecker();
    AtomicInteger bound = new AtomicInteger();
    AtomicInteger fromOffsets = new AtomicInteger();
    AtomicInteger acrossLines = new AtomicInteger();
    AtomicInteger nested = new AtomicInteger();
    int examples = 1500;
    qt().withFixedSeed(20261126L).withExamples(examples).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      String name = NAMES.get(random.nextInt(NAMES.size()));
      Object value = ValueSamples.full(TYPES.classOf(name).orElseThrow(), random);
      int shape = random.nextInt(SHAPES);
      String text = shape(value, shape);
      byte[] prefix = List.of("", "[\n  ", "名\uD83D\uDE00 ", "\r\n\t").get(random.nextInt(4)).getBytes(UTF_8);
      byte[] body = text.getBytes(UTF_8);
      byte[] bytes = new byte[prefix.length + body.length + 3];
      System.arraycopy(prefix, 0, bytes, 0, prefix.length);
      System.arraycopy(body, 0, bytes, prefix.length, body.length);
      bytes[bytes.length - 3] = ',';
      int from = prefix.length;
      int to = from + body.length;
      int line = 1 + random.nextInt(4);
      int column = 1 + random.nextInt(6);
      RecordChecker.Checked checked = checker.check(bytes, from, to, line, column, -1, null);
      assertThat(checked.value).as(text).isNotNull();
      ValueOffsets offsets = checked.offsets();
      if (offsets != null) {
        bound.incrementAndGet();
      }
      JsonNode tree = read(text);
      for (int p = 0; p < 4; p++) {
        JsonPointer pointer = pointer(tree, random);
        int[] expected = POSITIONS.locate(text, pointer);
        assertThat(expected).as(text + " " + pointer).isNotNull();
        if (offsets != null) {
          int[] found = POSITIONS.locate(bytes, from, to, pointer, offsets);
          if (found != null) {
            assertThat(found).as(shape + " " + text + " " + pointer).containsExactly(expected);
            fromOffsets.incrementAndGet();
            if (expected[0] > 1) {
              acrossLines.incrementAndGet();
            }
            if (pointer.tokens().size() > 1) {
              nested.incrementAndGet();
            }
          }
        }
        int[] shifted = {expected[0] + line - 1, expected[0] == 1 ? expected[1] + column - 1 : expected[1]};
        assertThat(checked.position(pointer)).as(shape + " " + text + " " + pointer).containsExactly(shifted);
      }
    });
    // the offsets are used, on one line and across lines, and for nested pointers
    assertThat(bound.get()).isGreaterThan(examples / 2);
    assertThat(fromOffsets.get()).isGreaterThan(examples);
    assertThat(acrossLines.get()).isGreaterThan(examples / 10);
    assertThat(nested.get()).isGreaterThan(examples / 10);
  }

  @Test
  void recordsThatDatabindReadsHaveNoOffsetsButTheSamePositions() {
    RecordChecker checker = Streams.STREAMING.recordChecker();
    // an unknown property: direct binding gives up, databind reads the record and reports the property
    String text = "{\"type\":\"village\",\"extra\":1,\"code\":\"500154001001\",\"name\":\"金州社区\","
        + "\"kind\":\"COMMUNITY\",\"townshipCode\":\"500154001000\",\"urbanRuralClass\":\"TOWN_CENTRE\"}";
    byte[] bytes = text.getBytes(UTF_8);
    RecordChecker.Checked checked = checker.check(bytes, 0, bytes.length, 3, 5, -1, null);
    assertThat(checked.offsets()).isNull();
    JsonPointer township = JsonPointer.of("townshipCode");
    int[] expected = POSITIONS.locate(text, township);
    assertThat(checked.position(township)).containsExactly(expected[0] + 2, expected[1] + 4);
    // the same record without it is bound directly, and its offsets give the position
    String clean = text.replace("\"extra\":1,", "");
    byte[] cleanBytes = clean.getBytes(UTF_8);
    RecordChecker.Checked direct = checker.check(cleanBytes, 0, cleanBytes.length, 1, 1, -1, null);
    assertThat(direct.offsets()).isNotNull();
    assertThat(direct.offsets().afterColon("townshipCode")).isEqualTo(
        clean.substring(0, clean.indexOf("\"500154001000\"")).getBytes(UTF_8).length);
    assertThat(direct.offsets().afterColon("established")).isEqualTo(ValueOffsets.ABSENT);
    assertThat(direct.offsets().afterColon("nope")).isEqualTo(ValueOffsets.UNKNOWN);
    assertThat(direct.position(township)).containsExactly(POSITIONS.locate(clean, township));
  }

  @Test
  void aChannelGivesOffsetsOnlyForTheValueReadWhileItWasOpen() {
    RecordChecker checker = Streams.STREAMING.recordChecker();
    byte[] bytes = Streams.JINZHOU.getBytes(UTF_8);
    RecordChecker.Checked first = checker.check(bytes, 0, bytes.length, 1, 1, -1, null);
    assertThat(first.offsets()).isNotNull();
    // a value read before the channel was opened gets nothing
    assertThat(ValueOffsets.expect().take(first.value, 0, bytes.length)).isNull();
    // the checker takes the offsets of its own read, so they are not given twice
    ValueOffsets.Channel channel = ValueOffsets.expect();
    RecordChecker.Checked second = checker.check(bytes, 0, bytes.length, 1, 1, -1, null);
    assertThat(second.offsets()).isNotNull();
    assertThat(channel.take(second.value, 0, bytes.length)).isNull();
    assertThat(channel).hasToString("Channel[closed]");
  }

  /** Writes a record in one of the shapes. */
  private static String shape(Object value, int shape) {
    try {
      switch (shape) {
        case 0:
          return MAPPER.writeValueAsString(value);
        case 1:
          return escapedNonAscii(MAPPER.writeValueAsString(value));
        case 2:
          return MAPPER.writer(printer("  ", "\n")).writeValueAsString(value);
        case 3:
          return MAPPER.writer(printer("\t", "\r\n")).writeValueAsString(value);
        case 4:
          return MAPPER.writer(printer(" ", "\r")).writeValueAsString(value);
        case 5:
          return MAPPER.writer(new DefaultPrettyPrinter().withSeparators(Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.BOTH))
              .withObjectIndenter(new DefaultIndenter("\t ", " "))).writeValueAsString(value);
        case 6:
          return ESCAPING.writeValueAsString(value); // escapes in names and values
        default:
          return " \t" + MAPPER.writeValueAsString(value) + " ";
      }
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  private static DefaultPrettyPrinter printer(String indent, String lineBreak) {
    DefaultIndenter indenter = new DefaultIndenter(indent, lineBreak);
    return new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  /** A mapper that writes some ASCII letters as {@code \\uXXXX}, in property names too. */
  private static final ObjectMapper ESCAPING = escaping();

  private static ObjectMapper escaping() {
    ObjectMapper mapper = MAPPER.copy();
    int[] codes = CharacterEscapes.standardAsciiEscapesForJSON();
    for (char c : "aeo".toCharArray()) {
      codes[c] = CharacterEscapes.ESCAPE_STANDARD;
    }
    mapper.getFactory().setCharacterEscapes(new CharacterEscapes() {
      private static final long serialVersionUID = 1L;

      @Override
      public int[] getEscapeCodesForAscii() {
        return codes;
      }

      @Override
      public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
        return null;
      }
    });
    return mapper;
  }

  private static String escapedNonAscii(String json) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      out.append(c > 0x7F ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return out.toString();
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
    while (node.isContainerNode() && node.size() > 0 && (tokens.isEmpty() || random.nextInt(3) != 0)) {
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
    if (random.nextInt(5) == 0) {
      tokens.add(random.nextBoolean() ? "missing" : "7");
    }
    JsonPointer pointer = JsonPointer.root();
    for (String token : tokens) {
      pointer = pointer.child(token);
    }
    return pointer;
  }
}
