using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace QommerceHub.BrowserTests.Pictures;

/// <summary>A small valid PNG (8-bit RGB, a diagonal two-colour pattern), written by hand so no image package is needed.</summary>
public static class TestPng
{
    public static byte[] Create(int width = 32, int height = 32)
    {
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per channel
        header[9] = 2; // colour type: RGB
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", Compress(Pixels(width, height)));
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    // Each row starts with filter type 0 (none), then RGB triples.
    private static byte[] Pixels(int width, int height)
    {
        var rows = new byte[height * (1 + width * 3)];
        var at = 0;
        for (var y = 0; y < height; y++)
        {
            rows[at++] = 0;
            for (var x = 0; x < width; x++)
            {
                var stripe = (x + y) / 4 % 2 == 0;
                rows[at++] = stripe ? (byte)0x43 : (byte)0xF5;
                rows[at++] = stripe ? (byte)0x38 : (byte)0x9E;
                rows[at++] = stripe ? (byte)0xCA : (byte)0x0B;
            }
        }
        return rows;
    }

    private static byte[] Compress(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(data);
        return output.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32.Of(typeAndData));
        png.Write(number);
    }

    /// <summary>The CRC-32 PNG chunks end with (polynomial 0xEDB88320).</summary>
    private static class Crc32
    {
        private static readonly uint[] table = Enumerable.Range(0, 256).Select(n =>
        {
            var c = (uint)n;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            return c;
        }).ToArray();

        public static uint Of(byte[] bytes)
        {
            var crc = 0xFFFFFFFFu;
            foreach (var b in bytes) crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8);
            return crc ^ 0xFFFFFFFFu;
        }
    }
}
