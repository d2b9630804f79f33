/**
 * {@code examroom bench}: benchmarks that print figures (percentiles, throughput) to compare over time.
 */
package org.examroom.launcher.bench;
