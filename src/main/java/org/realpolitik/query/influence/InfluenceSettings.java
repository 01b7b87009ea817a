package org.realpolitik.query.influence;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the influence measures ({@code realpolitik.influence.*}, documented in docs/analytics.md).
 *
 * @param halfLife      age at which an edge weighs half as much ({@code 5y}, {@code 18m}, {@code 90d}); age runs from
 *                      the edge's last known date to the {@code asOf} date
 * @param dampingFactor PageRank damping factor: the probability that the walk follows an edge instead of restarting
 * @param maxIterations most PageRank iterations
 * @param tolerance     PageRank stops when no score changes by more than this
 */
@ConfigurationProperties("realpolitik.influence")
public record InfluenceSettings(@DefaultValue("5y") Period halfLife, @DefaultValue("0.85") double dampingFactor,
		@DefaultValue("20") int maxIterations, @DefaultValue("1.0E-7") double tolerance) {

	private static final double DAYS_PER_YEAR = 365.2425;

	private static final double DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

	public InfluenceSettings {
		if (halfLife == null || halfLife.isNegative() || halfLife.isZero()) {
			throw new IllegalArgumentException("realpolitik.influence.half-life must be a positive period, e.g. 5y");
		}
		if (!(dampingFactor > 0 && dampingFactor < 1)) {
			throw new IllegalArgumentException("realpolitik.influence.damping-factor must be between 0 and 1 (exclusive)");
		}
		if (maxIterations < 1) {
			throw new IllegalArgumentException("realpolitik.influence.max-iterations must be at least 1");
		}
		if (!(tolerance > 0)) {
			throw new IllegalArgumentException("realpolitik.influence.tolerance must be positive");
		}
	}

	/** The defaults: half-life 5 years, damping 0.85, 20 iterations, tolerance 1e-7. */
	public static InfluenceSettings defaults() {
		return new InfluenceSettings(Period.ofYears(5), 0.85, 20, 1.0E-7);
	}

	/** The half-life in days (a year is 365.2425 days, a month a twelfth of it). */
	public double halfLifeDays() {
		return this.halfLife.getYears() * DAYS_PER_YEAR + this.halfLife.getMonths() * DAYS_PER_MONTH
				+ this.halfLife.getDays();
	}

}
