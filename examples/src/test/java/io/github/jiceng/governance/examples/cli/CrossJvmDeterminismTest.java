package io.github.jiceng.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives byte-identical output in two JVMs. Within one JVM the order of {@code Set.of} and
 * {@code Set.copyOf} is fixed, so only separate processes can show output that depends on it (a route-mismatch finding
 * listed its expected bodies in either order); each run has a new random order, so such a bug fails this test in most
 * runs and a correct implementation passes in all.
 */
class CrossJvmDeterminismTest {
  @TempDir
  Path temp;

  private String validateInAnotherJvm(String name) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    String classPath = System.getProperty("java.class.path");
    String modulePath = System.getProperty("jdk.module.path");
    if (modulePath != null && !modulePath.isBlank()) {
      classPath = classPath + File.pathSeparator + modulePath;
    }
    Path output = temp.resolve(name + ".ndjson");
    List<String> command = new ArrayList<>(List.of(java, "-cp", classPath, Jiceng.class.getName(), "validate",
        Path.of("data", "sample-district").toString(), "--pack", "500154", "--format", "ndjson", "--locale", "en",
        "--output", output.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(temp.resolve(name + ".log").toFile()).start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
    assertThat(process.exitValue()).as(Files.readString(temp.resolve(name + ".log"))).isEqualTo(Jiceng.FINDINGS);
    return Files.readString(output, StandardCharsets.UTF_8);
  }

  @Test
  void theSampleDistrictGivesTheSameFindingsInTwoJvms() throws IOException, InterruptedException {
    String first = validateInAnotherJvm("first");
    String second = validateInAnotherJvm("second");
    assertThat(first.lines().count()).isGreaterThan(700);
    assertThat(second).isEqualTo(first);
  }
}
