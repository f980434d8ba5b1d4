package io.github.jiceng.governance.json.stream;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The names that findings give the inputs of a dataset (输入文件名): each file is named by its file name (the part
 * after the last {@code /}), or by the path as given when two of the files have the same file name, so that a finding
 * reads {@code service.ndjson:123:5} and stays unambiguous. {@link RecordStreamValidator#validate(List)} names its
 * files this way, and a cluster job that must give the same findings names its inputs with the same method.
 *
 * <pre>{@code
 * SourceNames.of(List.of("2025/a.ndjson", "2026/a.ndjson", "b.ndjson"))  // [2025/a.ndjson, 2026/a.ndjson, b.ndjson]
 * }</pre>
 */
public final class SourceNames {
  private SourceNames() {
  }

  /**
   * Names the inputs of a dataset.
   *
   * @param paths the inputs as given, with {@code /} as the separator (paths or URIs), none twice, not null
   * @return the names, in the inputs' order
   * @throws IllegalArgumentException if an input is given twice
   */
  public static List<String> of(List<String> paths) {
    Objects.requireNonNull(paths, "paths");
    Map<String, Integer> fileNames = new HashMap<>();
    Set<String> given = new HashSet<>();
    for (String path : paths) {
      if (!given.add(Objects.requireNonNull(path, "path"))) {
        throw new IllegalArgumentException("the file " + path + " is given twice; give each file once");
      }
      fileNames.merge(fileNameOf(path), 1, Integer::sum);
    }
    List<String> names = new ArrayList<>(paths.size());
    for (String path : paths) {
      String name = fileNameOf(path);
      names.add(fileNames.get(name) == 1 ? name : path);
    }
    return List.copyOf(names);
  }

  private static String fileNameOf(String path) {
    String trimmed = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    int slash = trimmed.lastIndexOf('/');
    return slash < 0 || slash == trimmed.length() - 1 ? trimmed : trimmed.substring(slash + 1);
  }
}
