/**
 * Domain values shared by every stage: a parsed {@link io.filingssearch.filing.Filing}, its {@link
 * io.filingssearch.filing.Section}s and the {@link io.filingssearch.filing.Amount}s found in them.
 * All are immutable records, safe to share between threads.
 */
package io.filingssearch.filing;
