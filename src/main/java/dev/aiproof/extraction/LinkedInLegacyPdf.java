package dev.aiproof.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The older, single-column LinkedIn "Save to PDF" layout (about 2016–18): name, headline and email on top, then
 * Summary, Experience ("Title at Company" above each date line), Education…, and a last page that repeats the name
 * with "Contact … on LinkedIn". The generic section and date readers handle its body; this class recognises it and
 * removes the repeated contact block.
 */
final class LinkedInLegacyPdf {

    private static final Pattern CONTACT = Pattern.compile("^Contact .+ on LinkedIn$");

    private LinkedInLegacyPdf() {
    }

    static boolean recognise(String text) {
        return text.lines().anyMatch(l -> CONTACT.matcher(l.strip()).matches())
                && text.lines().anyMatch(l -> l.strip().equals("Experience"));
    }

    /** The text without the trailing block that repeats the name, headline and email before "Contact … on LinkedIn". */
    static String dropTrailer(String text) {
        List<String> lines = text.lines().toList();
        String name = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        for (int i = lines.size() - 1; i > 0; i--) {
            if (CONTACT.matcher(lines.get(i).strip()).matches()) {
                for (int j = i - 1; j > 0; j--) {
                    if (lines.get(j).strip().equals(name)) {
                        return String.join("\n", lines.subList(0, j)).strip();
                    }
                }
            }
        }
        return text;
    }
}
