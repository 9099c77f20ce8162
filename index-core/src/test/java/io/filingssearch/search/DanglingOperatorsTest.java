package io.filingssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DanglingOperatorsTest {
  @Test
  void leadingTrailingAndDoubledOperatorsAreDropped() {
    assertEquals("merger", DanglingOperators.drop("merger AND"));
    assertEquals("merger", DanglingOperators.drop("OR merger"));
    assertEquals("merger", DanglingOperators.drop("merger AND NOT"));
    assertEquals("merger AND deal", DanglingOperators.drop("merger AND OR deal"));
    assertEquals("merger NOT deal", DanglingOperators.drop("merger NOT NOT deal"));
    assertEquals("", DanglingOperators.drop("AND"));
  }

  @Test
  void operatorsThatJoinSomethingAndQuotedPhrasesAreLeftAsWritten() {
    for (String q :
        new String[] {
          "merger AND deal", "NOT merger", "merger  OR\tdeal", "\"merger AND\"", "merger and", ""
        }) {
      assertEquals(q, DanglingOperators.drop(q));
    }
    assertEquals("\"merger AND\" deal", DanglingOperators.drop("\"merger AND\" deal OR"));
  }

  @Test
  void plainWordsLoseEveryOperator() {
    assertEquals("technology access fee", DanglingOperators.dropAll("technology access  fee AND"));
  }
}
