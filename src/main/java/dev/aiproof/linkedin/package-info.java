/**
 * A LinkedIn profile URL checked and fetched safely (no redirects off LinkedIn, a size and time bound), with the
 * sign-in wall told apart from a profile, behind {@link dev.aiproof.linkedin.ProfileFetcher}.
 */
@ApplicationModule(displayName = "LinkedIn", allowedDependencies = {})
package dev.aiproof.linkedin;

import org.springframework.modulith.ApplicationModule;
