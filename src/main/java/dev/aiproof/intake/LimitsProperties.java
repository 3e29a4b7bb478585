package dev.aiproof.intake;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Abuse limits on submissions, under {@code aiproof.limits}; {@code 0} turns a limit off (load tests, batch
 * operators). Each limit is a token bucket: its whole allowance at once, then refilled evenly over its period.
 *
 * @param perAddressPerDay  reports one recipient address may be sent a day (default 3); sub-addresses
 *                          ({@code name+tag@}) and letter case count as the same address
 * @param perClientPerHour  submissions one client may make an hour (default 20), refused ones included; a client is
 *                          its IP address (an IPv6 client its /64 network)
 */
@Validated
@ConfigurationProperties("aiproof.limits")
record LimitsProperties(
        @DefaultValue("3") @PositiveOrZero @Max(1_000_000) int perAddressPerDay,
        @DefaultValue("20") @PositiveOrZero @Max(1_000_000) int perClientPerHour) {
}
