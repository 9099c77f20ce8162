package io.filingssearch.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cues that name the other side of an acquisition or a sale: its target ("acquisition of X",
 * "the acquisition by Acme of all of the shares of X"), its seller ("acquire the assets of X from
 * Y") and its buyer or payee ("sold its stake in X to Y"). Stateless.
 */
final class AcquisitionCues {
  private AcquisitionCues() {}

  /** "acquisition of X", "merger with X", "investment in X": the target needs evidence. */
  private static final Cue ACQUIRE =
      Cue.of(
          "\\b" + Cue.WORDS + "\\s+(?:the\\s+|The\\s+)?",
          "acquired",
          "acquire",
          "acquires",
          "acquiring",
          "acquisition of",
          "merger of",
          "merge with and into",
          "merged with and into",
          "merge with",
          "merged with",
          "combination with",
          "spin-off of",
          "spinoff of",
          "spin off of",
          "purchase",
          "purchased",
          "purchases",
          "sale of",
          // An investment is bought too: "Google's investment in 23andMe", "a stake in X".
          "investment in",
          "invested in",
          "invest in",
          "stake in",
          // Headlines: "Acme to Acquire Initech", "Acme Completes Acquisition of Initech".
          "Acquire",
          "Acquires",
          "Acquisition of");

  /**
   * "acquisition of certain software technologies and assets of X", "sold the business of X": the
   * company whose assets or business change hands.
   */
  private static final Pattern ASSETS_OF =
      Pattern.compile(
          "\\b(?:acquisition|acquired?|purchased?|sale|sold)\\s+(?:of\\s+)?(?:[a-z][a-z,\\-]*\\s+){0,8}?"
              + "(?:assets|business)\\s+of\\s+(?:the\\s+)?(?=[A-Z])");

  // A match of ASSETS_OF starts at most this far before "assets of" and ends this far after it.
  private static final int ASSETS_LEAD = 110;
  private static final int ASSETS_TAIL = 8;

  /** "the acquisition (the "Acquisition") by Acme Europe of all of the shares of X": the target. */
  private static final Pattern ACQUISITION_BY =
      Pattern.compile("\\b[Aa]cquisition(?:\\s*\\([^)]{0,60}\\))?\\s+by\\s+(?:the\\s+)?(?=[A-Z])");

  // A match of ACQUISITION_BY ends at most this far past "acquisition" (a parenthesis, "by the").
  private static final int ACQUISITION_BY_TAIL = 80;

  /** What follows the buyer of {@link #ACQUISITION_BY}: "of", then what is bought. */
  private static final Pattern BUYER_OF = Pattern.compile("(?:\\s*\\([^)]{0,60}\\))?\\s+of\\s+");

  /**
   * A cue of its words, then "to" within {@code bridge} characters of one sentence, then a name.
   */
  private static Cue toAfter(int bridge, String... words) {
    return Cue.of(
        "\\b"
            + Cue.WORDS
            + "\\b"
            + DealParties.BRIDGE
            + "{0,"
            + bridge
            + "}?\\bto\\s+(?:the\\s+|The\\s+)?",
        words);
  }

  /**
   * "sold its stake in X to Y", "accept the offer to tender its 46.5 percent stake in X to Y": the
   * buyer.
   */
  private static final Cue SOLD_TO =
      toAfter(
          200,
          "sale",
          "sold",
          "sell",
          "sells",
          "selling",
          "divest*",
          "licens*",
          "tender its",
          "tender their",
          "tendered its",
          "tendered their");

  /**
   * "paid $1.5 billion to Y", "the court awarded $25.5 million to X": the payee, nearer its verb
   * than a buyer may be ("pay you ... if you terminate employment due to Retirement" is no payee).
   */
  private static final Cue PAID_TO =
      toAfter(
          140,
          "paid",
          "pay",
          "pays",
          // Not "PSUs awarded in 2017 ... to the TSR".
          "awarded $");

  /**
   * "agreed to sell 100% of their interests in X to Y": what is sold, only when an object names it
   * ("sells LEDs" names a product).
   */
  private static final Cue SELL =
      Cue.of("\\b" + Cue.WORDS + "\\s+(?=[a-z0-9])", "sell", "sells", "sold", "selling");

  /** "to be acquired by X", "purchased by X": the buyer. */
  private static final Cue BOUGHT_BY =
      Cue.of(
          "\\b" + Cue.WORDS + "\\s+(?:the\\s+|The\\s+)?(?=[A-Z])",
          "acquired by",
          "purchased by",
          "bought by");

  /** "acquire the assets of X from Y": the seller. */
  private static final Cue ACQUIRE_FROM =
      Cue.of(
          "\\b"
              + Cue.WORDS
              + "\\b"
              + DealParties.BRIDGE
              + "{0,120}?\\bfrom\\s+(?:the\\s+|The\\s+)?",
          "acquir*",
          "purchas*",
          "buy",
          "bought",
          "borrow*");

  /** "a $40 million contract from X", "orders from X": the customer. */
  private static final Cue FROM_CUSTOMER =
      Cue.of(
          "\\b" + Cue.WORDS + "\\s+from\\s+(?:the\\s+|The\\s+)?(?=[A-Z])",
          "contract",
          "contracts",
          "order",
          "orders",
          "award",
          "awards");

  /** "acquired X in 2000": a past deal, not the one disclosed. */
  private static final Pattern HISTORICAL = Pattern.compile("^,?\\s+in\\s+(?:19|20)\\d\\d\\b");

  // How far past a name "in 2000" is looked for.
  private static final int YEAR_REACH = 12;
  // How far past an acquisition word the object ("all of the outstanding shares of") may run.
  private static final int OBJECT_REACH = 80;

  /** "the assets of", "all of the outstanding shares of": what is bought, before whose it is. */
  private static final Pattern OBJECT_OF =
      Pattern.compile(
          "(?:for\\s+(?:cash|stock)\\s+)?" // "to acquire for cash all of the outstanding shares of
              // X"
              + "(?:(?:its|our|their)\\s+(?=\\d))?" // "our 23% equity ownership interest in X"
              + "(?:\\d+(?:\\.\\d+)?%\\s+(?:of\\s+)?)?(?:(?:substantially\\s+)?all\\s+(?:of\\s+)?)?"
              + "(?:the\\s+|its\\s+|our\\s+|their\\s+|a\\s+)?"
              + "(?:issued\\s+and\\s+)?(?:[a-z\\-]+\\s+){0,4}?"
              // "all the outstanding shares of capital stock of X"
              + "(?:of\\s+(?:its\\s+)?(?:capital|common|preferred)\\s+stock\\s+)?"
              + "(?:of|in)\\s+(?:the\\s+)?(?=[A-Z])");

  /** Adds the targets, sellers and buyers of acquisitions and sales. */
  static void acquisitions(String body, List<Mention> out) {
    // Each pattern starts at its verb or noun.
    for (Cue cue : List.of(ACQUIRE, ACQUIRE_FROM, SOLD_TO, PAID_TO)) {
      acquisitions(body, Near.at(cue, body), out);
    }
    Near sell = Near.at(SELL, body);
    Matcher sm = sell.matcher();
    while (sell.find()) {
      Matcher object =
          OBJECT_OF
              .matcher(body)
              .region(sm.end(), Math.min(body.length(), sm.end() + OBJECT_REACH));
      if (object.lookingAt()) {
        target(body, object.end(), out);
      }
    }
    for (Near by :
        List.of(
            Near.at(BOUGHT_BY, body),
            Near.at(FROM_CUSTOMER, body),
            // "acquisition of certain software technologies and assets of Insignia Solutions, plc"
            Near.find(ASSETS_OF, body, ASSETS_LEAD, ASSETS_TAIL, "assets of", "business of"))) {
      Matcher b = by.matcher();
      while (by.find()) {
        int end = Names.nameEnd(body, b.end());
        if (end > 0) {
          out.add(new Mention(body.substring(b.end(), end), b.end(), true));
        }
      }
    }
    PartyCues.backward(
        body,
        Near.find(BECOMES_SUBSIDIARY, body, BECOMES_LEAD, BECOMES_TAIL, "become"),
        false,
        out);
    Near near = Near.findIgnoreCase(ACQUISITION_BY, body, 0, ACQUISITION_BY_TAIL, "acquisition");
    Matcher m = near.matcher();
    while (near.find()) {
      int buyer = Names.nameEnd(body, m.end());
      if (buyer < 0) {
        continue;
      }
      Matcher of = BUYER_OF.matcher(body).region(buyer, Math.min(body.length(), buyer + 70));
      if (of.lookingAt()) {
        target(body, of.end(), out);
      }
    }
  }

  private static void acquisitions(String body, Near near, List<Mention> out) {
    Matcher m = near.matcher();
    while (near.find()) {
      target(body, m.end(), out);
    }
  }

  /**
   * "pursuant to which ViewSoft, Inc. will become a wholly-owned subsidiary of Citrix": a target.
   */
  private static final Pattern BECOMES_SUBSIDIARY =
      Pattern.compile(
          "(?<=[A-Za-z.)])\\s+(?:will|would|shall)\\s+(?:then\\s+)?become\\s+an?\\s+"
              + "(?:(?:wholly|majority)[- ]owned\\s+|direct\\s+|indirect\\s+)*subsidiary\\b");

  // How far before "become" a BECOMES_SUBSIDIARY match starts, and past it it ends.
  private static final int BECOMES_LEAD = 16;
  private static final int BECOMES_TAIL = 50;

  /**
   * How a target's shares are held, written before its name: "privately-held", "publicly traded".
   */
  private static final Pattern HELD =
      Pattern.compile("(?:privately|publicly|closely)[- ](?:held|owned|traded)\\s+(?=[A-Z])");

  // How far past an acquisition word HELD may end.
  private static final int HELD_REACH = 24;

  /** Adds what is bought or sold, named at {@code pos} past its object ("all of the shares of"). */
  private static void target(String body, int pos, List<Mention> out) {
    Matcher held = HELD.matcher(body).region(pos, Math.min(body.length(), pos + HELD_REACH));
    if (held.lookingAt()) {
      pos = held.end(); // "to acquire privately-held ExiO Communications, Inc."
    }
    Matcher object =
        OBJECT_OF.matcher(body).region(pos, Math.min(body.length(), pos + OBJECT_REACH));
    if (pos < body.length()
        && (Character.isLowerCase(body.charAt(pos)) || Character.isDigit(body.charAt(pos)))
        && object.lookingAt()) {
      pos = object.end();
    }
    int end = Names.nameEnd(body, pos);
    if (end > 0
        && !HISTORICAL
            .matcher(body)
            .region(end, Math.min(body.length(), end + YEAR_REACH))
            .lookingAt()) {
      out.add(new Mention(body.substring(pos, end), pos, true)); // not "acquired X in 2000"
    }
  }
}
