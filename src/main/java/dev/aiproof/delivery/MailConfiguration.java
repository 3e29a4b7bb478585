package dev.aiproof.delivery;

import java.nio.file.Path;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    /** Without spring.mail.host Spring Boot makes no sender; ours writes .eml files instead. */
    @Bean
    @ConditionalOnExpression("'${spring.mail.host:}'.isBlank()")
    JavaMailSender outboxMailSender(MailProperties properties) {
        return new OutboxMailSender(Path.of(properties.outbox()));
    }

    /** Always there, SMTP or not: files written by an earlier run without SMTP are erased all the same. */
    @Bean
    Outbox outbox(MailProperties properties) {
        return new Outbox(Path.of(properties.outbox()));
    }
}
