package io.github.jiceng.governance.examples.data;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.testkit.PlantedProblem;
import io.github.jiceng.governance.testkit.ProblemArea;
import io.github.jiceng.governance.testkit.RecordSink;
import io.github.jiceng.governance.testkit.SampleDistrict;
import io.github.jiceng.governance.testkit.SamplePart;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the synthetic sample district ({@link SampleDistrict}) as NDJSON files, one per {@link SamplePart}
 * ({@code territory.ndjson}, {@code service.ndjson}, {@code linkage.ndjson}, {@code covenants.ndjson},
 * {@code burden.ndjson}, or {@code .ndjson.gz}), and its manifest of planted problems as {@code <DIR>.manifest.json}
 * next to the directory. The output is the same byte for byte for the same seed and scale.
 *
 * <p>Arguments: {@code --seed N} (default 2026), {@code --scale N} (default 1), {@code --out DIR} (required),
 * {@code --gzip}. See {@code examples/data/README.md}.
 */
public final class SampleDataWriter {
  /** The manifest's format name. */
  public static final String MANIFEST_FORMAT = "jiceng-sample-manifest";
  /** The jurisdiction whose standard pack the manifest's problems are found with. */
  public static final String JURISDICTION = "500154";

  private static final String USAGE = "usage: --seed N --scale N --out DIR [--gzip]";

  private SampleDataWriter() {
  }

  /**
   * Runs the writer.
   *
   * @param args {@code --seed N --scale N --out DIR [--gzip]}
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the writer and returns its exit status: 0 written, 1 the files could not be written, 2 wrong arguments.
   *
   * @param args {@code --seed N --scale N --out DIR [--gzip]}
   * @param out receives one line on success
   * @param err receives one line on failure
   * @return the exit status
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    long seed = 2026L;
    int scale = 1;
    Path dir = null;
    boolean gzip = false;
    try {
      for (int i = 0; i < args.length; i++) {
        if (args[i] == null || args[i].isEmpty()) {
          continue; // an empty Maven property
        }
        switch (args[i]) {
          case "--seed":
            seed = number(value(args, ++i, "--seed"), "--seed");
            break;
          case "--scale":
            long value = number(value(args, ++i, "--scale"), "--scale");
            if (value < 1 || value > Integer.MAX_VALUE) {
              throw new IllegalArgumentException("--scale must be 1 to " + Integer.MAX_VALUE + ", but was " + value);
            }
            scale = (int) value;
            break;
          case "--out":
            dir = Path.of(value(args, ++i, "--out"));
            break;
          case "--gzip":
            gzip = true;
            break;
          default:
            throw new IllegalArgumentException("unknown argument " + args[i] + "; " + USAGE);
        }
      }
      if (dir == null) {
        throw new IllegalArgumentException("missing --out DIR; " + USAGE);
      }
      Summary summary = write(SampleDistrict.of(seed, scale), dir, gzip);
      out.println("wrote " + summary.records() + " records (" + summary.problems().size()
          + " with planted problems) to " + dir + " and " + manifestPath(dir));
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("sample-data: " + e.getMessage());
      return 2;
    } catch (UncheckedIOException e) {
      err.println("sample-data: " + e.getMessage() + ": " + e.getCause().getMessage());
      return 1;
    }
  }

  private static long number(String text, String name) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " needs a whole number, but got \"" + text + "\"", e);
    }
  }

  private static String value(String[] args, int i, String name) {
    if (i >= args.length) {
      throw new IllegalArgumentException(name + " needs a value");
    }
    return args[i];
  }

  /**
   * Returns the manifest's path for an output directory: a sibling of it, {@code <DIR>.manifest.json}.
   *
   * @param dir the output directory
   * @return the manifest's path
   */
  public static Path manifestPath(Path dir) {
    Path absolute = dir.toAbsolutePath().normalize();
    return absolute.resolveSibling(absolute.getFileName() + ".manifest.json");
  }

  /**
   * Returns the file of a part in an output directory.
   *
   * @param dir the directory
   * @param part the part
   * @param gzip whether the files are gzip
   * @return for example {@code dir/territory.ndjson}
   */
  public static Path partFile(Path dir, SamplePart part, boolean gzip) {
    return dir.resolve(part.fileName() + (gzip ? ".ndjson.gz" : ".ndjson"));
  }

  /**
   * Writes a sample district's files and manifest.
   *
   * @param district the generator
   * @param dir the output directory, created if missing
   * @param gzip whether to gzip the NDJSON files
   * @return the counts and problems written
   * @throws UncheckedIOException if writing fails
   */
  public static Summary write(SampleDistrict district, Path dir, boolean gzip) {
    ObjectMapper mapper = GovernanceJson.mapper();
    ObjectWriter writer = mapper.writer();
    Map<SamplePart, OutputStream> outputs = new EnumMap<>(SamplePart.class);
    Map<SamplePart, Long> counts = new EnumMap<>(SamplePart.class);
    Map<String, Long> types = new TreeMap<>();
    List<PlantedProblem> problems = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      for (SamplePart part : SamplePart.values()) {
        OutputStream file = Files.newOutputStream(partFile(dir, part, gzip));
        outputs.put(part, new BufferedOutputStream(gzip ? new GZIPOutputStream(file, 1 << 16) : file, 1 << 16));
        counts.put(part, 0L);
      }
      district.generate(new RecordSink() {
        @Override
        public void record(SamplePart part, Object record) {
          byte[] json;
          try {
            json = writer.writeValueAsBytes(record);
            OutputStream out = outputs.get(part);
            out.write(json);
            out.write('\n');
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          counts.merge(part, 1L, Long::sum);
          types.merge(typeName(json), 1L, Long::sum);
        }

        @Override
        public void problem(PlantedProblem problem) {
          problems.add(problem);
        }
      });
      for (OutputStream out : outputs.values()) {
        out.close();
      }
      Summary summary = new Summary(district, counts, types, problems);
      writeManifest(mapper, summary, manifestPath(dir));
      return summary;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the sample district to " + dir, e);
    }
  }

  /** Returns the record type name, the value of the first property {@code "type"} of a written record. */
  private static String typeName(byte[] json) {
    String head = new String(json, 0, Math.min(json.length, 80), StandardCharsets.UTF_8);
    String prefix = "{\"" + GovernanceJson.TYPE_PROPERTY + "\":\"";
    if (!head.startsWith(prefix) || head.indexOf('"', prefix.length()) < 0) {
      throw new IllegalStateException("a record was written without its \"type\" first: " + head);
    }
    return head.substring(prefix.length(), head.indexOf('"', prefix.length()));
  }

  /**
   * Writes the manifest: its summary indented, then the problems, one compact JSON object per line.
   */
  private static void writeManifest(ObjectMapper mapper, Summary summary, Path path) throws IOException {
    Map<String, Object> head = new LinkedHashMap<>();
    head.put("format", MANIFEST_FORMAT);
    head.put("formatVersion", 1);
    head.put("description", "合成数据，区划代码为示意 / synthetic data; division codes are illustrative");
    head.put("seed", summary.district().seed());
    head.put("scale", summary.district().scale());
    head.put("jurisdiction", JURISDICTION);
    head.put("records", summary.records());
    Map<String, Long> byPart = new LinkedHashMap<>();
    summary.counts().forEach((part, count) -> byPart.put(part.fileName(), count));
    head.put("recordsByPart", byPart);
    head.put("recordsByType", summary.types());
    head.put("problemCount", summary.problems().size());
    Map<String, Long> byArea = new LinkedHashMap<>();
    for (ProblemArea area : ProblemArea.values()) {
      byArea.put(area.name().toLowerCase(Locale.ROOT),
          summary.problems().stream().filter(p -> p.area() == area).count());
    }
    head.put("problemsByArea", byArea);
    Map<String, Long> byRule = new TreeMap<>();
    summary.problems().forEach(p -> p.ruleIds().forEach(r -> byRule.merge(r, 1L, Long::sum)));
    head.put("problemsByRule", byRule);
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    String text = mapper.writer(printer).writeValueAsString(head);
    StringBuilder manifest = new StringBuilder(text.substring(0, text.lastIndexOf('}')).stripTrailing());
    manifest.append(",\n  \"problems\" : [");
    String separator = "\n    ";
    for (PlantedProblem p : summary.problems()) {
      Map<String, Object> problem = new LinkedHashMap<>();
      problem.put("area", p.area().name().toLowerCase(Locale.ROOT));
      problem.put("file", p.part().fileName() + ".ndjson");
      problem.put("recordType", p.recordType());
      problem.put("recordId", p.recordId());
      problem.put("ruleIds", p.ruleIds());
      problem.put("zh", p.description().chinese());
      problem.put("en", p.description().english());
      manifest.append(separator).append(mapper.writeValueAsString(problem));
      separator = ",\n    ";
    }
    manifest.append("\n  ]\n}\n");
    Files.writeString(path, manifest, StandardCharsets.UTF_8);
  }

  /** What {@link #write} wrote: records per part and per record type, and the planted problems. */
  public static final class Summary {
    private final SampleDistrict district;
    private final Map<SamplePart, Long> counts;
    private final Map<String, Long> types;
    private final List<PlantedProblem> problems;

    Summary(SampleDistrict district, Map<SamplePart, Long> counts, Map<String, Long> types,
        List<PlantedProblem> problems) {
      this.district = district;
      this.counts = new EnumMap<>(counts);
      this.types = new TreeMap<>(types);
      this.problems = List.copyOf(problems);
    }

    /**
     * Returns the generator.
     *
     * @return the generator
     */
    public SampleDistrict district() {
      return district;
    }

    /**
     * Returns the records per part.
     *
     * @return the counts
     */
    public Map<SamplePart, Long> counts() {
      return counts;
    }

    /**
     * Returns the records per record type.
     *
     * @return the counts, by type name
     */
    public Map<String, Long> types() {
      return types;
    }

    /**
     * Returns the planted problems.
     *
     * @return the problems
     */
    public List<PlantedProblem> problems() {
      return problems;
    }

    /**
     * Returns the number of records written.
     *
     * @return the sum over the parts
     */
    public long records() {
      return counts.values().stream().mapToLong(Long::longValue).sum();
    }
  }
}
