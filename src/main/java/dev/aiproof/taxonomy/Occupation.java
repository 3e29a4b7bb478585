package dev.aiproof.taxonomy;

import java.util.List;

/**
 * An occupation as the SOC 2018 names it, derived from O*NET 29.3 and the task labels by
 * config/derive-taxonomy.py, with our curated content layered on top.
 *
 * @param soc         SOC 2018 code, e.g. 15-1252
 * @param title       SOC title
 * @param group       our occupation group (software-data-it, healthcare, …)
 * @param onet        the O*NET-SOC codes folded into this SOC code (specialisations such as 15-1299.08)
 * @param jobZone     O*NET job zone, 1 (little preparation) .. 5 (extensive); 0 when O*NET gives none
 * @param curated     true for the occupations whose task mix we wrote by hand
 * @param screenShare share of the working time spent at a screen or desk, 0..1
 * @param screenBasis how screenShare was found: derived (the rule in docs/scoring.md) or curated (our judgement)
 * @param tasks       the usual task mix of a mid-level worker, with this occupation's own exposure per unit
 * @param skills      ids of curated skills typical for the occupation
 * @param technology  ids of the occupation's technology skills (O*NET), curated or derived
 * @param related     SOC codes of related occupations (O*NET), closest first
 * @param jobTitles   every job title people write for it, English and Norwegian, with its source
 */
public record Occupation(String soc, String title, String group, List<String> onet, int jobZone, boolean curated,
        double screenShare, String screenBasis, List<OccupationTask> tasks, List<String> skills,
        List<String> technology, List<String> related, List<JobTitle> jobTitles) {

    public Occupation {
        onet = onet == null ? List.of() : List.copyOf(onet);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        skills = skills == null ? List.of() : List.copyOf(skills);
        technology = technology == null ? List.of() : List.copyOf(technology);
        related = related == null ? List.of() : List.copyOf(related);
        jobTitles = jobTitles == null ? List.of() : List.copyOf(jobTitles);
    }

    /** The same occupation under another display title (a translation). */
    Occupation withTitle(String newTitle) {
        return new Occupation(soc, newTitle, group, onet, jobZone, curated, screenShare, screenBasis, tasks, skills,
                technology, related, jobTitles);
    }

    /** The same occupation with its job titles. */
    Occupation withTitles(List<JobTitle> titles) {
        return new Occupation(soc, title, group, onet, jobZone, curated, screenShare, screenBasis, tasks, skills,
                technology, related, titles);
    }

    /** Every job title, lower-case, curated ones first. */
    public List<String> titles() {
        return jobTitles.stream().map(JobTitle::title).toList();
    }

    /** Curated skills and technology skills together, curated first. */
    public List<String> allSkills() {
        return java.util.stream.Stream.concat(skills.stream(), technology.stream()).distinct().toList();
    }

    /** The SOC 2018 major group, e.g. "29" for 29-1021. */
    public String majorGroup() {
        return soc.substring(0, 2);
    }
}
