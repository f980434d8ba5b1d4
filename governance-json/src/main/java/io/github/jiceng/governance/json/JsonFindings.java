package io.github.jiceng.governance.json;

import io.github.jiceng.governance.rules.ArgumentFormatter;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.FindingCode;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Location;
import io.github.jiceng.governance.rules.MessageBundle;
import io.github.jiceng.governance.rules.MessageTemplate;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.Subject;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes the findings of the JSON reader from this package's bundle ({@code messages.properties} and
 * {@code messages_zh_CN.properties}), with the messages rendered in both languages and every argument kept as an
 * attribute. Keys are {@code <code>[.<variant>].message}.
 */
final class JsonFindings {
  /** The bundle of this package. */
  static final MessageBundle MESSAGES = MessageBundle.load(JsonFindings.class::getResourceAsStream, "messages");
  private static final Map<String, MessageTemplate> TEMPLATES = new ConcurrentHashMap<>();

  private JsonFindings() {
  }

  /**
   * Starts the arguments of a finding about a value.
   *
   * @param pointer the pointer of the value
   * @return a mutable map with {@code property}: the pointer, or "the record" for the whole document
   */
  static Map<String, Object> about(JsonPointer pointer) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    arguments.put("property", pointer.isRoot() ? ValueDescriptions.RECORD : pointer.toString());
    return arguments;
  }

  /**
   * Makes a finding.
   *
   * @param code the code
   * @param variant the message variant, or null for the main message
   * @param severity the severity
   * @param subject the record
   * @param location where
   * @param arguments the message arguments by name, none null; personal data already masked
   * @return the finding
   */
  static Finding make(FindingCode code, String variant, Severity severity, Subject subject, Location location,
      Map<String, ?> arguments) {
    String key = code.value() + (variant == null ? "" : "." + variant) + ".message";
    Finding.Builder builder = Finding.builder(code, severity, subject)
        .location(location)
        .message(render(key, Locale.SIMPLIFIED_CHINESE, arguments), render(key, Locale.ENGLISH, arguments));
    arguments.forEach((name, value) -> builder.attribute(name, ArgumentFormatter.attribute(value, false)));
    if (variant != null) {
      builder.attribute("variant", variant);
    }
    return builder.build();
  }

  private static String render(String key, Locale locale, Map<String, ?> arguments) {
    MessageTemplate template = TEMPLATES.computeIfAbsent(key + "|" + locale.getLanguage(),
        cacheKey -> MessageTemplate.parse(MESSAGES.require(key, locale)));
    return template.render(arguments, locale, false);
  }
}
