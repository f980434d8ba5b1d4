package io.github.jiceng.governance.rules.meeting;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.meeting.Threshold;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A small ordered builder of message arguments. */
final class Arguments {
  private final Map<String, Object> values = new LinkedHashMap<>();

  Arguments put(String name, Object value) {
    values.put(name, value);
    return this;
  }

  /** Adds {@code source} and the machine-readable {@code provisional} flag. */
  Arguments source(Applied<?> applied) {
    values.put("source", applied.source());
    values.put("provisional", applied.isProvisional());
    return this;
  }

  Map<String, Object> map() {
    return values;
  }

  /** The law's wording of a threshold in both languages. */
  static BilingualText wording(Threshold threshold) {
    return BilingualText.of(threshold.describe(Locale.SIMPLIFIED_CHINESE), threshold.describe(Locale.ENGLISH));
  }
}
