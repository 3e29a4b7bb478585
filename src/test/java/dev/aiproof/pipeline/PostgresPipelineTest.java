package dev.aiproof.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import javax.sql.DataSource;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import dev.aiproof.AiproofApplication;
import dev.aiproof.MailParts;
import dev.aiproof.TestMailServer;
import dev.aiproof.extraction.Extractor;
import dev.aiproof.profiling.Profiler;
import dev.aiproof.scoring.Scorer;

/**
 * The pipeline on real PostgreSQL (binaries from a jar): migrations, db-scheduler, the JSON columns and the recorded
 * address of the submission that its emailed links start with.
 */
class PostgresPipelineTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void assessmentRunsToDeliveryOnPostgres() throws Exception {
        // as arguments, not SpringApplicationBuilder.properties(): those are defaults, and config/application.yml's
        // H2 URL would win over them (this test once ran on H2 that way)
        String[] arguments = {
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + TestMailServer.port(),
                "--db-scheduler.polling-interval=200ms"};
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AiproofApplication.class)
                .web(WebApplicationType.NONE).run(arguments)) {
            try (Connection connection = context.getBean(DataSource.class).getConnection()) {
                assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            }
            Pipeline pipeline = context.getBean(Pipeline.class);
            byte[] cv = Files.readAllBytes(Path.of("fixtures/e2e/senior-developer.txt"));
            // as on a request's thread: the address it came to is recorded (Flyway V9) and the email's links follow it
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/assessments");
            request.setScheme("https");
            request.setServerName("pg.example");
            request.setServerPort(443);
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
            String id;
            try {
                id = pipeline.submit(new Submission("cv.txt", cv, null, "pg@postgres.example", "en")).id();
            } finally {
                RequestContextHolder.resetRequestAttributes();
            }
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> pipeline.find(id).orElseThrow().state() == AssessmentState.DELIVERED);
            // the stored report's score is the one the same stages give this CV when called directly: nothing is
            // lost or changed on its way through PostgreSQL's stage columns
            int direct = context.getBean(Scorer.class).score(context.getBean(Profiler.class)
                    .profile(context.getBean(Extractor.class).extract("cv.txt", cv))).score();
            assertThat(pipeline.report(id).orElseThrow().score()).isEqualTo(direct);
            MimeMessage[] mails = TestMailServer.get().getReceivedMessagesForDomain("postgres.example");
            assertThat(mails).hasSize(1);
            String token = pipeline.find(id).orElseThrow().reportToken();
            assertThat(MailParts.of(mails[0]).get("text/plain")).contains("https://pg.example/reports/" + token)
                    .contains("https://pg.example/erase/" + token);
            assertThat(pipeline.delete(id)).isTrue();
            assertThat(pipeline.find(id)).isEmpty();
        }
    }
}
