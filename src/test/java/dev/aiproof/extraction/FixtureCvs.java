package dev.aiproof.extraction;

import java.util.ArrayList;
import java.util.List;

/** The invented people behind fixtures/cv. Every name, employer and address is made up. */
final class FixtureCvs {

    record Job(String title, String org, String dates, List<String> bullets) {
    }

    record Cv(String file, String lang, String name, String headline, String contact, String summary, List<Job> jobs,
            List<String> education, List<String> skills, List<String> languages) {

        List<String> titles() {
            return jobs.stream().map(Job::title).toList();
        }

        String heading(String key) {
            return switch (lang) {
                case "nb" -> switch (key) {
                    case "summary" -> "Sammendrag";
                    case "experience" -> "Arbeidserfaring";
                    case "education" -> "Utdanning";
                    case "skills" -> "Ferdigheter";
                    default -> "Språk";
                };
                case "de" -> switch (key) {
                    case "summary" -> "Kurzprofil";
                    case "experience" -> "Berufserfahrung";
                    case "education" -> "Ausbildung";
                    case "skills" -> "Kenntnisse";
                    default -> "Sprachen";
                };
                default -> switch (key) {
                    case "summary" -> "Summary";
                    case "experience" -> "Experience";
                    case "education" -> "Education";
                    case "skills" -> "Skills";
                    default -> "Languages";
                };
            };
        }

        /** The CV as lines; a line starting with "# " is a heading, "* " a bullet. */
        List<String> lines() {
            List<String> out = new ArrayList<>(List.of(name, headline, contact, "# " + heading("summary"), summary,
                    "# " + heading("experience")));
            for (Job j : jobs) {
                out.add(j.title());
                out.add(j.org());
                out.add(j.dates());
                j.bullets().forEach(b -> out.add("* " + b));
            }
            out.add("# " + heading("education"));
            out.addAll(education);
            out.add("# " + heading("skills"));
            out.add(String.join(", ", skills));
            out.add("# " + heading("languages"));
            out.addAll(languages);
            return out;
        }
    }

    private FixtureCvs() {
    }

    private static Job job(String title, String org, String dates, String... bullets) {
        return new Job(title, org, dates, List.of(bullets));
    }

    static final Cv NURSE = new Cv("nurse-senior.pdf", "en", "Harriet Vale", "Senior Registered Nurse",
            "Leeds, UK · harriet.vale@example.com",
            "Registered nurse with fourteen years on acute medical and surgical wards. I lead a team of twelve nurses, "
                    + "mentor students and run the ward's medicines safety audits.",
            List.of(job("Senior Staff Nurse", "Northgate General Hospital, Leeds", "Jan 2019 – Present",
                    "Lead a team of 12 nurses on a 32-bed acute medical ward and coordinate daily discharges.",
                    "Introduced an early-warning score huddle that cut unplanned ICU transfers by a fifth."),
                    job("Staff Nurse", "Riverside Infirmary, York", "Sep 2013 – Dec 2018",
                            "Cared for post-operative patients, managed wound care and administered medicines.",
                            "Mentored nursing students and newly qualified nurses on placement."),
                    job("Healthcare Assistant", "Oakfield Care Home, York", "2010–2013",
                            "Supported residents with daily living, observations and meals.")),
            List.of("BSc (Hons) Adult Nursing, University of Yorkshire, 2010–2013"),
            List.of("Acute care", "Medicines management", "Clinical audit", "Mentoring", "Triage"),
            List.of("English (native)", "French (basic)"));

    static final Cv DESIGNER = new Cv("designer-two-column.pdf", "en", "Tomas Lindqvist", "Product Designer",
            "Berlin · tomas.lindqvist@example.com",
            "Product designer who turns research into simple interfaces. Eight years across fintech and mobility, "
                    + "from discovery interviews to shipped design systems.",
            List.of(job("Lead Product Designer", "Kestrel Pay GmbH, Berlin", "03/2021 - Present",
                    "Lead the design of the consumer payments app used by 2 million people.",
                    "Built and maintain the company's design system in Figma with 140 components."),
                    job("Product Designer", "Movia Mobility, Hamburg", "05/2017 - 02/2021",
                            "Designed the booking flow for e-scooters and ran weekly usability tests.",
                            "Worked with engineers and product managers on quarterly roadmaps."),
                    job("Junior UX Designer", "Studio Nordlicht, Hamburg", "08/2015 - 04/2017",
                            "Produced wireframes and prototypes for agency clients.")),
            List.of("BA Interaction Design, Hochschule Hamburg, 2012–2015"),
            List.of("Figma", "User research", "Prototyping", "Design systems", "Accessibility"),
            List.of("Swedish (native)", "German (fluent)", "English (fluent)"));

    static final Cv ACCOUNTANT = new Cv("accountant-scanned.pdf", "en", "Priya Raman", "Chartered Accountant",
            "Manchester · priya.raman@example.com",
            "Chartered accountant with nine years in audit and management accounting for manufacturing firms.",
            List.of(job("Financial Controller", "Bramley Steel Ltd", "Apr 2020 - Present",
                    "Own the monthly close, budgets and cash flow forecasts for a 40 million turnover business."),
                    job("Management Accountant", "Castleton Foods plc", "Jun 2016 - Mar 2020",
                            "Prepared management accounts and variance analysis for four factories."),
                    job("Audit Associate", "Hale & Mercer LLP", "Sep 2013 - May 2016",
                            "Audited manufacturing and retail clients.")),
            List.of("ACA, ICAEW, 2016", "BSc Accounting and Finance, 2010-2013"),
            List.of("IFRS", "Budgeting", "SAP", "Excel", "Audit"),
            List.of("English", "Tamil"));

    static final Cv LINKEDIN = new Cv("linkedin-style-export.pdf", "en", "Daniel Osei",
            "Senior Backend Engineer at Fjordline Logistics",
            "Oslo, Norway",
            "Backend engineer who likes boring, reliable systems. I design event-driven services in Kotlin and Java, "
                    + "and I care about observability and on-call health.",
            List.of(job("Senior Backend Engineer", "Fjordline Logistics", "February 2021 - Present (4 years 10 months)",
                    "- Designed the shipment tracking platform handling 30 million events a day.",
                    "- Led the migration from a monolith to twelve Kotlin services."),
                    job("Backend Engineer", "Fjordline Logistics", "June 2018 - January 2021 (2 years 8 months)",
                            "- Built the carrier integration APIs and the billing batch jobs."),
                    job("Software Developer", "Accra Digital Works", "August 2015 - May 2018 (2 years 10 months)",
                            "- Developed mobile money integrations for retail banks.")),
            List.of("Kwame Nkrumah University of Science and Technology",
                    "Bachelor of Science, Computer Science · (2011 - 2015)"),
            List.of("Kotlin", "Java", "Kafka"),
            List.of("English (Native or Bilingual)", "Norwegian (Limited Working)"));

    static final Cv DEVELOPER = new Cv("developer-tables.docx", "en", "Aisha Karimi", "Full-Stack Developer",
            "Dublin · aisha.karimi@example.com",
            "Full-stack developer with six years building web applications in TypeScript and Python for insurance and retail.",
            List.of(job("Senior Software Developer", "Clover Insurance, Dublin", "Jan 2022 – Present",
                    "Rebuilt the claims portal in React and Django, halving page load times.",
                    "Introduced contract tests between the portal and twelve back-end services."),
                    job("Software Developer", "Shopwise Retail, Cork", "Jul 2019 – Dec 2021",
                            "Built the click-and-collect service and its staff app.",
                            "Automated deployments with GitHub Actions and Terraform."),
                    job("Graduate Developer", "Shopwise Retail, Cork", "Sep 2018 – Jun 2019",
                            "Fixed bugs across the web shop and wrote end-to-end tests.")),
            List.of("BSc Computer Science, University College Cork, 2014–2018"),
            List.of("TypeScript", "React", "Python", "Django", "PostgreSQL", "Terraform"),
            List.of("English (native)", "Farsi (fluent)"));

    static final Cv TEACHER = new Cv("teacher.doc", "en", "Margaret Doyle", "Secondary School Teacher of Mathematics",
            "Galway · m.doyle@example.com",
            "Mathematics teacher with eighteen years in secondary schools. Head of department, exam moderator and "
                    + "organiser of the regional maths olympiad.",
            List.of(job("Head of Mathematics", "St. Brendan's College, Galway", "Sep 2015 – Present",
                    "Lead a department of nine teachers and plan the curriculum for 900 pupils.",
                    "Raised higher-level exam uptake from 28% to 45%."),
                    job("Mathematics Teacher", "Claddagh Community School, Galway", "Sep 2006 – Aug 2015",
                            "Taught junior and senior cycle mathematics and applied maths.",
                            "Ran the after-school homework club and coached the chess team.")),
            List.of("Professional Master of Education, NUI Galway, 2006", "BSc Mathematics, NUI Galway, 2002–2005"),
            List.of("Curriculum planning", "Assessment", "Classroom management", "GeoGebra"),
            List.of("English (native)", "Irish (fluent)"));

    static final Cv PROJECT_MANAGER = new Cv("project-manager.odt", "en", "Lucia Ferreira",
            "Construction Project Manager",
            "Lisbon · lucia.ferreira@example.com",
            "Project manager delivering residential and hospital construction projects up to 60 million euros, "
                    + "on time and with zero lost-time incidents on my last four sites.",
            List.of(job("Senior Project Manager", "Atlântico Construções", "2019 – Present",
                    "Deliver a 220-bed hospital extension with a team of 14 engineers and 30 subcontractors.",
                    "Report monthly to the client board on cost, programme and safety."),
                    job("Project Manager", "Tejo Building Group", "2014 – 2019",
                            "Managed five residential blocks from tender to handover.",
                            "Negotiated subcontracts and variations worth 12 million euros."),
                    job("Site Engineer", "Tejo Building Group", "2010 – 2014",
                            "Set out works, checked quality and kept the site diary.")),
            List.of("MSc Civil Engineering, Universidade de Lisboa, 2005–2010"),
            List.of("Primavera P6", "Contract management", "NEC4", "Health and safety", "Cost control"),
            List.of("Portuguese (native)", "English (fluent)", "Spanish (good)"));

    static final Cv CHEF = new Cv("chef.rtf", "en", "Marco Bellini", "Head Chef",
            "Bristol · marco.bellini@example.com",
            "Head chef with a background in Italian and seasonal British cooking. I run kitchens of up to fifteen, "
                    + "write menus around local suppliers and keep food costs under 28%.",
            List.of(job("Head Chef", "The Quay Kitchen, Bristol", "Mar 2020 – Present",
                    "Run a 120-cover restaurant kitchen with a brigade of 12.",
                    "Rewrote the menu every season and cut food waste by a third."),
                    job("Sous Chef", "Osteria Verde, Bath", "Feb 2016 – Feb 2020",
                            "Ran the pass on busy services and trained junior chefs.",
                            "Managed ordering, stock takes and allergen records."),
                    job("Chef de Partie", "Hotel Marina, Genoa", "2012–2016",
                            "Ran the pasta and fish sections.")),
            List.of("Diploma in Culinary Arts, Istituto Alberghiero, Genoa, 2009–2012"),
            List.of("Menu development", "Food safety (HACCP)", "Stock control", "Team leadership"),
            List.of("Italian (native)", "English (fluent)"));

    static final Cv ELECTRICIAN = new Cv("electrician.txt", "en", "Gareth Pryce",
            "Electrician (Approved Electrician, 18th Edition)",
            "Cardiff · gareth.pryce@example.com",
            "Qualified electrician with eleven years of domestic and commercial installation, testing and fault-finding work.",
            List.of(job("Approved Electrician", "Taff Valley Electrical Ltd", "04/2017 - present",
                    "Install and test commercial lighting, power and fire alarm systems.",
                    "Supervise two apprentices and sign off installation certificates."),
                    job("Electrician", "Pryce & Sons Building Services", "09/2013 - 03/2017",
                            "Rewired homes, fitted consumer units and EV chargers."),
                    job("Apprentice Electrician", "Pryce & Sons Building Services", "09/2009 - 08/2013",
                            "Completed a four-year apprenticeship with NVQ Level 3.")),
            List.of("NVQ Level 3 Electrotechnical Services, Cardiff and Vale College, 2009–2013"),
            List.of("Inspection and testing", "Fault finding", "EV charger installation", "Fire alarms"),
            List.of("English (native)", "Welsh (conversational)"));

    static final Cv DATA_SCIENTIST = new Cv("data-scientist.md", "en", "Wei Zhang", "Senior Data Scientist",
            "Toronto · wei.zhang@example.com",
            "Data scientist who builds forecasting and pricing models that people actually use. Python, SQL and a lot of "
                    + "talking to the people who make the decisions.",
            List.of(job("Senior Data Scientist", "Maple Grocers", "Jan 2021 – Present",
                    "Built the demand forecasting model for 300 stores, reducing stock-outs by 18%.",
                    "Lead a guild of six data scientists and review their models."),
                    job("Data Scientist", "Northern Telecom", "Jul 2017 – Dec 2020",
                            "Modelled customer churn and designed retention experiments.",
                            "Automated weekly reporting with Airflow and dbt."),
                    job("Data Analyst", "Northern Telecom", "Jun 2015 – Jun 2017",
                            "Wrote SQL reports and dashboards for the marketing team.")),
            List.of("MSc Statistics, University of Toronto, 2013–2015"),
            List.of("Python", "SQL", "Forecasting", "Experiment design", "Airflow", "dbt"),
            List.of("English (fluent)", "Mandarin (native)"));

    static final Cv SALES = new Cv("sales-manager.html", "en", "Olivia Brennan", "Regional Sales Manager",
            "Boston · olivia.brennan@example.com",
            "Sales leader with twelve years selling medical devices to hospitals. I build teams that beat their targets "
                    + "without burning out.",
            List.of(job("Regional Sales Manager", "Helix Medical Devices", "Feb 2019 – Present",
                    "Lead nine account managers across New England; grew regional revenue from 14 to 22 million dollars.",
                    "Introduced a shared pipeline review that improved forecast accuracy."),
                    job("Senior Account Manager", "Helix Medical Devices", "Jan 2015 – Jan 2019",
                            "Managed 40 hospital accounts and won the Boston Children's contract."),
                    job("Sales Representative", "Cardinal Supplies", "Jun 2012 – Dec 2014",
                            "Sold surgical consumables to clinics and day-surgery centres.")),
            List.of("BA Economics, Boston College, 2008–2012"),
            List.of("Salesforce", "Negotiation", "Key account management", "Coaching"),
            List.of("English (native)", "Spanish (intermediate)"));

    static final Cv MARKETING = new Cv("marketing-coordinator.json", "en", "Chloe Martin", "Marketing Coordinator",
            "Melbourne",
            "Marketing coordinator with two years of experience running social media, newsletters and events for a "
                    + "growing outdoor brand. I write well, measure everything and learn fast.",
            List.of(job("Marketing Coordinator", "Summit Outdoor Co.", "2023-02/",
                    "Run the newsletter (40,000 subscribers) and the brand's Instagram account.",
                    "Coordinated twelve in-store events and the spring catalogue shoot."),
                    job("Marketing Intern", "Koala Creative Agency", "2022-06/2023-01",
                            "Wrote social posts and reports for five clients.")),
            List.of("Bachelor of Communications, Monash University, 2019–2022"),
            List.of("Copywriting", "Mailchimp", "Canva", "Google Analytics"),
            List.of("English (native)", "French (intermediate)"));

    static final Cv NORWEGIAN = new Cv("sykepleier-norsk.docx", "nb", "Ingrid Solberg", "Sykepleier og avdelingsleder",
            "Bergen · ingrid.solberg@example.com",
            "Erfaren sykepleier med tolv års erfaring fra medisinsk avdeling og hjemmesykepleie. Jeg har ansvar for "
                    + "turnus, opplæring av nyansatte og kvalitetsarbeid, og jeg trives best når pasientene får god og trygg behandling.",
            List.of(job("Avdelingsleder", "Haukeland sykehus, medisinsk avdeling", "januar 2020 – nå",
                    "Leder en avdeling med 35 ansatte og har ansvar for budsjett og turnus.",
                    "Innførte daglige pasientsikkerhetsmøter på avdelingen."),
                    job("Sykepleier", "Bergen kommune, hjemmesykepleien", "august 2013 – desember 2019",
                            "Fulgte opp pasienter i eget hjem, med sårstell og legemiddelhåndtering.",
                            "Var praksisveileder for sykepleierstudenter."),
                    job("Assistent", "Fana sykehjem", "juni 2010 – juli 2013",
                            "Helgestilling ved siden av studiene.")),
            List.of("Bachelor i sykepleie, Høgskulen på Vestlandet, 2010–2013"),
            List.of("Legemiddelhåndtering", "Personalledelse", "Turnusplanlegging", "Kvalitetsarbeid"),
            List.of("Norsk (morsmål)", "Engelsk (flytende)"));

    static final Cv NORWEGIAN_TXT = new Cv("lagermedarbeider-norsk.txt", "nb", "Bjørn Haugen",
            "Lagermedarbeider og truckfører",
            "Drammen · bjorn.haugen@example.com",
            "Pålitelig lagermedarbeider med ni års erfaring fra plukk, pakking og varemottak. Jeg har truckførerbevis "
                    + "og er vant til å jobbe i skift, og jeg er opptatt av orden og sikkerhet på lageret.",
            List.of(job("Skiftleder lager", "Nordlager AS, Drammen", "03.2021 – nå",
                    "Leder et skift på tolv medarbeidere og har ansvar for varemottak og sikkerhet."),
                    job("Lagermedarbeider", "Nordlager AS, Drammen", "mars 2016 – februar 2021",
                            "Plukket og pakket ordre for butikkjeder og kjørte truck."),
                    job("Butikkmedarbeider", "Kiwi Strømsø", "2014 – 2016",
                            "Fylte varer, tok imot leveranser og jobbet i kassen.")),
            List.of("Vg2 Transport og logistikk, Drammen videregående skole, 2012–2014"),
            List.of("Truckførerbevis T1–T4", "Varemottak", "Lagerstyringssystem", "HMS"),
            List.of("Norsk (morsmål)", "Engelsk (godt)"));

    static final Cv GERMAN = new Cv("projektleiterin-deutsch.pdf", "de", "Katrin Vogel", "Projektleiterin IT",
            "München · katrin.vogel@example.com",
            "Projektleiterin mit zehn Jahren Erfahrung in der Einführung von ERP-Systemen im Mittelstand. Ich führe Teams "
                    + "von bis zu zwanzig Personen und sorge dafür, dass Projekte im Zeit- und Kostenrahmen bleiben.",
            List.of(job("Projektleiterin", "Alpen Software GmbH, München", "März 2019 – heute",
                    "Leitung von ERP-Einführungen bei Kunden mit bis zu 2000 Mitarbeitern.",
                    "Verantwortung für Budget, Zeitplan und Lenkungsausschuss."),
                    job("IT-Beraterin", "Bayern Consulting AG, Augsburg", "Oktober 2014 – Februar 2019",
                            "Beratung und Schulung von Anwendern im Bereich Logistik und Einkauf."),
                    job("Werkstudentin", "Alpen Software GmbH, München", "2012 – 2014",
                            "Tests und Dokumentation im Produktteam.")),
            List.of("M.Sc. Wirtschaftsinformatik, Technische Universität München, 2012–2014"),
            List.of("SAP S/4HANA", "Scrum", "Projektmanagement", "Stakeholder-Management"),
            List.of("Deutsch (Muttersprache)", "Englisch (verhandlungssicher)"));

    static final Cv BUNDLE = new Cv("cover-letter-and-cv.pdf", "en", "Samuel Adeyemi", "Customer Service Team Leader",
            "Birmingham · samuel.adeyemi@example.com",
            "Customer service team leader with seven years in contact centres for utilities and telecoms.",
            List.of(job("Customer Service Team Leader", "Midlands Energy", "May 2021 – Present",
                    "Lead 15 advisers handling 2,000 calls a week; raised satisfaction scores from 71% to 84%."),
                    job("Customer Service Adviser", "Connectra Telecom", "Aug 2017 – Apr 2021",
                            "Resolved billing and fault queries by phone, chat and email.")),
            List.of("BTEC Level 3 Business, Birmingham Metropolitan College, 2015–2017"),
            List.of("Coaching", "Complaint handling", "Salesforce Service Cloud", "Workforce planning"),
            List.of("English (native)", "Yoruba (fluent)"));

    static final Cv EXECUTIVE = new Cv("cfo-executive.pdf", "en", "Margaret Okafor", "Chief Financial Officer",
            "London · margaret.okafor@example.com",
            "Chief financial officer with twenty-five years in finance, the last ten on the boards of listed retail and "
                    + "logistics groups. I have led two IPOs, a refinancing and three acquisitions.",
            List.of(job("Chief Financial Officer", "Harbourline Group plc", "Jan 2018 – Present",
                    "Lead a finance function of 180 people across six countries.",
                    "Led the 1.2 billion pound refinancing and the acquisition of two logistics businesses.",
                    "Chair the risk committee and report to the audit committee of the board."),
                    job("Finance Director", "Crestway Retail plc", "Mar 2012 – Dec 2017",
                            "Took the company through its IPO on the London Stock Exchange.",
                            "Rebuilt forecasting and investor reporting."),
                    job("Head of Financial Planning", "Crestway Retail plc", "2007 – 2012",
                            "Ran budgeting and long-range planning for 400 stores."),
                    job("Senior Manager, Audit", "Whitfield & Partners LLP", "1999 – 2007",
                            "Led audits of retail and consumer goods clients.")),
            List.of("FCA, ICAEW, 2002", "BA Economics, University of Manchester, 1995–1998"),
            List.of("Capital markets", "M&A", "Board reporting", "Treasury", "Risk management"),
            List.of("English (native)", "Igbo (conversational)"));

    static final Cv INTERN = new Cv("student-intern.pdf", "en", "Noah Fischer", "Mechanical Engineering Student",
            "Glasgow · noah.fischer@example.com",
            "Third-year mechanical engineering student looking for a summer placement. I like building things: Formula "
                    + "Student chassis, 3D printers and the odd bicycle.",
            List.of(job("Engineering Intern", "Clydeside Pumps Ltd", "Jun 2025 – Aug 2025",
                    "Redesigned a pump bracket in SolidWorks, saving 15% material.",
                    "Ran fatigue tests and wrote the test report."),
                    job("Formula Student Chassis Team Member", "University of Glasgow Racing", "Oct 2024 – Present",
                            "Modelled the rear suspension mounts and machined parts in the workshop.")),
            List.of("BEng Mechanical Engineering (expected 2027), University of Glasgow, 2023–2027"),
            List.of("SolidWorks", "MATLAB", "CNC machining", "Finite element analysis"),
            List.of("English (native)", "German (good)"));

    static final Cv ODD_CHARACTERS = new Cv("warehouse-odd-characters.txt", "en", "Ellie Turner",
            "Warehouse Supervisor",
            "Leicester · ellie.turner@example.com",
            "Warehouse supervisor with eight years in e-commerce fulfilment. I run safe, efficient shifts and train new starters.",
            List.of(job("Warehouse Supervisor", "Parcelpoint Fulfilment", "Jan 2020 – Present",
                    "Supervise a night shift of 25 pickers and packers and keep accuracy above 99.8%.",
                    "Certified first aider and fire marshal."),
                    job("Warehouse Operative", "Parcelpoint Fulfilment", "Mar 2017 – Dec 2019",
                            "Picked, packed and loaded orders; trained on reach trucks.")),
            List.of("GCSEs, Leicester City College, 2012–2014"),
            List.of("Shift planning", "Forklift", "Stock control", "Health and safety"),
            List.of("English (native)"));

    static final List<Cv> ALL = List.of(NURSE, DESIGNER, ACCOUNTANT, LINKEDIN, DEVELOPER, TEACHER, PROJECT_MANAGER,
            CHEF,
            ELECTRICIAN, DATA_SCIENTIST, SALES, MARKETING, NORWEGIAN, NORWEGIAN_TXT, GERMAN, BUNDLE, EXECUTIVE, INTERN,
            ODD_CHARACTERS);
}
