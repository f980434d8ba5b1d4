/**
 * Rules for village rules and residents' conventions (村规民约、居民公约规则): the adoption procedure (steps in order,
 * review before the vote, the right meeting, filing with the right body, publication after filing), cross-checks with
 * the meeting record, women's part in the vote, and a content lint.
 *
 * <p>The content lint never reports an error: a keyword can only suggest that a clause needs legal review (a fine, a
 * restriction of personal liberty, a condition on state subsidies, a restriction of petitioning, marriage or
 * childbirth, denying collective distributions to married-out, divorced or widowed women, a criminal label). Each
 * finding names the clause, the words that triggered it and the legal basis (村委会法 第二十七条, 居委会法 第十五条,
 * 渝办法 第九条).
 *
 * <p>A covenant is judged by the law of its adoption vote's date. From 2026-01-01 the statutory filing body is not
 * yet confirmed for the revised texts; {@code covenant.filing.wrong-body-provisional} (WARNING) then replaces {@code
 * covenant.filing.wrong-body} (ERROR).
 */
package io.github.jiceng.governance.rules.covenant;
