package dev.aiproof.linkedin;

/** What fetching a public profile gave: its page, or the reason a person must send the PDF export instead. */
public sealed interface ProfileFetch {

    /** The public profile page. */
    record Page(byte[] html) implements ProfileFetch {
    }

    /** LinkedIn showed a sign-in wall, or no such public profile: ask for the "Save to PDF" export. */
    record NeedsDocument(String reason) implements ProfileFetch {
    }
}
