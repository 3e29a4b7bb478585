package dev.aiproof.extraction;

import java.util.Locale;
import java.util.regex.Pattern;

/** Words that make a line look like a job title, in the languages we read. */
final class Titles {

    private static final Pattern TITLE = Pattern.compile("(?iu)(manager|engineer|developer|analyst|consultant|director|"
            + "lead|leader|head|officer|specialist|assistant|designer|architect|intern|trainee|teacher|nurse|accountant|"
            + "administrator|coordinator|technician|scientist|researcher|advisor|adviser|president|founder|owner|"
            + "editor|writer|clerk|representative|agent|associate|executive|chef|cook|driver|electrician|carpenter|"
            + "mechanic|operator|operative|worker|adviser|member|server|waiter|waitress|bartender|barista|coach|guard|cleaner|supervisor|programmer|tester|instructor|lecturer|professor|student|cashier|"
            + "receptionist|secretary|controller|auditor|lawyer|paralegal|physician|doctor|therapist|pharmacist|"
            + "vp|cto|ceo|cfo|coo|partner|sales|marketing|recruiter|contractor|freelancer|volunteer|"
            + "leder|sjef|rådgiver|konsulent|utvikler|ingeniør|sykepleier|lærer|lektor|daglig leder|prosjektleder|"
            + "saksbehandler|selger|medarbeider|arbeider|assistent|regnskapsfører|økonom|snekker|elektriker|kokk|"
            + "leiter|entwickler|berater|ingenieur|referent|sachbearbeiter|werkstudent|praktikant|geschäftsführer|mitarbeiter)(in|innen)?(?![\\p{L}])");
    private static final Pattern CJK_TITLE = Pattern.compile("工程师|经理|实习|开发|主管|总监");

    private Titles() {
    }

    static boolean looksLikeTitle(String line) {
        return line.length() <= 80
                && (TITLE.matcher(line.toLowerCase(Locale.ROOT)).find() || CJK_TITLE.matcher(line).find());
    }
}
