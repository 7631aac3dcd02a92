/**
 * JMH benchmarks. Every benchmark class measures PracticeKit against a baseline in the same run, so
 * results are ratios that hold across machines; figures go to {@code benchmarks/RESULTS.md}.
 */
package org.practicekit.bench;
