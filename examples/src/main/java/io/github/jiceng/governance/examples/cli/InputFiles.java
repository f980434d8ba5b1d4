package io.github.jiceng.governance.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files that {@code validate} reads: each file given, and in each folder given every {@code *.ndjson},
 * {@code *.json}, {@code *.ndjson.gz} and {@code *.json.gz} file, searched recursively and sorted by path. A file
 * named twice is read once.
 */
final class InputFiles {
  private InputFiles() {
  }

  /**
   * Expands the paths.
   *
   * @param paths the files and folders given
   * @param language for error messages
   * @return the files, in order
   * @throws UsageError if a path does not exist, a file cannot be read, or a folder holds no record file
   */
  static List<Path> expand(List<Path> paths, LocaleOption language) {
    Set<Path> files = new LinkedHashSet<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        List<Path> found = recordFiles(path, language);
        if (found.isEmpty()) {
          throw new UsageError(language.text(
              "文件夹 " + path + " 中没有 *.ndjson、*.json、*.ndjson.gz 或 *.json.gz 文件",
              "no *.ndjson, *.json, *.ndjson.gz or *.json.gz file in the folder " + path));
        }
        found.forEach(file -> files.add(file.normalize()));
      } else if (Files.exists(path)) {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
          throw new UsageError(language.text("无法读取文件：" + path, "cannot read the file " + path));
        }
        files.add(path.normalize());
      } else {
        throw new UsageError(language.text("没有这个文件或文件夹：" + path, "no such file or folder: " + path));
      }
    }
    return new ArrayList<>(files);
  }

  /**
   * Tells whether a file name is one of a record file.
   *
   * @param name the file name
   * @return true for {@code .ndjson}, {@code .json}, {@code .ndjson.gz} and {@code .json.gz}
   */
  static boolean isRecordFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".ndjson") || lower.endsWith(".json") || lower.endsWith(".ndjson.gz")
        || lower.endsWith(".json.gz");
  }

  private static List<Path> recordFiles(Path folder, LocaleOption language) {
    try (Stream<Path> walk = Files.walk(folder)) {
      List<Path> found = walk.filter(Files::isRegularFile)
          .filter(p -> isRecordFile(p.getFileName().toString()))
          .sorted()
          .collect(Collectors.toList());
      for (Path file : found) {
        if (!Files.isReadable(file)) {
          throw new UsageError(language.text("无法读取文件：" + file, "cannot read the file " + file));
        }
      }
      return found;
    } catch (IOException | UncheckedIOException e) {
      throw new UsageError(language.text("无法读取文件夹 " + folder + "：" + e.getMessage(),
          "cannot read the folder " + folder + ": " + e.getMessage()));
    }
  }
}
