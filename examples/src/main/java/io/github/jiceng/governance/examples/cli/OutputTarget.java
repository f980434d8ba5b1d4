package io.github.jiceng.governance.examples.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command writes its output: the {@code --output} file, or standard output (flushed, never closed). */
final class OutputTarget {
  private OutputTarget() {
  }

  /**
   * Opens the output.
   *
   * @param output the {@code --output} file, or null for standard output
   * @param console the console
   * @param language for the error message
   * @return a buffered stream; closing it closes the file, or only flushes standard output
   * @throws UsageError if the file cannot be written
   */
  static OutputStream open(Path output, Console console, LocaleOption language) {
    if (output == null) {
      return new BufferedOutputStream(new FilterOutputStream(console.out()) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
          flush();
        }
      });
    }
    try {
      return new BufferedOutputStream(Files.newOutputStream(output));
    } catch (IOException e) {
      throw new UsageError(language.text("无法写入文件：" + output, "cannot write the file " + output));
    }
  }
}
