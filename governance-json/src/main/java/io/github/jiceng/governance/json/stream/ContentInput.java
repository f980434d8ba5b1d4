package io.github.jiceng.governance.json.stream;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.zip.ZipException;

/**
 * The content of an input: decompressed if it is gzip, counted and hashed (SHA-256) as it is read. A damaged or cut
 * compressed stream ends the content early and is remembered as a problem instead of failing the run.
 */
final class ContentInput extends InputStream {

  private final InputStream in;
  private final Compression compression;
  private final MessageDigest digest;
  private final MessageDigest total;
  private long bytes;
  private InputProblem problem;

  private ContentInput(InputStream in, Compression compression, MessageDigest total) {
    this.in = in;
    this.compression = compression;
    this.total = total;
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * Opens the content of an input.
   *
   * @param raw the input as given, possibly compressed
   * @param compression the compression, or {@link Compression#AUTO} to detect gzip by its magic bytes
   * @param total a digest of several inputs that the content is also added to, or null
   * @return the content
   * @throws IOException if the input fails or is not gzip although {@link Compression#GZIP} was chosen
   */
  static ContentInput open(InputStream raw, Compression compression, MessageDigest total) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
    Compression chosen = compression;
    if (compression == Compression.AUTO) {
      buffered.mark(2);
      int first = buffered.read();
      int second = buffered.read();
      buffered.reset();
      chosen = first == GzipMembers.MAGIC_1 && second == GzipMembers.MAGIC_2 ? Compression.GZIP : Compression.NONE;
    }
    if (chosen == Compression.GZIP) {
      try {
        return new ContentInput(new GzipMembers(buffered, 1 << 16), Compression.GZIP, total);
      } catch (ZipException | EOFException e) {
        ContentInput empty = new ContentInput(InputStream.nullInputStream(), Compression.GZIP, total);
        empty.problem = new InputProblem("compression", 0, 0, "not gzip data: " + e.getMessage());
        return empty;
      }
    }
    return new ContentInput(buffered, Compression.NONE, total);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (problem != null) {
      return -1;
    }
    int n;
    try {
      n = in.read(b, off, len);
    } catch (ZipException | EOFException e) {
      if (compression != Compression.GZIP) {
        throw e;
      }
      problem = new InputProblem(e instanceof EOFException ? "truncated" : "compression", 0, 0,
          String.valueOf(e.getMessage()));
      return -1;
    }
    if (n > 0) {
      digest.update(b, off, n);
      if (total != null) {
        total.update(b, off, n);
      }
      bytes += n;
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /**
   * Reads the rest of the content, so that its hash and length cover all of it.
   *
   * @throws IOException if the input fails
   */
  void drain() throws IOException {
    byte[] skip = new byte[1 << 16];
    while (read(skip, 0, skip.length) >= 0) {
      // hashing as it goes
    }
  }

  /**
   * Returns the compression found or chosen.
   *
   * @return {@link Compression#NONE} or {@link Compression#GZIP}
   */
  Compression compression() {
    return compression;
  }

  /**
   * Returns the number of content bytes read.
   *
   * @return the count
   */
  long bytes() {
    return bytes;
  }

  /**
   * Returns the SHA-256 of the content read; call once, at the end.
   *
   * @return the digest
   */
  byte[] sha256() {
    return digest.digest();
  }

  /**
   * Returns the problem of the compressed stream.
   *
   * @return the problem, or null
   */
  InputProblem problem() {
    return problem;
  }
}
