package io.github.jiceng.governance.rules.testing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import java.time.LocalDate;
import java.util.List;

/** Classes whose constraints do or do not depend on the clock, for {@code ClockUseTest}. */
public final class ClockFixtures {
  private ClockFixtures() {
  }

  /** A past date: reads the clock. */
  public static final class Dated {
    @Past
    public LocalDate date() {
      return LocalDate.of(2020, 1, 1);
    }
  }

  /** Cascades to a dated value. */
  public static final class Holder {
    @Valid
    public Dated dated() {
      return new Dated();
    }
  }

  /** Cascades to dated values in a list. */
  public static final class ListHolder {
    public List<@Valid Dated> dated() {
      return List.of(new Dated());
    }
  }

  /** Cascades to a class that may have subclasses anywhere. */
  public static class Open {
    @NotBlank
    public String name() {
      return "x";
    }
  }

  /** Cascades to an open class. */
  public static final class OpenHolder {
    @Valid
    public Open open() {
      return new Open();
    }
  }

  /** Only timeless constraints. */
  public static final class Timeless {
    @NotBlank
    public String name() {
      return "x";
    }

    @Valid
    public Timeless2 other() {
      return new Timeless2();
    }
  }

  /** Only timeless constraints, cascaded to. */
  public static final class Timeless2 {
    @NotBlank
    public String name() {
      return "y";
    }
  }

}
