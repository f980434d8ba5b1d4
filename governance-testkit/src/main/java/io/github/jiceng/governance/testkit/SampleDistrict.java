package io.github.jiceng.governance.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A deterministic generator of a whole synthetic district (样本区县数据集) modelled on Kaizhou District (开州区,
 * 500154): its territory, three-tier service system, five-society linkage, covenants and meetings, and burden-reduction
 * requests, with references consistent across the areas (the same villages, townships, stations, workers and
 * organisations), and about 5% of the records carrying a realistic problem, each listed as a {@link PlantedProblem}.
 *
 * <p>The fixed part, which does not grow with the scale, is the district of {@link ServiceGenerators#kaizhou()}:
 * 40 townships and streets, about 550 villages and communities, 40 social-work stations with their rooms, 447
 * social organisations and 289 certified social workers (the article's figures), plus one committee for every village
 * and community (its villagers' or residents' committee, a {@code community-committee} record), a social-work service
 * centre per township, the charity, and every village's covenant with its vote, half of the villages another meeting,
 * a third of them a council with its records, and the district's own list
 * catalogue (illustrative items). The
 * volume records grow with the scale: per unit of scale, {@value #PROJECTS_PER_SCALE} linkage projects with 10
 * volunteers each and 5 service records per volunteer, {@value #ADMISSIONS_PER_SCALE} admission requests and
 * {@value #CERTIFICATES_PER_SCALE} certificate requests. Scale 1 has about 16,000 records; scale 100 about
 * 950,000 (the territory stays one district: more scale means more activity in the same villages, not more villages). Records are emitted one by one to a {@link RecordSink}: the volume records
 * are made and handed on one project at a time, so scale 100 needs no more memory than scale 1.
 *
 * <p>The problems are meant to be found by streaming validation of all parts as one dataset with the standard pack
 * of 500154 and no external lookup ({@code RecordStreamValidator.builder(Validator.builder(
 * StandardPacks.forJurisdiction("500154")).build()).build()}): each problem gives exactly one finding per rule id,
 * with the problem's record as the subject, and the rest of the data none. Everything is synthetic; the codes are
 * illustrative.
 *
 * <pre>{@code
 * SampleDistrict district = SampleDistrict.of(2026L, 1);
 * List<PlantedProblem> manifest = district.generateRecords((part, record) -> write(part, record));
 * }</pre>
 */
public final class SampleDistrict {
  /** Linkage projects per unit of scale (each with 10 volunteers and 50 service records). */
  public static final int PROJECTS_PER_SCALE = 100;
  /** Admission requests per unit of scale. */
  public static final int ADMISSIONS_PER_SCALE = 60;
  /** Certificate requests per unit of scale. */
  public static final int CERTIFICATES_PER_SCALE = 2500;

  private final long seed;
  private final int scale;
  private final TerritoryShape shape;

  private SampleDistrict(long seed, int scale, TerritoryShape shape) {
    if (scale < 1) {
      throw new IllegalArgumentException("scale must be at least 1, but was " + scale);
    }
    this.seed = seed;
    this.scale = scale;
    this.shape = shape;
  }

  /**
   * Returns the Kaizhou-like sample district of a seed and scale.
   *
   * @param seed the seed; the same seed and scale give the same records in the same order
   * @param scale the multiplier of the volume records, at least 1
   * @return the generator
   * @throws IllegalArgumentException if {@code scale} is less than 1
   */
  public static SampleDistrict of(long seed, int scale) {
    return new SampleDistrict(seed, scale, null);
  }

  /**
   * Returns this generator with another territory shape instead of Kaizhou's (a small shape makes fast tests); the
   * service system then follows {@link ServiceGenerators#datasets(TerritoryShape)} instead of the article's figures.
   *
   * @param territoryShape the shape, not null; at least one street and one town, with villages
   * @return the new generator
   * @throws NullPointerException if {@code territoryShape} is null
   */
  public SampleDistrict withShape(TerritoryShape territoryShape) {
    return new SampleDistrict(seed, scale, Objects.requireNonNull(territoryShape, "territoryShape"));
  }

  /**
   * Returns the seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the scale.
   *
   * @return at least 1
   */
  public int scale() {
    return scale;
  }

  /**
   * Generates the dataset: every record in order of the parts ({@link SamplePart#TERRITORY}, {@link
   * SamplePart#SERVICE}, {@link SamplePart#LINKAGE}, {@link SamplePart#COVENANTS}, {@link SamplePart#BURDEN}), each
   * problem to {@link RecordSink#problem} next to its record.
   *
   * @param sink receives the records and problems, not null
   * @throws NullPointerException if {@code sink} is null
   */
  public void generate(RecordSink sink) {
    SampleContext context = new SampleContext(sink, seed, scale);
    SampleBase base = SampleBase.write(context, shape);
    SampleLinkage.write(context, base);
    SampleSelfGovernance.write(context, base);
    SampleBurden.write(context, base);
  }

  /**
   * Generates the dataset into a sink of records and returns the planted problems (the manifest), in the order they
   * were planted.
   *
   * @param records receives the records, not null
   * @return the problems, an immutable list
   * @throws NullPointerException if {@code records} is null
   */
  public List<PlantedProblem> generateRecords(BiConsumer<SamplePart, Object> records) {
    Objects.requireNonNull(records, "records");
    List<PlantedProblem> problems = new ArrayList<>();
    generate(new RecordSink() {
      @Override
      public void record(SamplePart part, Object record) {
        records.accept(part, record);
      }

      @Override
      public void problem(PlantedProblem problem) {
        problems.add(problem);
      }
    });
    return Collections.unmodifiableList(problems);
  }

  /** Returns for example {@code "SampleDistrict[seed 2026, scale 1, Kaizhou]"}. */
  @Override
  public String toString() {
    return "SampleDistrict[seed " + seed + ", scale " + scale + ", " + (shape == null ? "Kaizhou" : shape) + "]";
  }
}
