package io.github.jiceng.governance.core.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** Construction checks shared by the service records. */
final class Amounts {
  private Amounts() {
  }

  /** Rejects a negative amount, naming the record and the field. */
  static void requireNonNegative(String type, String id, String field, BigDecimal value) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException(type + " '" + id + "': " + field + " " + value.toPlainString()
          + " is negative; expected 0 or more");
    }
  }

  /** Rejects a negative count, naming the record and the field. */
  static void requireNonNegative(String type, String id, String field, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(type + " '" + id + "': " + field + " " + value
          + " is negative; expected 0 or more");
    }
  }

  /** Rejects a closing day on or before the opening day. */
  static void requireOrder(String type, String id, Optional<LocalDate> opened, Optional<LocalDate> closed) {
    if (opened.isPresent() && closed.isPresent() && !closed.get().isAfter(opened.get())) {
      throw new IllegalArgumentException(type + " '" + id + "': closed on " + closed.get()
          + " is not after opened on " + opened.get() + "; the closing day is the first day the unit is closed");
    }
  }

  /** Returns whether a day lies in [opened, closed), an empty bound being open-ended. */
  static boolean isOpenOn(Optional<LocalDate> opened, Optional<LocalDate> closed, LocalDate day) {
    return opened.map(start -> !day.isBefore(start)).orElse(true) && closed.map(day::isBefore).orElse(true);
  }
}
