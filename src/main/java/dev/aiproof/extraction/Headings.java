package dev.aiproof.extraction;

import java.util.Optional;

/**
 * The one dictionary of CV section headings (English, Norwegian, German, French, Spanish, a little Chinese), for
 * every stage: summary, experience, education, skills, languages, certifications, projects or other.
 */
public final class Headings {

    private Headings() {
    }

    /** The kind of section a line heads, if it is a heading. */
    public static Optional<String> kind(String line) {
        return Sections.headingKind(line);
    }
}
