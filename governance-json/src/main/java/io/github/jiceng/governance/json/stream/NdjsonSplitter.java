package io.github.jiceng.governance.json.stream;

import java.io.IOException;
import java.io.InputStream;

/**
 * Cuts NDJSON into lines: each line that is not blank is one record. A line ends at a line feed; a carriage return
 * before it is dropped. A line longer than the maximum is not held: its bytes are counted to its end and the record is
 * reported as too long. The last line may lack its line feed; if the input was cut inside it, reading it gives a
 * {@code json.syntax} finding about the unexpected end of input.
 */
final class NdjsonSplitter extends RecordSplitter {
  private int line;

  /**
   * Creates a splitter.
   *
   * @param in the decompressed input
   * @param maxRecordBytes the maximum record length in bytes
   */
  NdjsonSplitter(InputStream in, long maxRecordBytes) {
    super(in, maxRecordBytes);
  }

  @Override
  boolean next(RecordSlice slice) throws IOException {
    while (true) {
      slice.reset();
      line++;
      slice.line = line;
      slice.column = 1;
      int flags = appendLine(slice, maxRecordBytes + 1); // one more for a carriage return to drop
      boolean blank = (flags & NOT_BLANK) == 0;
      if (slice.tooLong < 0 && slice.length > 0 && slice.bytes[slice.length - 1] == '\r') {
        slice.length--;
      }
      if (slice.tooLong < 0 && slice.length > maxRecordBytes) {
        slice.tooLong = slice.length;
      }
      if ((flags & LINE_FEED) == 0 && blank) {
        return false;
      }
      if (!blank) {
        return true;
      }
    }
  }
}
