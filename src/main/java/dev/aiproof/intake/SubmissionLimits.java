package dev.aiproof.intake;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.stereotype.Component;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;

/**
 * Per-client and per-recipient limits on submissions (see {@link LimitsProperties}), from the API and the form alike.
 * Buckets are keyed by a SHA-256 of the client's network or of the normalised address, never by the address itself,
 * and the limit is part of the key, so a changed limit starts fresh buckets instead of reading old ones.
 */
@Component
class SubmissionLimits {

    private final ProxyManager<String> buckets;
    private final LimitsProperties limits;

    SubmissionLimits(ProxyManager<String> rateLimitBuckets, LimitsProperties limits) {
        this.buckets = rateLimitBuckets;
        this.limits = limits;
    }

    /** Counts every submission a client makes, before it is judged. */
    void admitClient(String remoteAddress) {
        take("client", limits.perClientPerHour(), Duration.ofHours(1), network(remoteAddress));
    }

    /** Counts a valid submission against the address its report goes to. */
    void admitAddress(String email) {
        take("address", limits.perAddressPerDay(), Duration.ofDays(1), normalised(email));
    }

    private void take(String which, int limit, Duration period, String identity) {
        if (limit == 0) {
            return;
        }
        String key = which + ":" + limit + ":" + DigestUtils.sha256Hex(identity);
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit).refillGreedy(limit, period))
                .build();
        ConsumptionProbe probe = buckets.builder().build(key, () -> configuration).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimitedException(which, Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /** One mailbox, however it is written: case and a {@code +tag} sub-address do not make another. */
    static String normalised(String email) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        int plus = address.indexOf('+');
        return plus > 0 && plus < at ? address.substring(0, plus) + address.substring(at) : address;
    }

    /** An IPv4 address, or the /64 network of an IPv6 one (a single subscriber usually holds a whole /64). */
    static String network(String remoteAddress) {
        if (remoteAddress == null || !remoteAddress.matches("[0-9A-Fa-f:.]+")) {
            return String.valueOf(remoteAddress); // not an IP literal: never hand it to a name lookup
        }
        try {
            InetAddress address = InetAddress.getByName(remoteAddress); // a literal: no lookup
            if (address instanceof Inet6Address) {
                byte[] bytes = address.getAddress();
                Arrays.fill(bytes, 8, 16, (byte) 0);
                return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
            }
            return address.getHostAddress();
        } catch (UnknownHostException e) {
            return remoteAddress;
        }
    }
}
