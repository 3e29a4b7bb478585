/**
 * Text out of whatever a person uploads, with Apache Tika in isolated parse workers (hostile files exist), and the
 * structure read from it: sections, dated positions, language. Its facade is {@link dev.aiproof.extraction.Extractor};
 * the rest of the service sees only the immutable {@link dev.aiproof.extraction.ExtractedDocument}.
 */
@ApplicationModule(displayName = "Extraction", allowedDependencies = {})
package dev.aiproof.extraction;

import org.springframework.modulith.ApplicationModule;
