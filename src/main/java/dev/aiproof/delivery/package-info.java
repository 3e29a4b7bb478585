/**
 * Email through Spring Mail (or the {@code .eml} outbox when no SMTP server is configured), with stable Message-IDs
 * and SMTP replies sorted into permanent and temporary.
 */
@ApplicationModule(displayName = "Delivery", allowedDependencies = {"report", "taxonomy", "erasure"})
package dev.aiproof.delivery;

import org.springframework.modulith.ApplicationModule;
