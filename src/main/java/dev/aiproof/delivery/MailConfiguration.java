package dev.aiproof.delivery;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    /** Without spring.mail.host Spring Boot makes no sender; ours writes .eml files instead. */
    @Bean
    @ConditionalOnExpression("'${spring.mail.host:}'.isBlank()")
    JavaMailSender outboxMailSender(DeliveryProperties properties) {
        return new OutboxMailSender(properties.outbox());
    }

    /** Always there, SMTP or not: files written by an earlier run without SMTP are erased all the same. */
    @Bean
    Outbox outbox(DeliveryProperties properties) {
        return new Outbox(properties.outbox());
    }
}
