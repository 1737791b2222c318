package io.github.pikpak4j.core.hash;

/**
 * How the GCID block size is chosen from the content size.
 *
 * <p>Two conventions are in use by public PikPak clients. They agree on every size except
 * <b>exactly 128 MiB</b> (134,217,728 bytes) and <b>exactly 256 MiB</b> (268,435,456 bytes):
 *
 * <table>
 *   <caption>Block size by content size</caption>
 *   <tr><th>size s</th><th>{@link #DOUBLING}</th><th>{@link #TABLE}</th></tr>
 *   <tr><td>0 &lt; s &lt; 128 MiB</td><td>256 KiB</td><td>256 KiB</td></tr>
 *   <tr><td>s = 128 MiB</td><td><b>256 KiB</b></td><td><b>512 KiB</b></td></tr>
 *   <tr><td>128 MiB &lt; s &lt; 256 MiB</td><td>512 KiB</td><td>512 KiB</td></tr>
 *   <tr><td>s = 256 MiB</td><td><b>512 KiB</b></td><td><b>2 MiB</b></td></tr>
 *   <tr><td>256 MiB &lt; s &le; 512 MiB</td><td>1 MiB</td><td>1 MiB</td></tr>
 *   <tr><td>s &gt; 512 MiB</td><td>2 MiB</td><td>2 MiB</td></tr>
 * </table>
 *
 * <p>The PikPak server does not verify the GCID sent at upload time and keeps a wrong one, so the
 * choice matters only for files of exactly those two sizes. {@link #DOUBLING} is the default of
 * this SDK because it is the most widely deployed convention (rclone and AList). An empty input has
 * no blocks, so its block size is irrelevant; both rules report 256 KiB for it.
 */
public enum GcidBlockRule {
  /**
   * The rclone / AList rule (the default): start at 256 KiB and double while {@code size / block}
   * (real division) is greater than 512 and the block is smaller than 2 MiB.
   */
  DOUBLING {
    @Override
    int blockSizeOf(long size) {
      long block = Gcid.MIN_BLOCK_SIZE;
      // size / block > 512 (real division) is the same as size > 512 * block.
      while (size > 512L * block && block < Gcid.MAX_BLOCK_SIZE) {
        block *= 2;
      }
      return (int) block;
    }
  },

  /**
   * The pikpakhash / pikpak-kotlin rule: a size table tested in order, {@code 0 < s < 128 MiB}
   * gives 256 KiB, {@code 128 MiB <= s < 256 MiB} gives 512 KiB, {@code s <= 256 MiB or s > 512
   * MiB} gives 2 MiB, anything else 1 MiB.
   */
  TABLE {
    @Override
    int blockSizeOf(long size) {
      if (size == 0) {
        return Gcid.MIN_BLOCK_SIZE;
      }
      if (size < 128L * MIB) {
        return 256 * KIB;
      }
      if (size < 256L * MIB) {
        return 512 * KIB;
      }
      if (size <= 256L * MIB || size > 512L * MIB) {
        return 2 * MIB;
      }
      return MIB;
    }
  };

  private static final int KIB = 1024;
  private static final int MIB = 1024 * 1024;

  /**
   * Returns the block size, in bytes, this rule picks for content of {@code size} bytes.
   *
   * @param size the content size in bytes, not negative
   * @return the block size in bytes: 256 KiB, 512 KiB, 1 MiB or 2 MiB
   * @throws IllegalArgumentException if {@code size} is negative
   */
  public int blockSize(long size) {
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative: " + size);
    }
    return blockSizeOf(size);
  }

  abstract int blockSizeOf(long size);
}
