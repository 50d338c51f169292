using System.Buffers.Binary;
using System.Text;

namespace QommerceHub.Reporting.Invoices;

/// <summary>The horizontal metrics (hmtx) of a TrueType font program, as the OpenType specification lays them out.</summary>
internal static class TrueTypeMetrics
{
    private const uint ChecksumMagic = 0xB1B0AFBA;

    /// <summary>
    /// Zeroes the metrics of every glyph that has no outline and is not in <paramref name="shown"/> (glyph 0 is kept),
    /// then sets the hmtx checksum and the font's checksum adjustment again. False when a needed table is missing or
    /// out of bounds; the font is then left as it was.
    /// </summary>
    public static bool ZeroUnshown(byte[] font, IReadOnlySet<int> shown)
    {
        if (Tables(font) is not { } tables
            || !tables.TryGetValue("head", out var head) || !tables.TryGetValue("maxp", out var maxp) || !tables.TryGetValue("hhea", out var hhea)
            || !tables.TryGetValue("loca", out var loca) || !tables.TryGetValue("hmtx", out var hmtx)
            || head.Length < 54 || maxp.Length < 6 || hhea.Length < 36)
            return false;

        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(head.Offset + 50)) == 1;
        var glyphs = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(maxp.Offset + 4));
        var longMetrics = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(hhea.Offset + 34));
        if (loca.Length < (glyphs + 1) * (longOffsets ? 4 : 2) || longMetrics > glyphs
            || hmtx.Length < longMetrics * 4 + (glyphs - longMetrics) * 2)
            return false;

        long GlyphStart(int glyph) => longOffsets
            ? BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(loca.Offset + glyph * 4))
            : BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(loca.Offset + glyph * 2)) * 2L;

        for (var glyph = 1; glyph < glyphs; glyph++)
        {
            if (shown.Contains(glyph) || GlyphStart(glyph) != GlyphStart(glyph + 1)) continue;
            if (glyph < longMetrics) font.AsSpan(hmtx.Offset + glyph * 4, 4).Clear();
            else font.AsSpan(hmtx.Offset + longMetrics * 4 + (glyph - longMetrics) * 2, 2).Clear();
        }

        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(hmtx.DirectoryEntry + 4), Checksum(font.AsSpan(hmtx.Offset, hmtx.Length)));
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(head.Offset + 8), 0);
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(head.Offset + 8), ChecksumMagic - Checksum(font));
        return true;
    }

    private sealed record Table(int DirectoryEntry, int Offset, int Length);

    private static Dictionary<string, Table>? Tables(byte[] font)
    {
        if (font.Length < 12) return null;
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        if (font.Length < 12 + count * 16) return null;
        var tables = new Dictionary<string, Table>(count);
        for (var i = 0; i < count; i++)
        {
            var entry = 12 + i * 16;
            var offset = BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(entry + 8));
            var length = BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(entry + 12));
            if (offset + (long)length > font.Length) return null;
            tables[Encoding.ASCII.GetString(font, entry, 4)] = new Table(entry, (int)offset, (int)length);
        }
        return tables;
    }

    /// <summary>The sum of the big-endian 32-bit words, the last one padded with zeros.</summary>
    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        var whole = data.Length & ~3;
        for (var i = 0; i < whole; i += 4) sum += BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
        if (whole < data.Length)
        {
            Span<byte> last = stackalloc byte[4];
            data[whole..].CopyTo(last);
            sum += BinaryPrimitives.ReadUInt32BigEndian(last);
        }
        return sum;
    }
}
