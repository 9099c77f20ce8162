package io.filingssearch.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UserAgentTest {
  @Test
  void aNameWithAnEmailAddressIsAccepted() {
    assertEquals("Jane Doe jane@example.com", new UserAgent(" Jane Doe jane@example.com ").value());
  }

  @Test
  void aUserAgentWithoutAnEmailAddressIsRefusedWithAMessageThatSaysWhatToGive() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new UserAgent("Jane Doe"));
    assertTrue(
        e.getMessage().contains("--user-agent") && e.getMessage().contains("e-mail"),
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new UserAgent("jane@localhost"));
    assertThrows(IllegalArgumentException.class, () -> new UserAgent(""));
    assertThrows(IllegalArgumentException.class, () -> new UserAgent("a b@c.de\nX-Evil: 1"));
  }

  @Test
  void aRateAboveTheSecsLimitIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(11));
    assertTrue(e.getMessage().contains("--rate"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new RateLimiter(0));
  }

  @Test
  void theRateLimiterSpacesRequestsEvenly() throws InterruptedException {
    RateLimiter limiter = new RateLimiter(10);
    long t0 = System.nanoTime();
    for (int i = 0; i < 11; i++) {
      limiter.acquire();
    }
    // Eleven requests at ten a second cannot all start within one second.
    assertTrue(System.nanoTime() - t0 >= 1_000_000_000L - 1_000_000L);
  }
}
