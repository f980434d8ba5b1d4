package io.github.jiceng.governance.testkit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Illustrative Chinese place names built from name syllables and a suffix (区, 街道, 镇, 乡, 社区, 村), distinct within
 * one generated territory as far as the syllables allow.
 */
final class PlaceNames {
  private static final List<String> SYLLABLES =
      "汉丰云枫文峰乐满月义和南明金州皓顶星杨柳白鹤临江竹溪温泉大德长沙中岳高桥铁紫水河堰天巫山厚坝渠口谭三汇九龙万福兴隆安康青松梅林石双新华红旗太平五通鲤鱼凤凰宝塔"
          .codePoints().distinct().mapToObj(Character::toString).collect(Collectors.toUnmodifiableList());

  private final SplittableRandom random;
  private final Set<String> used = new HashSet<>();

  PlaceNames(SplittableRandom random) {
    this.random = random;
  }

  /**
   * Returns a new name with a suffix: two syllables if an unused one is found quickly, else three.
   *
   * @param suffix for example "街道"
   * @return the name, for example "云枫街道"
   */
  String next(String suffix) {
    for (int syllables = 2; ; syllables++) {
      for (int attempt = 0; attempt < 20; attempt++) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
          name.append(SYLLABLES.get(random.nextInt(SYLLABLES.size())));
        }
        String candidate = name.append(suffix).toString();
        if (used.add(candidate)) {
          return candidate;
        }
      }
    }
  }
}
