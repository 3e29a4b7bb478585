package dev.aiproof.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Decides whether text is a CV, and cuts a cover letter off the front of a letter-plus-CV bundle. */
final class CvCheck {

    private static final Pattern SALUTATION = Pattern.compile(
            "(?iu)^(dear|to whom it may concern|sehr geehrte[rn]?|liebe[rn]?|kjære|hei|hej|bonjour|madame|estimado|geachte)[\\s,].*");
    private static final Pattern CV_START = Pattern.compile(
            "(?iu)^(curriculum vitae|cv|c\\.v\\.|résumé|resume|lebenslauf|tabellarischer lebenslauf|levnetsbeskrivelse|"
                    + "personalia|persönliche daten|personal (information|details))\\s*:?$");
    private static final Set<String> NOT_CV_WORDS = Set.of("ingredients", "preheat", "tablespoon", "tablespoons",
            "teaspoon",
            "teaspoons", "tbsp", "tsp", "oven", "bake", "simmer", "stir", "serves", "recipe", "whisk", "zutaten",
            "ingredienser",
            "invoice", "subtotal", "vat", "qty", "quantity", "amount", "due", "payment", "iban", "faktura", "rechnung",
            "mva", "bill", "remit", "receipt", "unit", "price", "total");
    private static final Set<String> CORE = Set.of("experience", "education", "skills", "summary", "projects",
            "certifications");

    private CvCheck() {
    }

    /** The text from the CV's first heading on, when a cover letter comes first; otherwise the text itself. */
    static String dropCoverLetter(String text, List<String> notes) {
        List<String> lines = text.lines().toList();
        boolean letter = lines.stream().limit(25).anyMatch(l -> SALUTATION.matcher(l.strip()).matches());
        if (!letter) {
            return text;
        }
        for (int i = 1; i < lines.size(); i++) {
            if (CV_START.matcher(lines.get(i).strip()).matches()) {
                notes.add("A cover letter came before the CV; only the CV part was read.");
                return String.join("\n", lines.subList(i, lines.size()));
            }
        }
        return text;
    }

    /** Throws NOT_A_CV, with the reason in the message, when the text is too thin or plainly something else. */
    static void check(String text, List<Section> sections, List<DatedPosition> positions) {
        int words = 0;
        int notCv = 0;
        for (String line : text.split("\n")) {
            if (Sections.headingKind(line).isPresent()) {
                continue;
            }
            for (String w : line.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!w.isEmpty()) {
                    words++;
                    notCv += NOT_CV_WORDS.contains(w) ? 1 : 0;
                }
            }
            words += (int) line.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    .count() / 2;
        }
        long headings = sections.stream().map(Section::kind).filter(CORE::contains).distinct().count();
        long titles = text.lines().filter(Titles::looksLikeTitle).limit(3).count();
        // a CV written in prose has no title lines, but it dates its jobs ("Since March 2022 I have bartended at …")
        long datedLines = positions.isEmpty()
                ? text.lines().filter(l -> !DateRanges.findAll(l).isEmpty()).limit(2).count()
                : 0;
        long cvSignals = headings + Math.min(positions.size(), 3) + titles + datedLines;
        boolean letter = text.lines().limit(25).anyMatch(l -> SALUTATION.matcher(l.strip()).matches());
        if (letter && headings == 0 && positions.isEmpty()) {
            throw notACv("cover-letter", "This looks like a cover letter on its own.");
        }
        if (notCv >= 6 && cvSignals < 5) {
            throw notACv("other-document", "The text reads like something other than a CV.");
        }
        if (words < 30 || (positions.isEmpty() && words < 120)) {
            throw notACv("too-little", "There is too little text to assess (" + words + " words besides headings).",
                    words);
        }
        if (cvSignals < 2) {
            throw notACv("no-structure", "We found no roles, dates or CV sections in the text.");
        }
    }

    private static ExtractionException notACv(String detail, String reason, Object... arguments) {
        return new ExtractionException(ExtractionError.NOT_A_CV, reason, null, detail, arguments);
    }
}
