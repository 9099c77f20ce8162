package io.filingssearch.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The role the text gives a partner right after its name ("U.S. Bank, as trustee", "KPMG LLP, the
 * Company's independent registered public accounting firm", "Goldman, Sachs & Co., as
 * representative of the several underwriters"): an advisor, underwriter, trustee or agent, or
 * auditor is kept apart from the counterparties of the deal. Lenders and the agents of lenders are
 * counterparties of a credit agreement. Stateless.
 */
final class PartnerRoles {
  private PartnerRoles() {}

  /** An advisor of the deal. */
  static final String ADVISOR = "advisor";

  /** An underwriter or initial purchaser of an offering. */
  static final String UNDERWRITER = "underwriter";

  /** A trustee, paying or transfer agent, registrar, depositary, servicer or administrator. */
  static final String TRUSTEE = "trustee/agent";

  /** A rating agency whose action on the registrant's ratings the section reports. */
  static final String RATING_AGENCY = "rating agency";

  /** The registrant's auditor. */
  static final String AUDITOR = "auditor";

  /** What follows a name to give its role: ", as trustee", ", the Company's auditors". */
  private static final Pattern AFTER =
      Pattern.compile(
          "^,?\\s*(?:\\([^)]{0,60}\\)\\s*)?,?\\s*(?:as\\s+|an?\\s+|the\\s+|its\\s+|our\\s+)"
              + "(?:[\\w'\u2019-]+\\s+){0,4}?(?<role>"
              + "underwriters?|initial purchasers?|bookrunners?|book-running managers?"
              + "|(?:joint\\s+)?lead managers?|representatives? of the (?:several )?underwriters"
              + "|trustee|paying agent|transfer agent|escrow agent|exchange agent|information agent"
              + "|depositary|registrar|servicer|custodian"
              + "|registered public accounting firm|accounting firm|auditors?|accountants"
              + "|(?:financial |legal |strategic )?advis[oe]rs?|legal counsel|counsel)\\b");

  // How far past a name its role is looked for.
  private static final int REACH = 120;

  /**
   * The role written right after a name.
   *
   * @param body the section's text
   * @param end where the name ends
   * @return the role, or null when the text gives none (a counterparty)
   */
  static String after(String body, int end) {
    if (end < 0 || end >= body.length()) {
      return null;
    }
    Matcher m = AFTER.matcher(body).region(end, Math.min(body.length(), end + REACH));
    return m.lookingAt() ? of(m.group("role")) : null;
  }

  /**
   * The role a role noun names.
   *
   * @param noun a role noun as written, such as {@code independent auditors}
   * @return the role, or null for a lender, arranger or administrative agent (a counterparty)
   */
  static String of(String noun) {
    String n = noun.toLowerCase(Locale.ROOT);
    if (n.contains("underwrit")
        || n.contains("purchaser") && n.contains("initial")
        || n.contains("bookrunner")
        || n.contains("book-running")
        || n.contains("manager")) {
      return UNDERWRITER;
    }
    if (n.contains("accounting") || n.contains("auditor") || n.contains("accountants")) {
      return AUDITOR;
    }
    if (n.contains("advis") || n.contains("counsel")) {
      return ADVISOR;
    }
    if (n.contains("trustee")
        || n.contains("paying")
        || n.contains("transfer")
        || n.contains("escrow")
        || n.contains("exchange agent")
        || n.contains("information agent")
        || n.contains("depositary")
        || n.contains("registrar")
        || n.contains("servicer")
        || n.contains("custodian")
        || n.contains("administrator")) {
      return TRUSTEE;
    }
    return null;
  }
}
