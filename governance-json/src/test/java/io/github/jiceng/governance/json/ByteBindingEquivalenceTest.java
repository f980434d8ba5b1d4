package io.github.jiceng.governance.json;

import static io.github.jiceng.governance.json.WrittenJson.write;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.rules.RecordTypes;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast path of {@link RecordReader#readEmbedded} (binding from the bytes, {@link ByteBinding}) gives exactly what
 * the general path ({@link RecordReader#readEmbeddedText}) gives: the same value, findings (with positions and
 * messages) and subject, over generated records of every registered type in odd shapes: {@code "type"} not first,
 * unknown properties, escapes, non-ASCII, bad values, other type names, hostile edits, bytes that are not UTF-8, byte
 * order marks; for every unknown-property policy, read by {@code "type"} and as a fixed class.
 */
class ByteBindingEquivalenceTest {
  private static final ObjectMapper MAPPER = GovernanceJson.mapper();
  private static final RecordTypes TYPES = RecordTypes.standard();
  private static final List<String> NAMES = List.copyOf(TYPES.names());
  private static final List<RecordReader> READERS = List.of(RecordReader.create(),
      RecordReader.builder().unknownProperties(UnknownPropertyPolicy.WARNING).build(),
      RecordReader.builder().unknownProperties(UnknownPropertyPolicy.IGNORE).build());
  private static final int SHAPES = 12;

  @Test
  void theFastPathGivesWhatTheGeneralPathGives() {
    qt().withFixedSeed(20261126L).withExamples(600).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      String name = NAMES.get(random.nextInt(NAMES.size()));
      Object value = ValueSamples.full(TYPES.classOf(name).orElseThrow(), random);
      byte[] record = shape(write(value), random.nextInt(SHAPES), random);
      byte[] prefix = random.nextBoolean() ? new byte[0] : "[\n  ".getBytes(UTF_8);
      byte[] suffix = random.nextBoolean() ? new byte[0] : ",\n".getBytes(UTF_8);
      byte[] larger = concat(prefix, record, suffix);
      int line = 1 + random.nextInt(3);
      int column = 1 + random.nextInt(5);
      RecordReader reader = READERS.get(random.nextInt(READERS.size()));
      Class<?> type = random.nextInt(4) == 0 ? TYPES.classOf(name).orElseThrow() : Object.class;
      String shown = new String(record, UTF_8);
      ReadResult<?> fast = reader.readEmbedded(larger, prefix.length, prefix.length + record.length, line, column,
          type);
      ReadResult<?> general = reader.readEmbeddedText(larger, prefix.length, prefix.length + record.length, line,
          column, type);
      assertThat(fast.value()).as(shown).isEqualTo(general.value());
      assertThat(fast.findings()).as(shown).isEqualTo(general.findings());
      assertThat(fast.subject()).as(shown).isEqualTo(general.subject());
    });
  }

  @Test
  void cleanRecordsTakeTheFastPathWhateverTheirProperties() {
    ByteBinding binding = new ByteBinding(TYPES, MAPPER, MAPPER.reader());
    qt().withFixedSeed(20261127L).withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      String name = NAMES.get(random.nextInt(NAMES.size()));
      Object value = ValueSamples.full(TYPES.classOf(name).orElseThrow(), random);
      byte[] record = shape(write(value), random.nextInt(3), random); // as written, escaped, or pretty-printed
      ReadResult<Object> fast = binding.read(record, 0, record.length, Object.class);
      assertThat(fast).as(new String(record, UTF_8)).isNotNull();
      assertThat(fast.value()).contains(value);
      assertThat(fast.findings()).isEmpty();
    });
  }

  @Test
  void wellFormedUtf8IsWhatTheDecoderAccepts() {
    qt().withFixedSeed(20261128L).withExamples(5000).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      byte[] bytes = new byte[random.nextInt(24)];
      int ascii = random.nextInt(4); // from none to most bytes ASCII, for the eight-byte skip
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) (random.nextInt(4) < ascii ? random.nextInt(0x80)
            : random.nextBoolean() ? 0x80 + random.nextInt(0x80) : random.nextInt(0x100));
      }
      Utf8Input.Decoded decoded = Utf8Input.decode(bytes);
      boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
          && (bytes[2] & 0xFF) == 0xBF;
      assertThat(Utf8Input.isPlainUtf8(bytes, 0, bytes.length)).as(java.util.Arrays.toString(bytes))
          .isEqualTo(decoded.text() != null && !bom);
    });
  }

  /** Writes a record as the library writes it: {@code "type"} first. */
  /** Gives a record one of the shapes. */
  static byte[] shape(String json, int shape, SplittableRandom random) {
    switch (shape) {
      case 0:
        return json.getBytes(UTF_8);
      case 1:
        return escaped(json).getBytes(UTF_8);
      case 2:
        return (" " + pretty(json) + " ").getBytes(UTF_8);
      case 3:
        return typeLast(json).getBytes(UTF_8);
      case 4:
        return withProperty(json, random.nextBoolean() ? "unknownProperty" : "type",
            random.nextBoolean() ? "\"x\"" : "{\"nested\":[1,\"名\"]}").getBytes(UTF_8);
      case 5:
        return json.replaceFirst("\"type\":\"[a-z-]+\"", "\"type\":" + List.of("\"" + NAMES.get(random.nextInt(
            NAMES.size())) + "\"", "null", "1", "\"no-such-type\"", "[]").get(random.nextInt(5))).getBytes(UTF_8);
      case 6:
        return badValue(json, random).getBytes(UTF_8);
      case 7:
        return RobustnessPropertiesTest.mutate(json, random).getBytes(UTF_8);
      case 8:
        return notUtf8(json.getBytes(UTF_8), random);
      case 9:
        return concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, json.getBytes(UTF_8));
      case 10:
        return (json + List.of(" {}", " x", "}", "\n").get(random.nextInt(4))).getBytes(UTF_8);
      default:
        return List.of("{\"type\":\"village\"}", "{}", "", "  ", "null", "[]", "{\"type\":\"village\"")
            .get(random.nextInt(7)).getBytes(UTF_8);
    }
  }

  /** Escapes every non-ASCII character and every slash as {@code \\uXXXX} or {@code \\/}. */
  private static String escaped(String json) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c > 0x7F) {
        out.append(String.format("\\u%04x", (int) c));
      } else if (c == '/') {
        out.append("\\/");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String pretty(String json) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  private static String typeLast(String json) {
    try {
      ObjectNode node = (ObjectNode) MAPPER.readTree(json);
      ObjectNode moved = MAPPER.createObjectNode();
      for (Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> field : node.properties()) {
        if (!field.getKey().equals(GovernanceJson.TYPE_PROPERTY)) {
          moved.set(field.getKey(), field.getValue());
        }
      }
      moved.set(GovernanceJson.TYPE_PROPERTY, node.get(GovernanceJson.TYPE_PROPERTY));
      return MAPPER.writeValueAsString(moved);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  private static String withProperty(String json, String name, String value) {
    int comma = json.indexOf(',');
    return comma < 0 ? json : json.substring(0, comma + 1) + "\"" + name + "\":" + value + "," + json.substring(comma + 1);
  }

  /** Replaces one value after a colon by a value of another kind. */
  private static String badValue(String json, SplittableRandom random) {
    List<Integer> colons = new ArrayList<>();
    for (int i = json.indexOf("\":"); i >= 0; i = json.indexOf("\":", i + 1)) {
      colons.add(i + 2);
    }
    if (colons.isEmpty()) {
      return json;
    }
    int at = colons.get(random.nextInt(colons.size()));
    String replacement = List.of("12", "\"x\"", "null", "true", "{}", "[]", "\"\"", "-1.5e3").get(random.nextInt(8));
    return json.substring(0, at) + replacement + skipValue(json, at);
  }

  /** Returns the text after the value that starts at an index (a rough skip, enough for written records). */
  private static String skipValue(String json, int at) {
    int depth = 0;
    boolean string = false;
    for (int i = at; i < json.length(); i++) {
      char c = json.charAt(i);
      if (string) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          string = false;
          if (depth == 0) {
            return json.substring(i + 1);
          }
        }
      } else if (c == '"') {
        string = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        if (depth == 0) {
          return json.substring(i);
        }
        depth--;
        if (depth == 0) {
          return json.substring(i + 1);
        }
      } else if (c == ',' && depth == 0) {
        return json.substring(i);
      }
    }
    return "";
  }

  /** Puts a sequence that is not UTF-8 somewhere: overlong, surrogate, above U+10FFFF, cut or stray. */
  private static byte[] notUtf8(byte[] bytes, SplittableRandom random) {
    List<byte[]> bad = List.of(new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {(byte) 0xED, (byte) 0xA0,
        (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xE5},
        new byte[] {(byte) 0x80}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0x80});
    int at = random.nextInt(bytes.length + 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes, 0, at);
    byte[] inserted = bad.get(random.nextInt(bad.size()));
    out.write(inserted, 0, inserted.length);
    out.write(bytes, at, bytes.length - at);
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.write(part, 0, part.length);
    }
    return out.toByteArray();
  }
}
