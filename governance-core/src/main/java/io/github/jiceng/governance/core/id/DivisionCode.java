package io.github.jiceng.governance.core.id;

import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An administrative division code (行政区划代码): the 6-digit GB/T 2260 code of a province, prefecture or county, or
 * the 12-digit statistical division code (统计用区划代码) of a township-level division or village-level unit.
 *
 * <p>The code is kept in its 12-digit form: {@code PPCCDD TTT VVV} with the province ({@code PP}), prefecture
 * ({@code CC}) and county ({@code DD}) digits of GB/T 2260, then the township ({@code TTT}) and village ({@code VVV})
 * digits. Trailing zero parts mean "this level and below are not specified", so the {@link #level()} is that of the
 * last non-zero part, and {@code parse("500154")} equals {@code parse("500154000000")} (开州区, Kaizhou District).
 *
 * <p>What {@link #parse} checks: 6 or 12 ASCII digits; a province part from GB/T 2260; no non-zero part below a zero
 * part (a county needs a prefecture, a village needs a township). It cannot check that a code was ever assigned: that
 * needs the published code list (see {@code core.territory}).
 *
 * <pre>{@code
 * DivisionCode code = DivisionCode.parse("500154001001");
 * code.level();          // VILLAGE
 * code.villageKind();    // Optional[COMMUNITY]
 * code.parent();         // Optional[500154001000]
 * }</pre>
 */
public final class DivisionCode implements Comparable<DivisionCode>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final String KIND = "division code";
  /** GB/T 2260 province-level codes (first two digits). */
  private static final Set<String> PROVINCES = Set.of(
      "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
      "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
      "71", "81", "82");
  /** End offsets (0-based, exclusive) of the parts, from province to village; each part starts where the previous ends. */
  private static final int[] PART_END = {2, 4, 6, 9, 12};
  private static final DivisionLevel[] LEVELS = DivisionLevel.values();
  private static final String ZEROS = "000000000000";
  /** Whether each two-digit number is a province-level code of {@link #PROVINCES}, by its value. */
  private static final boolean[] PROVINCE_DIGITS = new boolean[100];

  static {
    for (String province : PROVINCES) {
      PROVINCE_DIGITS[Integer.parseInt(province)] = true;
    }
  }

  /** The code in its 12-digit form. */
  private final String value;
  /**
   * The level, worked out once (rules ask for it many times per record). Not serialized: a deserialized code is
   * replaced by a parsed one ({@link #readResolve}).
   */
  private final transient DivisionLevel level;

  private DivisionCode(String value, DivisionLevel level) {
    this.value = value;
    this.level = level;
  }

  /**
   * Parses a 6-digit GB/T 2260 code or a 12-digit statistical division code.
   *
   * @param text the code, not null
   * @return the code
   * @throws InvalidIdentifierException if the text is not a well-formed division code; the exception says what is
   *     wrong and at which position
   * @throws NullPointerException if {@code text} is null
   */
  public static DivisionCode parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new InvalidIdentifierException(KIND, IdentifierProblem.EMPTY, 0, text, "the code is empty");
    }
    if (text.length() != 6 && text.length() != 12) {
      throw new InvalidIdentifierException(KIND, IdentifierProblem.LENGTH, 0, InputDisplay.abbreviate(text),
          "expected 6 digits (GB/T 2260) or 12 digits (statistical division code), found " + text.length()
              + " characters");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidIdentifierException(KIND, IdentifierProblem.CHARACTER, i + 1, text,
            "character " + InputDisplay.describe(c) + " is not a digit 0-9");
      }
    }
    String full = text.length() == 6 ? text + "000000" : text;
    if (!PROVINCE_DIGITS[(full.charAt(0) - '0') * 10 + full.charAt(1) - '0']) {
      throw new InvalidIdentifierException(KIND, IdentifierProblem.CODE_VALUE, 1, text,
          "province part '" + full.substring(0, 2) + "' is not a GB/T 2260 province-level code");
    }
    boolean zeroAbove = false;
    DivisionLevel level = DivisionLevel.PROVINCE;
    for (int part = 1; part < PART_END.length; part++) {
      boolean zero = isZero(full, part);
      if (!zero && zeroAbove) {
        throw new InvalidIdentifierException(KIND, IdentifierProblem.CODE_VALUE, PART_END[part - 1] + 1, text,
            "the " + LEVELS[part].name().toLowerCase(java.util.Locale.ROOT)
                + " part is set but a higher level part is 0");
      }
      zeroAbove |= zero;
      if (!zero) {
        level = LEVELS[part];
      }
    }
    return new DivisionCode(full, level);
  }

  /**
   * Returns whether a string is a well-formed division code, as {@link #parse} would accept it.
   *
   * @param text the text, may be null (then false)
   * @return true if {@link #parse} would succeed
   */
  public static boolean isValid(String text) {
    if (text == null) {
      return false;
    }
    try {
      parse(text);
      return true;
    } catch (InvalidIdentifierException e) {
      return false;
    }
  }

  private static boolean isZero(String full, int part) {
    int start = part == 0 ? 0 : PART_END[part - 1];
    for (int i = start; i < PART_END[part]; i++) {
      if (full.charAt(i) != '0') {
        return false;
      }
    }
    return true;
  }

  private int partNumber(int part) {
    int number = 0;
    for (int i = PART_END[part - 1]; i < PART_END[part]; i++) {
      number = number * 10 + (value.charAt(i) - '0'); // the digits were checked by parse
    }
    return number;
  }

  /**
   * Returns the code in its 12-digit form, the canonical string of this identifier.
   *
   * @return twelve digits, for example {@code "500154000000"}
   */
  public String value() {
    return value;
  }

  /**
   * Returns the 6-digit GB/T 2260 part: the county-level code, or the prefecture or province code padded with zeros.
   *
   * @return six digits, for example {@code "500154"}
   */
  public String gbCode() {
    return value.substring(0, 6);
  }

  /**
   * Returns the level of the division this code names: the level of its last non-zero part.
   *
   * @return the level
   */
  public DivisionLevel level() {
    return level;
  }

  /**
   * Returns the code of the division one level up, or empty for a province.
   *
   * @return the parent code
   */
  public Optional<DivisionCode> parent() {
    DivisionLevel level = level();
    if (level == DivisionLevel.PROVINCE) {
      return Optional.empty();
    }
    return Optional.of(ancestorAt(LEVELS[level.ordinal() - 1]));
  }

  /**
   * Returns the code of this division's ancestor at a level, or this code itself if it is at that level.
   *
   * @param ancestorLevel the level, not below this code's level
   * @return the ancestor code
   * @throws IllegalArgumentException if {@code ancestorLevel} is below this code's level
   */
  public DivisionCode ancestorAt(DivisionLevel ancestorLevel) {
    Objects.requireNonNull(ancestorLevel, "ancestorLevel");
    if (level.isAbove(ancestorLevel)) {
      throw new IllegalArgumentException(
          "a " + level + " code has no ancestor at the lower level " + ancestorLevel + ": " + value);
    }
    if (ancestorLevel == level) {
      return this; // the lower parts are all zero already
    }
    int keep = PART_END[ancestorLevel.ordinal()];
    return new DivisionCode(value.substring(0, keep).concat(ZEROS.substring(keep)), ancestorLevel);
  }

  /**
   * Returns whether this code names a division that contains another one (strictly: a code is not its own ancestor).
   *
   * @param other the other code, not null
   * @return true if {@code other} lies under this division
   */
  public boolean isAncestorOf(DivisionCode other) {
    Objects.requireNonNull(other, "other");
    // the ancestor at this code's level keeps other's digits down to that level and zeros below, as this code has
    return level.isAbove(other.level) && other.value.regionMatches(0, value, 0, PART_END[level.ordinal()]);
  }

  /**
   * Returns whether this code is this division or contains the other one.
   *
   * @param other the other code, not null
   * @return true if {@code other} equals this code or lies under it
   */
  public boolean contains(DivisionCode other) {
    return equals(other) || isAncestorOf(other);
  }

  /**
   * Returns the kind of township (street, town, township, special area) for a township-level or village-level code.
   *
   * @return the kind, or empty for a code above township level
   */
  public Optional<TownshipKind> townshipKind() {
    return level().isAbove(DivisionLevel.TOWNSHIP)
        ? Optional.empty()
        : Optional.of(TownshipKind.ofTownshipDigits(partNumber(3)));
  }

  /**
   * Returns the kind of village-level unit (community or village) for a village-level code.
   *
   * @return the kind, or empty for a code above village level
   */
  public Optional<VillageKind> villageKind() {
    return level() == DivisionLevel.VILLAGE
        ? Optional.of(VillageKind.ofVillageDigits(partNumber(4)))
        : Optional.empty();
  }

  /**
   * Re-validates a deserialised instance, so that a crafted stream cannot create a malformed code.
   *
   * @return the parsed code
   * @throws ObjectStreamException never; an invalid value throws {@link InvalidIdentifierException}
   */
  private Object readResolve() throws ObjectStreamException {
    return parse(value);
  }

  /** Orders codes by their 12-digit form, which puts every division right before the divisions under it. */
  @Override
  public int compareTo(DivisionCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DivisionCode && value.equals(((DivisionCode) other).value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the 12-digit form, as {@link #value()}. */
  @Override
  public String toString() {
    return value;
  }
}
