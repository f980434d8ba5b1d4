package io.github.jiceng.governance.json.record;

import io.github.jiceng.governance.json.GovernanceJson;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module.SetupContext;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.BeanSerializerBase;
import io.github.jiceng.governance.rules.RecordTypes;
import java.io.IOException;
import java.util.Optional;

/**
 * The {@code "type"} property of registered records: written first by every registered record, and accepted on
 * reading when it names the record's own type.
 *
 * <p>On reading, {@code "type"} is not an attribute of any record, so Jackson offers it to the unknown-property
 * handlers. {@link #isTypeProperty} recognises it; {@link #check} consumes it when it names the type being read, and
 * otherwise fails: with a {@link RecordTypeMismatchException} for another name, a {@code MismatchedInputException} for a
 * value that is not a string, an {@link InvalidNullException} for {@code null}. Each failure carries the path of the
 * {@code "type"} property.
 */
public final class RecordTypeJson {
  private RecordTypeJson() {
  }

  /**
   * Registers the writing and the checking of the {@code "type"} property.
   *
   * @param context the setup context of the module being registered
   * @param types the record types
   */
  public static void setUp(SetupContext context, RecordTypes types) {
    context.addBeanSerializerModifier(new BeanSerializerModifier() {
      @Override
      public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription beanDesc,
          JsonSerializer<?> serializer) {
        Optional<String> name = types.nameOf(beanDesc.getBeanClass());
        return name.isPresent() && serializer instanceof BeanSerializerBase
            ? new TypedRecordSerializer(serializer, name.get())
            : serializer;
      }
    });
    context.addDeserializationProblemHandler(new DeserializationProblemHandler() {
      @Override
      public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
          Object beanOrClass, String propertyName) throws IOException {
        Optional<String> expected = typeNameRead(types, deserializer, beanOrClass, propertyName);
        if (expected.isEmpty()) {
          return false;
        }
        check(ctxt, p, expected.get(), beanOrClass);
        return true;
      }
    });
  }

  /**
   * Tells whether an unknown property is the {@code "type"} of a registered record being read.
   *
   * @param types the record types
   * @param deserializer the deserializer that met the property
   * @param beanOrClass the bean (or builder) being filled, or its class
   * @param propertyName the property name
   * @return true if the property is {@code "type"} and the value being read is a registered record
   */
  public static boolean isTypeProperty(RecordTypes types, JsonDeserializer<?> deserializer, Object beanOrClass,
      String propertyName) {
    return typeNameRead(types, deserializer, beanOrClass, propertyName).isPresent();
  }

  private static Optional<String> typeNameRead(RecordTypes types, JsonDeserializer<?> deserializer,
      Object beanOrClass, String propertyName) {
    if (!GovernanceJson.TYPE_PROPERTY.equals(propertyName)) {
      return Optional.empty();
    }
    Optional<String> name = deserializer == null ? Optional.empty() : types.nameOf(deserializer.handledType());
    if (name.isEmpty() && beanOrClass != null) {
      // A builder (ImmutableVillage.Builder) is nested in the class it builds (ImmutableVillage).
      Class<?> type = beanOrClass instanceof Class ? (Class<?>) beanOrClass : beanOrClass.getClass();
      name = types.nameOf(type);
      if (name.isEmpty() && type.getEnclosingClass() != null) {
        name = types.nameOf(type.getEnclosingClass());
      }
    }
    return name;
  }

  /**
   * Consumes the value of a {@code "type"} property if it is the expected name, and fails otherwise.
   *
   * @param ctxt the context
   * @param p the parser, at the value of the property
   * @param expected the type name of the record being read
   * @param beanOrClass the bean (or builder) being filled, for the path of the failure
   * @throws IOException a {@code DatabindException} if the value is not the expected name
   */
  static void check(DeserializationContext ctxt, JsonParser p, String expected, Object beanOrClass)
      throws IOException {
    try {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        throw InvalidNullException.from(ctxt, PropertyName.construct(GovernanceJson.TYPE_PROPERTY),
            ctxt.constructType(String.class));
      }
      if (token != JsonToken.VALUE_STRING) {
        ctxt.handleUnexpectedToken(String.class, p);
        p.skipChildren();
        return;
      }
      String actual = p.getText();
      if (!expected.equals(actual)) {
        Class<?> recordType = beanOrClass instanceof Class ? (Class<?>) beanOrClass
            : beanOrClass != null ? beanOrClass.getClass() : Object.class;
        throw new RecordTypeMismatchException(p, ctxt.constructType(recordType), actual, expected);
      }
    } catch (JsonMappingException e) {
      throw JsonMappingException.wrapWithPath(e, beanOrClass, GovernanceJson.TYPE_PROPERTY);
    }
  }
}
