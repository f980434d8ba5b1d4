package io.github.jiceng.governance.examples.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The input files of one dataset in their order, with the dataset line (in the files' concatenation) at which each
 * starts. Immutable and serializable, broadcast to the tasks.
 */
final class InputFiles implements Serializable {
  private static final long serialVersionUID = 1L;
  private final String[] names;
  /** The dataset line of each file's first line. */
  private final long[] firstLines;

  InputFiles(List<String> names, long[] lineCounts) {
    this.names = names.toArray(new String[0]);
    this.firstLines = new long[lineCounts.length];
    long line = 1;
    for (int i = 0; i < lineCounts.length; i++) {
      firstLines[i] = line;
      line += lineCounts[i];
    }
  }

  /**
   * Returns the file that holds a dataset line.
   *
   * @param datasetLine the 1-based line in the concatenation
   * @return the file's index
   */
  int fileOf(long datasetLine) {
    // the last file that starts at or before the line (an empty file shares its first line with the next one)
    int low = 0;
    int high = firstLines.length - 1;
    int found = 0;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (firstLines[middle] <= datasetLine) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }

  String name(int file) {
    return names[file];
  }

  long firstLine(int file) {
    return firstLines[file];
  }

  @Override
  public String toString() {
    return "InputFiles" + Arrays.toString(names);
  }
}
