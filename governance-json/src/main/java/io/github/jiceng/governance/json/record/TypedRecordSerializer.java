package io.github.jiceng.governance.json.record;

import io.github.jiceng.governance.json.GovernanceJson;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.NameTransformer;
import io.github.jiceng.governance.rules.RecordTypes;
import java.io.IOException;

/**
 * Writes a registered record as an object whose first property is its {@code "type"}, followed by the properties of
 * the record's own bean serializer (used in its unwrapping form).
 */
final class TypedRecordSerializer extends StdSerializer<Object> implements ResolvableSerializer, ContextualSerializer {
  private static final long serialVersionUID = 1L;

  /** The record's bean serializer. */
  private final JsonSerializer<Object> delegate;
  /** The same serializer without the enclosing braces, made once the delegate is resolved. */
  private JsonSerializer<Object> unwrapping;
  /** The type name. */
  private final String typeName;

  /**
   * Creates a serializer.
   *
   * @param delegate the record's bean serializer
   * @param typeName the record type name
   */
  @SuppressWarnings("unchecked")
  TypedRecordSerializer(JsonSerializer<?> delegate, String typeName) {
    super(Object.class);
    this.delegate = (JsonSerializer<Object>) delegate;
    this.typeName = typeName;
  }

  @Override
  public void resolve(SerializerProvider provider) throws JsonMappingException {
    if (delegate instanceof ResolvableSerializer) {
      ((ResolvableSerializer) delegate).resolve(provider);
    }
    unwrapping = delegate.unwrappingSerializer(NameTransformer.NOP);
  }

  @Override
  public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
      throws JsonMappingException {
    if (!(delegate instanceof ContextualSerializer)) {
      return this;
    }
    JsonSerializer<?> contextual = ((ContextualSerializer) delegate).createContextual(provider, property);
    if (contextual == delegate) {
      return this;
    }
    TypedRecordSerializer copy = new TypedRecordSerializer(contextual, typeName);
    copy.unwrapping = copy.delegate.unwrappingSerializer(NameTransformer.NOP);
    return copy;
  }

  @Override
  public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    JsonSerializer<Object> fields = unwrapping != null ? unwrapping : delegate.unwrappingSerializer(NameTransformer.NOP);
    gen.writeStartObject(value);
    gen.writeStringField(GovernanceJson.TYPE_PROPERTY, typeName);
    fields.serialize(value, gen, provider);
    gen.writeEndObject();
  }

  /** With polymorphic type handling the type information is Jackson's: the record's own serializer writes it. */
  @Override
  public void serializeWithType(Object value, JsonGenerator gen, SerializerProvider provider, TypeSerializer typeSer)
      throws IOException {
    delegate.serializeWithType(value, gen, provider, typeSer);
  }

  @Override
  public boolean isEmpty(SerializerProvider provider, Object value) {
    return delegate.isEmpty(provider, value);
  }

  /** Unwrapped into another object, a record has no {@code "type"} of its own. */
  @Override
  public JsonSerializer<Object> unwrappingSerializer(NameTransformer unwrapper) {
    return delegate.unwrappingSerializer(unwrapper);
  }
}
