package io.github.jiceng.governance.rules.covenant;

import io.github.jiceng.governance.core.covenant.Clause;
import io.github.jiceng.governance.core.covenant.Covenant;
import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keyword lists of the content lint (公约内容关键词), from 村委会法 第二十七条, 渝办法 第九条 and reported invalid clauses
 * (reference §3.2). A clause is flagged when every pattern of a category matches it (for example a subsidy word and a
 * word that withdraws it) and no exemption does. Keywords can only suggest a review, never prove illegality.
 */
enum Lexicon {
  /** Fines and penalty powers, which belong to statutory bodies (罚款、处罚权). */
  FINE("罚款或处罚", "a fine or penalty",
      List.of("罚款|罚金|罚没|没收|处罚权|处以|扣押|罚\\d+|罚[一二三四五六七八九十百千万两]+元|罚(?:放|演|请|扫|洗)"), null),
  /** Restrictions of personal liberty (限制人身自由). */
  LIBERTY("限制人身自由", "a restriction of personal liberty",
      List.of("关押|拘禁|拘留|禁闭|限制[^，。；]{0,4}人身自由|游街|示众|扣留|软禁|捆绑|强制劳动|罚跪"), null),
  /** State subsidies or benefits made conditional (以停发补贴等作为处罚). */
  SUBSIDY("附条件发放国家补贴", "a condition on state subsidies or benefits",
      List.of("补贴|补助|低保|救助|救济|惠农|惠民|社保|养老金|医保|扶贫|优抚",
          "取消|扣除|扣发|停发|暂停|停止|不予|不得享受|不享受|不发放|收回"), null),
  /** Restrictions on petitioning (限制信访). */
  PETITION("限制信访", "a restriction on petitioning",
      List.of("上访|信访|越级", "不得|禁止|不准|不许|取消|扣|罚|处分|追究"), null),
  /** Restrictions on marriage, cohabitation or childbirth (限制婚姻、生育自由). */
  MARRIAGE("限制婚姻或生育", "a restriction on marriage, cohabitation or childbirth",
      List.of("(?:不得|禁止|不准|不许|限制)[^，。；]{0,6}(?:结婚|离婚|再婚|同居|生育|生孩子|怀孕|外嫁|招婿)"
          + "|(?:结婚|离婚|再婚|生育)[^，。；]{0,6}(?:须经|必须经|应经|须报|报经)[^，。；]{0,8}(?:同意|批准)"
          + "|(?:未婚先孕|超生|计划外生育)[^，。；]{0,10}(?:罚|取消|不予|不得)"), null),
  /** Denying collective distributions to married-out, divorced or widowed women (侵害出嫁、离婚、丧偶妇女权益). */
  WOMEN("剥夺出嫁、离婚、丧偶妇女的集体收益分配", "denying collective distributions to married-out, divorced or widowed women",
      List.of("出嫁|外嫁|嫁出|离婚|丧偶|再婚|招婿|上门女婿|农嫁非",
          "分配|分红|征地补偿|补偿款|集体收益|宅基地|承包地|福利|村民待遇",
          "不得|不再|取消|不享受|不予|无权|不能|丧失"), "同等|平等"),
  /** Criminal labels applied by the covenant (自行定罪). */
  CRIMINAL_LABEL("以犯罪论处", "a criminal label", List.of("论处|[以按][^，。；]{0,8}罪|定罪"), null);

  private final BilingualText concern;
  private final List<Pattern> patterns;
  private final Pattern exemption;

  Lexicon(String chinese, String english, List<String> patterns, String exemption) {
    this.concern = BilingualText.of(chinese, english);
    List<Pattern> compiled = new ArrayList<>();
    patterns.forEach(p -> compiled.add(Pattern.compile(p)));
    this.patterns = List.copyOf(compiled);
    this.exemption = exemption == null ? null : Pattern.compile(exemption);
  }

  /** The words of a text that trigger this category, or none if the category does not apply to it. */
  List<String> triggers(String text) {
    if (exemption != null && exemption.matcher(text).find()) {
      return List.of();
    }
    Set<String> words = new LinkedHashSet<>();
    for (Pattern pattern : patterns) {
      Matcher matcher = pattern.matcher(text);
      boolean found = false;
      while (matcher.find()) {
        found = true;
        words.add(matcher.group());
      }
      if (!found) {
        return List.of();
      }
    }
    return List.copyOf(words);
  }

  /** Reports every clause of a covenant that this category flags. */
  void lint(Covenant covenant, FindingCollector out) {
    BilingualText law = covenant.kind().isVillage()
        ? BilingualText.of("村民委员会组织法第二十七条；重庆市实施办法第九条", "村委会法 Art 27; Chongqing measures Art 9")
        : BilingualText.of("城市居民委员会组织法第十五条", "居委会法 Art 15");
    for (int i = 0; i < covenant.clauses().size(); i++) {
      Clause clause = covenant.clauses().get(i);
      List<String> words = triggers(clause.text());
      if (!words.isEmpty()) {
        out.report(JsonPointer.of("clauses", Integer.toString(i), "text"), new Args()
            .put("clause", clause.number())
            .put("words", words)
            .put("concern", concern)
            .put("law", law)
            .map());
      }
    }
  }
}
