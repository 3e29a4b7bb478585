package dev.aiproof.profiling.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aiproof.taxonomy.SeniorityLevel;
import dev.aiproof.taxonomy.SeniorityProfile;
import dev.aiproof.taxonomy.Taxonomy;

/**
 * What the words of a job title say about career stage: the taxonomy's level words ("senior", "head of",
 * "director", …) and the role noun <em>manager</em>, which names a job (office, product, project manager), not a
 * level, and so is read together with years, level words and people managed.
 */
final class SeniorityTitleWords {

    private record Keyword(SeniorityLevel level, String word, Pattern pattern) {
    }

    /**
     * "Partner" is a level only for those who own the firm ("Partner", "Managing Partner", "Partner, Deloitte", a
     * professional firm's "Audit Partner" or "Tax Partner"), not in "HR Business Partner" or "Talent Acquisition
     * Partner", where it names the job.
     */
    private static final Pattern OWNING_PARTNER = Pattern
            .compile("(?:^|(?:managing|founding|equity|senior|name|general|audit|tax|advisory|assurance|consulting|"
                    + "deals|litigation|law firm)\\s+)$");

    private static final Pattern DEPUTY = Pattern.compile("(?:assisterende|konstituert|fungerende|ass\\.)$");

    /** "Owner" is a level for the one who owns the business, not for a "Product Owner" or "Process Owner". */
    private static final Pattern OWNING = Pattern.compile("(?:business|co-?|founder|and|&|og|daglig leder)$");

    /**
     * "Head" is a level where it opens the title, after dates or a deputy's word at most ("Head Coach", "2019 – present
     * Head Gardener", "Assistant Head Teacher"): the one who leads the others doing that job.
     */
    private static final Pattern HEAD_OPENS = Pattern.compile(
            "|.*\\b(?:assistant|deputy|senior|acting|interim)|.*(?:\\d|present|now|current|nå|dag)[\\s|:–—-]*");

    /**
     * "Chief" heads a company only as its chief executive or one of its chief officers ("Chief Financial Officer",
     * "Chief Nursing Officer"); a ship's "Chief Officer", a "Chief Economist" or a "Chief Steward" leads a team.
     */
    private static final Pattern CHIEF_EXECUTIVE = Pattern.compile(
            "chief\\s+(?:executive\\b|(?:[\\p{L}&-]+\\s+){1,3}officer\\b|of\\s+staff\\b)");

    /** "Associate" is an early stage only where it starts the title ("Associate Consultant"), not in "Sales Associate". */
    private static boolean inContext(Keyword keyword, String lower, int start) {
        String before = lower.substring(0, start).strip();
        return switch (keyword.word()) {
            case "partner" -> OWNING_PARTNER.matcher(before.isEmpty() ? "" : before + " ").find()
                    || before.isEmpty();
            case "associate" -> before.isEmpty() || before.endsWith("junior");
            case "owner", "eier" -> before.isEmpty() || OWNING.matcher(before).find();
            // a school's or college's head; "prorektor", "viserektor" and "assisterende rektor" are deputies
            // a "veileder" (praksisveileder, karriereveileder) guides, it does not lead
            case "leder" -> !lower.substring(start).split("[^\\p{L}]", 2)[0].endsWith("veileder");
            case "rektor" -> lower.startsWith("rektor", start) && !DEPUTY.matcher(before).find();
            case "head" -> HEAD_OPENS.matcher(before).matches() && !lower.startsWith("head office", start);
            // "Maplewood Senior Living", "Senior Care Services", "senior high school": the employer serves the old
            case "senior" -> !SERVES_THE_OLD.matcher(lower).region(start, lower.length()).lookingAt();
            case "chief" -> CHIEF_EXECUTIVE.matcher(lower).region(start, lower.length())
                    .lookingAt() == (keyword.level() == SeniorityLevel.EXECUTIVE);
            default -> true;
        };
    }

    private static final Pattern SERVES_THE_OLD = Pattern.compile(
            "senior\\s+(?:living|care|centre|center|services|housing|home|homes|citizens?|community|high|residence)\\b");

    /** "Assistant to the CEO", "PA for the director", "assistent til daglig leder": that title is someone else's. */
    private static final Pattern SOMEONE_ELSE = Pattern.compile("(?:\\bto|\\bfor|\\btil)\\s+(?:the\\s+)?$");

    /** Norwegian project and product managers are "-leder" compounds, but the role is the same as in English. */
    private static final Pattern NORWEGIAN_ROLE = Pattern.compile("(prosjekt|produkt|delprosjekt)leder");

    /** "PA to the Office Manager": a manager after "to/for (the)" and up to two words is someone else. */
    private static final Pattern SOMEONE_ELSES_MANAGER = Pattern.compile(
            "(?:\\bto|\\bfor|\\btil)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}$");

    private static final Pattern MANAGER = Pattern
            .compile("(?<![\\p{L}\\p{N}])(?:\\p{L}{2,})?manager(?![\\p{L}\\p{N}])");

    private static final String COUNT = "(?:\\d{1,4}\\+?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "fifteen|twenty|thirty|forty|fifty|dozens?|hundreds?)";

    private static final String COUNT_NB = "(?:\\d{1,4}\\+?|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|femten|"
            + "tjue|tretti|førti|femti)";

    /**
     * People managed, with a number: "managed a team of 8", "leading 12 engineers", "6 direct reports",
     * "manager of 40 people", "personalansvar for 14", "leder for 6", "ansvar for 12 ansatte". A team without a number ("led cross-functional teams")
     * is everyday collaboration, not line management.
     */
    private static final Pattern HEADCOUNT = Pattern.compile(
            "\\b(?:manag(?:e|es|ed|ing)|lead|leads|led|leading|head(?:s|ed|ing)?|supervis(?:e|es|ed|ing)|line[- ]manag\\w*|"
                    + "responsible for)\\s+(?:an?\\s+|the\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?:team|staff|group|department|unit)"
                    + "\\s+of\\s+(?:about\\s+|over\\s+|up to\\s+)?" + COUNT + "\\b"
                    + "|\\b(?:manag(?:e|es|ed|ing)|lead|leads|led|leading|supervis(?:e|es|ed|ing))\\s+(?:about\\s+|over\\s+)?"
                    + COUNT
                    + "\\s+(?:[\\p{L}-]+\\s+){0,2}(?:people|staff|employees|engineers|developers|reports|nurses|"
                    + "agents|consultants|analysts|designers|workers|technicians|teachers)\\b"
                    + "|\\bmanager of\\s+(?:a team of\\s+)?" + COUNT + "\\b"
                    + "|\\b" + COUNT + "\\s+direct reports\\b|\\bpersonalansvar\\b"
                    // Norwegian: "leder for 6", "ledet et team på 8", "ansvar for 12 ansatte", "14 underordnede"
                    + "|\\b(?:leder|ledet|leda|lede)\\s+(?:for\\s+)?(?:et\\s+|en\\s+|ei\\s+)?(?:[\\p{L}-]+\\s+){0,2}?"
                    + "(?:(?:på|av|med)\\s+)?(?:ca\\.?\\s+|rundt\\s+|over\\s+)?" + COUNT_NB
                    + "(?!\\s*(?:år|måneder|uker|prosjekter|%|mill|kr))\\b"
                    + "|\\b(?:personal)?ansvar\\s+for\\s+(?:ca\\.?\\s+|rundt\\s+|over\\s+)?" + COUNT_NB
                    + "\\s+(?:[\\p{L}-]+\\s+)?(?:ansatte|medarbeidere|personer|fagarbeidere|operatører|sykepleiere|lærere|"
                    + "selgere|konsulenter|utviklere|ingeniører)\\b"
                    + "|\\b" + COUNT_NB + "\\s+(?:direkte\\s+)?underordnede\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    private final List<Keyword> keywords = new ArrayList<>();

    SeniorityTitleWords(Taxonomy taxonomy) {
        for (SeniorityProfile profile : taxonomy.seniority()) {
            for (String keyword : profile.titleKeywords()) {
                String word = keyword.toLowerCase(Locale.ROOT).strip();
                keywords.add(new Keyword(profile.level(), word, pattern(word, profile.level())));
            }
        }
    }

    /**
     * Norwegian joins words: "avdelingsleder" ends in "leder", "seniorrådgiver" starts with "senior". A keyword
     * of five letters or more may end a word; "senior" and "junior" may also start one.
     */
    private static Pattern pattern(String keyword, SeniorityLevel level) {
        boolean word = keyword.chars().allMatch(Character::isLetter);
        String before = word && keyword.length() >= 5 ? "(?<![\\p{L}\\p{N}])(?:\\p{L}{2,})?" : "(?<![\\p{L}\\p{N}])";
        boolean prefix = word && (level == SeniorityLevel.SENIOR || level == SeniorityLevel.JUNIOR)
                && keyword.length() >= 6;
        String after = prefix ? "(?:\\p{L}{3,})?(?![\\p{L}\\p{N}])" : "(?![\\p{L}\\p{N}])";
        return Pattern.compile(before + Pattern.quote(keyword) + after);
    }

    /** "prosjektleder" → "prosjektmanager": a role, so that the level word "leder" does not read it as a lead. */
    private static String roles(String lower) {
        return NORWEGIAN_ROLE.matcher(lower).replaceAll("$1manager");
    }

    /** True when the title names a manager role ("Office Manager", "prosjektleder"), with or without a level word. */
    static boolean managerRole(String lower) {
        String roles = roles(lower);
        Matcher m = MANAGER.matcher(roles);
        while (m.find()) {
            if (!SOMEONE_ELSES_MANAGER.matcher(roles.substring(0, m.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /** The first CV line that states a number of people managed, or null. */
    static String headcount(List<EvidenceLine> lines) {
        return lines.stream().filter(l -> !"education".equals(l.section()) && !"skills".equals(l.section()))
                .filter(l -> HEADCOUNT.matcher(l.text()).find()).map(EvidenceLine::text).findFirst().orElse(null);
    }

    /**
     * The level a title line states. A title names its level first ("Senior HR Business Partner", "Head of
     * Science", "Executive Assistant to the CEO"), so the earliest keyword wins, and the longest one where two
     * start together ("head of" over "head"); "senior" before a lead role or a manager ("Sr. Engineering
     * Manager") is lead: a senior manager is a management grade.
     */
    SeniorityLevel level(String lowerTitle) {
        String lower = roles(lowerTitle);
        SeniorityLevel best = null;
        int bestStart = Integer.MAX_VALUE;
        int bestLength = 0;
        boolean leadRole = managerRole(lower);
        for (Keyword keyword : keywords) {
            Matcher m = keyword.pattern().matcher(lower);
            boolean found = m.find();
            while (found && (SOMEONE_ELSE.matcher(lower.substring(0, m.start())).find()
                    || !inContext(keyword, lower, m.start()))) {
                found = m.find();
            }
            leadRole |= found && keyword.level() == SeniorityLevel.LEAD;
            if (found && (m.start() < bestStart || m.start() == bestStart && m.end() - m.start() > bestLength)) {
                best = keyword.level();
                bestStart = m.start();
                bestLength = m.end() - m.start();
            }
        }
        return best == SeniorityLevel.SENIOR && leadRole ? SeniorityLevel.LEAD : best;
    }
}
