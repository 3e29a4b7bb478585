package dev.aiproof.profiling.llm;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists the name redaction decides with: section headings, honorifics and ranks, credentials, words of
 * job titles and organisations (a line holding one is not a name), and ordinary words that are also names.
 */
final class NameLexicon {

    /** Section headings (lower case, no trailing colon), English and Norwegian with a few German ones. */
    static final Set<String> HEADINGS = words("summary", "profile", "professional summary", "personal profile",
            "professional profile", "personal statement", "executive summary", "career summary", "about", "about me",
            "objective", "career objective", "experience", "work experience", "professional experience",
            "relevant experience", "employment", "employment history", "work history", "career", "career history",
            "military experience", "sea service", "academic positions", "current post", "previous posts", "education",
            "education and training", "qualifications", "academic qualifications", "skills", "key skills",
            "technical skills", "core skills", "top skills", "competencies", "core competencies", "tools", "software",
            "languages", "certifications", "certificates", "licenses", "licences", "licenses & certifications",
            "licences & certifications", "training", "training & certifications", "credentials", "registration",
            "memberships", "professional", "projects", "publications", "selected publications", "presentations",
            "research & publications", "interests", "hobbies", "awards", "honors-awards", "volunteering", "contact",
            "contact details", "contact information", "personal details", "personal information", "coaching philosophy",
            "references", "referees", "reference", "professional references", "om meg", "kort om meg", "profil",
            "sammendrag", "arbeidserfaring", "erfaring", "yrkeserfaring", "tjeneste", "utdanning", "utdannelse", "kurs",
            "kurs og sertifiseringer", "kurs og sertifikater", "sertifikater", "sertifiseringer", "kompetanse",
            "ferdigheter", "nøkkelkompetanse", "språk", "referanser", "referanse", "personalia", "interesser", "verv",
            "persönliche daten", "berufserfahrung", "ausbildung", "kenntnisse", "sprachen", "referenzen");

    /** Headings after which the name may still come: contact and personal-details blocks. */
    static final Set<String> PERSONAL_HEADINGS = words("contact", "contact details", "contact information",
            "personal details", "personal information", "personalia", "persönliche daten");

    static final Set<String> REFEREE_HEADINGS = words("references", "referees", "reference", "professional references",
            "referanser", "referanse", "referenzen");

    /** Words standing before a name (compared without dots, lower case): titles, ranks, professional prefixes. */
    static final Set<String> HONORIFICS = words("dr", "prof", "professor", "mr", "mrs", "ms", "miss", "mx", "sir",
            "dame", "lady", "lord", "rev", "revd", "reverend", "fr", "father", "pastor", "rabbi", "imam", "hon",
            "judge",
            "justice", "capt", "cpt", "captain", "lt", "lieut", "lieutenant", "col", "colonel", "maj", "major", "gen",
            "general", "brig", "brigadier", "cmdr", "cdr", "commander", "adm", "admiral", "sgt", "sergeant", "ssgt",
            "msgt", "csm", "cpl", "corporal", "lcpl", "pvt", "private", "pfc", "spc", "wo", "cwo", "ens", "ensign",
            "coach",
            "chef", "herr", "frau", "ing", "dipling", "dring", "drmed", "kaptein", "oberst", "oberstløytnant",
            "løytnant",
            "fenrik", "sersjant", "korporal", "kommandør", "orlogskaptein", "brigader", "siviløkonom", "sivilingeniør",
            "advokat", "lege", "prost", "biskop", "styrer", "rektor", "med", "rer", "nat", "phil", "habil", "dott",
            "ing");

    /** Credentials and suffixes after a name (compared without dots, hyphens and brackets, lower case). */
    static final Set<String> CREDENTIALS = words("rn", "rgn", "rmn", "lpn", "np", "aprn", "bsn", "msn", "cpa", "ca",
            "aca", "fca", "acca", "fcca", "cfa", "cma", "cima", "cpht", "rph", "pharmd", "phd", "dphil", "md", "do",
            "dds",
            "dmd", "od", "dvm", "bvms", "bvsc", "mrcvs", "mbchb", "mbbs", "mbbch", "mrcp", "mrcgp", "mrcs", "frcs",
            "mrcpsych", "mrcem", "frcp", "frcem", "mph", "mba", "msc", "ms", "ma", "ba", "bsc", "meng", "beng", "ceng",
            "ieng", "mice", "mimeche", "miet", "fimeche", "pe", "peng", "eit", "pmp", "prince2", "csm", "cissp", "cism",
            "cisa", "fsa", "asa", "maaa", "ea", "fcas", "acas", "cfp", "chfc", "clu", "shrmcp", "shrmscp", "phr",
            "sphr",
            "mcipd", "chartered", "fcips", "mcips", "lmt", "rdh", "rdt", "pls", "rla", "aia", "riba", "mnla", "mnff",
            "lcsw",
            "lpc", "rd", "rdn", "cccslp", "otrl", "dpt", "esq", "jr", "sr", "ii", "iii", "iv", "usaf", "usa", "usn",
            "usmc", "ret", "retd", "jd", "llm", "llb", "siviløkonom", "sivilingeniør", "candmed", "candpsychol",
            "drphilos", "mnlf", "mnsf", "cand", "hons", "fcipd", "mciob", "mrics", "frics", "cmgr", "mcmi", "fcmi");

    /** US states and Canadian provinces: "Grand Rapids, MI" is a place, not a name with a credential. */
    static final Set<String> REGIONS = words("al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id",
            "il", "in", "ia", "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj",
            "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv",
            "wi", "wy", "dc", "on", "qc", "bc", "ab", "mb", "sk", "ns", "nb", "nl", "pe", "uk", "usa", "us", "eu",
            "uae");

    /** Lower-case particles inside names: "van der Berg", "de Montfort", "af Klinteberg", "bin Abdullah". */
    static final Set<String> PARTICLES = words("van", "von", "der", "den", "de", "la", "le", "du", "da", "di", "dos",
            "das", "del", "della", "af", "zu", "ter", "ten", "bin", "binti", "bint", "ibn", "al", "el", "y", "e", "st");

    /** Words of job titles, headings and organisations: a line with one of them is not a person's name. */
    static final Set<String> NOT_NAME = words("curriculum", "vitae", "resume", "résumé", "cv", "lebenslauf", "profile",
            "profil", "contact", "summary", "experience", "personal", "information", "details", "about", "references",
            "referees", "portfolio", "skills", "education", "objective", "engineer", "engineering", "developer",
            "development", "manager", "management", "director", "nurse", "nursing", "teacher", "consultant", "analyst",
            "officer", "specialist", "assistant", "administrator", "coordinator", "co-ordinator", "advisor", "adviser",
            "supervisor", "operator", "technician", "technologist", "therapist", "scientist", "designer", "architect",
            "accountant", "auditor", "lawyer", "solicitor", "attorney", "barrister", "paralegal", "lecturer",
            "executive",
            "president", "intern", "internship", "student", "trainee", "apprentice", "graduate", "associate",
            "representative", "clerk", "agent", "inspector", "surveyor", "planner", "editor", "writer", "journalist",
            "reporter", "driver", "worker", "operative", "receptionist", "secretary", "pharmacist", "physician",
            "surgeon",
            "dentist", "hygienist", "radiographer", "paramedic", "firefighter", "electrician", "plumber", "welder",
            "mechanic", "machinist", "foreman", "superintendent", "owner", "founder", "co-founder", "ceo", "cto", "cfo",
            "coo", "cio", "vp", "head", "chief", "lead", "leader", "principal", "senior", "junior", "sr.", "staff",
            "trainer", "instructor", "tutor", "counselor", "counsellor", "psychologist", "psychiatrist", "social",
            "carer",
            "caregiver", "cashier", "waiter", "waitress", "bartender", "barista", "housekeeper", "cleaner", "janitor",
            "caretaker", "security", "soldier", "pilot", "software", "data", "project", "product", "program",
            "programme",
            "sales", "marketing", "finance", "financial", "business", "operations", "customer", "service", "services",
            "support", "quality", "research", "clinical", "medical", "health", "healthcare", "dental", "legal", "hr",
            "human", "resources", "it", "technology", "technical", "systems", "network", "cloud", "devops", "web",
            "frontend", "backend", "full-stack", "digital", "content", "communications", "graphic", "ux", "ui",
            "procurement", "purchasing", "logistics", "warehouse", "transport", "production", "manufacturing",
            "maintenance", "construction", "civil", "structural", "mechanical", "electrical", "chemical", "accounts",
            "payable", "payroll", "tax", "audit", "compliance", "claims", "insurance", "underwriter", "actuary",
            "actuarial", "investment", "banking", "teller", "mortgage", "estate", "broker", "hospitality", "restaurant",
            "retail", "registered", "certified", "licensed", "chartered", "professional", "freelance", "deputy", "vice",
            "regional", "department", "practice", "midwife", "veterinary", "laboratory", "dietitian", "physiotherapist",
            "occupational", "librarian", "curator", "school", "university", "college", "academy", "institute",
            "company",
            "ltd", "limited", "inc", "llc", "llp", "plc", "as", "asa", "ab", "gmbh", "bv", "oy", "corp", "corporation",
            "foundation", "trust", "nhs", "council", "kommune", "ministry", "agency", "studio", "partners", "group",
            "solutions", "consulting", "hospital", "clinic", "centre", "center", "skills", "languages",
            "certifications",
            "stylist", "adjuster", "estimator", "economist", "buyer", "geologist", "epidemiologist", "biostatistician",
            "microbiologist", "chemist", "optometrist", "mediator", "investigator", "recruiter", "controller",
            "coach", "sykepleier", "lærer", "lektor", "rådgiver", "konsulent", "leder", "ingeniør", "elektriker",
            "medarbeider", "sekretær", "assistent", "lærling", "fagarbeider", "prosjektleder", "avdelingsleder",
            "dear", "kjære", "hei", "hello", "hi", "to", "attn", "re", "ref");

    /**
     * Ordinary words that are also names: these name words are redacted alone only where they are capitalised
     * ("Grant", "GRANT"), never in lower case ("a research grant").
     */
    static final Set<String> ORDINARY = words("will", "may", "even", "per", "an", "do", "mark", "grant", "rose",
            "june", "hope", "grace", "faith", "joy", "dawn", "summer", "holly", "ivy", "iris", "daisy", "amber", "ruby",
            "pearl", "bill", "sue", "pat", "ray", "art", "jack", "frank", "earl", "king", "young", "long", "little",
            "brown", "green", "white", "black", "gray", "grey", "rich", "bell", "hall", "wood", "hill", "field", "lake",
            "brooks", "stone", "price", "cash", "gold", "silver", "page", "lane", "park", "church", "ford", "bishop",
            "dean", "bush", "marsh", "moss", "reed", "rush", "banks", "law", "sharp", "strong", "wise", "love", "noble",
            "case", "chase", "cook", "baker", "mason", "taylor", "porter", "fisher", "turner", "walker", "butler",
            "miller", "hunter", "carpenter", "smith", "cooper", "barber", "weaver", "farmer", "painter", "potter",
            "archer", "tanner", "tucker", "parker", "carter", "glover", "singer", "best", "guy", "drew", "max",
            "august",
            "april", "river", "north", "west", "south", "berg", "strand", "lie", "holm", "mo", "moe", "vik", "dal",
            "lund", "eide", "bakke", "vold", "haug", "li", "lia", "nes", "sand", "sol", "dam", "foss", "fjell", "stein",
            "skog", "vang", "ask", "vinter", "sommer", "line", "tone", "rune", "liv", "storm", "holt", "english",
            "french", "young", "power", "head", "major", "rock", "bay", "moore", "more", "wing", "swift", "lead");

    /** Of the ordinary words, those never redacted alone, even capitalised: "Will relocate", "Per month". */
    static final Set<String> FUNCTION_WORDS = words("will", "may", "even", "per", "an", "do", "so", "as", "at", "in",
            "on", "to", "by", "no", "or", "is", "it", "be", "we", "us", "he", "me", "my", "of", "and", "the", "can",
            "more", "art", "best", "lead", "head");

    /** Local parts of email addresses that say nothing about a person. */
    static final Set<String> GENERIC_MAILBOXES = words("info", "post", "postmottak", "contact", "kontakt", "mail",
            "hello", "hei", "hi", "admin", "office", "jobs", "job", "cv", "me", "sales", "support", "booking", "team",
            "firmapost", "noreply", "reply", "careers", "career", "hr", "recruitment", "mail", "email", "epost");

    private NameLexicon() {
    }

    /** A set of words; the lists above may repeat a word. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static boolean isHeading(String line) {
        String key = headingKey(line);
        return key.length() <= 40 && HEADINGS.contains(key);
    }

    static String headingKey(String line) {
        return line.strip().toLowerCase(Locale.ROOT).replaceAll("^[#*_>•·\\s]+|[#*_:：|•·\\s]+$", "").strip();
    }

    /** The spellings of a word without its diacritics, as email addresses and plain-ASCII copies write it. */
    static Set<String> folds(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        out.add(lower);
        String[][] nordic = {{"æ", "ae"}, {"ø", "o"}, {"å", "a"}, {"ä", "a"}, {"ö", "o"}, {"ü", "u"}, {"ß", "ss"}};
        String[][] doubled = {{"æ", "ae"}, {"ø", "oe"}, {"å", "aa"}, {"ä", "ae"}, {"ö", "oe"}, {"ü", "ue"},
                {"ß", "ss"}};
        for (String[][] table : new String[][][] {nordic, doubled}) {
            String s = lower;
            for (String[] pair : table) {
                s = s.replace(pair[0], pair[1]);
            }
            out.add(Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace("ł", "l")
                    .replace("đ", "d"));
        }
        return out;
    }
}
