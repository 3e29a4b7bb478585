package dev.aiproof.profiling.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.aiproof.extraction.Extractor;
import dev.aiproof.profiling.CareerProfile;

/**
 * How the offline profiler reads what people write about themselves: the field of a place sought or held, a
 * profile sentence that names the job, the school a teacher works at, and the work that is not a career (volunteering,
 * jobs beside studies, cadet and turnus years). Invented CVs, read through the real extractor.
 */
class OfflineReadingRulesTest {

    private final OfflineProfiler profiler = OfflineProfilerFixtures.profiler();
    private final Extractor extractor = new Extractor();

    /**
     * Interests close every CV, since the extractor refuses one too short to be a CV; the profiler leaves that
     * section out, so it cannot move an occupation.
     */
    private static final String INTERESTS = """

            Interests
            Hiking in the mountains with friends, cooking for family and neighbours, reading local history, running
            a weekly quiz night at the community hall and playing five-a-side football on Thursdays.
            """;

    private CareerProfile profile(String cv) {
        return profiler.profile(extractor.extract("cv.txt", (cv + INTERESTS).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theFieldOfAnInternshipSoughtIsTheOccupation() {
        CareerProfile marketing = profile("""
                John Smith
                Objective: Seeking a marketing internship with ABC Company in Spring 2027.

                Education
                Bachelor of Business Administration, Kent State University, expected May 2028

                Work experience
                Server, Panini's Bar and Grill, Cleveland
                August 2024 - May 2025
                • Served tables in a fast-paced restaurant
                """);
        assertThat(marketing.occupation().soc()).isEqualTo("13-1161");
        assertThat(marketing.seniority().level().name()).isEqualTo("INTERN");

        CareerProfile apprentice = profile("""
                Jonas Moen
                Mål: Læreplass som energimontør fra høsten 2027

                Utdanning
                Vg2 Elenergi og ekom, Steinkjer videregående skole, 2026 – nå

                Arbeidserfaring
                2024 – nå: Butikkmedarbeider, Extra Steinkjer, kvelder og helg
                """);
        assertThat(apprentice.occupation().soc()).isEqualTo("49-9051");
    }

    @Test
    void aTraineeInAFunctionIsInThatFunction() {
        CareerProfile trainee = profile("""
                Nora Pedersen
                HR Trainee

                Experience
                HR Trainee, Vestas Wind Systems, Aarhus — Sep 2026 – present
                • Post adverts, screen applications and book interviews
                """);
        assertThat(trainee.occupation().soc()).isEqualTo("13-1071");
    }

    @Test
    void aProfileSentenceThatNamesTheJobCountsAsTheHeadline() {
        CareerProfile prose = profile("""
                Aoife Byrne
                Dublin 8

                I am a compliance officer with five years' experience in payments and retail banking, most of it in
                anti-money laundering and regulatory reporting.

                From 2021 to 2023 I worked as a Compliance Analyst at Harbourview Bank in Dublin, and before that I
                worked weekends as a sales assistant at Brown Thomas while studying law.
                """);
        assertThat(prose.occupation().soc()).isEqualTo("13-1041");
        // neither the name nor the address is evidence of an occupation
        assertThat(prose.occupation().evidence()).doesNotContain("Aoife Byrne").doesNotContain("Dublin 8");
        prose.alternatives().forEach(alternative -> assertThat(alternative.evidence()).isNotEqualTo("Dublin 8"));
    }

    @Test
    void aFormerJobInTheProfileDoesNotName() {
        CareerProfile changer = profile("""
                Ola Hansen
                Former teacher, now working as a web developer building accessible sites.

                Experience
                Web Developer, Nettbyrå AS, Oslo
                2023 – present
                • Build React front ends and WCAG audits
                Teacher, Nordby skole
                2012 – 2023
                """);
        assertThat(changer.occupation().soc()).isEqualTo("15-1254");
    }

    @Test
    void aTeacherIsCodedByTheSchoolTheyTeachAt() {
        assertThat(profile("""
                Kari Nordmann
                Lektor

                Arbeidserfaring
                Lektor, Nordby ungdomsskole, Ski
                2019 – nå
                • Underviser i matematikk og naturfag på 8.–10. trinn
                """).occupation().soc()).isEqualTo("25-2022");
        assertThat(profile("""
                Maria Lopez
                Teacher

                Experience
                Teacher, Lincoln Elementary School, Tulsa
                2019 – present
                • Teach a class of 24 third graders
                """).occupation().soc()).isEqualTo("25-2021");
        assertThat(profile("""
                Maria Lopez
                Teacher

                Experience
                Teacher, Riverside High School, Tulsa
                2019 – present
                • Teach chemistry to grades 10–12
                """).occupation().soc()).isEqualTo("25-2031");
        assertThat(profile("""
                Kari Nordmann
                Lærer

                Arbeidserfaring
                Lærer, Ski voksenopplæring
                2022 – nå
                • Underviser norsk for voksne innvandrere på nivå A2–B1
                """).occupation().soc()).isEqualTo("25-3011");
    }

    @Test
    void volunteeringAndJobsBesideStudiesAreNotYearsOfCareer() {
        CareerProfile volunteer = profile("""
                Leo Leopard
                Accountant

                Experience
                Staff Accountant, Baker & Co CPAs, Pomona
                June 2024 – Present
                • Month-end close and reconciliations for 30 clients

                Volunteer Experience
                Treasurer, YMCA Pomona
                June 2012 – Present
                • Keep the books of the branch's youth programmes
                """);
        assertThat(volunteer.seniority().yearsOfExperience()).isLessThan(3);

        CareerProfile besideStudies = profile("""
                Maya Reyes
                Medical Social Worker

                Experience
                Medical Social Worker
                University Hospital, San Antonio — January 2022 – Present
                Discharge planning and psychosocial assessments on the oncology floors

                Case Aide
                Catholic Charities of San Antonio — 2018 – 2020
                Intake and resource referrals for refugee families (part-time during BSW)
                """);
        assertThat(besideStudies.seniority().yearsOfExperience()).isLessThan(5.5);
        assertThat(besideStudies.seniority().level().name()).isEqualTo("MID");
    }

    @Test
    void militaryServiceCountsOnlyWhereItIsTheSameWork() {
        CareerProfile veteran = profile("""
                Brandon Lee
                Wind Turbine Technician

                Work Experience
                Wind Turbine Technician II — Prairie Wind Services, Roscoe, TX
                Oct 2024 – present
                • Scheduled and unscheduled maintenance on GE 1.5 and 2.3 MW turbines

                Infantry Team Leader (Sergeant) — U.S. Army, Fort Hood
                2015 – 2023
                • Led a four-soldier fire team
                """);
        assertThat(veteran.seniority().level().name()).isEqualTo("JUNIOR");

        CareerProfile armyNurse = profile("""
                Dana Price
                Registered Nurse

                Experience
                Registered Nurse, St. Luke's Hospital, Boise
                2023 – present
                • Medical-surgical floor, 5 patients a shift

                Registered Nurse — U.S. Army Nurse Corps, Fort Carson
                2016 – 2023
                • Emergency and trauma nursing
                """);
        assertThat(armyNurse.seniority().level().name()).isEqualTo("SENIOR");
    }

    @Test
    void aPastInternshipIsNotTheLevelNow() {
        CareerProfile admin = profile("""
                Jakub Novotny
                Brno, Czech Republic

                I look after the Linux servers, networks and backups of a 300-person engineering company.

                Kiwi.com, Brno — April 2022 to now
                I install, configure and patch around 200 Linux servers and their VMware hosts.

                Red Hat, Brno — July 2021 to March 2022 (internship)
                Helped the internal IT team with laptop provisioning and the helpdesk queue.
                """);
        assertThat(admin.seniority().level().name()).isEqualTo("MID");
    }

    @Test
    void cadetAndTurnusYearsAreTraining() {
        CareerProfile pilot = profile("""
                Tom Hughes
                First Officer A320

                Flying experience
                First Officer — easyJet, London Gatwick
                Feb 2022 – present
                • Short-haul sectors across Europe

                Cadet Pilot — easyJet Generation programme (CAE Oxford)
                Oct 2019 – Jan 2022
                • Integrated ATPL course
                """);
        assertThat(pilot.seniority().level().name()).isEqualTo("MID");

        CareerProfile physio = profile("""
                Sindre Aas
                Fysioterapeut

                Arbeidserfaring
                01.2023 – d.d.   Fysioterapeut, Åsane Fysioterapi
                08.2021 – 12.2022   Kommunefysioterapeut, Bergen kommune
                08.2020 – 07.2021   Turnusfysioterapeut, Haraldsplass Diakonale Sykehus
                """);
        assertThat(physio.seniority().yearsOfExperience()).isLessThan(6);
    }

    @Test
    void aCollegeTeacherIsCodedByTheFieldTaughtAndAnOwnerByTheTrade() {
        CareerProfile lecturer = profile("""
                Helen Byrne
                Senior Lecturer in Social Work

                Experience
                Senior Lecturer in Social Work, Northgate University, September 2018 – present
                • Teach law, policy and practice modules on the BA Social Work; supervise dissertations
                Social Worker, Children's Services, Leeds City Council, June 2009 – August 2018
                • Held a caseload of 18 families under child protection plans
                """);
        assertThat(lecturer.occupation().soc()).isEqualTo("25-1113");

        CareerProfile nurseLecturer = profile("""
                Tone Hovland
                Førstelektor i sykepleie

                Arbeidserfaring
                Førstelektor i sykepleie, Høgskulen på Vestlandet, august 2014 – nå
                • Underviser i klinisk sykepleie og veileder studenter i praksis
                Sykepleier, Haukeland universitetssjukehus, august 2005 – juli 2014
                """);
        assertThat(nurseLecturer.occupation().soc()).isEqualTo("25-1072");

        CareerProfile farmer = profile("""
                Ola Haug
                Gårdbruker og daglig leder – Nordre Haug gård

                Arbeidserfaring
                04.2013 – d.d. Gårdbruker / daglig leder, Nordre Haug gård (ENK), Ringsaker
                • Melkeproduksjon med 45 kyr i løsdrift, fôrdyrking på 600 dekar
                08.2005 – 03.2013 Elektriker, Ringsaker Elektro AS, Moelv
                """);
        assertThat(farmer.occupation().soc()).isEqualTo("11-9013");
        assertThat(farmer.seniority().level().name()).isEqualTo("EXECUTIVE");

        CareerProfile grinder = profile("""
                Gary Holt
                Tool Grinder

                Experience
                Owner / Tool Grinder – Dearne Valley Sharpening Services Ltd, Barnsley, October 2015 – Present
                • Trained 3 apprentices in manual and CNC grinding
                • Regrind and recondition drills, end mills and saw blades for 60 customers
                CNC Tool Grinder – Sheffield Precision Cutting Tools Ltd, June 2004 – September 2015
                """);
        // a tool grinder (51-4194 and 51-4033 share the title), not the apprentices trained nor the owner's title
        assertThat(grinder.occupation().soc()).isIn("51-4194", "51-4033");
        assertThat(grinder.seniority().level().name()).isEqualTo("EXECUTIVE");
    }

    @Test
    void anEmployerServingTheOldIsNoLevelAndAProseSinceLineIsAJob() {
        CareerProfile aide = profile("""
                Tasha Coleman
                State Tested Nursing Assistant

                Experience
                STNA — Maplewood Senior Living & Rehabilitation, Dayton, OH June 2022 – Present
                • Provide direct care to 10–14 residents per shift on a memory-care unit
                """);
        assertThat(aide.seniority().level().name()).isEqualTo("MID");

        CareerProfile chef = profile("""
                Sophie Marsh
                Private Chef

                Experience
                Since April 2019 I have been the live-out Private Chef to a family of five in Kensington, cooking
                daily family meals and dinner parties for up to 20 guests.
                From September 2016 to March 2019 I was Chef de Partie at Fernhill, a 70-cover restaurant.
                """);
        assertThat(chef.seniority().level().name()).isEqualTo("SENIOR");
    }

    @Test
    void aTitleInThePersonsNameIsTheirName() {
        CareerProfile host = profile("""
                Harry Baker
                Aktivitetsvert

                Arbeidserfaring
                Aktivitetsvert, Sørlandet Aktivitetspark, mai 2024 – nå
                • Tar imot grupper, instruerer i klatreløype og gokart, passer på sikkerheten i parken
                """);
        assertThat(host.occupation().soc()).isEqualTo("39-3091");
        assertThat(host.alternatives()).noneMatch(a -> a.soc().equals("51-3011"));
    }
}
