package io.github.jiceng.governance.examples.spark;

import io.github.jiceng.governance.json.stream.SourceNames;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The input files of one dataset in their order, with the names that findings give them: {@link SourceNames}, as
 * the streaming validator's {@code validate(List<Path>)} names its inputs (a file's name, or the path as given when
 * two files have the same file name). Immutable and serializable, broadcast to the tasks.
 */
final class InputFiles implements Serializable {
  private static final long serialVersionUID = 1L;
  private final String[] names;

  private InputFiles(String[] names) {
    this.names = names;
  }

  /**
   * Names the files of a dataset.
   *
   * @param inputs the files as given (paths or URIs), none twice
   * @return the files
   * @throws IllegalArgumentException if a file is given twice
   */
  static InputFiles of(List<String> inputs) {
    return new InputFiles(SourceNames.of(inputs).toArray(new String[0]));
  }

  /**
   * Returns the name of a file.
   *
   * @param file the file's index
   * @return its name in findings
   */
  String name(int file) {
    return names[file];
  }

  /**
   * Returns the names of the files.
   *
   * @return the names, in the files' order
   */
  List<String> names() {
    return List.of(names);
  }

  @Override
  public String toString() {
    return "InputFiles" + Arrays.toString(names);
  }
}
