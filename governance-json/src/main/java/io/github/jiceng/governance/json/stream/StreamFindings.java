package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.rules.ArgumentFormatter;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.FindingCode;
import io.github.jiceng.governance.rules.LegalBasis;
import io.github.jiceng.governance.rules.Location;
import io.github.jiceng.governance.rules.MessageBundle;
import io.github.jiceng.governance.rules.MessageTemplate;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.Subject;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes the findings of the streaming validator from this package's bundle, with messages in both languages and
 * every argument kept as an attribute; and copies findings to another location.
 */
final class StreamFindings {
  /** Not well-formed input, a record over a limit, a cut or damaged input. */
  static final FindingCode SYNTAX = FindingCode.of("json.syntax");
  /** A record id used twice for the same record type. */
  static final FindingCode DUPLICATE_ID = FindingCode.of("json.duplicate-id");
  /** A declared reference to a record that is not in the dataset. */
  static final FindingCode MISSING_REFERENCE = FindingCode.of("json.missing-reference");
  /** The subject of findings about the input as a whole. */
  static final Subject INPUT = Subject.ofType("input");

  private static final MessageBundle MESSAGES =
      MessageBundle.load(StreamFindings.class::getResourceAsStream, "messages");
  private static final Map<String, MessageTemplate> TEMPLATES = new ConcurrentHashMap<>();

  private StreamFindings() {
  }

  /**
   * Makes a finding.
   *
   * @param code the code
   * @param variant the message variant, or null
   * @param severity the severity
   * @param subject the subject
   * @param location where
   * @param arguments the message arguments, none null
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

  /**
   * Returns a location with a position, if the position is known.
   *
   * @param location the location
   * @param line the line, or 0 if unknown
   * @param column the column, or 0 if unknown
   * @return the location
   */
  static Location at(Location location, int line, int column) {
    return line > 0 && column > 0 ? location.withPosition(line, column) : location;
  }

  /**
   * Returns a copy of a finding at another location.
   *
   * @param finding the finding
   * @param location the location
   * @return the copy
   */
  static Finding relocated(Finding finding, Location location) {
    Finding.Builder builder = Finding.builder(finding.code(), finding.severity(), finding.subject())
        .location(location)
        .message(finding.message(Locale.SIMPLIFIED_CHINESE), finding.message(Locale.ENGLISH));
    finding.attributes().forEach(builder::attribute);
    for (LegalBasis basis : finding.legalBases()) {
      builder.basis(basis);
    }
    if (finding.packId().isPresent() && finding.packVersion().isPresent()) {
      builder.pack(finding.packId().get(), finding.packVersion().get());
    }
    return builder.build();
  }
}
