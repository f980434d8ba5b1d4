package io.github.jiceng.governance.json.binding;

import java.util.Objects;

/**
 * Where the values of a record's top-level properties are in its bytes, noted by {@link DirectBinding} while it binds
 * the record anyway (属性值偏移): the streaming validator turns them into the line and column of a finding's pointer
 * without scanning the record again. Internal, like its package.
 *
 * <p>The offsets travel on a per-thread {@link Channel}, because the binding is reached through the record reader,
 * whose API does not carry them: a caller opens the channel ({@link #expect()}), reads the record, and takes the
 * offsets of the value it got ({@link Channel#take}). Only a read of exactly that value, bound directly, gives offsets;
 * a record that databind read (or any other) gives none, and the caller finds positions otherwise. The binding notes
 * offsets only while the channel is open, so other reads pay nothing but the look-up of the channel. Immutable once
 * taken.
 */
public final class ValueOffsets {
  /** The answer of {@link #afterColon(String)} for a property of the record's class that the record does not have. */
  public static final int ABSENT = -2;
  /** The answer of {@link #afterColon(String)} for a name that is not a property of the record's class. */
  public static final int UNKNOWN = -1;
  private static final ThreadLocal<Channel> CHANNELS = ThreadLocal.withInitial(Channel::new);

  private final ObjectBinding object;
  /** Per property, the index after its colon + 1, or 0 if the record does not have it. */
  private final int[] starts;

  private ValueOffsets(ObjectBinding object, int[] starts) {
    this.object = object;
    this.starts = starts;
  }

  /**
   * Opens this thread's channel for the next record read, dropping anything noted before.
   *
   * @return the channel, to take the offsets from after the read
   */
  public static Channel expect() {
    Channel channel = CHANNELS.get();
    channel.wanted = true;
    channel.clear();
    return channel;
  }

  /**
   * Returns this thread's channel, for the binding.
   *
   * @return the channel
   */
  static Channel channel() {
    return CHANNELS.get();
  }

  /**
   * Returns where a top-level property's value is: the index of the byte after the colon that follows its name (the
   * value starts after any whitespace there).
   *
   * @param name the property's JSON name, not null
   * @return the index, {@link #ABSENT} if the record does not have the property, {@link #UNKNOWN} if the record's class
   *     has no property of that name (a {@code "type"} that is not a property is unknown too)
   */
  public int afterColon(String name) {
    int property = object.indexOf(Objects.requireNonNull(name, "name"));
    if (property < 0) {
      return UNKNOWN;
    }
    int start = starts[property];
    return start == 0 ? ABSENT : start - 1;
  }

  /** Returns for example {@code ValueOffsets[ObjectBinding[ServiceRecord, 17 properties]]}. */
  @Override
  public String toString() {
    return "ValueOffsets[" + object + "]";
  }

  /**
   * A thread's channel from the binding to the reader's caller: whether offsets are wanted, and those of the last
   * record bound while they were. Used by one thread only.
   */
  public static final class Channel {
    /** Whether the binding notes offsets. */
    boolean wanted;
    private ObjectBinding object;
    private int[] starts;
    private Object value;
    private int from;
    private int to;

    private Channel() {
    }

    /**
     * Makes room for a record's offsets, if they are wanted.
     *
     * @param binding the binding of the record's class
     * @return the offsets to fill (index after a property's colon + 1, by property), or null
     */
    int[] starts(ObjectBinding binding) {
      return wanted ? new int[binding.size()] : null;
    }

    /**
     * Keeps the offsets of a record bound directly.
     *
     * @param binding the binding of its class
     * @param filled the offsets, as {@link #starts} gave them
     * @param bound the value
     * @param first the record's first byte
     * @param end the index after its last byte
     */
    void noted(ObjectBinding binding, int[] filled, Object bound, int first, int end) {
      object = binding;
      starts = filled;
      value = bound;
      from = first;
      to = end;
    }

    private void clear() {
      object = null;
      starts = null;
      value = null;
    }

    /**
     * Closes the channel and returns the offsets of a value, if the binding noted them while reading it.
     *
     * @param read the value the read gave (the very instance), or null
     * @param first the record's first byte
     * @param end the index after its last byte
     * @return the offsets, or null if the value was not bound directly from that record since {@link #expect()}
     */
    public ValueOffsets take(Object read, int first, int end) {
      ValueOffsets offsets = read != null && read == value && first == from && end == to
          ? new ValueOffsets(object, starts) : null;
      wanted = false;
      clear();
      return offsets;
    }

    /** Returns for example {@code Channel[wanted]}. */
    @Override
    public String toString() {
      return "Channel[" + (wanted ? "wanted" : "closed") + "]";
    }
  }
}
