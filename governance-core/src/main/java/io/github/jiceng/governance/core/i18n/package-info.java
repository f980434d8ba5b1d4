/**
 * Bilingual (zh-CN and English) display names shared by the model's enumerations.
 */
package io.github.jiceng.governance.core.i18n;
