package dev.aiproof.extraction;

import java.util.List;

/** What a LinkedIn "Save to PDF" export holds, read from its fixed layout. */
record LinkedInProfile(String name, String headline, String location, String summary, List<Job> jobs,
        List<School> schools, String email, String linkedin, List<String> topSkills,
        List<Language> languages) {

    /** {@code start} and {@code end} are as printed ("October 2022", "Present"). */
    record Job(String company, String title, String start, String end, String location, String description) {
    }

    record School(String school, String degree, String course, String start, String end) {
    }

    record Language(String name, String proficiency, int scale) {
    }
}
