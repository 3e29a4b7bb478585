package dev.aiproof.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one address rule: what it lets through, the mail library sends unchanged; what it refuses, never reaches it. */
class MailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"x@y.com>", "<x@y.com>", "Name <x@y.com>", "x@y.com\u2028", "x@y.com\n", "a\u2028b@y.com",
            "a\u2029b@y.com",
            "ø@y.no", "ola.nørdmann@y.no", "x\u200b@y.com", "x@y\u00adz.com", "x@y.com\u0000", "x\u0007@y.com",
            "x@y", "x@y.", "x@.y.com", "x..y@y.com", ".x@y.com", "x@y.com, z@y.com", "x@y.com;z@y.com", "\"a b\"@y.com",
            "x@[127.0.0.1]", "x@@y.com", "x@y@z.com", "@y.com", "x@", "x y@y.com", "x@-y.com", "x@y_z.com", ""})
    void refused(String address) {
        assertThat(MailAddress.deliverable(address)).as(address).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "kari@example.com, kari@example.com",
            "  kari.nordmann+cv@mail.example.no , kari.nordmann+cv@mail.example.no",
            "O'Brien@Example.COM, O'Brien@example.com",
            "kari@bøler.no, kari@xn--bler-gra.no",
            "x@sub-domain.example.co.uk, x@sub-domain.example.co.uk"})
    void acceptedAsSent(String address, String sent) {
        assertThat(MailAddress.deliverable(address)).contains(sent);
    }

    @ParameterizedTest
    @ValueSource(ints = {64, 65})
    void theLocalPartHasItsLimit(int length) {
        String address = "a".repeat(length) + "@example.com";
        assertThat(MailAddress.deliverable(address).isPresent()).isEqualTo(length <= 64);
    }
}
