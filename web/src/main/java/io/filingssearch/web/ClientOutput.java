package io.filingssearch.web;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The response stream of a download, telling a client that went away (closed the connection, reset
 * it) apart from a failure of the server: every write or flush that fails is a {@link ClientGone}.
 * Not thread-safe (one request writes it).
 */
final class ClientOutput extends OutputStream {
  /** A write to the client failed: the client closed or reset the connection. */
  static final class ClientGone extends IOException {
    ClientGone(IOException cause) {
      super(
          cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(),
          cause);
    }
  }

  private final OutputStream out;

  ClientOutput(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw new ClientGone(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw new ClientGone(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw new ClientGone(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      out.close();
    } catch (IOException e) {
      throw new ClientGone(e);
    }
  }
}
