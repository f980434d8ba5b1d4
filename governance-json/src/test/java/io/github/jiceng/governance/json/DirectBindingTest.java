package io.github.jiceng.governance.json;

import static io.github.jiceng.governance.json.WrittenJson.write;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiceng.governance.core.linkage.volunteer.ServiceRecord;
import io.github.jiceng.governance.json.binding.DirectBinding;
import io.github.jiceng.governance.rules.RecordTypes;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link DirectBinding} binds every registered record type as written, and whenever it gives a value, databind (the
 * general path of {@link RecordReader}) reads the same bytes into an equal value without any finding: over generated
 * records of every type in the odd shapes of {@link ByteBindingEquivalenceTest} and in edits of numbers, whitespace,
 * strings and properties aimed at what the direct scan itself decides.
 */
class DirectBindingTest {
  private static final ObjectMapper MAPPER = GovernanceJson.mapper();
  private static final RecordTypes TYPES = RecordTypes.standard();
  private static final List<String> NAMES = List.copyOf(TYPES.names());
  private static final DirectBinding DIRECT = DirectBinding.of(MAPPER, TYPES);
  private static final RecordReader READER = RecordReader.create();
  /** The record types with a map attribute, whose records databind reads. */
  private static final Set<String> LEFT_TO_DATABIND = Set.of("list-catalogue");
  private static final Pattern NUMBER = Pattern.compile(":(-?\\d+)([,}\\]])");
  private static final Pattern STRING = Pattern.compile(":\"([^\"\\\\]*)\"");

  @Test
  void everyRecordTypeAsWrittenIsBoundDirectly() {
    Set<String> leftToDatabind = new TreeSet<>();
    for (String name : NAMES) {
      Class<?> type = TYPES.classOf(name).orElseThrow();
      DirectBinding.Binding binding = DIRECT.binding(type).orElseThrow(() -> new AssertionError(name));
      SplittableRandom random = new SplittableRandom(name.hashCode());
      for (int i = 0; i < 20; i++) {
        Object value = ValueSamples.full(type, random);
        byte[] json = write(value).getBytes(UTF_8);
        assertThat(DIRECT.leadingTypeName(json, 0, json.length)).isEqualTo(name);
        Object direct = DIRECT.read(json, 0, json.length, binding);
        if (direct == null) {
          leftToDatabind.add(name);
        } else {
          assertThat(direct).as(name + " " + write(value)).isEqualTo(value);
        }
      }
    }
    assertThat(leftToDatabind).isEqualTo(LEFT_TO_DATABIND);
  }

  @Test
  void whatItBindsDatabindBindsEquallyWithoutFindings() {
    qt().withFixedSeed(20261126L).withExamples(1500).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      String name = NAMES.get(random.nextInt(NAMES.size()));
      Class<?> type = TYPES.classOf(name).orElseThrow();
      Object sample;
      try {
        sample = ValueSamples.full(type, random);
      } catch (AssertionError e) {
        return; // the generator found no valid value from this seed (a constrained type): nothing to compare
      }
      String written = write(sample);
      byte[] record = random.nextBoolean()
          ? ByteBindingEquivalenceTest.shape(written, random.nextInt(12), random)
          : edit(written, random).getBytes(UTF_8);
      Object direct = DIRECT.read(record, 0, record.length, DIRECT.binding(type).orElseThrow());
      if (direct != null) {
        ReadResult<?> general = READER.readEmbeddedText(record, 0, record.length, 1, 1, type);
        String shown = new String(record, UTF_8);
        assertThat(general.findings()).as(shown).isEmpty();
        assertThat(general.value().orElseThrow()).as(shown).isEqualTo(direct);
      }
    });
  }

  @Test
  void itGivesUpOnWhatOnlyDatabindCanJudge() {
    ServiceRecord value = ValueSamples.full(ServiceRecord.class, new SplittableRandom(7));
    String json = write(value);
    DirectBinding.Binding binding = DIRECT.binding(ServiceRecord.class).orElseThrow();
    assertThat(read(json, binding)).isEqualTo(value);
    String breaks = "\"breakMinutes\":" + value.breakMinutes();
    List<String> refused = List.of(
        json.replace(breaks, "\"breakMinutes\":0" + value.breakMinutes()), // leading zero
        json.replace(breaks, breaks + ".0"), // a fraction for an int
        json.replace(breaks, "\"breakMinutes\":1e1"),
        json.replace(breaks, "\"breakMinutes\":12345678901"), // longer than an int
        json.replace(breaks, "\"breakMinutes\":\"" + value.breakMinutes() + "\""),
        json.replace(breaks, "\"breakMinutes\":null"),
        json.replace(breaks, breaks + "," + breaks), // repeated
        json.replace(breaks, breaks + ",\"unknown\":1"),
        json.replace("\"id\":\"", "\"id\":\"\\x"), // a malformed escape
        json.replace("\"id\":\"", "\"id\":\"\\u00g1"),
        json.replace("\"id\":\"", "\"id\":\"\t"), // a control character
        json.replace("\"type\":\"volunteer-service-record\"", "\"type\":\"village\""),
        json.substring(0, json.length() - 1), // cut
        json + "x",
        json + "{}");
    for (String edited : refused) {
      assertThat(edited).isNotEqualTo(json);
      assertThat(read(edited, binding)).as(edited).isNull();
    }
    byte[] bytes = json.getBytes(UTF_8);
    for (byte[] broken : new byte[][] {{(byte) 0xC3}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF},
        {(byte) 0xE6, (byte) 0xB1}}) {
      int quote = json.indexOf("\"id\":\"") + 6;
      byte[] edited = new byte[bytes.length + broken.length];
      System.arraycopy(bytes, 0, edited, 0, quote);
      System.arraycopy(broken, 0, edited, quote, broken.length);
      System.arraycopy(bytes, quote, edited, quote + broken.length, bytes.length - quote);
      assertThat(DIRECT.read(edited, 0, edited.length, binding)).as("not UTF-8").isNull();
    }
    byte[] bom = new byte[bytes.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(bytes, 0, bom, 3, bytes.length);
    assertThat(DIRECT.read(bom, 0, bom.length, binding)).as("byte order mark").isNull();
    assertThat(read(" \n" + json.replace(",\"", " ,\r\n\t\"") + " \n", binding)).isEqualTo(value);
    String escaped = json.replace("\"id\":\"", "\"id\":\"\\u0041\\n\\\"\\/");
    assertThat(read(escaped, binding)).isEqualTo(READER.read(escaped, ServiceRecord.class).value().orElseThrow());
    assertThat(read(json.replace(breaks, "\"breakMinutes\":-0"), binding))
        .isEqualTo(READER.read(json.replace(breaks, "\"breakMinutes\":-0"), ServiceRecord.class).value().orElseThrow());
  }

  @Test
  void itGivesUpWhereAParserLimitMightApply() {
    ServiceRecord value = ValueSamples.full(ServiceRecord.class, new SplittableRandom(8));
    String json = write(value);
    ObjectMapper shallow = GovernanceJson.mapper(new GovernanceModule(),
        StreamReadConstraints.builder().maxNestingDepth(1).build());
    DirectBinding limited = DirectBinding.of(shallow, TYPES);
    assertThat(read(json, limited.binding(ServiceRecord.class).orElseThrow(), limited)).isNull(); // nested organiser
    ObjectMapper shortStrings = GovernanceJson.mapper(new GovernanceModule(),
        StreamReadConstraints.builder().maxStringLength(3).build());
    DirectBinding strings = DirectBinding.of(shortStrings, TYPES);
    assertThat(read(json, strings.binding(ServiceRecord.class).orElseThrow(), strings)).isNull();
    int length = json.getBytes(UTF_8).length;
    for (int maxTokens : new int[] {length, length - 1}) {
      DirectBinding counted = DirectBinding.of(GovernanceJson.mapper(new GovernanceModule(),
          StreamReadConstraints.builder().maxTokenCount(maxTokens).build()), TYPES);
      Object read = read(json, counted.binding(ServiceRecord.class).orElseThrow(), counted);
      assertThat(read).isEqualTo(maxTokens == length ? value : null);
    }
  }

  /** Edits a number, a string, the whitespace or a property name, where the direct scan decides alone. */
  private static String edit(String json, SplittableRandom random) {
    switch (random.nextInt(4)) {
      case 0: {
        Matcher number = NUMBER.matcher(json);
        if (!number.find()) {
          return json;
        }
        String digits = List.of("0" + number.group(1), "-" + number.group(1), number.group(1) + ".5",
            number.group(1) + "e2", "99999999999", "2147483648", "-2147483648", "-0", " " + number.group(1) + " ")
            .get(random.nextInt(9));
        return json.substring(0, number.start(1)) + digits + json.substring(number.end(1));
      }
      case 1: {
        Matcher string = STRING.matcher(json);
        if (!string.find()) {
          return json;
        }
        String text = List.of("", " ", "2026-02-30", "2026-01-01T25:00", "1.50", "01.5", "FOO", "汉字\uD83D\uDE00",
            string.group(1).toLowerCase(java.util.Locale.ROOT), string.group(1) + " ").get(random.nextInt(10));
        return json.substring(0, string.start(1)) + text + json.substring(string.end(1));
      }
      case 2:
        return json.replace(",\"", List.of(" ,\"", ",\n\"", ",\u000b\"", ",\u00a0\"").get(random.nextInt(4)) + "");
      default:
        int quote = json.indexOf("\":", 10 + random.nextInt(Math.max(1, json.length() - 10)));
        return quote < 0 ? json : json.substring(0, quote) + "X" + json.substring(quote);
    }
  }

  private static Object read(String json, DirectBinding.Binding binding) {
    return read(json, binding, DIRECT);
  }

  private static Object read(String json, DirectBinding.Binding binding, DirectBinding direct) {
    byte[] bytes = json.getBytes(UTF_8);
    return direct.read(bytes, 0, bytes.length, binding);
  }
}
