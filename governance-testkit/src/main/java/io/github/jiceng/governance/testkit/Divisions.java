package io.github.jiceng.governance.testkit;

import java.util.List;

/** Division codes the generators draw from: GB/T 2260 provinces and a small list of real county-level codes. */
final class Divisions {
  /** GB/T 2260 province-level codes (first two digits). */
  static final List<String> PROVINCES = List.of(
      "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
      "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82");

  /**
   * Real county-level codes: Chongqing's districts (5001xx, including 开州区 500154) and counties (5002xx), and
   * Beijing's 朝阳区 (110105), the address code of the GB 11643 example number.
   */
  static final List<String> COUNTIES = List.of(
      "500101", "500102", "500103", "500104", "500105", "500106", "500107", "500108", "500109", "500110",
      "500111", "500112", "500113", "500114", "500115", "500116", "500117", "500118", "500119", "500120",
      "500151", "500152", "500153", "500154", "500155", "500156",
      "500229", "500230", "500231", "500233", "500235", "500236", "500237", "500238", "500240", "500241",
      "500242", "500243",
      "110105");

  private Divisions() {
  }
}
