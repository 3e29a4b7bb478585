package dev.aiproof.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Splits CV text at recognisable headings (English, Norwegian, German, a little Chinese and Romance). */
final class Sections {

    private static final Map<String, List<String>> HEADINGS = new LinkedHashMap<>();

    static {
        HEADINGS.put("summary", List.of("summary", "profile", "professional summary", "about me", "about", "objective",
                "career objective", "personal profile", "executive summary", "professional profile",
                "personal statement", "career goal", "career goals",
                "career aim", "introduction", "profile summary", "sammendrag", "mål", "målsetting", "jobbønske",
                "kort om meg", "personlig profil",
                "profil", "om meg", "kurzprofil", "zusammenfassung", "über mich", "个人简介", "自我评价", "résumé", "perfil"));
        HEADINGS.put("experience", List.of("experience", "work experience", "professional experience", "employment",
                "employment history", "work history", "work", "jobs", "other work", "employment and experience",
                "career history", "relevant experience", "career", "experience & leadership",
                "arbeidserfaring", "erfaring", "yrkeserfaring", "praksis", "berufserfahrung", "berufliche erfahrung",
                "beruflicher werdegang", "berufliche tätigkeiten", "berufspraxis", "praxiserfahrung", "werdegang",
                "工作经历", "工作经验", "实习经历", "实习/项目经历",
                "项目经历", "experiencia", "experiencia laboral", "expérience professionnelle", "expérience",
                "experiência"));
        HEADINGS.put("education",
                List.of("education", "education and training", "education & training", "education & certifications",
                        "education and certifications", "education & qualifications", "education and qualifications",
                        "utdanning og kurs", "utdanning og sertifiseringer", "academic background", "qualifications",
                        "academic qualifications", "utdanning", "utdannelse", "ausbildung", "bildung", "schulbildung",
                        "studium",
                        "bildungsweg", "hochschulstudium", "studium und ausbildung", "教育背景", "教育经历", "formation",
                        "educación", "formação"));
        HEADINGS.put("skills", List.of("skills", "top skills", "technical skills", "core competencies", "competencies",
                "key skills", "strengths", "personal skills", "computer skills", "skills & expertise", "expertise",
                "ferdigheter", "kompetanse", "nøkkelkompetanse", "kenntnisse", "fähigkeiten", "edv-kenntnisse",
                "it-kenntnisse", "edv kenntnisse", "it 技能", "技能", "专业技能", "compétences", "habilidades", "core skills",
                "tools",
                "skills and tools", "skills & certifications", "skills and certifications", "skills & qualifications",
                "clinical skills", "soft skills", "hard skills", "other skills", "technical & clinical skills"));
        HEADINGS.put("languages",
                List.of("languages", "language skills", "språk", "sprachen", "sprachkenntnisse", "fremdsprachen",
                        "语言", "langues", "idiomas"));
        HEADINGS.put("certifications",
                List.of("certifications", "certificates", "licenses", "licenses & certifications",
                        "courses", "kurs", "sertifiseringer", "sertifikater", "zertifikate", "weiterbildung", "证书",
                        "kurs og sertifiseringer", "kurs og sertifikater"));
        HEADINGS.put("projects",
                List.of("projects", "personal projects", "selected projects", "prosjekter", "projekte", "项目"));
        HEADINGS.put("other", List.of("interests", "hobbies", "references", "awards", "honors", "honors-awards",
                "honors/awards", "publications", "patents", "volunteer", "volunteering", "achievements", "contact",
                "personal information", "personal details", "other", "annet", "andre opplysninger", "referanser",
                "interesser", "verv", "frivillig arbeid",
                "hobbys", "weitere tätigkeiten", "sonstiges", "interessen", "persönliche daten", "auszeichnungen",
                "获奖情况", "其他", "activities",
                "on campus involvement", "leadership", "extracurricular activities", "referees", "references available",
                "volunteer experience", "volunteer work", "volunteering experience", "community involvement",
                "community service", "frivillig", "frivillige verv", "verv og frivillig arbeid", "ehrenamt",
                "ehrenamtliches engagement", "bénévolat", "campus involvement", "memberships"));
    }

    private static final java.util.regex.Pattern KIND_OF_EXPERIENCE = java.util.regex.Pattern.compile(
            "(?:[\\p{L}&-]+\\s+){1,3}(?:experience|erfaring|arbeidserfaring)",
            java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    private static final java.util.regex.Pattern UNPAID = java.util.regex.Pattern.compile(
            "\\b(?:volunteer\\p{L}*|frivillig\\p{L}*|community|ehrenamt\\p{L}*|bénévole)\\b",
            java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    private Sections() {
    }

    /** The kind of section a line heads, if it is a heading. */
    static Optional<String> headingKind(String line) {
        String l = line.strip();
        if (l.isEmpty() || l.length() > 40 || l.split("\\s+").length > 5) {
            return Optional.empty();
        }
        String key = l.toLowerCase(Locale.ROOT).replaceAll("[:：|•·\\s]+$", "").replaceAll("^[•·#\\s]+", "")
                .replaceAll("[–—]", "-").strip();
        for (Map.Entry<String, List<String>> e : HEADINGS.entrySet()) {
            if (e.getValue().contains(key)) {
                return Optional.of(e.getKey());
            }
        }
        // "Nutrition experience", "Studio and live experience", "Relevant arbeidserfaring": a heading of its own words;
        // unpaid work ("Volunteer and community experience") is not a career, so it stays among the other sections
        if (KIND_OF_EXPERIENCE.matcher(key).matches() && Character.isUpperCase(l.codePointAt(0))) {
            return Optional.of(UNPAID.matcher(key).find() ? "other" : "experience");
        }
        return Optional.empty();
    }

    /** Sections in order; text before the first heading is the "headline" section. */
    static List<Section> split(String text) {
        List<Section> sections = new ArrayList<>();
        String kind = "headline";
        String heading = "";
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n")) {
            Optional<String> k = headingKind(line);
            if (k.isPresent()) {
                add(sections, kind, heading, body);
                kind = k.get();
                heading = line.strip();
                body.setLength(0);
            } else if (!line.isBlank()) {
                body.append(line.strip()).append('\n');
            }
        }
        add(sections, kind, heading, body);
        return sections;
    }

    private static void add(List<Section> sections, String kind, String heading, StringBuilder body) {
        if (!body.isEmpty() || !heading.isEmpty()) {
            sections.add(new Section(kind, heading, body.toString().strip()));
        }
    }
}
