package io.github.jiceng.governance.json.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.territory.ImmutableVillage;
import io.github.jiceng.governance.core.territory.Village;
import io.github.jiceng.governance.core.id.VillageKind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** RFC 8785: the examples of the RFC, number serialisation, key order, and record hashes. */
class CanonicalJsonTest {
  /** RFC 8785 Appendix B: IEEE 754 bits and their ECMAScript string. */
  private static final Object[][] APPENDIX_B = {
      {0x0000000000000000L, "0"},
      {0x8000000000000000L, "0"},
      {0x0000000000000001L, "5e-324"},
      {0x8000000000000001L, "-5e-324"},
      {0x7fefffffffffffffL, "1.7976931348623157e+308"},
      {0xffefffffffffffffL, "-1.7976931348623157e+308"},
      {0x4340000000000000L, "9007199254740992"},
      {0xc340000000000000L, "-9007199254740992"},
      {0x4430000000000000L, "295147905179352830000"},
      {0x44b52d02c7e14af5L, "9.999999999999997e+22"},
      {0x44b52d02c7e14af6L, "1e+23"},
      {0x44b52d02c7e14af7L, "1.0000000000000001e+23"},
      {0x444b1ae4d6e2ef4eL, "999999999999999700000"},
      {0x444b1ae4d6e2ef4fL, "999999999999999900000"},
      {0x444b1ae4d6e2ef50L, "1e+21"},
      {0x3eb0c6f7a0b5ed8cL, "9.999999999999997e-7"},
      {0x3eb0c6f7a0b5ed8dL, "0.000001"},
      {0x41b3de4355555553L, "333333333.3333332"},
      {0x41b3de4355555554L, "333333333.33333325"},
      {0x41b3de4355555555L, "333333333.3333333"},
      {0x41b3de4355555556L, "333333333.3333334"},
      {0x41b3de4355555557L, "333333333.33333343"},
      {0xbecbf647612f3696L, "-0.0000033333333333333333"},
      {0x43143ff3c1cb0959L, "1424953923781206.2"},
  };

  @Test
  void numbersOfAppendixB() {
    for (Object[] row : APPENDIX_B) {
      double value = Double.longBitsToDouble((Long) row[0]);
      assertThat(EcmaNumbers.toString(value)).as(Long.toHexString((Long) row[0])).isEqualTo(row[1]);
    }
  }

  @Test
  void nanAndInfinityAreNotJson() {
    for (long bits : new long[] {0x7fffffffffffffffL, 0x7ff0000000000000L}) {
      assertThatThrownBy(() -> EcmaNumbers.toString(Double.longBitsToDouble(bits)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RFC 8785");
    }
  }

  @Test
  void everyNumberReadsBackAndIsNoLongerThanJavas() {
    qt().withExamples(20_000).forAll(longs().all()).check(bits -> {
      double value = Double.longBitsToDouble(bits);
      if (Double.isNaN(value) || Double.isInfinite(value)) {
        return true;
      }
      String text = EcmaNumbers.toString(value);
      String mantissa = text.replaceFirst("e.*", "").replace("-", "").replace(".", "").replaceAll("^0+", "")
          .replaceAll("0+$", "");
      String java = Double.toString(Math.abs(value)).replaceFirst("E.*", "").replace(".", "")
          .replaceAll("^0+", "").replaceAll("0+$", "");
      return Double.parseDouble(text) == value && mantissa.length() <= Math.max(1, java.length());
    });
  }

  @Test
  void exampleOfSection321() {
    String input = "{\n  \"numbers\": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],\n"
        + "  \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\n"
        + "  \"literals\": [null, true, false]\n}";
    assertThat(CanonicalJson.canonicalize(input)).isEqualTo(
        "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
            + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
  }

  @Test
  void propertyOrderOfSection323() {
    String input = "{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\",\"\\ufb33\":\"Hebrew Letter Dalet With Dagesh\","
        + "\"1\":\"One\",\"\\ud83d\\ude00\":\"Emoji: Grinning Face\",\"\\u0080\":\"Control\","
        + "\"\\u00f6\":\"Latin Small Letter O With Diaeresis\"}";
    String canonical = CanonicalJson.canonicalize(input);
    assertThat(canonical).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
        + "\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\",\"\uD83D\uDE00\":\"Emoji: Grinning Face\","
        + "\"\uFB33\":\"Hebrew Letter Dalet With Dagesh\"}");
  }

  @Test
  void canonicalFormIsAFixedPoint() {
    String once = CanonicalJson.canonicalize("{ \"b\" : [ 1.0 , -0 , 1e2 ], \"a\" : { \"y\" : \"\\u2028\", \"x\" : null } }");
    assertThat(once).isEqualTo("{\"a\":{\"x\":null,\"y\":\"\u2028\"},\"b\":[1,0,100]}");
    assertThat(CanonicalJson.canonicalize(once)).isEqualTo(once);
  }

  @Test
  void nonIJsonIsRejected() {
    assertThatThrownBy(() -> CanonicalJson.canonicalize("{\"a\":1,\"a\":2}")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Duplicate");
    assertThatThrownBy(() -> CanonicalJson.canonicalize("[\"\\ud800\"]")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unpaired surrogate U+D800");
    assertThatThrownBy(() -> CanonicalJson.canonicalize("[1e400]")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CanonicalJson.canonicalize("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recordHashIsTheHashOfItsCanonicalWireFormat() {
    Village village = ImmutableVillage.copyOf(Village.of(DivisionCode.parse("500154001001"), "金州社区"))
        .withKind(VillageKind.COMMUNITY);
    String canonical = CanonicalJson.ofRecord(village);
    assertThat(canonical).startsWith("{\"code\":\"500154001001\",\"kind\":\"COMMUNITY\",\"name\":\"金州社区\",")
        .endsWith(",\"type\":\"village\"}");
    assertThat(CanonicalJson.hashOfRecord(village)).hasSize(64)
        .isEqualTo(CanonicalJson.sha256(canonical.getBytes(StandardCharsets.UTF_8)))
        .isNotEqualTo(CanonicalJson.hashOfRecord(ImmutableVillage.copyOf(village).withName("金州")));
    // SHA-256 of "abc" (FIPS 180-2 example)
    assertThat(CanonicalJson.sha256("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
