/**
 * What the service announces when it erases a person's data, so that every module holding something derived from it
 * erases that too without the eraser knowing who holds what.
 */
@ApplicationModule(displayName = "Erasure", allowedDependencies = {})
package dev.aiproof.erasure;

import org.springframework.modulith.ApplicationModule;
