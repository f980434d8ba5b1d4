package io.github.jiceng.governance.testkit;

import java.util.SplittableRandom;

/** Illustrative two-character personal names for the sample district. */
final class SamplePeople {
  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐";
  private static final String GIVEN = "芳明红强静伟敏丽军洋勇艳杰娟涛超秀霞平刚桂英华";

  private SamplePeople() {
  }

  static String name(SplittableRandom random) {
    return Character.toString(SURNAMES.codePointAt(random.nextInt(SURNAMES.length())))
        + Character.toString(GIVEN.codePointAt(random.nextInt(GIVEN.length())));
  }
}
