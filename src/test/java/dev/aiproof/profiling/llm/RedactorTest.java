package dev.aiproof.profiling.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

    private final Redactor redactor = new Redactor();

    @Test
    void redactsTheFixtureCvsPersonalDataAndKeepsItsWork() {
        String redacted = redactor.redact(LlmTestSupport.document("developer").text());

        assertThat(redacted).doesNotContain("Ingrid", "Haugen", "ingrid.haugen@example.com", "412 34 567", "Storgata",
                "0155 Oslo", "linkedin.com/in/ingrid-haugen-dev", "github.com/ihaugen");
        assertThat(redacted)
                .startsWith("[NAME]\nSenior Software Engineer\n[ADDRESS], [ADDRESS]\n[PHONE] | [EMAIL]\n[URL] | [URL]");
        assertThat(redacted).contains("08.2021 - present", "06.2018 - 07.2021",
                "Computer Science, Norwegian University",
                "2011 - 2016", "4,000 requests per second", "Senior Software Engineer, Vipps MobilePay, Oslo");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Contact: jane.doe+cv@mail.example.co.uk;Contact: [EMAIL]",
            "Mobile +47 412 34 567;Mobile [PHONE]",
            "Call (555) 123-4567 after six;Call [PHONE] after six",
            "555-123-4567;[PHONE]",
            "Tel. 020 7946 0958;Tel. [PHONE]",
            "Ring 41 23 45 67;Ring [PHONE]",
            "Mobil 41234567;Mobil [PHONE]",
            "+49 30 1234567;[PHONE]",
            // found by libphonenumber, missed by the regular expressions before it
            "Tel. 030 1234567;Tel. [PHONE]",
            "Büro 089/12345678;Büro [PHONE]",
            "Mobil 0049 171 1234567;Mobil [PHONE]",
            "Office +1 212 555 0100 ext. 23;Office [PHONE]",
            "Mobil 412 55 019 og 98 76 54 32;Mobil [PHONE] og [PHONE]",
            // the fallback: numbers in no plan's assigned ranges (Ofcom's drama range, area code 555)
            "+44 7700 900 574;[PHONE]",
            "07700 900461;[PHONE]",
            "https://www.linkedin.com/in/jane-doe-123/ and github.com/janedoe;[URL] and [URL]",
            "Portfolio: www.janedoe.dev;Portfolio: [URL]",
            "221B Baker Street, London NW1 6XE;[ADDRESS], London [ADDRESS]",
            "1600 Amphitheatre Parkway Way, Mountain View, CA 94043;[ADDRESS], Mountain View, [ADDRESS]",
            "Karl Johans gate 5, 0154 Oslo;[ADDRESS], [ADDRESS]",
            "Hauptstraße 12, 10115 Berlin;[ADDRESS], [ADDRESS]"})
    void redactsContactData(String line, String expected) {
        assertThat(redactor.redact("Some Heading Text Here\n" + line)).endsWith(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019 - 2023", "01.2019 - 03.2021", "Jan 2015 – Dec 2020",
            "Increased revenue by 12 345 678 NOK",
            "Served 4,000 requests per second", "ISO 27001 certified since 2018", "Java SE 11, Spring Boot 3.2",
            "Managed a budget of 2 500 000", "Postal code routing for 5000 stores",
            // valid numbers to libphonenumber (German landlines, a Norwegian mobile) but dates and an amount; and a
            // student number that the regular expressions before it took for a Norwegian phone
            "06.2018 - 07.2021", "09/2013 – 03/2017  Electrician", "Saved NOK 45 000 000 in 2021",
            "Student no. 20191234"})
    void leavesWorkContentAndDatesAlone(String line) {
        assertThat(redactor.redact("Some Heading Text Here\n" + line)).endsWith(line);
    }

    @Test
    void findsTheNameHeadingAndItsOtherOccurrences() {
        String cv = "Curriculum Vitae\nOla Nordmann\nBackend developer\nReferences: ask Ola Nordmann or see Nordmann's blog";

        assertThat(redactor.redact(cv)).isEqualTo(
                "Curriculum Vitae\n[NAME]\nBackend developer\nReferences: ask [NAME] or see [NAME]'s blog");
    }

    @Test
    void namesMayHaveParticles() {
        assertThat(redactor.redact("Maria de la Cruz\nNurse")).isEqualTo("[NAME]\nNurse");
        assertThat(redactor.redact("Maria  de la Cruz\nAsk maria de la\tcruz")).isEqualTo("[NAME]\nAsk [NAME]");
        assertThat(redactor.redact("de la\nNurse")).isEqualTo("de la\nNurse");
    }

    @Test
    void doesNotTakeAJobTitleHeadingForAName() {
        String cv = "Senior Software Engineer\nBuilt payment systems";

        assertThat(redactor.redact(cv)).isEqualTo(cv);
    }

    @Test
    void redactsLabelledFieldsInMarkdownQuotes() {
        assertThat(redactor.redact("CV\n> address - Mytown, Mycountry")).isEqualTo("CV\n> address - [REDACTED]");
    }

    @Test
    void redactsLabelledPersonalFields() {
        String cv = "CV\nName: Kari Nordmann\nDate of birth: 12.03.1990\nAddress: Somewhere 1\nWorked as nurse at Ullevål";

        assertThat(redactor.redact(cv)).isEqualTo(
                "CV\nName: [REDACTED]\nDate of birth: [REDACTED]\nAddress: [REDACTED]\nWorked as nurse at Ullevål");
    }

    // --- the person's name: every style a name line comes in ---

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Maria Lindqvist, RN;[NAME], RN",
            "DANIEL OKAFOR, CPA;[NAME], CPA",
            "Robert J. Hennessey, CFP®;[NAME], CFP®",
            "Grace Liu, CFA™, CAIA;[NAME], CFA™, CAIA",
            "Eleanor Vasquez, FSA, MAAA;[NAME], FSA, MAAA",
            "NADIA HADDAD, P.Eng.;[NAME], P.Eng.",
            "Ana Lucía Herrera, PhD, MPH;[NAME], PhD, MPH",
            "Dr. Michael Osei MBChB MRCGP;Dr. [NAME] MBChB MRCGP",
            "ANDREW PATEL CEng MICE;[NAME] CEng MICE",
            "ANDREW McCALLUM ACA;[NAME] ACA",
            "WILLIAM T. HARGROVE JR., PMP;[NAME] JR., PMP",
            "Siviløkonom Sigrid af Klinteberg;Siviløkonom [NAME]",
            "Sigrid af Klinteberg, siviløkonom;[NAME], siviløkonom",
            "Captain Robert J. Haldane;Captain [NAME]",
            "Lt. Col. Patricia Ann Whitmore, USAF (Ret.), PMP;Lt. Col. [NAME], USAF (Ret.), PMP",
            "Sgt. Marcus Delacroix-Bryant;Sgt. [NAME]",
            "Major Kjetil Brattli-Ødegaard;Major [NAME]",
            "Prof. Dr. Heinrich Albrecht Vogelsang;Prof. Dr. [NAME]",
            "Coach Kevin \"K.J.\" Morales;Coach [NAME]",
            "RAYMOND \"RAY\" KOWALSKI;[NAME]",
            "Madeline “Maddie” Nguyen;[NAME]",
            "Alexander (Sasha) Petrovsky-Lund;[NAME]",
            "Jean-Luc de Montfort;[NAME]",
            "Dr. Anneliese van der Berg;Dr. [NAME]",
            "Katharina von Aschenbach;[NAME]",
            "Ahmad Faiz bin Abdullah;[NAME]",
            "BJØRNAR ØDEGÅRD ÆSØY;[NAME]",
            "Zoë Ängström-Nyqvist;[NAME]",
            "Nguyễn Thị Minh Anh;[NAME]",
            "Siobhán Ní Bhriain-O'Dowd;[NAME]",
            "Catherine O'Neill;[NAME]",
            "JONAS LIE;[NAME]",
            "# Sophie Lindqvist;# [NAME]",
            "**Aisha Patel-Moore**;**[NAME]**",
            "# Charlotte Beaumont-Hayes, MBA;# [NAME], MBA",
            "CV – Rune Kristoffersen;CV – [NAME]",
            "Resume of Lars-Erik Svanholm;Resume of [NAME]",
            "K. Ravindran;[NAME]",
            "Priyanka Raghunathan | Data Engineer;[NAME] | Data Engineer",
            "Ingeborg Nymoen — Sykepleier;[NAME] — Sykepleier",
            "Maria Lindqvist, Registered Nurse;[NAME], Registered Nurse",
            "Alex Moreno (they/them);[NAME] (they/them)",
            "Kari Nordmann (34);[NAME] (34)",
            "LINDQVIST, Maria;[NAME]",
            "Dr. med. Hans-Jürgen Weiß;Dr. med. [NAME]",
            "👋 Maria Lindqvist;👋 [NAME]",
            "Minh Do;[NAME]",
            "Jean DUPONT MBA;[NAME] MBA",
            "Hanna Bergström\tSoftware Engineer;[NAME]\tSoftware Engineer",
            "Mr John Smith BSc (Hons) MCIPD;Mr [NAME] BSc (Hons) MCIPD",
            "Sarah O’Brien-Walsh (née Kelly);[NAME] (née [NAME])",
            "Curriculum Vitae of Dr. Ingrid M. Solvang-Lie, MD, PhD;Curriculum Vitae of Dr. [NAME], MD, PhD",
            "ÅSE-MARIT LØKKEN;[NAME]",
            "Дмитрий Иванов;[NAME]"})
    void redactsTheNameLineInEveryStyle(String heading, String expected) {
        assertThat(redactor.redact(heading + "\nRegistered professional\nEXPERIENCE\nWork"))
                .startsWith(expected + "\n");
    }

    @Test
    void redactsTheNameWhereverItStandsLater() {
        String cv = """
                Maria Lindqvist, RN
                Registered Nurse
                EXPERIENCE
                - Maria led the unit's falls-prevention project
                - MARIA LINDQVIST and lindqvist in any case; Lindqvist's audit
                PRESENTATIONS
                Lindqvist, M., Adebayo, T. Hourly rounding. 2023
                M. Lindqvist et al. Bed alarms. 2022
                Lindqvist M, Hansen K. Night shifts. 2021""";

        assertThat(redactor.redact(cv)).isEqualTo("""
                [NAME], RN
                Registered Nurse
                EXPERIENCE
                - [NAME] led the unit's falls-prevention project
                - [NAME] and [NAME] in any case; [NAME]'s audit
                PRESENTATIONS
                [NAME], Adebayo, T. Hourly rounding. 2023
                [NAME] et al. Bed alarms. 2022
                [NAME], Hansen K. Night shifts. 2021""");
    }

    @Test
    void redactsTheFullNameWithOrWithoutTheMiddleNameAndNicknamesAlone() {
        String cv = "Robert James Haldane\nLogistics\nRobert Haldane led; Robert J. Haldane planned; Haldane, R. J. wrote";
        assertThat(redactor.redact(cv)).isEqualTo("[NAME]\nLogistics\n[NAME] led; [NAME] planned; [NAME] wrote");

        String quoted = "RAYMOND \"RAY\" KOWALSKI\nWelding Foreman\n- Ray's crew finished early; Raymond Kowalski signed";
        assertThat(redactor.redact(quoted))
                .isEqualTo("[NAME]\nWelding Foreman\n- [NAME]'s crew finished early; [NAME] signed");

        String nick = "Alexander (Sasha) Petrovsky-Lund\nSRE\n- Sasha leads the incident review; Petrovsky-Lund's runbooks";
        assertThat(redactor.redact(nick)).endsWith("- [NAME] leads the incident review; [NAME]'s runbooks");
    }

    @Test
    void particlesJoinTheNameButStayOrdinaryWordsElsewhere() {
        String cv = "Dr. Anneliese van der Berg\nScientist\n- Van der Berg's variant went into production\n"
                + "van der Berg A., Koster J. (2023)\nA. van der Berg et al. (2019)\nThe van broke down near the border";

        assertThat(redactor.redact(cv)).isEqualTo("Dr. [NAME]\nScientist\n- [NAME]'s variant went into production\n"
                + "[NAME], Koster J. (2023)\n[NAME] et al. (2019)\nThe van broke down near the border");
    }

    @Test
    void diacriticsAndTheirPlainSpellings() {
        String cv = "Torbjørn Ødegård Sæther\nElektriker\nTORBJØRN ØDEGÅRD SÆTHER; Saether and Odegard; Ødegård Installasjon AS";

        assertThat(redactor.redact(cv))
                .isEqualTo("[NAME]\nElektriker\n[NAME]; [NAME] and [NAME]; [NAME] Installasjon AS");
    }

    @Test
    void aNameWordThatIsAnOrdinaryWordGoesOnlyWhereItIsCapitalised() {
        String cv = "Olivia Grant ACA\nSenior Auditor\n- Grant led the audit; won a research grant; GRANT & Co";

        assertThat(redactor.redact(cv))
                .isEqualTo("[NAME] ACA\nSenior Auditor\n- [NAME] led the audit; won a research grant; [NAME] & Co");
    }

    @Test
    void aFunctionWordNameGoesOnlyWithinTheFullName() {
        String cv = "Will Thornbury\nChef\nWill Thornbury cooks. Will relocate. Thornbury's menu";

        assertThat(redactor.redact(cv)).isEqualTo("[NAME]\nChef\n[NAME] cooks. Will relocate. [NAME]'s menu");
    }

    @Test
    void theEmailAddressGivesTheFirstNameTheHeadingLeavesOut() {
        String cv = "K. Ravindran\nPharmacist Prescriber\nLeicester · kavitha.ravindran@example.com\n- Kavitha leads the audit";

        assertThat(redactor.redact(cv))
                .isEqualTo("[NAME]\nPharmacist Prescriber\nLeicester · [EMAIL]\n- [NAME] leads the audit");
    }

    @Test
    void theEmailAddressGivesAShortFormOfTheName() {
        String cv = """
                PERSONAL DETAILS
                Full name: Dimitrios Karagiannis-Holt
                Email: dimitris.kh@example.com
                PROFILE
                Dimitris built the displacement tool. Pat Whitmore approved it.""";

        assertThat(redactor.redact(cv)).endsWith("[NAME] built the displacement tool. Pat Whitmore approved it.");
        assertThat(redactor.redact("Patricia Whitmore\npat.whitmore@example.com\n\"Pat Whitmore turned it around\""))
                .endsWith("\"[NAME] turned it around\"");
    }

    @Test
    void theEmailAddressFindsTheNameWhenTheFirstLineIsNotIt() {
        String cv = "Lothian Fresh Foods\nHR Department\n\nFiona MacAulay-Reid\nfiona.macaulay@example.com\n"
                + "Lothian Fresh Foods is a food manufacturer. Fiona applies.";

        assertThat(redactor.redact(cv)).isEqualTo("Lothian Fresh Foods\nHR Department\n\n[NAME]\n[EMAIL]\n"
                + "Lothian Fresh Foods is a food manufacturer. [NAME] applies.");
    }

    @Test
    void theEmailAddressFindsTheNameWithoutANameLineAtTheTop() {
        String cv = "Senior Stylist\nBrighton · mlindqvist@example.com\nSUMMARY\nColour specialist\n\nLindqvist, M. — CV 2026";

        assertThat(redactor.redact(cv))
                .isEqualTo("Senior Stylist\nBrighton · [EMAIL]\nSUMMARY\nColour specialist\n\n[NAME] — CV 2026");
    }

    @Test
    void aWebAddressOrHandleThatSpellsTheNameGoes() {
        String cv = "Sofie Nilsen\nDesigner\nportfolio: sofienilsen.design · instagram @sofienilsen · behance: fieldnote.studio";

        assertThat(redactor.redact(cv)).endsWith("portfolio: [URL] · instagram [URL] · behance: fieldnote.studio");
    }

    // --- where else names come from ---

    @Test
    void linkedInDataExportFields() {
        String cv = """
                First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary
                Gwendolyn,Achterberg-Sloane,,,,"Customer Success Manager at Brightwave","Seven years in customer success"
                Company Name,Title,Description
                Brightwave Software,Customer Success Manager,"Gwendolyn built the onboarding playbook" """;

        String redacted = redactor.redact(cv);
        assertThat(redacted).doesNotContain("Gwendolyn", "Achterberg", "Sloane").contains("[NAME],[NAME],,,,",
                "Brightwave Software,Customer Success Manager,\"[NAME] built the onboarding playbook\"");
    }

    @Test
    void linkedInSaveToPdfWithTheContactColumnFirst() {
        String cv = """
                Contact
                thandi@example.com
                www.linkedin.com/in/example (LinkedIn)
                Top Skills
                Clinical Trials
                Regulatory Submissions
                Thandiwe Mokoena
                Clinical Research Associate II at Meridian CRO
                Cape Town, Western Cape, South Africa
                Summary
                Thandiwe monitors oncology trials.""";

        String redacted = redactor.redact(cv);
        assertThat(redacted).doesNotContain("Thandiwe", "Mokoena")
                .contains(
                        "Clinical Trials\nRegulatory Submissions\n[NAME]\nClinical Research Associate II at Meridian CRO");
    }

    @Test
    void aCoverLetterSignatureAndAddresseeBeforeTheCv() {
        String cv = """
                Søknad på stilling som lagerleder

                Hei,
                Jeg søker herved stillingen.

                Med vennlig hilsen
                Torstein Hågensen
                Tlf. 934 07 218

                CV – Torstein Hågensen
                Skiftleder, Gardermoen Logistikk AS""";
        assertThat(redactor.redact(cv)).doesNotContain("Torstein", "Hågensen", "934")
                .contains("Med vennlig hilsen\n[NAME]\nTlf. [PHONE]",
                        "CV – [NAME]\nSkiftleder, Gardermoen Logistikk AS");

        String english = "3 March 2026\nDear Dr Morgan,\nI apply.\nKind regards,\nFiona MacAulay-Reid\n\nCURRICULUM VITAE\n"
                + "Night Operations Manager\nFiona runs the night shift.";
        assertThat(redactor.redact(english))
                .isEqualTo("3 March 2026\nDear Dr [NAME],\nI apply.\nKind regards,\n[NAME]\n\n"
                        + "CURRICULUM VITAE\nNight Operations Manager\n[NAME] runs the night shift.");
    }

    @Test
    void aNameAfterACurriculumVitaeLineFurtherDown() {
        String cv = "Dear Hiring Manager,\nI apply for the post.\nYours,\n\nCURRICULUM VITAE\n\nNicola Jane Featherstone\n"
                + "Superintendent Radiographer\nNicola leads the CT team.";

        assertThat(redactor.redact(cv))
                .isEqualTo("Dear Hiring Manager,\nI apply for the post.\nYours,\n\nCURRICULUM VITAE\n\n[NAME]\n"
                        + "Superintendent Radiographer\n[NAME] leads the CT team.");
    }

    @Test
    void labelledNameFieldsAndTheirLaterOccurrences() {
        String cv = "CURRICULUM VITAE\nPersonalia\nNavn: Åse Kristin Brøndbo\nMobil: 412 63 907\nErfaring\nÅse Kristin er superbruker.";

        assertThat(redactor.redact(cv)).isEqualTo(
                "CURRICULUM VITAE\nPersonalia\nNavn: [REDACTED]\nMobil: [REDACTED]\nErfaring\n[NAME] er superbruker.");
    }

    // --- referees ---

    @Test
    void refereesNamesPhonesAndEmailsGo() {
        String cv = """
                Maria Lindqvist, RN
                Nurse
                REFERENCES
                Janet Kowalczyk, MSN, RN – Nurse Manager, Cardiac Step-Down Unit
                (612) 555-0188 · janet.kowalczyk@example.com
                Dr. Samuel Okonkwo – Cardiologist, Hennepin Valley Heart Clinic
                Lt. Col. Andrea M. Keller, Battalion Commander – 910-555-0199
                Rahul Venkataraman
                Engineering Manager, Swiggo Technologies""";

        assertThat(redactor.redact(cv)).endsWith("""
                REFERENCES
                [NAME], MSN, RN – Nurse Manager, Cardiac Step-Down Unit
                [PHONE] · [EMAIL]
                Dr. [NAME] – Cardiologist, Hennepin Valley Heart Clinic
                Lt. Col. [NAME], Battalion Commander – [PHONE]
                [NAME]
                Engineering Manager, Swiggo Technologies""");
    }

    @Test
    void norwegianRefereesKeepTheirTitles() {
        String cv = """
                Tonje Åsheim-Løvli
                Barnehagelærer
                REFERANSER
                Styrer Gunvor Ellingsæter, Solsiden barnehage – tlf. 992 10 475, gunvor.ellingsaeter@example.no
                Avdelingsleder Per Olav Tangen, Hamar kommune – per.olav.tangen@example.no
                Kari-Anne Bjørnstad, fagleder Lillehammer kommune – tlf. 468 22 309
                ERFARING
                Samarbeidet med Per Olav Tangen om språkprosjektet.""";

        assertThat(redactor.redact(cv)).endsWith("""
                REFERANSER
                Styrer [NAME], Solsiden barnehage – tlf. [PHONE], [EMAIL]
                Avdelingsleder [NAME], Hamar kommune – [EMAIL]
                [NAME], fagleder Lillehammer kommune – tlf. [PHONE]
                ERFARING
                Samarbeidet med [NAME] om språkprosjektet.""");
    }

    @ParameterizedTest
    @ValueSource(strings = {"References available on request.", "References available upon request",
            "Available on request.",
            "Referanser oppgis på forespørsel.", "Oppgis ved forespørsel."})
    void referencesOnRequestStay(String line) {
        assertThat(redactor.redact("Ola Nordmann\nDeveloper\nREFERENCES\n" + line)).endsWith("REFERENCES\n" + line);
        assertThat(redactor.redact("Ola Nordmann\nDeveloper\n" + line)).endsWith("\n" + line);
    }

    // --- what stays ---

    @ParameterizedTest
    @ValueSource(strings = {"Senior Software Engineer", "Registered Nurse", "Marketing Director",
            "Chief Operating Officer",
            "Head of IT Operations & Infrastructure", "Licensed Journeyman Plumber", "Line Cook",
            "Quality Control Inspector",
            "Customer Success Manager at Brightwave", "Daglig leder", "Lærling elektriker", "Senior Stylist",
            "Front Desk Receptionist at Lindqvist Dental Group", "PROFESSIONAL SUMMARY", "COACHING PHILOSOPHY",
            "Top Skills"})
    void aTitleOrHeadingFirstLineIsNotAName(String line) {
        String cv = line + "\nKvarn Commerce AB, Gothenburg\nBuilt payment systems in Java and Spring Boot";

        assertThat(redactor.redact(cv)).isEqualTo(cv);
    }

    @Test
    void workContentStays() {
        String cv = """
                Marta Kowalczyk
                Senior Backend Engineer
                EXPERIENCE
                Senior Software Engineer, Vipps MobilePay, Oslo          2021 – present
                - Moved 40 services from VMs to Kubernetes on AWS (EKS) with Terraform and Argo CD
                Auditor, Grant Thornton, Leeds · Ernst & Young, London
                Sykepleier, Oslo universitetssykehus, Ullevål — Helse Sør-Øst
                EDUCATION
                MSc Computer Science, Norwegian University of Science and Technology (NTNU), Trondheim""";

        assertThat(redactor.redact(cv)).isEqualTo(cv.replace("Marta Kowalczyk", "[NAME]"));
    }

    @Test
    void namesOfOtherPeopleInTheWorkTextAreNotGuessed() {
        // only the CV's own person, referees and a letter's addressee are looked for; see docs/llm.md
        String cv = "Benjamin T. Hollis\nJudicial Law Clerk to the Honorable Margaret A. Kessler";

        assertThat(redactor.redact(cv)).isEqualTo("[NAME]\nJudicial Law Clerk to the Honorable Margaret A. Kessler");
    }

    @Test
    void norwegianGenitiveOfTheName() {
        assertThat(redactor.redact("Kari Nordmann\nRådgiver\nNordmanns prosjekt vant prisen; Karis team"))
                .isEqualTo("[NAME]\nRådgiver\n[NAME] prosjekt vant prisen; [NAME] team");
    }

    @Test
    void aRefereeLineThatMayBeTheEmployerIsRedactedInTheReferencesOnly() {
        String cv = """
                Fiona MacAulay-Reid
                Night Operations Manager, Caledonia Chilled
                REFEREES
                Alastair Drummond
                Site General Manager
                Caledonia Chilled
                Mrs. Kirsty Baird, HR Business Partner
                INTERESTS
                Hill walking with Kirsty Baird and Alastair Drummond""";

        assertThat(redactor.redact(cv)).isEqualTo("""
                [NAME]
                Night Operations Manager, Caledonia Chilled
                REFEREES
                [NAME]
                Site General Manager
                [NAME]
                Mrs. [NAME], HR Business Partner
                INTERESTS
                Hill walking with [NAME] and Alastair Drummond""");
    }

    @Test
    void moreLetterClosings() {
        for (String closing : List.of("Best,", "Cheers,", "Sincerely yours,", "With kind regards,", "Vennleg helsing",
                "Mvh")) {
            String letter = "Dear Hiring Manager,\nI apply.\n" + closing
                    + "\nFiona Reid\n\nCV\nOperations Manager\nFiona leads.";
            assertThat(redactor.redact(letter)).as(closing)
                    .endsWith(closing + "\n[NAME]\n\nCV\nOperations Manager\n[NAME] leads.");
        }
    }

    @Test
    void aTitleRunIntoTheNameLineIsCutOffWhenTheEmailSpellsTheName() {
        assertThat(redactor.redact("Maria Lindqvist Registered Nurse\nmaria.l@example.com\nMaria led the ward"))
                .isEqualTo("[NAME] Registered Nurse\n[EMAIL]\n[NAME] led the ward");
        // without that, "Front Desk" could as well be the name
        assertThat(redactor.redact("Front Desk Receptionist\nfd@example.com"))
                .isEqualTo("Front Desk Receptionist\n[EMAIL]");
    }

    @Test
    void theLinkedInProfileAddressSpellsTheNameAsAnEmailDoes() {
        String cv = "Data Scientist\nOslo · linkedin.com/in/hanna-solvik-123\nSUMMARY\nHanna Solvik builds models. Solvik's team.";

        assertThat(redactor.redact(cv))
                .isEqualTo("Data Scientist\nOslo · [URL]\nSUMMARY\n[NAME] builds models. [NAME]'s team.");
    }

    @Test
    void aLabelledNameWithMoreFieldsOnItsLine() {
        assertThat(redactor.redact("CV\nNavn: Ola Nordmann   Født: 01.01.1990\nOla jobber i Nordmann Bygg AS."))
                .isEqualTo("CV\nNavn: [REDACTED]\n[NAME] jobber i [NAME] Bygg AS.");
    }
}
