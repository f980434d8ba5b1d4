package io.github.jiceng.governance.rules.testing;

import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One property per built-in constraint, each violating it (the property name is the expected finding code's
 * constraint name, in lower camel case, plus a variant suffix). "Today" for the test clock is 2026-11-26.
 */
public final class AllConstraints {
  /** @return null */
  @NotNull public String notNull() { return null; }
  /** @return blank */
  @NotBlank public String notBlank() { return "  "; }
  /** @return empty */
  @NotEmpty public List<String> notEmpty() { return List.of(); }
  /** @return 1 element */
  @Size(min = 2, max = 4) public List<String> size() { return List.of("a"); }
  /** @return 1 character */
  @Size(min = 2) public String sizeAtLeast() { return "a"; }
  /** @return 5 characters */
  @Size(max = 4) public String sizeAtMost() { return "abcde"; }
  /** @return 17 */
  @Min(18) public int min() { return 17; }
  /** @return 101 */
  @Max(100) public long max() { return 101; }
  /** @return 0.4 */
  @DecimalMin("0.5") public BigDecimal decimalMin() { return new BigDecimal("0.4"); }
  /** @return 0.5 */
  @DecimalMin(value = "0.5", inclusive = false) public BigDecimal decimalMinExclusive() { return new BigDecimal("0.5"); }
  /** @return 2.5 */
  @DecimalMax("2") public BigDecimal decimalMax() { return new BigDecimal("2.5"); }
  /** @return 2 */
  @DecimalMax(value = "2", inclusive = false) public BigDecimal decimalMaxExclusive() { return new BigDecimal("2"); }
  /** @return 0 */
  @Positive public int positive() { return 0; }
  /** @return -1 */
  @PositiveOrZero public int positiveOrZero() { return -1; }
  /** @return 0 */
  @Negative public int negative() { return 0; }
  /** @return 1 */
  @NegativeOrZero public int negativeOrZero() { return 1; }
  /** @return a date after today */
  @Past public LocalDate past() { return LocalDate.of(2027, 1, 1); }
  /** @return a date after today */
  @PastOrPresent public LocalDate pastOrPresent() { return LocalDate.of(2027, 1, 1); }
  /** @return a date before today */
  @Future public LocalDate future() { return LocalDate.of(2020, 1, 1); }
  /** @return a date before today */
  @FutureOrPresent public LocalDate futureOrPresent() { return LocalDate.of(2020, 1, 1); }
  /** @return not 6 digits */
  @Pattern(regexp = "\\d{6}") public String pattern() { return "50010X"; }
  /** @return not an address */
  @Email public String email() { return "zhang.san.example.com"; }
  /** @return false */
  @AssertTrue public boolean assertTrue() { return false; }
  /** @return true */
  @AssertFalse public boolean assertFalse() { return true; }
  /** @return 123.456 */
  @Digits(integer = 2, fraction = 2) public BigDecimal digits() { return new BigDecimal("123.456"); }
  /** @return 3, not even */
  @Even public int custom() { return 3; }
}
