package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.rules.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntPredicate;

/**
 * The references of a streaming run whose target had not appeared when they were read (待定引用), kept in a
 * {@link ByteArena} until the end of the input decides them: per reference a few variable-length integers (which
 * reference, input, record number, line, column, evaluation day, validity), the target id, the referring record's id
 * and the message arguments of its rule. Not thread-safe.
 *
 * <p>The arguments are stored as what they are where that is shorter than their text, and formatted only for the
 * references that become findings, exactly as {@link MissingReferences#pending} formats them: an argument equal to the
 * target id or to the record's id costs one byte, a date three or four, an absent value one; other arguments keep their
 * Chinese text, and their English and attribute texts only where these differ. A reference of a service record to an
 * unregistered volunteer (four arguments) costs about 50 bytes.
 *
 * <p>The layout of an entry is written by {@link #add} and read by {@link #read}, which also skips an entry without
 * decoding it; the two are the only places that know it.
 */
final class PendingReferences {
  /** The argument's texts are one string, equal in Chinese, in English and as an attribute. */
  private static final int TEXT = 0;
  /** The argument's Chinese, English and attribute texts, each written. */
  private static final int TEXTS = 1;
  /** The argument's Chinese and English texts; its attribute text is the English one. */
  private static final int TWO_TEXTS = 2;
  /** The argument is the target id. */
  private static final int KEY = 3;
  /** The argument is the referring record's id. */
  private static final int SUBJECT_ID = 4;
  /** The argument is a date, written as its epoch day. */
  private static final int DATE = 5;
  /** The argument is an empty {@code Optional}. */
  private static final int EMPTY = 6;

  private final ByteArena arena = new ByteArena();
  /** Argument names and subject types, stored once and referred to by index. */
  private final List<String> names = new ArrayList<>();
  private final Map<String, Integer> nameIndexes = new HashMap<>();
  /** The name indexes of the arguments of each declared reference that gives them one by one, or null. */
  private int[][] argumentNames = new int[8][];
  private long count;

  /**
   * Keeps a reference.
   *
   * @param reference the index of the reference among the declared ones
   * @param index the index of the id among the reference's ids
   * @param source the index of the record's input
   * @param number the record number in its input
   * @param at {line, column} of the id in the input, or null
   * @param date the record's evaluation date
   * @param valid whether the record has no active error
   * @param key the target id
   * @param subject the referring record's subject
   * @param declared the declared reference, whose rule's message arguments are kept
   * @param record the referring record
   */
  void add(int reference, int index, int source, long number, int[] at, LocalDate date, boolean valid, String key,
      Subject subject, RecordReference<?> declared, Object record) {
    String subjectId = subject.id().orElse("");
    arena.writeLong(reference);
    arena.writeLong(index);
    arena.writeLong(source);
    arena.writeLong(number);
    arena.writeLong(at == null ? 0 : at[0]);
    arena.writeLong(at == null ? 0 : at[1]);
    arena.writeSignedLong(date.toEpochDay());
    arena.writeLong(valid ? 1 : 0);
    arena.writeString(key);
    arena.writeString(subjectId);
    arena.writeLong(name(subject.type()));
    ReferenceArguments<?> named = declared.namedArguments();
    if (named != null) {
      int[] nameIndexes = argumentNameIndexes(reference, named);
      arena.writeLong(nameIndexes.length);
      for (int a = 0; a < nameIndexes.length; a++) {
        arena.writeLong(nameIndexes[a]);
        writeArgument(named.value(record, index, a), key, subjectId);
      }
    } else {
      Map<String, ?> arguments = declared.argumentsOf(record, index);
      arena.writeLong(arguments.size());
      for (Map.Entry<String, ?> argument : arguments.entrySet()) {
        arena.writeLong(name(argument.getKey()));
        writeArgument(argument.getValue(), key, subjectId);
      }
    }
    count++;
  }

  private void writeArgument(Object value, String key, String subjectId) {
    if (value instanceof String) {
      // a string is its own text in Chinese, in English and as an attribute (ArgumentFormatter)
      if (value.equals(key)) {
        arena.writeLong(KEY);
      } else if (value.equals(subjectId)) {
        arena.writeLong(SUBJECT_ID);
      } else {
        arena.writeLong(TEXT);
        arena.writeString((String) value);
      }
      return;
    }
    if (value instanceof LocalDate) {
      arena.writeLong(DATE);
      arena.writeSignedLong(((LocalDate) value).toEpochDay());
      return;
    }
    if (value instanceof Optional && ((Optional<?>) value).isEmpty()) {
      arena.writeLong(EMPTY);
      return;
    }
    String[] texts = MissingReferences.texts(value);
    boolean oneText = texts[1].equals(texts[0]) && texts[2].equals(texts[0]);
    if (oneText && value instanceof String && texts[0].equals(key)) {
      arena.writeLong(KEY);
    } else if (oneText && value instanceof String && texts[0].equals(subjectId)) {
      arena.writeLong(SUBJECT_ID);
    } else if (oneText) {
      arena.writeLong(TEXT);
      arena.writeString(texts[0]);
    } else if (texts[2].equals(texts[1])) {
      arena.writeLong(TWO_TEXTS);
      arena.writeString(texts[0]);
      arena.writeString(texts[1]);
    } else {
      arena.writeLong(TEXTS);
      arena.writeString(texts[0]);
      arena.writeString(texts[1]);
      arena.writeString(texts[2]);
    }
  }

  /**
   * Reads every reference in the order kept; a reference whose declared reference the filter rejects is skipped
   * without decoding its strings.
   *
   * @param decode tells, by the index of the declared reference, whether to decode an entry
   * @param out receives the decoded references
   */
  void forEach(IntPredicate decode, Consumer<MissingReferences.Pending> out) {
    ByteArena.Cursor cursor = arena.new Cursor(0);
    while (!cursor.atEnd()) {
      int reference = (int) cursor.readLong();
      MissingReferences.Pending pending = read(reference, cursor, decode.test(reference));
      if (pending != null) {
        out.accept(pending);
      }
    }
  }

  /** Reads the rest of an entry after its first field; returns null, having only moved past it, if not decoding. */
  private MissingReferences.Pending read(int reference, ByteArena.Cursor cursor, boolean decode) {
    int index = (int) cursor.readLong();
    int source = (int) cursor.readLong();
    long number = cursor.readLong();
    int line = (int) cursor.readLong();
    int column = (int) cursor.readLong();
    long epochDay = cursor.readSignedLong();
    boolean wasValid = cursor.readLong() == 1;
    String key = string(cursor, decode);
    String id = string(cursor, decode);
    String type = names.get((int) cursor.readLong());
    int arguments = (int) cursor.readLong();
    String[] argumentNames = new String[decode ? arguments : 0];
    String[] chinese = new String[argumentNames.length];
    String[] english = new String[argumentNames.length];
    String[] attributes = new String[argumentNames.length];
    for (int n = 0; n < arguments; n++) {
      String name = names.get((int) cursor.readLong());
      int tag = (int) cursor.readLong();
      String[] texts;
      switch (tag) {
        case KEY:
          texts = decode ? new String[] {key, key, key} : null;
          break;
        case SUBJECT_ID:
          texts = decode ? new String[] {id, id, id} : null;
          break;
        case DATE:
          long day = cursor.readSignedLong();
          texts = decode ? MissingReferences.texts(LocalDate.ofEpochDay(day)) : null;
          break;
        case EMPTY:
          texts = decode ? MissingReferences.texts(Optional.empty()) : null;
          break;
        case TEXT:
          String text = string(cursor, decode);
          texts = new String[] {text, text, text};
          break;
        case TWO_TEXTS:
          String zh = string(cursor, decode);
          String en = string(cursor, decode);
          texts = new String[] {zh, en, en};
          break;
        default: // TEXTS
          texts = new String[] {string(cursor, decode), string(cursor, decode), string(cursor, decode)};
      }
      if (decode) {
        argumentNames[n] = name;
        chinese[n] = texts[0];
        english[n] = texts[1];
        attributes[n] = texts[2];
      }
    }
    return decode ? new MissingReferences.Pending(reference, index, source, number, line, column, epochDay, wasValid,
        key, type, id, argumentNames, chinese, english, attributes) : null;
  }

  private static String string(ByteArena.Cursor cursor, boolean decode) {
    if (decode) {
      return cursor.readString();
    }
    cursor.skipString();
    return null;
  }

  /** Returns the name indexes of a declared reference's arguments given one by one, worked out once. */
  private int[] argumentNameIndexes(int reference, ReferenceArguments<?> named) {
    if (reference >= argumentNames.length) {
      argumentNames = java.util.Arrays.copyOf(argumentNames, Math.max(reference + 1, argumentNames.length * 2));
    }
    int[] indexes = argumentNames[reference];
    if (indexes == null) {
      indexes = new int[named.size()];
      for (int a = 0; a < indexes.length; a++) {
        indexes[a] = name(named.name(a));
      }
      argumentNames[reference] = indexes;
    }
    return indexes;
  }

  private int name(String name) {
    return nameIndexes.computeIfAbsent(name, n -> {
      names.add(n);
      return names.size() - 1;
    });
  }

  /**
   * Returns the number of references kept.
   *
   * @return the count
   */
  long count() {
    return count;
  }
}
