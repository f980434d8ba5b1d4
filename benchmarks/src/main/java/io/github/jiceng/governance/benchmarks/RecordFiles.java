package io.github.jiceng.governance.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.VillageKind;
import io.github.jiceng.governance.core.linkage.ActorRef;
import io.github.jiceng.governance.core.linkage.ActorType;
import io.github.jiceng.governance.core.linkage.volunteer.ServiceRecord;
import io.github.jiceng.governance.core.territory.ImmutableVillage;
import io.github.jiceng.governance.core.territory.UrbanRuralClass;
import io.github.jiceng.governance.core.territory.Village;
import io.github.jiceng.governance.json.GovernanceJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * Deterministic NDJSON files of registered records for the benchmarks: the same seed gives the same bytes. A record
 * type is benchmarked by adding a generator to {@link #GENERATORS} under its record type name: {@code village} and
 * {@code volunteer-service-record} (the record, about 300 bytes).
 */
public final class RecordFiles {
  private static final String[] NAMES = {"金州", "南河", "皓月", "顶星", "汉丰", "镇东", "文峰", "云枫", "丰乐", "白鹤"};
  private static final ObjectWriter WRITER = GovernanceJson.mapper().writer();

  /** Record generators by record type name: the i-th record from a random source. */
  static final Map<String, BiFunction<Long, SplittableRandom, Object>> GENERATORS = Map.of(
      "village", RecordFiles::village,
      "volunteer-service-record", RecordFiles::serviceRecord);

  private RecordFiles() {
  }

  /**
   * Writes records of a type as NDJSON.
   *
   * @param type the record type name, a key of {@link #GENERATORS}
   * @param count how many
   * @param seed the seed
   * @param out the output
   */
  static void write(String type, long count, long seed, OutputStream out) {
    BiFunction<Long, SplittableRandom, Object> generator = GENERATORS.get(type);
    if (generator == null) {
      throw new IllegalArgumentException("no generator for record type '" + type + "'; known: " + GENERATORS.keySet());
    }
    SplittableRandom random = new SplittableRandom(seed);
    try {
      for (long i = 0; i < count; i++) {
        out.write(WRITER.writeValueAsBytes(generator.apply(i, random)));
        out.write('\n');
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns NDJSON of records of a type in memory.
   *
   * @param type the record type name
   * @param count how many
   * @param seed the seed
   * @return the bytes
   */
  static byte[] bytes(String type, int count, long seed) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(count * 256);
    write(type, count, seed, out);
    return out.toByteArray();
  }

  /** A valid village-level unit with a distinct code for each i below 1,940,499 (99 x 99 x 199). */
  private static Object village(long i, SplittableRandom random) {
    long county = 1 + i / (99 * 199) % 99;
    long township = 1 + i / 199 % 99;
    long village = 1 + i % 199;
    String code = String.format("5001%02d%03d%03d", county, township, village);
    DivisionCode divisionCode = DivisionCode.parse(code);
    ImmutableVillage unit = ImmutableVillage.copyOf(
            Village.of(divisionCode, NAMES[random.nextInt(NAMES.length)] + NAMES[random.nextInt(NAMES.length)] + "社区"))
        .withKind(VillageKind.COMMUNITY)
        .withUrbanRuralClass(UrbanRuralClass.values()[random.nextInt(3)])
        .withEstablished(LocalDate.of(1990, 1, 1).plusDays(random.nextInt(12000)));
    return unit;
  }

  /**
   * A valid volunteer service record with every field the record measures require, as the testkit makes them but
   * with short texts (about 400 bytes; the records are about 300): volunteer {@code i / 3}, one
   * record a day on three days, so that no volunteer's day comes near the daily-hours limits.
   */
  private static Object serviceRecord(long i, SplittableRandom random) {
    LocalDateTime start = LocalDate.of(2025, 3, 1).plusDays(i % 3).atTime(8 + random.nextInt(7), random.nextInt(4) * 15);
    int span = 60 + random.nextInt(181);
    int breaks = random.nextInt(Math.min(30, span - 30) + 1);
    return ServiceRecord.builder()
        .id("SR-" + i).volunteerNumber("V500101-" + i / 3).activityName("探访")
        .organiser(ActorRef.of(ActorType.SOCIAL_ORGANISATION, "ORG-" + i % 50)).projectId("P-" + i % 100)
        .start(start).end(start.plusMinutes(span)).breakMinutes(breaks)
        .hours(BigDecimal.valueOf(span - breaks).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP))
        .place("活动室").recipients("老人").content("探访").evaluation("良好")
        .activityLeader(person(random)).recorder(person(random))
        .build();
  }

  private static String person(SplittableRandom random) {
    return NAMES[random.nextInt(NAMES.length)];
  }

  /**
   * Returns the average record length in bytes of a file, including its line feed.
   *
   * @param ndjson the file
   * @return the length
   */
  static double averageRecordBytes(byte[] ndjson) {
    long lines = 0;
    for (byte b : ndjson) {
      if (b == '\n') {
        lines++;
      }
    }
    return lines == 0 ? 0 : (double) ndjson.length / lines;
  }

  /** Prints one record, to show its size. */
  public static void main(String[] args) {
    byte[] one = bytes(args.length > 0 ? args[0] : "village", 1, 1);
    System.out.print(new String(one, StandardCharsets.UTF_8));
    System.out.println(one.length + " bytes");
  }
}
