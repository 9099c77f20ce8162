package io.filingssearch.cli;

import io.filingssearch.extract.FactExtractor;
import io.filingssearch.filing.Filing;
import io.filingssearch.filing.Section;
import io.filingssearch.parse.BadFilingException;
import io.filingssearch.parse.FilingParser;
import io.filingssearch.web.JsonViews;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code filings parse}: shows what the parser reads from filings. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Parse filings and show their metadata and sections.",
      "Without --json: a readable outline. With --json: one JSON object per filing per line.",
      "Exit code 0 when every file parsed, 1 when any failed (the others are still shown)."
    })
final class ParseCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Filing files (any format).")
  List<Path> files;

  @Option(names = "--json", description = "Print one JSON object per filing per line.")
  boolean json;

  @Override
  public Integer call() {
    FilingParser parser = new FilingParser();
    FactExtractor facts = new FactExtractor();
    PrintStream out = System.out;
    int failed = 0;
    for (Path file : files) {
      try {
        Filing f = facts.extract(parser.parse(file));
        if (json) {
          out.println(JsonViews.MAPPER.writeValueAsString(JsonViews.filing(f)));
        } else {
          outline(out, f);
        }
      } catch (BadFilingException e) {
        failed++;
        System.err.println("error: " + e.getMessage());
      } catch (IOException e) {
        failed++;
        System.err.println("error: " + file + ": cannot be read (" + e.getMessage() + ")");
      }
    }
    if (failed > 0 && files.size() > 1) {
      System.err.printf("%d of %d files failed%n", failed, files.size());
    }
    return failed == 0 ? 0 : 1;
  }

  private static void outline(PrintStream out, Filing f) {
    out.printf("%s  (%s)%n", f.source(), f.format().label());
    out.printf("  id            %s%n", f.id());
    out.printf("  form          %s%n", f.form());
    out.printf(
        "  company       %s%s%n", f.company(), f.cik() == null ? "" : "  (CIK " + f.cik() + ")");
    out.printf(
        "  date          %s%s   (report %s, filed %s)%n",
        f.date() == null ? "unknown" : f.date(),
        f.dateKind() == null ? "" : " (" + f.dateKind().label() + ")",
        f.dateOfReport() == null ? "not stated" : f.dateOfReport(),
        f.filedDate() == null ? "unknown" : f.filedDate());
    if (f.edgarUrl() != null) {
      out.printf("  edgar         %s%n", f.edgarUrl());
    }
    if (f.fileNumber() != null || f.irsNumber() != null || f.stateOfIncorporation() != null) {
      out.printf(
          "  file no.      %s   IRS %s   state %s%n",
          f.fileNumber(), f.irsNumber(), f.stateOfIncorporation());
    }
    out.printf("  items         %s%n", String.join(", ", f.items()));
    if (!f.partners().isEmpty()) {
      out.printf("  partners      %s%n", String.join(", ", f.partners()));
    }
    if (!f.amounts().isEmpty()) {
      out.printf(
          "  amounts       %s%n",
          String.join(", ", f.amounts().stream().map(a -> a.text()).toList()));
    }
    out.printf("  sections      %d%n", f.sections().size());
    for (Section s : f.sections()) {
      out.printf(
          "    %-16s %-14s %6d chars  %s%n",
          s.id(), s.kind().label(), s.text().length(), abbreviate(s.title(), 70));
    }
    out.println();
  }

  static String abbreviate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
  }
}
