package io.github.jiceng.governance.rules.constraint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.jiceng.governance.rules.testing.FastPathFixtures;
import io.github.jiceng.governance.rules.testing.FastPathFixtures.Part;
import io.github.jiceng.governance.rules.testing.FastPathFixtures.Supported;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast path of Bean Validation answers "no violation" exactly when Hibernate Validator, asked in the same test,
 * returns none, and leaves what it does not support to Hibernate Validator.
 */
class PassingConstraintsTest {
  private static final PassingConstraints SHORTCUT = ConstraintBridge.shortcut();
  private static final Validator HV = ConstraintBridge.timelessValidator();
  private static final Part GOOD = new Part("甲", new Part("乙", null));
  private static final Part BAD = new Part(" ", null);
  private static final Part BAD_CHILD = new Part("甲", new Part("\u3000", null));

  /** Per property: values, the first {@code valid} of which are meant to pass (HV decides in the assertions). */
  private static final Map<String, Pool> POOLS = new LinkedHashMap<>();

  private static final class Pool {
    final int valid;
    final List<Object> values;

    Pool(int valid, Object... values) {
      this.valid = valid;
      this.values = Arrays.asList(values);
    }
  }

  static {
    POOLS.put("text", new Pool(3, "x", " 村 ", "a\u3000", null, "", " ", "\t", "\u3000", " \u3000 ", "\u2003",
        "\u00a0", "\u200b", "\u001c", "\ufeff", "\n\r"));
    POOLS.put("sequence", new Pool(2, new StringBuilder("x"), "y", new StringBuilder(" \u3000 "),
        new StringBuilder(), null, "\u2003"));
    POOLS.put("nonEmptyText", new Pool(2, "x", " ", "", null));
    POOLS.put("nonEmptyList", new Pool(2, List.of("a"), Arrays.asList((String) null), List.of(), null));
    POOLS.put("nonEmptyMap", new Pool(1, Map.of("k", "v"), Map.of(), null));
    POOLS.put("nonEmptyArray", new Pool(2, new String[] {"a"}, new String[] {null}, new String[0], null));
    POOLS.put("sizedInts", new Pool(3, null, new int[1], new int[2], new int[0], new int[3]));
    POOLS.put("sizedText", new Pool(4, null, "ab", "abcd", "  ", "", "a", "abcde"));
    POOLS.put("sizedSet", new Pool(3, null, Set.of(), Set.of("a", "b"), Set.of("a", "b", "c")));
    POOLS.put("present", new Pool(2, "x", 1, null));
    POOLS.put("count", new Pool(3, null, 0, Integer.MAX_VALUE, -1, Integer.MIN_VALUE));
    POOLS.put("serial", new Pool(2, 1L, Long.MAX_VALUE, 0L, -5L, Long.MIN_VALUE));
    POOLS.put("small", new Pool(3, null, (short) 0, (short) 1, (short) -1, Short.MIN_VALUE));
    POOLS.put("tiny", new Pool(2, null, (byte) 1, (byte) 0, (byte) -1));
    POOLS.put("big", new Pool(2, null, BigInteger.ONE, BigInteger.ZERO, BigInteger.valueOf(-1)));
    POOLS.put("amount", new Pool(4, null, new BigDecimal("0.00"), BigDecimal.ZERO, new BigDecimal("12.50"),
        new BigDecimal("-0.01"), new BigDecimal("-1E-30")));
    POOLS.put("fee", new Pool(4, null, Optional.empty(), Optional.of(BigDecimal.ZERO),
        Optional.of(new BigDecimal("3.5")), Optional.of(new BigDecimal("-3.5"))));
    POOLS.put("required", new Pool(2, Optional.of("x"), null, Optional.empty()));
    POOLS.put("tags", new Pool(3, null, List.of(), List.of("a", "b"), List.of("a", " "), Arrays.asList("a", null),
        List.of("\u3000"), List.of("\u2003")));
    POOLS.put("labels", new Pool(3, null, Set.of(), Set.of("a"), Set.of("\u2003"), Set.of("")));
    Map<String, Part> nullValue = new HashMap<>();
    nullValue.put("k", null);
    POOLS.put("parts", new Pool(4, null, Map.of(), Map.of("k", GOOD), nullValue, Map.of(" ", GOOD),
        Map.of("k", BAD), Map.of("k", BAD_CHILD)));
    POOLS.put("part", new Pool(2, null, GOOD, BAD, BAD_CHILD));
    POOLS.put("partList", new Pool(4, null, List.of(), List.of(GOOD), Arrays.asList(GOOD, null),
        List.of(GOOD, BAD), List.of(BAD_CHILD)));
    POOLS.put("maybePart", new Pool(3, null, Optional.empty(), Optional.of(GOOD), Optional.of(BAD),
        Optional.of(BAD_CHILD)));
  }

  @Test
  void randomBeansPassExactlyWhenHibernateValidatorFindsNothing() {
    assertThat(SHORTCUT.planOf(Supported.class)).isPresent();
    int[] outcomes = new int[2];
    qt().withFixedSeed(20261126L).withExamples(4000).forAll(longs().all()).checkAssert(seed -> {
      Supported bean = new Supported(values(new SplittableRandom(seed)));
      boolean empty = agrees(bean);
      outcomes[empty ? 1 : 0]++;
    });
    // Both answers occur, so the property says something in each direction.
    assertThat(outcomes[0]).isGreaterThan(400);
    assertThat(outcomes[1]).isGreaterThan(400);
  }

  @Test
  void everyValueAloneAgrees() {
    for (Map.Entry<String, Pool> pool : POOLS.entrySet()) {
      for (Object value : pool.getValue().values) {
        Map<String, Object> values = validValues();
        values.put(pool.getKey(), value);
        agrees(new Supported(values));
      }
    }
    assertThat(agrees(new Supported(validValues()))).isTrue();
  }

  @Test
  void unicodeSpacesAreBlankAsHibernateValidatorDecides() {
    for (String text : List.of(" \u3000 ", "\u2003", "\t", "\u00a0", "\u200b", "\u2028", "\u0085", "\u001f")) {
      Map<String, Object> values = validValues();
      values.put("text", text);
      Supported bean = new Supported(values);
      boolean hvEmpty = HV.validate(bean).isEmpty();
      assertThat(SHORTCUT.passes(bean)).as("%s", text.codePointAt(0)).isEqualTo(hvEmpty);
    }
  }

  @Test
  void optionalsEmptyAndInvalid() {
    for (Object fee : List.of(Optional.empty(), Optional.of(new BigDecimal("-0.5")), Optional.of(BigDecimal.ONE))) {
      Map<String, Object> values = validValues();
      values.put("fee", fee);
      assertThat(SHORTCUT.passes(new Supported(values))).as("%s", fee)
          .isEqualTo(HV.validate(new Supported(values)).isEmpty());
    }
    for (Object part : List.of(Optional.empty(), Optional.of(BAD), Optional.of(GOOD))) {
      Map<String, Object> values = validValues();
      values.put("maybePart", part);
      assertThat(SHORTCUT.passes(new Supported(values))).as("%s", part)
          .isEqualTo(HV.validate(new Supported(values)).isEmpty());
    }
    Map<String, Object> values = validValues();
    values.put("required", Optional.empty());
    Set<ConstraintViolation<Supported>> violations = HV.validate(new Supported(values));
    assertThat(SHORTCUT.passes(new Supported(values))).isEqualTo(violations.isEmpty());
  }

  @Test
  void whatIsNotSupportedFallsBack() {
    for (Class<?> type : List.of(FastPathFixtures.OtherGroup.class, FastPathFixtures.Sequenced.class,
        FastPathFixtures.Dated.class, FastPathFixtures.Custom.class, FastPathFixtures.Decimal.class,
        FastPathFixtures.LegacyCascade.class, FastPathFixtures.AnnotatedField.class,
        FastPathFixtures.NestedContainer.class, FastPathFixtures.Shadowing.class)) {
      assertThat(SHORTCUT.refusalOf(type)).as(type.getSimpleName()).isPresent();
      assertThat(SHORTCUT.planOf(type)).as(type.getSimpleName()).isEmpty();
    }
    assertThat(SHORTCUT.passes(new FastPathFixtures.Sequenced())).isFalse();
    assertThat(SHORTCUT.passes(new FastPathFixtures.Custom())).isFalse();
    assertThat(SHORTCUT.passes(new FastPathFixtures.Shadowing())).isFalse();
    // Planned itself, but it cascades to a class without a plan.
    assertThat(SHORTCUT.planOf(FastPathFixtures.HoldsCustom.class)).isPresent();
    assertThat(SHORTCUT.passes(new FastPathFixtures.HoldsCustom())).isFalse();
  }

  @Test
  void deepCascadesAreLeftToHibernateValidator() {
    Part deep = null;
    for (int i = 0; i < PassingConstraints.MAX_DEPTH + 2; i++) {
      deep = new Part("p" + i, deep);
    }
    Map<String, Object> values = validValues();
    values.put("part", deep);
    Supported bean = new Supported(values);
    assertThat(HV.validate(bean)).isEmpty();
    assertThat(SHORTCUT.passes(bean)).isFalse();
    values.put("part", new Part("p", new Part("q", null)));
    assertThat(SHORTCUT.passes(new Supported(values))).isTrue();
  }

  @Test
  void aValueOfAnUnexpectedTypeOrAThrowingAccessorFallsBack() {
    Map<String, Object> values = validValues();
    values.put("sequence", new StringBuilder("ok"));
    assertThat(SHORTCUT.passes(new Supported(values))).isTrue();
    values.put("text", 42); // the accessor's cast throws: HV throws too, the fast path only declines
    assertThat(SHORTCUT.passes(new Supported(values))).isFalse();
  }

  private static Map<String, Object> validValues() {
    Map<String, Object> values = new HashMap<>();
    POOLS.forEach((name, pool) -> values.put(name, pool.values.get(0)));
    return values;
  }

  private static Map<String, Object> values(SplittableRandom random) {
    Map<String, Object> values = new HashMap<>();
    POOLS.forEach((name, pool) -> {
      int bound = random.nextInt(12) == 0 ? pool.values.size() : pool.valid;
      values.put(name, pool.values.get(random.nextInt(bound)));
    });
    return values;
  }

  /** Asserts that the fast path and Hibernate Validator agree and returns whether HV found nothing. */
  private static boolean agrees(Supported bean) {
    Set<ConstraintViolation<Supported>> violations = HV.validate(bean);
    assertThat(SHORTCUT.passes(bean)).as("%s", violations).isEqualTo(violations.isEmpty());
    return violations.isEmpty();
  }
}
