package io.github.jiceng.governance.json;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.ResidentIdNumber;
import io.github.jiceng.governance.core.id.UnifiedSocialCreditCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** Describes, in Chinese and English, the JSON value a reader found and the one it expected. */
final class ValueDescriptions {
  /** The whole document, where a pointer would be empty. */
  static final BilingualText RECORD = BilingualText.of("记录", "the record");
  /** An empty list. */
  static final BilingualText NONE = BilingualText.of("无", "none");
  private static final BilingualText STRING = BilingualText.of("字符串", "a string");
  private static final BilingualText NUMBER = BilingualText.of("数字", "a number");
  private static final BilingualText BOOLEAN = BilingualText.of("布尔值", "a boolean");
  private static final BilingualText ARRAY = BilingualText.of("数组", "an array");
  private static final BilingualText OBJECT = BilingualText.of("对象", "an object");
  private static final BilingualText NULL = BilingualText.of("null", "null");
  private static final BilingualText VALUE = BilingualText.of("其他 JSON 值", "another JSON value");
  private static final Map<Class<?>, BilingualText> SPECIAL = Map.of(
      DivisionCode.class, BilingualText.of("字符串（6 位或 12 位行政区划代码）", "a string (a 6- or 12-digit division code)"),
      UnifiedSocialCreditCode.class,
      BilingualText.of("字符串（18 位统一社会信用代码）", "a string (an 18-character unified social credit code)"),
      ResidentIdNumber.class,
      BilingualText.of("字符串（18 位居民身份证号码）", "a string (an 18-character resident identity number)"),
      LocalDate.class,
      BilingualText.of("字符串（ISO-8601 日期，如 2026-01-31）", "a string (an ISO-8601 date such as 2026-01-31)"),
      LocalDateTime.class,
      BilingualText.of("字符串（ISO-8601 日期时间，如 2026-01-31T09:30）",
          "a string (an ISO-8601 date-time such as 2026-01-31T09:30)"),
      BigDecimal.class,
      BilingualText.of("字符串（十进制数，如 100000.00）", "a string (a decimal number such as 100000.00)"));

  private ValueDescriptions() {
  }

  /**
   * Describes the JSON value at a token.
   *
   * @param token the token, may be null
   * @return for example "a number"
   */
  static BilingualText actual(JsonToken token) {
    if (token == null) {
      return VALUE;
    }
    switch (token) {
      case START_OBJECT:
        return OBJECT;
      case START_ARRAY:
        return ARRAY;
      case VALUE_STRING:
        return STRING;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return NUMBER;
      case VALUE_TRUE:
      case VALUE_FALSE:
        return BOOLEAN;
      case VALUE_NULL:
        return NULL;
      default:
        return VALUE;
    }
  }

  /**
   * Describes the JSON value a type is read from.
   *
   * @param type the type, may be null
   * @return for example "a string (a 6- or 12-digit division code)"
   */
  static BilingualText expected(JavaType type) {
    if (type == null) {
      return VALUE;
    }
    Class<?> raw = type.getRawClass();
    BilingualText special = SPECIAL.get(raw);
    if (special != null) {
      return special;
    }
    if (raw.isEnum()) {
      String allowed = allowed(raw);
      return BilingualText.of("字符串，取值之一：" + allowed, "a string, one of " + allowed);
    }
    if (CharSequence.class.isAssignableFrom(raw) || raw == Character.class || raw == char.class) {
      return STRING;
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return BOOLEAN;
    }
    if (Number.class.isAssignableFrom(raw) || (raw.isPrimitive() && raw != void.class)) {
      return NUMBER;
    }
    if (type.isArrayType() || type.isCollectionLikeType()) {
      return ARRAY;
    }
    return OBJECT;
  }

  /**
   * Returns the JSON kind a type is read from, to tell a wrong type from an invalid value.
   *
   * @param type the type, may be null
   * @return the token of that kind: {@code VALUE_STRING}, {@code VALUE_NUMBER_INT} (any number),
   *     {@code VALUE_TRUE} (a boolean), {@code START_ARRAY} or {@code START_OBJECT}; null if unknown
   */
  static JsonToken expectedKind(JavaType type) {
    if (type == null) {
      return null;
    }
    BilingualText description = expected(type);
    if (description == NUMBER) {
      return JsonToken.VALUE_NUMBER_INT;
    } else if (description == BOOLEAN) {
      return JsonToken.VALUE_TRUE;
    } else if (description == ARRAY) {
      return JsonToken.START_ARRAY;
    } else if (description == OBJECT) {
      return JsonToken.START_OBJECT;
    }
    return JsonToken.VALUE_STRING;
  }

  /**
   * Returns the kind of a token, as {@link #expectedKind}.
   *
   * @param token the token, may be null
   * @return the kind, or null for null and unknown tokens
   */
  static JsonToken kindOf(JsonToken token) {
    if (token == null) {
      return null;
    }
    switch (token) {
      case VALUE_NUMBER_FLOAT:
        return JsonToken.VALUE_NUMBER_INT;
      case VALUE_FALSE:
        return JsonToken.VALUE_TRUE;
      case VALUE_STRING:
      case VALUE_NUMBER_INT:
      case VALUE_TRUE:
      case START_ARRAY:
      case START_OBJECT:
        return token;
      default:
        return null;
    }
  }

  /**
   * Lists the constants of an enum, as they are written.
   *
   * @param type the enum class
   * @return for example {@code "DISTRICT, COUNTY, OTHER"}
   */
  static String allowed(Class<?> type) {
    return Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name())
        .collect(Collectors.joining(", "));
  }
}
