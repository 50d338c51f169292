using System.Buffers.Binary;
using System.Text;

namespace QommerceHub.Testing;

/// <summary>Uploads that pretend to be images, as an attacker's probe sends them.</summary>
public static class HostileImages
{
    /// <summary>A real 1x1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private static readonly byte[] pngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>A PNG signature in front of an HTML page: passes a magic-number check, is no image.</summary>
    public static byte[] HtmlPolyglot() => [.. pngSignature, .. "<html><body><script>alert(document.cookie)</script></body></html>"u8.ToArray()];

    /// <summary>The real PNG cut off in its image data.</summary>
    public static byte[] Truncated() => Png[..45];

    /// <summary>A valid header announcing 100000x100000 pixels (40 GB decoded) in a file of a few dozen bytes.</summary>
    public static byte[] DecompressionBomb()
    {
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, 100_000);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), 100_000);
        header[8] = 8; // bit depth
        header[9] = 6; // RGBA
        return [.. pngSignature, .. Chunk("IHDR", header), .. Chunk("IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]), .. Chunk("IEND", [])];
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        var chunk = new byte[8 + data.Length + 4];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        typed.CopyTo(chunk, 4);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(typed));
        return chunk;
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
