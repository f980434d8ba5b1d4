package io.github.jiceng.governance.json.stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.jiceng.governance.rules.JsonPointer;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Finds the line and column of the value a JSON Pointer refers to in a record's text, for findings made from the
 * model value (constraints, rules, references), which know only the pointer. Used only for records that have such
 * findings, so the extra parse costs nothing for clean records.
 */
final class PointerPositions {
  /** Reads eight bytes at once, to count characters quickly. */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  /** The high bit of each byte of a long. */
  private static final long HIGH_BITS = 0x8080808080808080L;

  private final JsonFactory factory;

  /**
   * Creates a locator.
   *
   * @param limits the parser limits
   */
  PointerPositions(StreamReadConstraints limits) {
    this.factory = JsonFactory.builder().streamReadConstraints(limits).build();
  }

  /**
   * Finds the position of a pointer's value, or of its nearest ancestor that exists.
   *
   * @param text the record's text, well-formed
   * @param pointer the pointer
   * @return {line, column} in the text (1-based), or null if not even the record's start is found
   */
  int[] locate(String text, JsonPointer pointer) {
    try (JsonParser parser = factory.createParser(text)) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return null;
      }
      JsonLocation found = parser.currentTokenLocation();
      List<String> tokens = pointer.tokens();
      for (String wanted : tokens) {
        JsonLocation next = child(parser, wanted);
        if (next == null) {
          break;
        }
        found = next;
      }
      return new int[] {found.getLineNr(), found.getColumnNr()};
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Finds the position of a pointer's value in a record's bytes without decoding them or starting a parser
   * ({@link PointerScan}), as {@link #locate(String, JsonPointer)} finds it in the record's text. Only for a record on
   * one line without a leading byte order mark; the column counts the characters (UTF-16 units) before the value.
   *
   * @param utf8 the bytes, well-formed UTF-8
   * @param from the record's first byte
   * @param to the index after its last byte
   * @param pointer the pointer
   * @return {line, column} (1-based), or null if the scan gives up (a line break, an escaped name), so that the
   *     record's text must be searched
   */
  int[] locate(byte[] utf8, int from, int to, JsonPointer pointer) {
    if (to - from >= 3 && utf8[from] == (byte) 0xEF && utf8[from + 1] == (byte) 0xBB
        && utf8[from + 2] == (byte) 0xBF) {
      return null;
    }
    int offset = PointerScan.offset(utf8, from, to, pointer);
    return offset < 0 ? null : new int[] {1, 1 + utf16Length(utf8, from, from + offset)};
  }

  /** Counts the UTF-16 units of well-formed UTF-8 bytes: one per sequence, two for a four-byte sequence. */
  private static int utf16Length(byte[] utf8, int from, int to) {
    int units = 0;
    int i = from;
    for (; to - i >= Long.BYTES; i += Long.BYTES) {
      long v = (long) LONGS.get(utf8, i);
      long continuation = v & ~(v << 1) & HIGH_BITS; // 10xxxxxx
      long fourByteLead = v & (v << 1) & (v << 2) & (v << 3) & HIGH_BITS; // 1111xxxx
      units += Long.BYTES - Long.bitCount(continuation) + Long.bitCount(fourByteLead);
    }
    for (; i < to; i++) {
      int b = utf8[i] & 0xFF;
      if ((b & 0xC0) != 0x80) {
        units += b >= 0xF0 ? 2 : 1;
      }
    }
    return units;
  }

  private static JsonLocation child(JsonParser parser, String wanted) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
        parser.nextToken();
        if (name.equals(wanted)) {
          return parser.currentTokenLocation();
        }
        parser.skipChildren();
      }
      return null;
    }
    if (token == JsonToken.START_ARRAY) {
      int index;
      try {
        index = Integer.parseInt(wanted);
      } catch (NumberFormatException e) {
        return null;
      }
      for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
        if (i == index) {
          return parser.currentTokenLocation();
        }
        parser.skipChildren();
      }
    }
    return null;
  }
}
