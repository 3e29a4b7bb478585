package dev.aiproof.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.aiproof.AiproofApplication;
import dev.aiproof.TestMailServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The pipeline on real PostgreSQL (binaries from a jar): migrations, db-scheduler and the JSON columns. */
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
        Map<String, Object> properties = Map.of(
                "spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", TestMailServer.port(),
                "db-scheduler.polling-interval", "200ms");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AiproofApplication.class)
                .web(WebApplicationType.NONE).properties(properties).run()) {
            Pipeline pipeline = context.getBean(Pipeline.class);
            byte[] cv = Files.readAllBytes(Path.of("fixtures/e2e/senior-developer.txt"));
            String id = pipeline.submit(new Submission("cv.txt", cv, null, "pg@postgres.example", "en")).id();
            await().atMost(Duration.ofSeconds(60)).until(() -> pipeline.find(id).orElseThrow().state() == AssessmentState.DELIVERED);
            assertThat(pipeline.report(id).orElseThrow().score()).isBetween(0, 100);
            assertThat(TestMailServer.get().getReceivedMessagesForDomain("postgres.example")).hasSize(1);
            assertThat(pipeline.delete(id)).isTrue();
            assertThat(pipeline.find(id)).isEmpty();
        }
    }
}
