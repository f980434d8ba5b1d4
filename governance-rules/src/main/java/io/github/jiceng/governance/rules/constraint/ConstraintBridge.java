package io.github.jiceng.governance.rules.constraint;

import io.github.jiceng.governance.rules.ArgumentFormatter;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.FindingCode;
import io.github.jiceng.governance.rules.Location;
import io.github.jiceng.governance.rules.MessageBundle;
import io.github.jiceng.governance.rules.MessageTemplate;
import io.github.jiceng.governance.rules.PersonalData;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.Subject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates a record's Bean Validation constraints and turns each violation into one {@link Finding}.
 *
 * <p>Hibernate Validator is configured once per JVM, lazily: the {@link AccessorPropertyStrategy} (so that
 * {@code name()} accessors are validated) and the {@link ParameterMessageInterpolator} in English (no Expression
 * Language on the class path), which interpolates only constraints that are not built in ({@link
 * OwnMessagesInterpolator}). The factory is immutable and thread-safe; each bridge takes a validator from it with
 * its own clock for {@code @Past}/{@code @Future}, and uses it for the classes whose constraints may read the clock
 * ({@link ClockUse}); the others it validates with the factory's own validator, which is faster and gives the same
 * violations. Records whose constraints all pass are recognised first by {@link PassingConstraints}, a fast path
 * compiled from the same metadata, without calling Hibernate Validator; any other record is validated by it.
 *
 * <p>Findings have code {@code constraint.<ConstraintName>}, severity {@link Severity#ERROR}, and their messages come
 * from this package's bundles (key {@code constraint.<ConstraintName>.message}, with variants listed in
 * {@link #MESSAGE_KEYS}) with the constraint's attributes, {@code property}, {@code invalidValue} (text values are
 * treated as personal data and masked) and, for {@code Size}, {@code size}. Constraints without a key fall back to
 * Hibernate Validator's English message.
 */
public final class ConstraintBridge {
  /** The area of constraint findings. */
  public static final String AREA = "constraint";

  /** Every message key (without {@code .message}/{@code .title}) the bundles must have. */
  public static final List<String> MESSAGE_KEYS = List.of(
      "constraint.AssertFalse", "constraint.AssertTrue",
      "constraint.DecimalMax", "constraint.DecimalMax.exclusive",
      "constraint.DecimalMin", "constraint.DecimalMin.exclusive",
      "constraint.Digits", "constraint.Email",
      "constraint.Future", "constraint.FutureOrPresent",
      "constraint.Max", "constraint.Min",
      "constraint.Negative", "constraint.NegativeOrZero",
      "constraint.NotBlank", "constraint.NotEmpty", "constraint.NotNull",
      "constraint.Past", "constraint.PastOrPresent", "constraint.Pattern",
      "constraint.Positive", "constraint.PositiveOrZero",
      "constraint.Size", "constraint.Size.at-least", "constraint.Size.at-most");

  private static final Set<String> NOT_ARGUMENTS = Set.of("groups", "payload", "message");
  static final String BUILT_IN_PACKAGE = "jakarta.validation.constraints";

  /** Lazily built, immutable shared state. */
  private static final class Shared {
    static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
        .configure()
        .getterPropertySelectionStrategy(new AccessorPropertyStrategy())
        .messageInterpolator(new OwnMessagesInterpolator(
            new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false)))
        .buildValidatorFactory();
    /** The factory's own validator, with the system clock, for classes whose constraints ignore time. */
    static final jakarta.validation.Validator TIMELESS = FACTORY.getValidator();
    static final ClockUse CLOCK_USE = new ClockUse(TIMELESS);
    static final PassingConstraints SHORTCUT = PassingConstraints.of(FACTORY, TIMELESS);
    static final MessageBundle MESSAGES = MessageBundle.load(ConstraintBridge.class, "messages");
    static final Map<String, MessageTemplate> CHINESE = templates(Locale.SIMPLIFIED_CHINESE);
    static final Map<String, MessageTemplate> ENGLISH = templates(Locale.ENGLISH);

    private static Map<String, MessageTemplate> templates(Locale locale) {
      Map<String, MessageTemplate> templates = new HashMap<>();
      for (String key : MESSAGE_KEYS) {
        templates.put(key, MessageTemplate.parse(MESSAGES.require(key + ".message", locale)));
      }
      return Map.copyOf(templates);
    }
  }

  /** The HV validator with this bridge's clock. */
  private final jakarta.validation.Validator validator;

  private ConstraintBridge(Clock clock) {
    this.validator = Shared.FACTORY.usingContext().clockProvider(() -> clock).getValidator();
  }

  /**
   * Returns a bridge whose {@code @Past}/{@code @Future} constraints compare with a clock.
   *
   * @param clock the clock, not null
   * @return the bridge, thread-safe
   */
  public static ConstraintBridge create(Clock clock) {
    return new ConstraintBridge(Objects.requireNonNull(clock, "clock"));
  }

  /** Returns which classes the bridges validate with their own clock. */
  static ClockUse clockUse() {
    return Shared.CLOCK_USE;
  }

  /** Returns the fast path for records that pass, shared by all bridges. */
  static PassingConstraints shortcut() {
    return Shared.SHORTCUT;
  }

  /** Returns the factory's own validator (with the system clock). */
  static jakarta.validation.Validator timelessValidator() {
    return Shared.TIMELESS;
  }

  /**
   * Returns the shared message bundle of constraint findings.
   *
   * @return the bundle
   */
  public static MessageBundle messages() {
    return Shared.MESSAGES;
  }

  /**
   * Validates a record and returns one finding per violation.
   *
   * @param record the record, not null
   * @param subject the record's subject, not null
   * @param packId the pack id to record, not null
   * @param packVersion the pack version to record, not null
   * @param reveal whether personal data appears in clear
   * @return the findings, unsorted, without duplicates
   */
  public List<Finding> check(Object record, Subject subject, String packId, String packVersion, boolean reveal) {
    if (Shared.SHORTCUT.passes(record)) {
      // Every constraint met passes its fast check, so Hibernate Validator would report nothing.
      return List.of();
    }
    jakarta.validation.Validator chosen = Shared.CLOCK_USE.mayReadClock(record.getClass()) ? validator : Shared.TIMELESS;
    Set<ConstraintViolation<Object>> violations = chosen.validate(record);
    List<Finding> findings = new ArrayList<>(violations.size());
    Set<List<String>> seen = new HashSet<>();
    for (ConstraintViolation<Object> violation : violations) {
      Finding finding = toFinding(violation, subject, reveal).pack(packId, packVersion).build();
      List<String> identity = List.of(
          finding.code().value(), finding.location().toString(), finding.message(Locale.ENGLISH));
      if (seen.add(identity)) {
        findings.add(finding);
      }
    }
    return findings;
  }

  private static Finding.Builder toFinding(ConstraintViolation<?> violation, Subject subject, boolean reveal) {
    ConstraintDescriptor<?> descriptor = violation.getConstraintDescriptor();
    Class<? extends Annotation> type = descriptor.getAnnotation().annotationType();
    Map<String, Object> arguments = new TreeMap<>();
    descriptor.getAttributes().forEach((name, value) -> {
      if (!NOT_ARGUMENTS.contains(name) && value != null) {
        arguments.put(name, value);
      }
    });
    String property = PropertyPaths.leafProperty(violation.getPropertyPath());
    arguments.put("property", property.isEmpty() ? subject.type() : property);
    Object invalid = violation.getInvalidValue();
    if (invalid != null) {
      addInvalidValue(arguments, invalid);
    }
    FindingCode code = codeOf(type);
    Finding.Builder builder = Finding.builder(code, Severity.ERROR, subject)
        .location(Location.of(PropertyPaths.toPointer(violation.getPropertyPath())));
    boolean builtIn = OwnMessagesInterpolator.isBuiltIn(type);
    String key = builtIn ? messageKey(code.value(), type, arguments) : null;
    String chinese = null;
    String english = null;
    if (key != null && Shared.ENGLISH.containsKey(key)) {
      try {
        chinese = render(key, arguments, Locale.SIMPLIFIED_CHINESE, reveal);
        english = render(key, arguments, Locale.ENGLISH, reveal);
      } catch (IllegalArgumentException e) {
        // An argument our template needs is absent (an unusual value type): fall back to HV's message below.
        chinese = null;
      }
    }
    if (chinese != null) {
      builder.message(chinese, english);
    } else {
      // Built-in constraints are not interpolated by Hibernate Validator (OwnMessagesInterpolator): describe them.
      String text = builtIn ? "does not satisfy @" + type.getSimpleName() + " " + arguments : violation.getMessage();
      String message = property.isEmpty() ? text : property + ": " + text;
      builder.message(message, message);
    }
    arguments.forEach((name, value) -> builder.attribute(name, ArgumentFormatter.attribute(value, reveal)));
    return builder;
  }

  private static FindingCode codeOf(Class<? extends Annotation> type) {
    try {
      return FindingCode.of(AREA + "." + type.getSimpleName());
    } catch (IllegalArgumentException e) {
      return FindingCode.of(AREA + ".Custom");
    }
  }

  private static void addInvalidValue(Map<String, Object> arguments, Object invalid) {
    if (invalid instanceof CharSequence) {
      String text = invalid.toString();
      arguments.put("invalidValue", PersonalData.of(text));
      arguments.put("size", text.length());
    } else if (invalid instanceof Number || invalid instanceof Boolean || invalid instanceof TemporalAccessor
        || invalid instanceof Enum) {
      arguments.put("invalidValue", invalid);
    } else if (invalid instanceof Collection) {
      arguments.put("size", ((Collection<?>) invalid).size());
    } else if (invalid instanceof Map) {
      arguments.put("size", ((Map<?, ?>) invalid).size());
    } else if (invalid.getClass().isArray()) {
      arguments.put("size", java.lang.reflect.Array.getLength(invalid));
    } else if (invalid instanceof java.util.Date) {
      arguments.put("invalidValue", ((java.util.Date) invalid).toInstant());
    } else {
      arguments.put("invalidValue", PersonalData.of(String.valueOf(invalid)));
    }
  }

  private static String messageKey(String code, Class<? extends Annotation> type, Map<String, Object> arguments) {
    String name = type.getSimpleName();
    if (("DecimalMin".equals(name) || "DecimalMax".equals(name)) && Boolean.FALSE.equals(arguments.get("inclusive"))) {
      return code + ".exclusive";
    }
    if ("Size".equals(name)) {
      boolean unboundedAbove = Integer.valueOf(Integer.MAX_VALUE).equals(arguments.get("max"));
      boolean unboundedBelow = Integer.valueOf(0).equals(arguments.get("min"));
      if (unboundedAbove && !unboundedBelow) {
        return code + ".at-least";
      }
      if (unboundedBelow && !unboundedAbove) {
        return code + ".at-most";
      }
    }
    return code;
  }

  private static String render(String key, Map<String, Object> arguments, Locale locale, boolean reveal) {
    Map<String, MessageTemplate> templates = locale == Locale.ENGLISH ? Shared.ENGLISH : Shared.CHINESE;
    return templates.get(key).render(arguments, locale, reveal);
  }
}
