/**
 * The versioned occupations, tasks, skills, seniority levels and plan actions loaded from {@code config/taxonomy/} and
 * checked at start-up. It depends on nothing, so that every stage reads the same published data.
 */
@ApplicationModule(displayName = "Taxonomy", allowedDependencies = {})
package dev.aiproof.taxonomy;

import org.springframework.modulith.ApplicationModule;
