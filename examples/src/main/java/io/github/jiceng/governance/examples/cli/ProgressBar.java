package io.github.jiceng.governance.examples.cli;

import io.github.jiceng.governance.json.stream.RecordOutcome;
import io.github.jiceng.governance.json.stream.StreamListener;
import io.github.jiceng.governance.json.stream.StreamReport;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * A progress bar on standard error for long runs, drawn only when standard error is a terminal: the share of the
 * input bytes in the files already read, the current file and the records read. Redrawn at most five times a second,
 * and only after the first second, so a short run draws nothing; erased at the end.
 */
final class ProgressBar implements StreamListener {
  private static final long FIRST_DRAW_NANOS = 1_000_000_000L;
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final int WIDTH = 30;

  private final PrintStream err;
  private final List<Path> files;
  private final long[] sizes;
  private final long totalBytes;
  private final LongSupplier nanoClock;
  private final long start;
  private long lastDraw;
  private long records;
  private int fileIndex = -1;
  private String currentSource = "";
  private boolean drawn;

  /**
   * Creates a progress bar.
   *
   * @param err where to draw it: standard error, when it is a terminal
   * @param files the files of the run, for their sizes
   * @param nanoClock the time in nanoseconds, {@code System::nanoTime}
   */
  ProgressBar(PrintStream err, List<Path> files, LongSupplier nanoClock) {
    this.err = err;
    this.nanoClock = nanoClock;
    this.start = nanoClock.getAsLong();
    this.files = files;
    this.sizes = new long[files.size()];
    long total = 0;
    for (int i = 0; i < files.size(); i++) {
      try {
        sizes[i] = Files.size(files.get(i));
      } catch (java.io.IOException e) {
        sizes[i] = 0;
      }
      total += sizes[i];
    }
    this.totalBytes = Math.max(1, total);
  }

  @Override
  public void record(RecordOutcome outcome) {
    records++;
    String source = outcome.source().orElse("");
    if (!source.equals(currentSource)) {
      currentSource = source;
      fileIndex++;
    }
    if ((records & 1023) == 0) {
      long now = nanoClock.getAsLong();
      if (now - start >= FIRST_DRAW_NANOS && now - lastDraw >= REDRAW_NANOS) {
        lastDraw = now;
        draw();
      }
    }
  }

  private void draw() {
    long done = 0;
    for (int i = 0; i < Math.min(fileIndex, sizes.length); i++) {
      done += sizes[i];
    }
    int filled = (int) Math.min(WIDTH, done * WIDTH / totalBytes);
    StringBuilder bar = new StringBuilder("\r[");
    for (int i = 0; i < WIDTH; i++) {
      bar.append(i < filled ? '=' : i == filled ? '>' : ' ');
    }
    bar.append("] ").append(Math.max(fileIndex, 0) + 1).append('/').append(files.size()).append(' ')
        .append(currentSource).append(", ").append(records).append(" records");
    err.print(bar);
    err.flush();
    drawn = true;
  }

  @Override
  public void end(StreamReport report) {
    if (drawn) {
      err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
      err.flush();
    }
  }
}
