package io.github.jiceng.governance.json;

import io.github.jiceng.governance.rules.RecordTypes;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import io.github.jiceng.governance.json.record.RecordTypeJson;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.Subject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Records every unknown property of a document as a finding (or skips it silently) and lets reading go on.
 *
 * <p>One handler serves a {@link RecordReader}; the findings of one read go to the {@link Findings} list that the read
 * puts in the context attribute {@link #FINDINGS}. The {@code "type"} property of a registered record is left to the
 * {@link GovernanceModule}'s check.
 */
final class UnknownPropertyCollector extends DeserializationProblemHandler {
  /** The context attribute that holds the {@link Findings} of the current read. */
  static final Object FINDINGS = UnknownPropertyCollector.class;

  private final RecordTypes types;
  private final UnknownPropertyPolicy policy;

  /**
   * Creates a handler.
   *
   * @param types the record types, whose {@code "type"} property is not unknown
   * @param policy what to do with an unknown property
   */
  UnknownPropertyCollector(RecordTypes types, UnknownPropertyPolicy policy) {
    this.types = types;
    this.policy = policy;
  }

  /** The findings of one read. Not thread-safe: one per read. */
  static final class Findings {
    private final Subject subject;
    private final List<Finding> findings = new ArrayList<>();

    /**
     * Creates an empty list.
     *
     * @param subject the record the findings are about
     */
    Findings(Subject subject) {
      this.subject = subject;
    }

    /**
     * Returns the findings so far.
     *
     * @return the findings
     */
    List<Finding> findings() {
      return findings;
    }
  }

  @Override
  public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
      Object beanOrClass, String propertyName) throws IOException {
    Object attribute = ctxt.getAttribute(FINDINGS);
    boolean ignoredOnFastPath = attribute == ByteBinding.ATTEMPT && policy == UnknownPropertyPolicy.IGNORE;
    if (!(attribute instanceof Findings) && !ignoredOnFastPath
        || RecordTypeJson.isTypeProperty(types, deserializer, beanOrClass, propertyName)) {
      return false; // on the fast path, an unknown property that is reported fails the binding
    }
    if (policy != UnknownPropertyPolicy.IGNORE) {
      Findings out = (Findings) attribute;
      JsonToken token = p.currentToken();
      JsonStreamContext object = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY
          ? p.getParsingContext().getParent()
          : p.getParsingContext();
      JsonPointer pointer = Pointers.of(object);
      Map<String, Object> arguments = JsonFindings.about(pointer);
      arguments.put("name", Redaction.value(propertyName));
      arguments.put("recordType", recordType(deserializer, beanOrClass));
      arguments.put("known", known(deserializer, beanOrClass, propertyName));
      out.findings.add(JsonFindings.make(JsonFindingCodes.UNKNOWN_PROPERTY, null,
          policy == UnknownPropertyPolicy.WARNING ? Severity.WARNING : Severity.ERROR, out.subject,
          Pointers.location(pointer, p.currentTokenLocation()), arguments));
    }
    p.skipChildren();
    return true;
  }

  private String recordType(JsonDeserializer<?> deserializer, Object beanOrClass) {
    Class<?> type = beanOrClass instanceof Class ? (Class<?>) beanOrClass
        : beanOrClass != null ? beanOrClass.getClass() : deserializer == null ? null : deserializer.handledType();
    return RecordTypeNames.of(types, type);
  }

  private Object known(JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
    TreeSet<String> known = new TreeSet<>();
    Collection<Object> names = deserializer == null ? null : deserializer.getKnownPropertyNames();
    if (names != null) {
      names.forEach(name -> known.add(String.valueOf(name)));
    }
    if (RecordTypeJson.isTypeProperty(types, deserializer, beanOrClass, GovernanceJson.TYPE_PROPERTY)) {
      known.add(GovernanceJson.TYPE_PROPERTY);
    }
    known.remove(propertyName);
    return known.isEmpty() ? ValueDescriptions.NONE : List.copyOf(known);
  }
}
