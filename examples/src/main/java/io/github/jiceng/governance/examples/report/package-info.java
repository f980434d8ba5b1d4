/**
 * The self-contained HTML report of a streaming validation (HTML 检查报告): {@link
 * io.github.jiceng.governance.examples.report.HtmlReport} writes one offline file with a summary, a filterable
 * findings table and inline SVG charts of the {@link io.github.jiceng.governance.examples.report.DistrictFacts} that a
 * {@link io.github.jiceng.governance.examples.report.DistrictFactsListener} collects during the run. See
 * docs/html-report.md.
 */
package io.github.jiceng.governance.examples.report;
