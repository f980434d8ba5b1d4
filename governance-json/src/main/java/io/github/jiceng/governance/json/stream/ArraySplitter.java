package io.github.jiceng.governance.json.stream;

import java.io.IOException;
import java.io.InputStream;

/**
 * Cuts a JSON array into its elements without parsing them: it follows strings, escapes and brackets only, so that a
 * syntax error inside an element costs only that element (the element is then read on its own and reported).
 *
 * <p>Resynchronisation after damage, in order of what is tried:
 * <ul>
 *   <li>a line break inside a string ends the string (JSON strings cannot hold one), so an unclosed quote damages
 *       one line, not the rest of the input;</li>
 *   <li>a closing bracket that does not match closes the innermost matching open bracket, or is ignored if none is
 *       open; so {@code [{"a": [1}, {...}]} loses only its first element;</li>
 *   <li>an element not followed by {@code ,} or {@code ]} (a missing comma) is followed directly by the next element,
 *       which carries a {@code json.syntax} finding about the missing separator;</li>
 *   <li>an element longer than the maximum is not held; it is counted to its end and reported as too long;</li>
 *   <li>the input ending before the closing {@code ]} is reported once (variant {@code truncated}); an element cut
 *       by it is read as it is and reported.</li>
 * </ul>
 */
final class ArraySplitter extends RecordSplitter {
  private static final int STACK_CAP = 1 << 16;

  private enum State { START, FIRST, ELEMENT, SEPARATOR, END, DONE }

  private State state = State.START;
  /** Position of the next byte. */
  private int line = 1;
  private int column = 1;
  /** Position of the byte last read. */
  private int byteLine;
  private int byteColumn;
  private byte[] stack = new byte[64];
  private int depth;
  private final boolean emptyIsProblem;

  /**
   * Creates a splitter.
   *
   * @param in the decompressed input
   * @param maxRecordBytes the maximum record length in bytes
   * @param emptyIsProblem whether an input without an array is a problem (the format was chosen by the caller)
   */
  ArraySplitter(InputStream in, long maxRecordBytes, boolean emptyIsProblem) {
    super(in, maxRecordBytes);
    this.emptyIsProblem = emptyIsProblem;
  }

  private int advance() throws IOException {
    int b = read();
    byteLine = line;
    byteColumn = column;
    if (b == '\n') {
      line++;
      column = 1;
    } else if (b >= 0) {
      column += columns(b);
    }
    return b;
  }

  @Override
  boolean next(RecordSlice slice) throws IOException {
    String separatorProblem = null;
    while (state != State.DONE) {
      int b = advance();
      if (b < 0) {
        if (state == State.START && emptyIsProblem) {
          problems.add(new InputProblem("not-array", byteLine, byteColumn, "the input is empty"));
        } else if (state != State.START && state != State.END) {
          problems.add(new InputProblem("truncated", byteLine, byteColumn, "the array is not closed by ]"));
        }
        state = State.DONE;
        return false;
      }
      if (isWhitespace(b)) {
        continue;
      }
      switch (state) {
        case START:
          if (b == '[') {
            state = State.FIRST;
            continue;
          }
          problems.add(new InputProblem("not-array", byteLine, byteColumn,
              "expected '[' at the start of a JSON array, found " + describe(b)));
          state = State.DONE;
          return false;
        case FIRST:
          if (b == ']') {
            state = State.END;
            continue;
          }
          return element(b, slice, null);
        case ELEMENT:
          if (b == ']') {
            problems.add(new InputProblem(null, byteLine, byteColumn, "a comma before the closing ']'"));
            state = State.END;
            continue;
          }
          if (b == ',') {
            problems.add(new InputProblem(null, byteLine, byteColumn, "an empty element between two commas"));
            continue;
          }
          return element(b, slice, separatorProblem);
        case SEPARATOR:
          if (b == ',') {
            state = State.ELEMENT;
            continue;
          }
          if (b == ']') {
            state = State.END;
            continue;
          }
          separatorProblem = "expected ',' or ']' after the previous element, found " + describe(b);
          return element(b, slice, separatorProblem);
        case END:
          problems.add(new InputProblem("trailing", byteLine, byteColumn, null));
          state = State.DONE;
          return false;
        default:
          throw new IllegalStateException(state.toString());
      }
    }
    return false;
  }

  private boolean element(int first, RecordSlice slice, String separatorProblem) throws IOException {
    slice.reset();
    slice.line = byteLine;
    slice.column = byteColumn;
    slice.separatorProblem = separatorProblem;
    depth = 0;
    boolean inString = false;
    boolean escape = false;
    int b = first;
    while (true) {
      if (inString) {
        slice.append((byte) b, maxRecordBytes);
        if (escape) {
          escape = false;
        } else if (b == '\\') {
          escape = true;
        } else if (b == '"' || b == '\n') {
          inString = false; // a line break cannot be inside a JSON string: the string was not closed
        }
      } else if (depth == 0 && (b == ',' || b == ']' || isWhitespace(b)) && (slice.length > 0 || slice.tooLong >= 0)) {
        // the end of an element that is not an object or array
        state = b == ',' ? State.ELEMENT : b == ']' ? State.END : State.SEPARATOR;
        return true;
      } else {
        slice.append((byte) b, maxRecordBytes);
        if (b == '"') {
          inString = true;
        } else if (b == '{' || b == '[') {
          push((byte) b);
        } else if ((b == '}' || b == ']') && depth > 0 && close(b == '}' ? (byte) '{' : (byte) '[') && depth == 0) {
          state = State.SEPARATOR;
          return true;
        }
      }
      b = advance();
      if (b < 0) {
        slice.truncated = true;
        problems.add(new InputProblem("truncated", byteLine, byteColumn, "the array is not closed by ]"));
        state = State.DONE;
        return true;
      }
    }
  }

  private void push(byte opener) {
    if (depth < STACK_CAP) {
      if (depth == stack.length) {
        stack = java.util.Arrays.copyOf(stack, Math.min(STACK_CAP, stack.length * 2));
      }
      stack[depth] = opener;
    }
    depth++;
  }

  /**
   * Closes the innermost open bracket that matches, dropping the unmatched ones inside it.
   *
   * @param opener the opener that the closer matches
   * @return true if a bracket was closed, false if none matches (the closer is ignored)
   */
  private boolean close(byte opener) {
    if (depth > STACK_CAP) {
      depth--;
      return true;
    }
    for (int i = depth - 1; i >= 0; i--) {
      if (stack[i] == opener) {
        depth = i;
        return true;
      }
    }
    return false;
  }

  private static String describe(int b) {
    return b >= 0x20 && b < 0x7F ? "'" + (char) b + "'" : String.format("byte 0x%02x", b);
  }
}
