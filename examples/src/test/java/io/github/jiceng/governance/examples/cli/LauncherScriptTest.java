package io.github.jiceng.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script {@code examples/bin/jiceng}: without the jar it says how to build it. (Running the built jar
 * through the script is the manual check in docs/cli.md: the jar is made in {@code package}, after the tests.)
 */
class LauncherScriptTest {
  @Test
  void withoutTheJarTheScriptSaysTheOneCommandThatBuildsIt(@TempDir Path copy) throws IOException, InterruptedException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
    Path bin = Files.createDirectories(copy.resolve("bin"));
    Files.copy(Path.of("bin/jiceng"), bin.resolve("jiceng"));
    Process process = new ProcessBuilder("/bin/sh", bin.resolve("jiceng").toString(), "--version")
        .redirectInput(ProcessBuilder.Redirect.PIPE).start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).isEqualTo(2);
    assertThat(out).isEmpty();
    assertThat(err).isEqualTo("jiceng: " + bin + "/../target/jiceng.jar is missing; build it from the repository "
        + "root with: ./mvnw -q -pl examples -am package -DskipTests\n");
  }
}
