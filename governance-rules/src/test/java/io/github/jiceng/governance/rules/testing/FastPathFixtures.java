package io.github.jiceng.governance.rules.testing;

import jakarta.validation.GroupSequence;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Beans for the fast path of Bean Validation ({@code PassingConstraintsTest}): one with every supported constraint
 * and container, whose property values are given as a map (absent means null), and beans the fast path must leave to
 * Hibernate Validator.
 */
public final class FastPathFixtures {
  private FastPathFixtures() {
  }

  /** Every supported constraint, container and cascade; each accessor returns the value under its name. */
  public static final class Supported {
    private final Map<String, Object> values;

    /**
     * Creates the bean.
     *
     * @param values the property values by accessor name; absent ones are null
     */
    public Supported(Map<String, Object> values) {
      this.values = values;
    }

    private Object get(String name) {
      return values.get(name);
    }

    /** @return the value */
    @NotBlank public String text() { return (String) get("text"); }
    /** @return the value */
    @NotBlank public CharSequence sequence() { return (CharSequence) get("sequence"); }
    /** @return the value */
    @NotEmpty public String nonEmptyText() { return (String) get("nonEmptyText"); }
    /** @return the value */
    @NotEmpty public List<String> nonEmptyList() { return cast(get("nonEmptyList")); }
    /** @return the value */
    @NotEmpty public Map<String, String> nonEmptyMap() { return cast(get("nonEmptyMap")); }
    /** @return the value */
    @NotEmpty public String[] nonEmptyArray() { return (String[]) get("nonEmptyArray"); }
    /** @return the value */
    @Size(min = 1, max = 2) public int[] sizedInts() { return (int[]) get("sizedInts"); }
    /** @return the value */
    @Size(min = 2, max = 4) public String sizedText() { return (String) get("sizedText"); }
    /** @return the value */
    @Size(max = 2) public Set<String> sizedSet() { return cast(get("sizedSet")); }
    /** @return the value */
    @NotNull public Object present() { return get("present"); }
    /** @return the value */
    @PositiveOrZero public Integer count() { return (Integer) get("count"); }
    /** @return the value */
    @Positive public long serial() { return (Long) values.getOrDefault("serial", 1L); }
    /** @return the value */
    @PositiveOrZero public Short small() { return (Short) get("small"); }
    /** @return the value */
    @Positive public Byte tiny() { return (Byte) get("tiny"); }
    /** @return the value */
    @Positive public BigInteger big() { return (BigInteger) get("big"); }
    /** @return the value */
    @PositiveOrZero public BigDecimal amount() { return (BigDecimal) get("amount"); }
    /** @return the value */
    public Optional<@PositiveOrZero BigDecimal> fee() { return cast(get("fee")); }
    /** @return the value */
    public Optional<@NotNull String> required() { return cast(get("required")); }
    /** @return the value */
    public List<@NotBlank String> tags() { return cast(get("tags")); }
    /** @return the value */
    public Set<@NotBlank String> labels() { return cast(get("labels")); }
    /** @return the value */
    public Map<@NotBlank String, @Valid Part> parts() { return cast(get("parts")); }
    /** @return the value */
    @Valid public Part part() { return (Part) get("part"); }
    /** @return the value */
    public List<@Valid Part> partList() { return cast(get("partList")); }
    /** @return the value */
    public Optional<@Valid Part> maybePart() { return cast(get("maybePart")); }
    /** @return an unconstrained value */
    public String free() { return "  "; }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
      return (T) value;
    }
  }

  /** A cascaded part: a name and an optional child. */
  public static final class Part {
    private final String name;
    private final Part child;

    /**
     * Creates a part.
     *
     * @param name the name, may be blank or null
     * @param child the child, may be null
     */
    public Part(String name, Part child) {
      this.name = name;
      this.child = child;
    }

    /** @return the name */
    @NotBlank public String name() { return name; }

    /** @return the child */
    @Valid public Part child() { return child; }

    @Override
    public String toString() {
      return "Part[" + name + ", " + child + "]";
    }
  }

  /** A constraint in another group. */
  public static final class OtherGroup {
    /** The group. */
    public interface Strict {
    }

    /** @return blank */
    @NotBlank(groups = Strict.class) public String name() { return " "; }
  }

  /** A redefined default group sequence. */
  @GroupSequence({Sequenced.class})
  public static final class Sequenced {
    /** @return text */
    @NotBlank public String name() { return "x"; }
  }

  /** A constraint that reads the clock. */
  public static final class Dated {
    /** @return a past day */
    @Past public LocalDate day() { return LocalDate.of(2020, 1, 1); }
  }

  /** A custom constraint. */
  public static final class Custom {
    /** @return an even number */
    @Even public Integer number() { return 2; }
  }

  /** A sign constraint on a double, which the fast path leaves to HV. */
  public static final class Decimal {
    /** @return zero */
    @PositiveOrZero public Double share() { return 0.0; }
  }

  /** A cascade on a list property (HV cascades to its elements). */
  public static final class LegacyCascade {
    /** @return one part */
    @Valid public List<Part> parts() { return List.of(new Part("x", null)); }
  }

  /** A constrained field next to an accessor of the same name. */
  public static final class AnnotatedField {
    @NotBlank private final String name = " ";

    /** @return text */
    @NotBlank public String name() { return "x"; }
  }

  /** A nested container element constraint. */
  public static final class NestedContainer {
    /** @return lists */
    public List<List<@NotBlank String>> lists() { return List.of(List.of("x")); }
  }

  /** A constrained private accessor, which a public one of a subclass does not override. */
  public static class ShadowBase {
    /** Creates the bean. */
    public ShadowBase() {
    }

    @NotBlank
    private String name() {
      return " ";
    }

    /** @return the private accessor's value, so that it is used */
    public String base() {
      return name();
    }
  }

  /** A public accessor named like a private, constrained one of the superclass. */
  public static final class Shadowing extends ShadowBase {
    /** @return text */
    public String name() { return "x"; }
  }

  /** A cascade to a value whose class has no plan. */
  public static final class HoldsCustom {
    /** @return the custom bean */
    @Valid public Custom custom() { return new Custom(); }
  }
}
