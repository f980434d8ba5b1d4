package io.github.jiceng.governance.json.binding;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON value of a property from a {@link ByteCursor}, as the property's Jackson deserializer would read it,
 * or gives up. Giving up is always safe: the record is then read by Jackson, which reports what is wrong.
 *
 * <p>An abstract class rather than an interface: a record's properties call many readers from one place, and a
 * virtual call there is cheaper than an interface call.
 */
abstract class ValueReader {
  /** The most names a reader of named values compares byte by byte; more are looked up by their decoded text. */
  private static final int SCANNED_NAMES = 16;
  /** Gives up on any value: for a property whose deserializer direct binding does not know. */
  static final ValueReader NEVER = new ValueReader() {
    @Override
    Object read(ByteCursor in, int depth) {
      return null;
    }
  };
  /** A JSON string as a {@code String}. */
  static final ValueReader STRING = new ValueReader() {
    @Override
    Object read(ByteCursor in, int depth) {
      return in.string();
    }
  };
  /** A JSON integer as an {@code Integer} (nine digits at most; longer ones are left to Jackson). */
  static final ValueReader INT = new ValueReader() {
    @Override
    Object read(ByteCursor in, int depth) {
      long value = in.integer(9);
      return value == Long.MIN_VALUE ? null : Integer.valueOf((int) value);
    }
  };
  /** A JSON integer as a {@code Long} (eighteen digits at most). */
  static final ValueReader LONG = new ValueReader() {
    @Override
    Object read(ByteCursor in, int depth) {
      long value = in.integer(18);
      return value == Long.MIN_VALUE ? null : Long.valueOf(value);
    }
  };
  /** {@code true} or {@code false}. */
  static final ValueReader BOOLEAN = new ValueReader() {
    @Override
    Object read(ByteCursor in, int depth) {
      return in.bool();
    }
  };

  /**
   * Reads the value.
   *
   * @param in the cursor, before the value (whitespace may come first)
   * @param depth the nesting depth of the value's container (1 for a property of the record itself)
   * @return the value, or null to give up
   */
  abstract Object read(ByteCursor in, int depth);

  /**
   * A JSON string converted by a deserializer's {@link TextScalar}.
   *
   * @param scalar the conversion
   * @return the reader
   */
  static ValueReader text(TextScalar scalar) {
    return new ValueReader() {
      @Override
      Object read(ByteCursor in, int depth) {
        String text = in.string();
        return text == null ? null : scalar.fromText(text);
      }
    };
  }

  /**
   * A JSON string that names one of some values exactly (the enum constants as Jackson names them).
   *
   * @param byName the values by their names
   * @return the reader
   */
  static ValueReader named(Map<String, ?> byName) {
    if (byName.size() > SCANNED_NAMES) {
      return new ValueReader() {
        @Override
        Object read(ByteCursor in, int depth) {
          String text = in.string();
          return text == null ? null : byName.get(text);
        }
      };
    }
    byte[][] names = new byte[byName.size()][];
    Object[] values = new Object[names.length];
    int i = 0;
    for (Map.Entry<String, ?> entry : byName.entrySet()) {
      names[i] = entry.getKey().getBytes(StandardCharsets.UTF_8);
      values[i] = entry.getValue();
      i++;
    }
    return new ValueReader() {
      @Override
      Object read(ByteCursor in, int depth) {
        long range = in.plainString();
        if (range < 0) {
          String text = in.string(); // escapes: decoded, then looked up
          return text == null ? null : byName.get(text);
        }
        // without escapes, the text is a name exactly when its bytes are the name's UTF-8 bytes (malformed bytes
        // match no name, and give up as a decoded string would)
        for (int n = 0; n < names.length; n++) {
          if (in.rangeEquals(range, names[n])) {
            return values[n];
          }
        }
        return null;
      }
    };
  }

  /**
   * A JSON array read into an {@code ArrayList}, as Jackson's collection deserializer reads a list.
   *
   * @param element the reader of an element
   * @param maxDepth the deepest nesting the parser's limits allow
   * @return the reader
   */
  static ValueReader list(ValueReader element, int maxDepth) {
    return new ValueReader() {
      @Override
      Object read(ByteCursor in, int depth) {
        if (depth + 1 > maxDepth || !in.consume('[')) {
          return null;
        }
        List<Object> values = new ArrayList<>();
        if (in.consume(']')) {
          return values;
        }
        do {
          Object value = element.read(in, depth + 1);
          if (value == null) {
            return null;
          }
          values.add(value);
        } while (in.consume(','));
        return in.consume(']') ? values : null;
      }
    };
  }
}
