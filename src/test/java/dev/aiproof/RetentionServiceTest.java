package dev.aiproof;

import org.springframework.test.context.TestPropertySource;

/**
 * The whole service as {@link ServiceTest} has it, with retention periods short enough to watch run out. Subclasses
 * share one context.
 */
@TestPropertySource(properties = "aiproof.retention.document-wait=4s")
public abstract class RetentionServiceTest extends ServiceTest {
}
