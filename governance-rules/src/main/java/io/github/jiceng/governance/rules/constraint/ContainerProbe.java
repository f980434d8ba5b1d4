package io.github.jiceng.governance.rules.constraint;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks once, against the Hibernate Validator actually present, that the fast path extracts and cascades as HV does
 * (容器语义探测): probe beans with null, empty and invalid lists, sets, maps (keys and values) and optionals, and
 * cascades to valid, invalid and absent values, each validated by HV and by the fast path; any difference keeps the
 * fast path off. Complements {@link SemanticsProbe}, which checks the single constraints.
 */
final class ContainerProbe {
  private ContainerProbe() {
  }

  /** A cascaded leaf. */
  static final class Leaf {
    private final String name;

    Leaf(String name) {
      this.name = name;
    }

    @NotBlank
    public String name() {
      return name;
    }

    /** Returns {@code Leaf[name]}. */
    @Override
    public String toString() {
      return "Leaf[" + name + "]";
    }
  }

  /** Containers and cascades; HV and the fast path call its accessors. */
  static final class Holder {
    private final Object[] values;

    Holder(Object... values) {
      this.values = values;
    }

    public Optional<@NotNull String> optional() {
      return cast(values[0]);
    }

    public List<@NotBlank String> list() {
      return cast(values[1]);
    }

    public Set<@NotBlank String> set() {
      return cast(values[2]);
    }

    public Map<@NotBlank String, @NotBlank String> map() {
      return cast(values[3]);
    }

    @Valid
    public Leaf leaf() {
      return cast(values[4]);
    }

    public List<@Valid Leaf> leaves() {
      return cast(values[5]);
    }

    public Optional<@Valid Leaf> maybeLeaf() {
      return cast(values[6]);
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
      return (T) value;
    }
  }

  /**
   * Probes a validator.
   *
   * @param validator the validator of the factory the fast path stands in for
   * @param candidate the fast path to probe, on
   * @return empty if the fast path agrees with the validator on every probe bean, or the first disagreement
   */
  static Optional<String> disagreement(Validator validator, PassingConstraints candidate) {
    try {
      if (candidate.planOf(Holder.class).isEmpty()) {
        return Optional.of("no plan for the probe bean: " + candidate.refusalOf(Holder.class).orElse(""));
      }
      for (Holder holder : holders()) {
        boolean expected = validator.validate(holder).isEmpty();
        if (candidate.passes(holder) != expected) {
          return Optional.of("probe bean " + Arrays.toString(holder.values) + ": Hibernate Validator says "
              + expected);
        }
      }
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of("probe failed: " + e);
    }
  }

  private static List<Holder> holders() {
    Leaf good = new Leaf("x");
    Leaf bad = new Leaf(" ");
    Object[] valid = {Optional.of("x"), List.of("a"), Set.of("a"), Map.of("k", "v"), good, List.of(good),
        Optional.of(good)};
    Object[][] variants = {
        {null, Optional.empty()},
        {null, List.of(), List.of(" "), Arrays.asList("a", null)},
        {null, Set.of(), Set.of(" ")},
        {null, Map.of(), Map.of(" ", "v"), Map.of("k", " ")},
        {null, bad, new Leaf(null)},
        {null, List.of(), List.of(bad), Arrays.asList(good, null)},
        {null, Optional.empty(), Optional.of(bad)}};
    List<Holder> holders = new ArrayList<>();
    holders.add(new Holder(valid.clone()));
    for (int i = 0; i < variants.length; i++) {
      for (Object variant : variants[i]) {
        Object[] values = valid.clone();
        values[i] = variant;
        holders.add(new Holder(values));
      }
    }
    return holders;
  }
}
