package io.github.jiceng.governance.json;

import io.github.jiceng.governance.rules.RecordTypes;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.jiceng.governance.core.id.InvalidIdentifierException;
import io.github.jiceng.governance.json.record.RecordTypeMismatchException;
import io.github.jiceng.governance.json.value.ValueTypeJson;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.FindingCode;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Location;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.Subject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the exception that stopped reading a document into findings: the {@code json.*} finding that says what is
 * wrong, where (JSON Pointer, line and column) and with which value.
 *
 * <p>Exceptions that are not about the input, such as an {@link InvalidDefinitionException} (a mapping that cannot
 * work) or an instantiation failure whose cause is not a rejected value, are internal errors and are rethrown.
 */
final class ReadProblems {
  /** The deepest pointer of a syntax finding: deeper ones are cut to their ancestor at this depth. */
  static final int MAX_SYNTAX_DEPTH = 32;
  private final RecordTypes types;
  private final Subject subject;

  /**
   * Creates a translator for one read.
   *
   * @param types the record types, for the names of record types in messages
   * @param subject the record the findings are about
   */
  ReadProblems(RecordTypes types, Subject subject) {
    this.types = types;
    this.subject = subject;
  }

  /**
   * Translates the exception that stopped reading.
   *
   * @param failure the exception
   * @param parser the parser that was reading, for its position if the exception has none
   * @return the findings, at least one
   * @throws RuntimeException if the exception is an internal error rather than a problem of the input
   */
  List<Finding> translate(JacksonException failure, JsonParser parser) {
    InputCoercionException coercion = find(failure, InputCoercionException.class);
    if (coercion != null) {
      return List.of(invalidNumber(failure, coercion));
    }
    StreamConstraintsException limit = find(failure, StreamConstraintsException.class);
    if (limit != null) {
      return List.of(syntax("limit", parser, null, clean(limit.getOriginalMessage())));
    }
    StreamReadException syntax = find(failure, StreamReadException.class);
    if (syntax != null) {
      JsonParser where = syntax.getProcessor() != null ? syntax.getProcessor() : parser;
      return List.of(syntax(null, where, syntax.getLocation(), clean(syntax.getOriginalMessage())));
    }
    if (!(failure instanceof JsonMappingException)) {
      throw internal(failure);
    }
    JsonMappingException mapping = (JsonMappingException) failure;
    JsonPointer pointer = Pointers.of(mapping.getPath());
    Location location = Pointers.location(pointer, mapping.getLocation());
    if (mapping instanceof InvalidDefinitionException) {
      // Jackson reports some values of the wrong JSON type (a string where an array is expected) as a missing
      // constructor; a definition problem met at a value of the expected kind is an internal error.
      JavaType target = ((InvalidDefinitionException) mapping).getType();
      JsonToken token = currentToken(mapping);
      JsonToken actualKind = ValueDescriptions.kindOf(token);
      if (target == null || actualKind == null || actualKind == ValueDescriptions.expectedKind(target)) {
        throw internal(failure);
      }
      return List.of(wrongType(pointer, location, token, target));
    }
    if (mapping instanceof InvalidNullException) {
      Map<String, Object> arguments = JsonFindings.about(pointer);
      arguments.put("expected", ValueDescriptions.expected(javaType(((InvalidNullException) mapping).getTargetType())));
      return List.of(make(JsonFindingCodes.NULL_VALUE, null, location, arguments));
    }
    if (mapping instanceof RecordTypeMismatchException) {
      RecordTypeMismatchException mismatch = (RecordTypeMismatchException) mapping;
      Map<String, Object> arguments = JsonFindings.about(pointer);
      arguments.put("typeName", Redaction.value(mismatch.getTypeId()));
      arguments.put("expected", mismatch.expectedTypeName());
      return List.of(make(JsonFindingCodes.UNKNOWN_TYPE, "mismatch", location, arguments));
    }
    if (mapping instanceof InvalidTypeIdException) {
      Map<String, Object> arguments = JsonFindings.about(pointer);
      String typeId = ((InvalidTypeIdException) mapping).getTypeId();
      arguments.put("typeName", Redaction.value(typeId == null ? "" : typeId));
      arguments.put("known", List.copyOf(types.names()));
      return List.of(make(JsonFindingCodes.UNKNOWN_TYPE, null, location, arguments));
    }
    if (mapping instanceof ValueInstantiationException) {
      return instantiation((ValueInstantiationException) mapping, pointer, location);
    }
    if (mapping instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException unknown = (UnrecognizedPropertyException) mapping;
      Map<String, Object> arguments = JsonFindings.about(pointer);
      arguments.put("name", Redaction.value(unknown.getPropertyName()));
      arguments.put("recordType", RecordTypeNames.of(types, unknown.getReferringClass()));
      List<String> known = new ArrayList<>();
      if (unknown.getKnownPropertyIds() != null) {
        unknown.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
      }
      arguments.put("known", known.isEmpty() ? ValueDescriptions.NONE : known);
      return List.of(make(JsonFindingCodes.UNKNOWN_PROPERTY, null, location, arguments));
    }
    if (mapping instanceof MismatchedInputException) {
      return List.of(mismatch((MismatchedInputException) mapping, pointer, location));
    }
    throw internal(failure);
  }

  private Finding mismatch(MismatchedInputException mismatch, JsonPointer pointer, Location location) {
    JavaType target = javaType(mismatch.getTargetType());
    JsonToken token = currentToken(mismatch);
    if (token == JsonToken.FIELD_NAME && mismatch instanceof InvalidFormatException) {
      // A map key that its key deserializer rejects, such as an unknown enum constant: the path ends at the map.
      JsonPointer key = pointer.child(String.valueOf(((InvalidFormatException) mismatch).getValue()));
      return mismatch(mismatch, key, Pointers.location(key, mismatch.getLocation()), JsonToken.VALUE_STRING);
    }
    return mismatch(mismatch, pointer, location, token);
  }

  private Finding mismatch(MismatchedInputException mismatch, JsonPointer pointer, Location location,
      JsonToken token) {
    JavaType target = javaType(mismatch.getTargetType());
    JsonToken expectedKind = ValueDescriptions.expectedKind(target);
    JsonToken actualKind = ValueDescriptions.kindOf(token);
    boolean rightKind = actualKind != null && actualKind == expectedKind;
    if (!(mismatch instanceof InvalidFormatException) || !rightKind) {
      return wrongType(pointer, location, token, target);
    }
    InvalidFormatException format = (InvalidFormatException) mismatch;
    String value = Redaction.value(String.valueOf(format.getValue()));
    Map<String, Object> arguments = JsonFindings.about(pointer);
    arguments.put("value", value);
    if (format.getCause() instanceof InvalidIdentifierException) {
      return identifier((InvalidIdentifierException) format.getCause(), target, arguments, location);
    }
    if (target != null && target.isEnumType()) {
      arguments.put("allowed", ValueDescriptions.allowed(target.getRawClass()));
      return make(JsonFindingCodes.INVALID_VALUE, "enum", location, arguments);
    }
    arguments.put("expected", ValueDescriptions.expected(target));
    arguments.put("detail", Redaction.redact(detail(format)));
    return make(JsonFindingCodes.INVALID_VALUE, null, location, arguments);
  }

  private Finding wrongType(JsonPointer pointer, Location location, JsonToken token, JavaType target) {
    Map<String, Object> arguments = JsonFindings.about(pointer);
    arguments.put("actual", ValueDescriptions.actual(token));
    arguments.put("expected", ValueDescriptions.expected(target));
    return make(JsonFindingCodes.WRONG_TYPE, null, location, arguments);
  }

  private static JsonToken currentToken(JsonMappingException failure) {
    return failure.getProcessor() instanceof JsonParser ? ((JsonParser) failure.getProcessor()).currentToken() : null;
  }

  private Finding identifier(InvalidIdentifierException problem, JavaType target, Map<String, Object> arguments,
      Location location) {
    arguments.put("value", Redaction.value(problem.displayedInput()));
    arguments.put("identifier", IdentifierNames.of(target == null ? null : target.getRawClass(), problem));
    arguments.put("problem", problem.problem());
    arguments.put("problemCode", IdentifierNames.problemCode(target == null ? null : target.getRawClass(), problem));
    arguments.put("detail", Redaction.redact(IdentifierNames.detail(problem)));
    if (problem.position().isPresent()) {
      arguments.put("position", problem.position().getAsInt());
      return make(JsonFindingCodes.INVALID_VALUE, "identifier-position", location, arguments);
    }
    return make(JsonFindingCodes.INVALID_VALUE, "identifier", location, arguments);
  }

  private List<Finding> instantiation(ValueInstantiationException failure, JsonPointer pointer, Location location) {
    Throwable cause = failure.getCause();
    String recordType = RecordTypeNames.of(types, failure.getType().getRawClass());
    if (cause instanceof IllegalStateException) {
      List<String> missing = MissingAttributes.parse(cause.getMessage());
      if (missing != null) {
        List<Finding> findings = new ArrayList<>();
        for (String attribute : missing) {
          String name = ValueTypeJson.propertyName(types, failure.getType().getRawClass(), attribute);
          JsonPointer property = pointer.child(name);
          Map<String, Object> arguments = JsonFindings.about(property);
          arguments.put("name", name);
          arguments.put("recordType", recordType);
          findings.add(make(JsonFindingCodes.MISSING_PROPERTY, null,
              Pointers.location(property, failure.getLocation()), arguments));
        }
        return findings;
      }
    }
    if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException) {
      // A check of the value type (@Value.Check), or a builder message of an unexpected form: the record as a whole
      // is invalid, and the message says why.
      Map<String, Object> arguments = JsonFindings.about(pointer);
      arguments.put("recordType", recordType);
      arguments.put("detail", Redaction.redact(String.valueOf(cause.getMessage())));
      return List.of(make(JsonFindingCodes.INVALID_VALUE, "check", location, arguments));
    }
    throw internal(failure);
  }

  private Finding invalidNumber(JacksonException failure, InputCoercionException coercion) {
    JsonPointer pointer = failure instanceof JsonMappingException
        ? Pointers.of(((JsonMappingException) failure).getPath())
        : Pointers.of(coercion.getProcessor() == null ? null : coercion.getProcessor().getParsingContext());
    Map<String, Object> arguments = JsonFindings.about(pointer);
    String text;
    try {
      text = coercion.getProcessor() == null ? "" : coercion.getProcessor().getText();
    } catch (IOException e) {
      text = "";
    }
    arguments.put("value", Redaction.value(text == null ? "" : text));
    arguments.put("expected", ValueDescriptions.expected(javaType(coercion.getTargetType())));
    arguments.put("detail", Redaction.redact(coercion.getOriginalMessage()));
    return make(JsonFindingCodes.INVALID_VALUE, null, Pointers.location(pointer, coercion.getLocation()), arguments);
  }

  /**
   * Makes a {@code json.syntax} finding.
   *
   * @param variant the variant, or null
   * @param parser the parser, for the pointer; may be null
   * @param position the position, or null for the parser's current one
   * @param detail the detail (for the main message and {@code limit}), already redacted; or null
   * @return the finding
   */
  Finding syntax(String variant, JsonParser parser, JsonLocation position, Object detail) {
    JsonPointer pointer = Pointers.of(parser == null ? null : parser.getParsingContext());
    if (pointer.tokens().size() > MAX_SYNTAX_DEPTH) {
      pointer = JsonPointer.of(pointer.tokens().subList(0, MAX_SYNTAX_DEPTH)); // an ancestor, for deep nesting
    }
    JsonLocation where = position != null ? position : parser == null ? null : parser.currentLocation();
    Map<String, Object> arguments = new LinkedHashMap<>();
    if (detail != null) {
      arguments.put("detail", detail);
    }
    return make(JsonFindingCodes.SYNTAX, variant, Pointers.location(pointer, where), arguments);
  }

  /**
   * Makes an ERROR finding about the subject of this read.
   *
   * @param code the code
   * @param variant the variant, or null
   * @param location where
   * @param arguments the arguments
   * @return the finding
   */
  Finding make(FindingCode code, String variant, Location location,
      Map<String, ?> arguments) {
    return JsonFindings.make(code, variant, Severity.ERROR, subject, location, arguments);
  }

  /** Removes the placeholder Jackson writes for the source it does not include, and masks personal data. */
  private static String clean(String message) {
    return Redaction.redact(String.valueOf(message).replace(
        "Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); ", ""));
  }

  private static JavaType javaType(Class<?> type) {
    return type == null ? null : TypeFactory.defaultInstance().constructType(type);
  }

  private static String detail(InvalidFormatException failure) {
    Throwable cause = failure.getCause();
    return cause != null && cause.getMessage() != null ? cause.getMessage() : failure.getOriginalMessage();
  }

  private static <E extends Throwable> E find(Throwable failure, Class<E> type) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static IllegalStateException internal(JacksonException failure) {
    return new IllegalStateException("internal error of the JSON reader (not a problem of the input): "
        + failure.getClass().getName(), failure);
  }
}
