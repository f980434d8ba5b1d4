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
    int found = Arrays.binarySearch(firstLines, datasetLine);
    int index = found >= 0 ? found : -found - 2;
    // empty files share their first line with the next file: take the last file that starts there
    while (index + 1 < firstLines.length && firstLines[index + 1] == firstLines[index] && index >= 0
        && firstLines[index + 1] <= datasetLine) {
      index++;
    }
    return Math.max(0, index);
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
