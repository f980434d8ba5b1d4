package io.github.jiceng.governance.json;

import static io.github.jiceng.governance.json.WrittenJson.bytes;
import static io.github.jiceng.governance.json.WrittenJson.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.council.CouncilSession;
import io.github.jiceng.governance.core.covenant.Covenant;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisation;
import io.github.jiceng.governance.core.linkage.volunteer.VolunteerServiceLog;
import io.github.jiceng.governance.json.binding.DirectBinding;
import io.github.jiceng.governance.rules.RecordTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * An adversarial review of {@link DirectBinding} (issue 7): records aimed at its contract, that whenever it gives a
 * value, databind (the general path, {@link RecordReader#readEmbeddedText}) reads the same bytes into an equal value
 * with no finding. Each input is also read end to end by {@link RecordReader#readEmbedded}, which must give exactly
 * what the general path gives. The inputs are JSON grammar corner cases, the {@code "type"} property in every
 * position, the unknown-property policies and lenient credit codes, every parser limit at its boundary, defaults, and
 * random token mutations. {@link DirectBindingSharedUseTest} covers a shared buffer and a binding shared by threads.
 */
class DirectBindingReviewTest {
  private static final RecordTypes TYPES = RecordTypes.standard();
  private static final String SESSION = "{\"type\":\"council-session\",\"id\":\"x.32\",\"councilId\":\"x.81\","
      + "\"date\":\"2027-08-12\",\"attended\":926,\"topics\":[\"x.2\",\"2009\"],\"resolutions\":[\"a\",\"2004\"]}";
  private static final String NESTED = "{\"type\":\"volunteer-service-record\",\"id\":\"2025\","
      + "\"volunteerNumber\":\"2020\",\"activityName\":\"a\",\"organiser\":{\"type\":\"VOLUNTEER_TEAM\",\"id\":\"m\"},"
      + "\"projectId\":\"2017\",\"start\":\"2001-12-18T01:46:09\",\"end\":\"2021-05-20T09:00:52\",\"breakMinutes\":710,"
      + "\"hours\":\"3.46\",\"place\":\"p\",\"recipients\":\"x.12\",\"content\":\"2021\",\"evaluation\":\"2028\","
      + "\"activityLeader\":\"2014\",\"recorder\":\"x.56\",\"highRisk\":true,\"insurancePolicy\":\"2020\"}";
  private static final String LOG = "{\"type\":\"volunteer-service-log\",\"volunteerNumber\":\"2020\",\"records\":["
      + NESTED + "]}";
  private static final String ORGANISATION = "{\"type\":\"social-organisation\",\"id\":\"x.91\",\"name\":\"x.13\","
      + "\"kind\":\"SOCIAL_SERVICE_ORGANISATION\",\"legalStatus\":\"LEGAL_PERSON\","
      + "\"creditCode\":\"21500152RBMHXYW17B\","
      + "\"registeredOn\":\"1995-01-20\",\"registeringAuthority\":\"x.2\",\"registeringDivision\":\"500151212000\","
      + "\"businessScope\":\"b\",\"serviceAreas\":[\"500109077155\"],\"communityBased\":false}";
  private static final String COVENANT = write(ValueSamples.full(Covenant.class, new SplittableRandom(1)));
  /** The direct binding of each reader's configuration (a reader does not define equality: one entry each). */
  private static final Map<RecordReader, DirectBinding> DIRECT = new ConcurrentHashMap<>();
  /** Inserted or put in place of a few characters of a record by {@link #mutationsOfEveryRecordType}. */
  private static final List<String> TOKENS = List.of("\"", "\\", "\\u", "\\uD800", "0", "-", "1", "e", ".", "{", "}",
      "[", "]", ",", ":", " ", "\t", "\n", "\u000b", "\f", "null", "true", "false", "\"type\"", "\"type\":", "\u0000",
      "\u007f", "é", "\uD83D\uDE00", "\\n", "\\\"", "1e2", "-0", "00", "9999999999", "x");
  private static final List<RecordReader> READERS = List.of(RecordReader.create(),
      RecordReader.builder().unknownProperties(UnknownPropertyPolicy.WARNING).lenientCreditCodes(true).build(),
      RecordReader.builder().unknownProperties(UnknownPropertyPolicy.IGNORE).build());

  /**
   * Bug: an integer with more digits than {@code StreamReadConstraints.maxNumberLength} was bound directly, while
   * databind reports {@code json.syntax} (a reading limit) for it and gives no value.
   */
  @Test
  void anIntegerLongerThanTheNumberLengthLimitIsLeftToDatabind() {
    RecordReader twoDigits = limited(StreamReadConstraints.builder().maxNumberLength(2).build());
    assertThat(contract(twoDigits, SESSION, CouncilSession.class)).isNull();
    assertThat(twoDigits.readEmbeddedText(bytes(SESSION), 0, bytes(SESSION).length, 1, 1, CouncilSession.class)
        .findings()).extracting(finding -> finding.code()).containsExactly(JsonFindingCodes.SYNTAX);
    // the limit counts digits, not the sign: at the limit the record is still bound
    RecordReader threeDigits = limited(StreamReadConstraints.builder().maxNumberLength(3).build());
    assertThat(contract(threeDigits, SESSION, CouncilSession.class)).isNotNull();
    assertThat(contract(threeDigits, SESSION.replace("926", "-0"), CouncilSession.class)).isNotNull();
    RecordReader oneDigit = limited(StreamReadConstraints.builder().maxNumberLength(1).build());
    assertThat(contract(oneDigit, SESSION.replace("926", "-0"), CouncilSession.class)).isNotNull();
    contract(oneDigit, SESSION.replace("926", "12"), CouncilSession.class);
  }

  /**
   * Bug: a record longer than {@code StreamReadConstraints.maxDocumentLength} was bound directly, while databind
   * reports {@code json.syntax} (a reading limit) for it and gives no value.
   */
  @Test
  void aRecordLongerThanTheDocumentLengthLimitIsLeftToDatabind() {
    int length = bytes(SESSION).length;
    RecordReader shorter = limited(StreamReadConstraints.builder().maxDocumentLength(length - 1).build());
    for (Class<?> type : List.of(CouncilSession.class, Object.class)) {
      assertThat(contract(shorter, SESSION, type)).isNull();
    }
    RecordReader exact = limited(StreamReadConstraints.builder().maxDocumentLength(length).build());
    assertThat(contract(exact, SESSION, CouncilSession.class)).isNotNull();
    RecordReader none = limited(StreamReadConstraints.builder().maxDocumentLength(0).build()); // 0: no limit
    assertThat(contract(none, SESSION, CouncilSession.class)).isNotNull();
  }

  /**
   * Bug: a property name longer than {@code StreamReadConstraints.maxNameLength} was bound directly when it was the
   * name expected next (the fast name match did not check the limit), while databind reports {@code json.syntax} (a
   * reading limit) for it and gives no value.
   */
  @Test
  void aPropertyNameLongerThanTheNameLengthLimitIsLeftToDatabind() {
    String untyped = SESSION.replace("\"type\":\"council-session\",", ""); // its longest string has 10 characters
    RecordReader ten = limited(StreamReadConstraints.builder().maxNameLength(10).build()); // "resolutions" has 11
    assertThat(contract(ten, untyped, CouncilSession.class)).isNull();
    assertThat(ten.readEmbeddedText(bytes(untyped), 0, bytes(untyped).length, 1, 1, CouncilSession.class).findings())
        .extracting(finding -> finding.code()).containsExactly(JsonFindingCodes.SYNTAX);
    RecordReader eleven = limited(StreamReadConstraints.builder().maxNameLength(11).build());
    assertThat(contract(eleven, untyped, CouncilSession.class)).isNotNull();
  }

  /** Small limits of every kind, alone and together, on records of every type as written (also without "type"). */
  @Test
  void randomParserLimits() {
    List<String> names = List.copyOf(TYPES.names());
    qt().withFixedSeed(20261127L).withExamples(60).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      StreamReadConstraints.Builder limits = StreamReadConstraints.builder();
      int chosen = 1 + random.nextInt(63);
      if ((chosen & 1) != 0) {
        limits.maxNumberLength(1 + random.nextInt(4));
      }
      if ((chosen & 2) != 0) {
        limits.maxStringLength(5 + random.nextInt(30));
      }
      if ((chosen & 4) != 0) {
        limits.maxNameLength(3 + random.nextInt(15));
      }
      if ((chosen & 8) != 0) {
        limits.maxNestingDepth(1 + random.nextInt(5));
      }
      if ((chosen & 16) != 0) {
        limits.maxTokenCount(10 + random.nextInt(200));
      }
      if ((chosen & 32) != 0) {
        limits.maxDocumentLength(50 + random.nextInt(600));
      }
      RecordReader reader = limited(limits.build());
      for (int i = 0; i < 5; i++) {
        String name = names.get(random.nextInt(names.size()));
        Class<?> type = TYPES.classOf(name).orElseThrow();
        String json;
        try {
          json = write(random.nextBoolean() ? ValueSamples.full(type, random) : ValueSamples.partial(type, random));
        } catch (AssertionError e) {
          continue; // the generator found no valid value from this seed (a constrained type): nothing to read
        }
        contract(reader, random.nextBoolean() ? json : json.replace("\"type\":\"" + name + "\",", ""), type);
      }
    });
  }

  @Test
  void theOtherParserLimitsAtTheirBoundaries() {
    int tokens = 22; // { 5 names and values, topics [ 2 ], resolutions [ 2 ] }
    List<StreamReadConstraints> limits = List.of(
        StreamReadConstraints.builder().maxStringLength(15).build(), // "council-session"
        StreamReadConstraints.builder().maxStringLength(14).build(),
        StreamReadConstraints.builder().maxNameLength(11).build(), // "resolutions"
        StreamReadConstraints.builder().maxNameLength(10).build(),
        StreamReadConstraints.builder().maxNestingDepth(2).build(),
        StreamReadConstraints.builder().maxNestingDepth(1).build(),
        StreamReadConstraints.builder().maxTokenCount(tokens).build(),
        StreamReadConstraints.builder().maxTokenCount(tokens - 1).build(),
        StreamReadConstraints.builder().maxTokenCount(bytes(SESSION).length).build());
    for (StreamReadConstraints limit : limits) {
      RecordReader reader = limited(limit);
      for (Class<?> type : List.of(CouncilSession.class, Object.class)) {
        contract(reader, SESSION, type);
        contract(reader, SESSION.replace("\"x.32\"", "\"\\u0041\\u0041\\u0041\\u0041\\u0041\\u0041\\u0041\\u0041"
            + "\\u0041\\u0041\\u0041\\u0041\\u0041\\u0041\\u0041\""), type); // 15 characters in 90 bytes
        contract(reader, SESSION.replace("\"councilId\"", "\"council\\u0049d\""), type);
      }
    }
    for (int depth = 1; depth <= 5; depth++) { // the log, its records, a record, its organiser
      RecordReader reader = limited(StreamReadConstraints.builder().maxNestingDepth(depth).build());
      assertThat(contract(reader, LOG, VolunteerServiceLog.class) != null).as("depth " + depth).isEqualTo(depth >= 4);
      contract(reader, LOG, Object.class);
    }
  }

  @Test
  void jsonGrammarCornerCases() {
    List<String> records = new ArrayList<>();
    for (String number : List.of("-0", "0", "-5", "00", "-00", "01", "-", "- 1", "+1", "1e2", "1E2", "1.0", "1.", ".5",
        "999999999", "2147483647", "2147483648", "-2147483648", "99999999999999999999", "0x1", "926 ", " 926",
        "\"926\"", "null", "true", "[926]", "926/", "926\"")) {
      records.add(SESSION.replace("926", number));
    }
    for (String text : List.of("", " ", "\\u0041", "\\uD800", "\\uDC00x", "\\uD83D\\uDE00", "\\ud83d\\ude00",
        "\\u00E9\\u00e9", "\\u00g1", "\\u12", "\\x", "\\'", "\\/\\b\\f\\n\\r\\t\\\"\\\\", "a\u007fb", "a\u2028b",
        "a\u0085b", "\u00a0", "\uFEFF", "汉字\uD83D\uDE00", "a\tb", "a\u0000b", "a\u001fb", "\\")) {
      records.add(SESSION.replace("\"x.32\"", "\"" + text + "\""));
    }
    String session = SESSION;
    records.addAll(List.of(session + " \n\r\t", " \n" + session, session + "\u0000", session + "x", session + "{}",
        session + ",", session.replace(",", " ,\r\n\t"), session.replace(":", " :\t"), session.replace(",", ",\u000b"),
        session.replace(",", ",\f"), session.replace(",", ",\u00a0"), session.replace(",", ",\uFEFF"),
        session.replace("]}", ",]}"), session.replace("\"2004\"]", "\"2004\",]"), session.replace("}", ",}"),
        session.replace("{\"type\"", "{,\"type\""), session.replace(",\"date\"", ",,\"date\""),
        session.replace("\"date\":", "\"date\""), session.replace("\"date\":", "date:"),
        session.replace("\"date\":", "'date':"), session.replace("\"x.81\"", "'x.81'"),
        session.replace("[\"x.2\",\"2009\"]", "[]"), session.replace("[\"x.2\",\"2009\"]", "[ ]"),
        session.replace("[\"x.2\",\"2009\"]", "[\"x.2\",null]"), session.replace("[\"x.2\",\"2009\"]", "null"),
        session.replace("[\"x.2\",\"2009\"]", "\"x.2\""), session.replace("[\"x.2\",\"2009\"]", "[[\"x.2\"]]"),
        session.replace("[\"x.2\",\"2009\"]", "{}"), session.replace("\"councilId\"", "\"council\\u0049d\""),
        session.replace("\"councilId\":\"x.81\"", "\"councilId\":\"x.81\",\"council\\u0049d\":\"x.81\""),
        session.replace("\"councilId\":\"x.81\"", "\"councilId\":\"x.81\",\"councilId\":\"x.81\""),
        session.replace("\"date\":\"2027-08-12\"", "\"date\":\"2027-8-12\""),
        session.replace("\"date\":\"2027-08-12\"", "\"date\":\"+2027-08-12\""),
        session.replace("\"date\":\"2027-08-12\"", "\"date\":\"2027-02-30\""),
        session.replace("\"date\":\"2027-08-12\"", "\"date\":\"2027-08-12T00:00\""),
        session.replace("\"date\":\"2027-08-12\"", "\"date\":\"２027-08-12\""),
        session.replace("\"date\":\"2027-08-12\"", "\"date\":\"2027\\u002d08-12\""),
        session.replace("\"date\":\"2027-08-12\"", "\"date\":[2027,8,12]"), session.replace("\"x.32\"", "null"),
        session.replace("\"x.32\"", "{}"), "{}", "{ }", "[]", "", " ", "null", "{\"type\":\"council-session\"}"));
    for (RecordReader reader : READERS) {
      for (String record : records) {
        contract(reader, record, CouncilSession.class);
        contract(reader, record, Object.class);
      }
    }
  }

  @Test
  void typePropertyInEveryPositionAndNestedRecordsValuesAndIdentifiers() {
    String untyped = NESTED.replace("\"type\":\"volunteer-service-record\",", "");
    List<String> records = List.of(LOG, LOG.replace(NESTED, untyped),
        LOG.replace(NESTED, untyped.replace("}", ",\"type\":\"volunteer-service-record\"}")),
        LOG.replace(NESTED, untyped.replace("}", ",\"type\":\"village\"}")),
        LOG.replace(NESTED, NESTED.replace("\"volunteer-service-record\"", "\"village\"")),
        LOG.replace(NESTED, NESTED.replace("\"volunteer-service-record\"", "null")),
        LOG.replace(NESTED, NESTED.replace("\"volunteer-service-record\"", "1")),
        LOG.replace(NESTED, NESTED.replace("\"volunteer-service-record\"", "\"volunteer-service-recor\\u0064\"")),
        LOG.replace(NESTED, NESTED.replace("\"insurancePolicy\"", "\"type\":\"volunteer-service-record\","
            + "\"insurancePolicy\"")),
        LOG.replace(NESTED, NESTED.replace("\"VOLUNTEER_TEAM\"", "\"volunteer_team\"")),
        LOG.replace(NESTED, NESTED.replace("\"VOLUNTEER_TEAM\"", "\"VOLUNTEER_TEAM \"")),
        LOG.replace(NESTED, NESTED.replace("\"VOLUNTEER_TEAM\"", "\"VOLUNTEER\\u005fTEAM\"")),
        LOG.replace(NESTED, NESTED.replace("\"VOLUNTEER_TEAM\"", "0")),
        LOG.replace(NESTED, NESTED.replace("\"organiser\":{\"type\":\"VOLUNTEER_TEAM\",\"id\":\"m\"}",
            "\"organiser\":{\"id\":\"m\",\"type\":\"VOLUNTEER_TEAM\"}")),
        LOG.replace(NESTED, NESTED.replace("{\"type\":\"VOLUNTEER_TEAM\",\"id\":\"m\"}", "{}")),
        LOG.replace(NESTED, NESTED.replace("\"3.46\"", "\"3.460\"")),
        LOG.replace(NESTED, NESTED.replace("\"3.46\"", "\"-0.0\"")),
        LOG.replace(NESTED, NESTED.replace("\"3.46\"", "\"3.46e0\"")),
        LOG.replace(NESTED, NESTED.replace("\"3.46\"", "3.46")),
        LOG.replace(NESTED, NESTED.replace("01:46:09\"", "01:46:09.000000001\"")),
        LOG.replace(NESTED, NESTED.replace("01:46:09\"", "01:46\"")),
        LOG.replace(NESTED, NESTED.replace("01:46:09\"", "01:46:60\"")),
        LOG.replace(NESTED, NESTED.replace("01:46:09\"", "01:46:09Z\"")),
        LOG.replace(NESTED, NESTED.replace("true", "True")), LOG.replace(NESTED, NESTED.replace("true", "true1")),
        LOG.replace(NESTED, NESTED.replace("true", "nul")), LOG.replace("[" + NESTED, "[null," + NESTED),
        LOG.replace("[" + NESTED + "]", "[]"), LOG.replace("[" + NESTED + "]", "[{}]"),
        LOG.replace("{\"type\":\"volunteer-service-log\",", "{\"type\":\"volunteer-service-log\","
            + "\"type\":\"volunteer-service-log\","),
        LOG.replace("{\"type\":\"volunteer-service-log\",", "{\"typ\\u0065\":\"volunteer-service-log\","),
        LOG.replace("{\"type\":\"volunteer-service-log\",", "{ \"type\" : \"volunteer-service-log\" ,"),
        LOG.replace("\"records\"", "\"unknown\":[1,{\"a\":null}],\"records\""),
        ORGANISATION, ORGANISATION.replace("17B", "17C"), ORGANISATION.replace("RBMHXYW17B", "rbmhxyw17b"),
        ORGANISATION.replace("\"500151212000\"", "\"500151\""), ORGANISATION.replace("\"500151212000\"", "\"5001512\""),
        ORGANISATION.replace("[\"500109077155\"]", "[\"500109077155\",\"500109077155\"]"),
        COVENANT.substring(0, COVENANT.indexOf("\"adoption\":")) + "\"adoption\":{}}", // no required attribute
        COVENANT.substring(0, COVENANT.indexOf("\"adoption\":")) + "\"adoption\":{ \n}}");
    for (RecordReader reader : READERS) {
      for (String record : records) {
        contract(reader, record, record.startsWith(ORGANISATION.substring(0, 20)) ? SocialOrganisation.class
            : record.startsWith(COVENANT.substring(0, 20)) ? Covenant.class : VolunteerServiceLog.class);
        contract(reader, record, Object.class);
      }
    }
  }

  @Test
  void mutationsOfEveryRecordType() {
    List<String> names = List.copyOf(TYPES.names());
    qt().withFixedSeed(20261126L).withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      Class<?> type = TYPES.classOf(names.get(random.nextInt(names.size()))).orElseThrow();
      String json;
      try {
        json = write(ValueSamples.full(type, random));
      } catch (AssertionError e) {
        return; // the generator found no valid value from this seed (a constrained type): nothing to read
      }
      for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
        json = mutate(json, random);
      }
      contract(READERS.get(random.nextInt(READERS.size())), json, random.nextBoolean() ? type : Object.class);
    });
  }

  /** Inserts a token, deletes a few characters or puts a token in place of one, never splitting a surrogate pair. */
  private static String mutate(String json, SplittableRandom random) {
    int at = random.nextInt(json.length() + 1);
    if (at < json.length() && Character.isLowSurrogate(json.charAt(at))) {
      at--;
    }
    String token = TOKENS.get(random.nextInt(TOKENS.size()));
    int kind = random.nextInt(3);
    int end = kind == 0 ? at : Math.min(json.length(), at + (kind == 1 ? 1 + random.nextInt(3) : 1));
    if (end < json.length() && Character.isLowSurrogate(json.charAt(end))) {
      end++;
    }
    return json.substring(0, at) + (kind == 1 ? "" : token) + json.substring(end);
  }

  /** Attributes with a {@code @Value.Default}: given, omitted (the builder's default) or {@code null}. */
  @Test
  void defaultAttributesGivenOmittedOrNull() {
    String json = write(ValueSamples.full(AdmissionRequest.class, new SplittableRandom(3)));
    List<String> records = new ArrayList<>(List.of(json));
    for (String attribute : List.of("mode", "proposesListAddition")) {
      String pattern = ",\"" + attribute + "\":(\"[A-Z_]+\"|true|false)";
      assertThat(json).containsPattern(pattern);
      records.add(json.replaceAll(pattern, ""));
      records.add(json.replaceAll(pattern, ",\"" + attribute + "\":null"));
    }
    records.add(json.replaceAll(",\"mode\":\"[A-Z_]+\"", "")
        .replaceAll(",\"proposesListAddition\":(true|false)", ""));
    for (RecordReader reader : READERS) {
      for (String record : records) {
        contract(reader, record, AdmissionRequest.class);
        contract(reader, record, Object.class);
      }
    }
    assertThat(contract(READERS.get(0), records.get(records.size() - 1), AdmissionRequest.class)).isNotNull();
  }

  /**
   * Checks the contract on one record: the direct binding (of the class the record's leading {@code "type"} names, for
   * {@code Object.class}) gives up or gives databind's value, and databind has no finding then; and the whole fast
   * path of {@link RecordReader#readEmbedded} gives what the general path gives.
   *
   * @return the directly bound value, or null if the direct binding gave up
   */
  private static Object contract(RecordReader reader, String json, Class<?> type) {
    byte[] record = bytes(json);
    DirectBinding direct = DIRECT.computeIfAbsent(reader, r -> DirectBinding.of(GovernanceJson.mapper(
        new GovernanceModule().withRecordTypes(r.recordTypes()).withLenientCreditCodes(r.lenientCreditCodes()),
        r.limits()), r.recordTypes()));
    Class<?> chosen = type;
    if (type == Object.class) {
      String name = direct.leadingTypeName(record, 0, record.length);
      chosen = name == null ? null : reader.recordTypes().classOf(name).orElse(null);
    }
    Object bound = null;
    if (chosen != null && Utf8Input.isPlainUtf8(record, 0, record.length)) {
      bound = direct.binding(chosen).map(binding -> direct.read(record, 0, record.length, binding)).orElse(null);
    }
    String shown = json + " as " + type.getSimpleName() + ", unknown properties " + reader.unknownProperties()
        + (reader.lenientCreditCodes() ? ", lenient credit codes" : "") + ", " + reader.limits();
    ReadResult<?> general = reader.readEmbeddedText(record, 0, record.length, 1, 1, type);
    if (bound != null) {
      assertThat(general.findings()).as(shown).isEmpty();
      assertThat(general.value().orElse(null)).as(shown).isEqualTo(bound);
    }
    ReadResult<?> fast = reader.readEmbedded(record, 0, record.length, 1, 1, type);
    assertThat(fast.value()).as(shown).isEqualTo(general.value());
    assertThat(fast.findings()).as(shown).isEqualTo(general.findings());
    assertThat(fast.subject()).as(shown).isEqualTo(general.subject());
    return bound;
  }

  private static RecordReader limited(StreamReadConstraints limits) {
    return RecordReader.builder().limits(limits).build();
  }
}
