package dev.aiproof.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.aiproof.ServiceTest;
import dev.aiproof.TestLinkedIn;
import dev.aiproof.TestMailServer;

/**
 * Every email the service sends has a Message-ID derived from its assessment: a notice sent again (its stage replayed,
 * as after a crash between sending and recording it) carries the same id, so mail clients show it once.
 */
class NoticeMessageIdTest extends ServiceTest {

    @Autowired
    Pipeline pipeline;

    @Test
    void aReplayedRejectionNoticeHasTheSameMessageId() throws Exception {
        String domain = "notice-" + UUID.randomUUID() + ".example";
        String id = pipeline.submit(new Submission("recipe.txt", Files.readAllBytes(Path.of("fixtures/bad/recipe.txt")),
                null, "cook@" + domain, "en")).id();
        await().atMost(PIPELINE_TIMEOUT).until(() -> received(domain).length == 1);
        assertThat(pipeline.find(id).orElseThrow().state()).isEqualTo(AssessmentState.REJECTED);

        pipeline.run(Stage.NOTIFY_REJECTION, id);
        await().atMost(PIPELINE_TIMEOUT).until(() -> received(domain).length == 2);
        assertThat(Arrays.stream(received(domain)).map(NoticeMessageIdTest::messageId).distinct())
                .containsExactly("<rejection-" + id + "@aiproof.local>");
    }

    @Test
    void aReplayedDocumentRequestHasTheSameMessageId() throws Exception {
        String handle = "wall-" + UUID.randomUUID().toString().substring(0, 8);
        TestLinkedIn.get().stubFor(get(urlEqualTo("/in/" + handle + "/")).willReturn(aResponse().withStatus(200)
                .withBody(Files.readString(Path.of("fixtures/linkedin/authwall.html")))));
        String domain = "request-" + UUID.randomUUID() + ".example";
        String id = pipeline.submit(new Submission(null, null, "https://www.linkedin.com/in/" + handle, "x@" + domain,
                "en")).id();
        await().atMost(PIPELINE_TIMEOUT).until(() -> received(domain).length == 1);
        assertThat(pipeline.find(id).orElseThrow().state()).isEqualTo(AssessmentState.NEEDS_DOCUMENT);

        pipeline.run(Stage.REQUEST_DOCUMENT, id);
        await().atMost(PIPELINE_TIMEOUT).until(() -> received(domain).length == 2);
        assertThat(Arrays.stream(received(domain)).map(NoticeMessageIdTest::messageId).distinct())
                .containsExactly("<document-request-" + id + "@aiproof.local>");
    }

    private static MimeMessage[] received(String domain) {
        return TestMailServer.get().getReceivedMessagesForDomain(domain);
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
