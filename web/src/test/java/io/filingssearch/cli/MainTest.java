package io.filingssearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.filingssearch.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class MainTest {
  @TempDir Path tmp;

  @Test
  void helpListsTheCommandsTheLauncherRunsBesideTheOthers() {
    CliRun r = CliRun.of("--help");
    assertEquals(0, r.code(), r.err());
    for (String command : new String[] {"index", "search", "serve", "test", "bench", "install"}) {
      assertTrue(r.out().lines().anyMatch(l -> l.strip().matches(command + "[ ,].*")), r.out());
    }
  }

  @Test
  void aBadDateIsOneLineNamingTheOptionAndTheFormatWithExitCodeTwo() {
    for (String bad : new String[] {"9999-99-99", "yesterday"}) {
      for (String option : new String[] {"--from", "--to"}) {
        CliRun r = CliRun.of("search", "x", "--index", tmp.toString(), option, bad);
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertTrue(r.err().contains(option) && r.err().contains(bad), r.err());
        assertTrue(r.err().contains("YYYY-MM-DD"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
      }
    }
  }

  /** The seed filings: {@code data/filings} above the working folder. */
  @Test
  void partnerAndCompanyOptionsMatchInAnyCaseOrLegalForm() throws Exception {
    Path index = tmp.resolve("seed-index");
    CliRun built =
        CliRun.of("index", "--data", Fixtures.seeds().toString(), "--index", index.toString());
    assertEquals(0, built.code(), built.err());
    for (String[] filter :
        new String[][] {
          {"--partner", "genentech"}, {"--partner", "Genentech, Inc."},
          {"--company", "immunogen inc"}, {"--company", "ImmunoGen"}
        }) {
      CliRun r =
          CliRun.of("search", "", "--index", index.toString(), "--json", filter[0], filter[1]);
      assertEquals(0, r.code(), r.err());
      assertFalse(r.out().contains("\"total\":0,"), String.join(" ", filter) + ": " + r.out());
      assertTrue(r.out().contains("\"dateKind\":\"report\""), r.out());
    }
  }

  @Test
  void everyDateOptionOfEveryCommandAnswersABadDateWithOneLineAndExitCodeTwo() {
    // Every option typed LocalDate, found through picocli, so that a new one is covered too.
    CommandLine root = Main.commandLine();
    int checked = 0;
    for (Map.Entry<String, CommandLine> command : root.getSubcommands().entrySet()) {
      for (OptionSpec option : command.getValue().getCommandSpec().options()) {
        if (option.type() != LocalDate.class) {
          continue;
        }
        checked++;
        CliRun r = CliRun.of(command.getKey(), option.longestName(), "9999-99-99");
        String what = command.getKey() + " " + option.longestName() + ": " + r.err();
        assertEquals(2, r.code(), what);
        assertEquals(1, r.err().lines().count(), what);
        assertTrue(r.err().startsWith("error: "), what);
        assertTrue(r.err().contains(option.longestName()), what);
        assertTrue(r.err().contains("9999-99-99") && r.err().contains("YYYY-MM-DD"), what);
        assertFalse(r.err().contains("Exception"), what);
      }
    }
    // search and fetch have --from and --to at least.
    assertTrue(checked >= 4, "date options found: " + checked);
  }

  @Test
  void anIndexThatCannotBeWrittenIsOneLineNamingTheFolderWithExitCodeTwo() throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    Files.writeString(
        data.resolve("8k.txt"), "FORM 8-K\n\nItem 8.01 Other Events\n\nAcme signed a lease.\n");
    // A file where the index folder should be: the index cannot be created there.
    Path notAFolder = Files.writeString(tmp.resolve("index"), "a file");
    CliRun r = CliRun.of("index", "--data", data.toString(), "--index", notAFolder.toString());
    assertEquals(2, r.code(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("error: cannot write the index in "), r.err());
    assertTrue(r.err().contains(notAFolder.toString()), r.err());
  }
}
